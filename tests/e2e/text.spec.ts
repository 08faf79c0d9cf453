import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { gotoHydrated } from './helpers/hydrate.ts';

// Every tool state reads as finished text: no {placeholder} of our own templates may reach the page.
// (OKX's verbatim messages keep theirs, e.g. {param0}; those names are not ours and are allowed.)
const SOURCES = ['src/i18n/en.ts', 'src/i18n/zh-cn.ts', 'src/lib/sign/messages.ts', 'src/lib/clock/messages.ts', 'src/lib/doctor/messages.ts'];
const catalogNames = new Set([...readFileSync('content/catalog/okx-v5-codes.tsv', 'utf8').matchAll(/\{(\w+)\}/g)].map((m) => m[1]!));
const OURS = new Set(SOURCES.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/\{([a-zA-Z]\w*)\}/g)].map((m) => m[1]!)).filter((n) => !catalogNames.has(n)));

async function leaked(page: Page) {
  const text = await page.locator('main').innerText();
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[0]).filter((p) => OURS.has(p.slice(1, -1)));
}

for (const prefix of ['', '/en'] as const) {
  test(`${prefix || '/'}: key check, signature checker and clock check show no unfilled placeholder`, async ({ page }) => {
    expect(OURS.size).toBeGreaterThan(30);
    await gotoHydrated(page, `${prefix}/tools/keys/`);
    const keyInputs = page.locator('main input[type="text"], main input[type="password"], main input:not([type]), main textarea');
    const bad = [' 37c541a1-1234-4abc-9def-10fe7a038418\u200b', '＂22582BD0CFF14C41EDBF1AB98506286D\n', '$abc'];
    for (let i = 0; i < Math.min(3, await keyInputs.count()); i++) await keyInputs.nth(i).fill(bad[i]!);
    await expect(page.getByTestId('key-findings').locator('li').first()).toBeVisible();
    expect(await leaked(page)).toEqual([]);

    await gotoHydrated(page, `${prefix}/tools/signature/`);
    await page.locator('#secret').fill('22582BD0CFF14C41EDBF1AB98506286D ');
    await page.locator('#ts').fill('1607418537');
    await page.locator('#method').fill('post');
    await page.locator('#path').fill('https://www.okx.com/api/v5/trade/order？x=1');
    await page.locator('#body').fill('{"instId": "BTC-USDT", "sz": "1"}\n');
    await page.locator('#user-sig').fill('abc');
    await expect(page.getByTestId('sign-findings').locator('li').first()).toBeVisible();
    await expect(page.getByTestId('hunt-result')).toBeVisible();
    expect(await leaked(page)).toEqual([]);

    await gotoHydrated(page, `${prefix}/tools/clock/`);
    const t0 = Date.now();
    await page.locator('#host-output').fill(`okx-clock v1 t0=${t0}\nokx-clock v1 ts=${t0 + 28_800_020}\nokx-clock v1 t1=${t0 + 40}\nokx-clock v1 src=container t0=${t0}\nokx-clock v1 src=container ts=${t0 + 12_000}\nokx-clock v1 src=container t1=${t0 + 30}`);
    await expect(page.getByTestId('host-status').getByTestId('clock-result').first()).toBeVisible();
    expect(await leaked(page)).toEqual([]);
    await page.locator('#host-output').fill('curl: (6) Could not resolve host: www.okx.com');
    expect(await leaked(page)).toEqual([]);
  });
}
