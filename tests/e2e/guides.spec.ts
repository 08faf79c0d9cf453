import { expect, test } from '@playwright/test';
import { axeViolations } from './helpers/axe.ts';
import { readdirSync, readFileSync } from 'node:fs';

const dir = new URL('../../content/guides/zh-cn/', import.meta.url);
const slugs = readdirSync(dir).filter((f) => f.endsWith('.mdx')).map((f) => f.replace(/\.mdx$/, ''));
const codesOf = (slug: string) =>
  (/^codes:\s*\[([^\]]*)\]/m.exec(readFileSync(new URL(`${slug}.mdx`, dir), 'utf8'))?.[1] ?? '')
    .split(',').map((s) => s.trim().replace(/^["']|["']$/g, '')).filter(Boolean);

test('the guides index lists every guide in both locales', async ({ page }) => {
  for (const prefix of ['', '/en']) {
    await page.goto(`${prefix}/guides/`);
    for (const slug of slugs) await expect(page.locator(`a[href="${prefix}/guides/${slug}/"]`).first()).toBeVisible();
  }
});

for (const slug of slugs) {
  test(`${slug}: every covered code page links back to the guide`, async ({ page }) => {
    for (const code of codesOf(slug)) {
      await page.goto(`/en/errors/${code}/`);
      await expect(page.locator(`#guides + ul a[href="/en/guides/${slug}/"]`), code).toHaveCount(1);
    }
  });

  test(`${slug}: axe 0 violations and no JS, both locales`, async ({ page }) => {
    for (const prefix of ['', '/en']) {
      const scripts: string[] = [];
      page.on('request', (r) => { if (r.resourceType() === 'script') scripts.push(r.url()); });
      await page.goto(`${prefix}/guides/${slug}/`);
      expect(await axeViolations(page)).toEqual([]);
      if (!(await page.locator('astro-island').count())) expect(scripts).toEqual([]);
    }
  });
}

test('OS tabs: all blocks readable without a choice, #os=docker shows only Docker', async ({ page }) => {
  test.skip(!slugs.includes('timestamp-expired'), 'clock guide not written yet');
  await page.goto('/guides/timestamp-expired/');
  const blocks = page.locator('[data-os]');
  await expect(blocks).toHaveCount(7);
  for (const os of ['windows', 'centos7', 'centos-stream', 'ubuntu', 'macos', 'docker', 'wsl']) await expect(page.locator(`[data-os="${os}"]`)).toBeVisible();
  await page.goto('/guides/timestamp-expired/#os=docker');
  await expect(page.locator('[data-os="docker"]')).toBeVisible();
  await expect(page.locator('[data-os="windows"]')).toBeHidden();
  await page.getByRole('link', { name: /Ubuntu/ }).first().click();
  await expect(page).toHaveURL(/#os=ubuntu$/);
  await expect(page.locator('[data-os="ubuntu"]')).toBeVisible();
  await expect(page.locator('[data-os="docker"]')).toBeHidden();
});

test('code blocks get a copy button (tiny inline script, allowed by CSP) and copy the command', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const violations: string[] = [];
  page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) violations.push(m.text()); });
  await page.goto('/en/guides/timestamp-expired/#os=ubuntu');
  const inline = (await page.locator('script:not([src])').allTextContents()).filter((s) => s.includes('copy-code'));
  expect(inline.length).toBe(1);
  expect(Buffer.byteLength(inline[0]!)).toBeLessThanOrEqual(1024);
  const block = page.locator('[data-os="ubuntu"] pre').first();
  const button = page.locator('[data-os="ubuntu"] button.copy-code').first();
  await button.click();
  await expect(button).toHaveText('Copied');
  expect((await page.evaluate(() => navigator.clipboard.readText())).trim()).toBe((await block.innerText()).trim());
  expect(violations).toEqual([]);
});
