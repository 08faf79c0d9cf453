import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

// Any Content-Security-Policy violation on a page fails the test (Chromium reports them on the console
// and as securitypolicyviolation events).
const PAGES = ['/', '/en/', '/errors/50102/', '/en/errors/', '/search/?q=50102', '/en/search/?q=Invalid%20Sign', '/guides/', '/tools/', '/tools/signature/', '/en/tools/keys/', '/tools/clock/', '/en/tools/cli/', '/en/guides/timestamp-expired/', '/privacy/', '/doctor/', '/en/doctor/'];

/** Collect CSP violations from the console and from securitypolicyviolation events (survives navigations). */
async function watchCsp(page: Page) {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __csp: string[] }).__csp ??= [];
      (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  return async () => [...violations, ...(await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []))];
}

for (const path of PAGES) {
  test(`no CSP violation on ${path}`, async ({ page }) => {
    const seen = await watchCsp(page);
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    if (path.includes('search')) await expect(page.locator('.pagefind-ui__result-link').first()).toBeVisible({ timeout: 15_000 });
    expect(await seen()).toEqual([]);
    const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).toContain("form-action 'none'");
    expect(csp).toContain("object-src 'none'");
  });
}

for (const [path, box] of [['/', 'lookup'], ['/no-such-page/', 'q-en']] as const) {
  test(`search box on ${path} opens the search page under form-action 'none', no violation`, async ({ page }) => {
    const seen = await watchCsp(page);
    await page.goto(path);
    await page.locator(`#${box}`).fill('50102');
    await page.locator(`#${box}`).press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=50102$/);
    await expect(page.locator('.pagefind-ui__result-link').first()).toBeVisible({ timeout: 15_000 });
    expect(await seen()).toEqual([]);
  });
}

test('404 under an unknown code: the search box is prefilled with it and searches it', async ({ page }) => {
  const seen = await watchCsp(page);
  await page.goto('/errors/5010/');
  await expect(page.locator('#q-en')).toHaveValue('5010');
  await page.locator('#q-en').press('Enter');
  await expect(page).toHaveURL(/\/en\/search\/\?q=5010$/);
  await expect(page.locator('.pagefind-ui__result-link').first()).toBeVisible({ timeout: 15_000 });
  expect(await seen()).toEqual([]);
});

test('static-host _headers: frame-ancestors, and the same strict directives as the page <meta>', async ({ page }) => {
  const header = readFileSync('public/_headers', 'utf8').match(/Content-Security-Policy: (.+)/)![1]!;
  const directives = new Map(header.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k!, v.join(' ')]));
  expect(directives.get('frame-ancestors')).toBe("'none'");
  await page.goto('/');
  const meta = (await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content'))!;
  for (const d of ['default-src', 'base-uri', 'form-action', 'object-src', 'connect-src']) {
    const inMeta = meta.split(';').map((x) => x.trim()).find((x) => x.startsWith(`${d} `));
    expect(`${d} ${directives.get(d)}`, d).toBe(inMeta);
  }
});
