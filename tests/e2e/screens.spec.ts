import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

// Screenshots for review (test-results/screens/), in both locales, light and dark, desktop and phone.
// Each also asserts what a reader would notice: no sideways scrolling, and readable contrast in dark mode.
const PAGES = [
  ['home', '/'],
  ['code', '/errors/50102/'],
  ['guide', '/guides/timestamp-expired/'],
  ['doctor', '/doctor/'],
  ['signature', '/tools/signature/'],
  ['keys', '/tools/keys/'],
  ['clock', '/tools/clock/'],
] as const;
const VIEWPORTS = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } } as const;

for (const [name, path] of PAGES) {
  for (const locale of ['zh', 'en'] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      test(`${name} ${locale} ${scheme}`, async ({ browser }) => {
        for (const [vp, size] of Object.entries(VIEWPORTS)) {
          const ctx = await browser.newContext({ viewport: size, colorScheme: scheme });
          const page = await ctx.newPage();
          await page.goto(locale === 'en' ? `/en${path}` : path);
          await page.waitForLoadState('networkidle');
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          expect(overflow, `${vp}: page scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0);
          await page.screenshot({ path: `test-results/screens/${name}-${locale}-${scheme}-${vp}.png` });
          if (vp === 'desktop' && scheme === 'dark') {
            const r = await new AxeBuilder({ page }).withRules(['color-contrast']).analyze();
            expect(r.violations.flatMap((v) => v.nodes.map((n) => n.target.join(' '))).slice(0, 5)).toEqual([]);
          }
          await ctx.close();
        }
      });
    }
  }
}

test('Chinese text renders with a CJK font (no tofu)', async ({ page }) => {
  await page.goto('/errors/50102/');
  const ok = await page.evaluate(async () => {
    await document.fonts.ready;
    const c = document.createElement('canvas').getContext('2d')!;
    c.font = '32px sans-serif';
    // A missing glyph renders as the same box for different characters.
    return c.measureText('时').width > 0 && c.measureText('时间').width !== c.measureText('□□').width;
  });
  expect(ok).toBe(true);
});
