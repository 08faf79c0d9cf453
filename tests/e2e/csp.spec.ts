import { expect, test } from '@playwright/test';

// Any Content-Security-Policy violation on a page fails the test (Chromium reports them on the console
// and as securitypolicyviolation events).
const PAGES = ['/', '/en/', '/errors/50102/', '/en/errors/', '/search/?q=50102', '/en/search/?q=Invalid%20Sign', '/guides/', '/tools/', '/tools/signature/', '/en/tools/keys/', '/tools/clock/', '/en/guides/timestamp-expired/', '/privacy/', '/doctor/', '/en/doctor/'];

for (const path of PAGES) {
  test(`no CSP violation on ${path}`, async ({ page }) => {
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
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    if (path.includes('search')) await expect(page.locator('.pagefind-ui__result-link').first()).toBeVisible({ timeout: 15_000 });
    const events = await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
    expect([...violations, ...events]).toEqual([]);
    const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("base-uri 'none'");
  });
}
