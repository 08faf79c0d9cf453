import { createHash } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { axeViolations } from './helpers/axe.ts';

/** The command-line page, both locales: download with size and SHA-256 that match the served file, commands, no island, axe clean. */
for (const [path, lang, heading] of [
  ['/tools/cli/', 'zh-CN', '命令行工具'],
  ['/en/tools/cli/', 'en', 'Command line'],
] as const) {
  test(`CLI page ${path}`, async ({ page, request }) => {
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(heading);
    await expect(page.locator('astro-island')).toHaveCount(0);

    const link = page.locator('a[download="okx-doctor.mjs"]');
    await expect(link).toHaveAttribute('href', '/cli/okx-doctor.mjs');
    const res = await request.get('/cli/okx-doctor.mjs');
    expect(res.ok()).toBe(true);
    const body = await res.body();
    expect(body.subarray(0, 19).toString()).toBe('#!/usr/bin/env node');
    const sha = createHash('sha256').update(body).digest('hex');
    await expect(page.locator('.facts')).toContainText(sha);
    await expect(page.locator('.facts')).toContainText(`${body.length}`);

    const cmds = page.locator('pre.cmd');
    await expect(cmds.filter({ hasText: /curl -fsSLO https?:\/\/\S+\/cli\/okx-doctor\.mjs/ }).first()).toBeVisible();
    await expect(cmds.filter({ hasText: 'Invoke-WebRequest' })).toHaveCount(1);
    await expect(cmds.filter({ hasText: 'docker run --rm -i -v "$PWD:/w" node:20-alpine node /w/okx-doctor.mjs diagnose < bot.log' })).toHaveCount(1);
    // (a string hasText ignores case: regexes keep the Linux/macOS/Docker hash apart from PowerShell's upper-case one)
    await expect(cmds.filter({ hasText: new RegExp(sha) })).toHaveCount(3);
    await expect(cmds.filter({ hasText: new RegExp(sha.toUpperCase()) })).toHaveCount(1);

    expect(await axeViolations(page)).toEqual([]);
  });
}

test('the tools list links the CLI page in both locales', async ({ page }) => {
  await page.goto('/tools/');
  await page.getByRole('link', { name: '命令行工具' }).click();
  await expect(page).toHaveURL(/\/tools\/cli\/$/);
  await page.goto('/en/tools/');
  await page.getByRole('link', { name: 'Command line' }).click();
  await expect(page).toHaveURL(/\/en\/tools\/cli\/$/);
});
