import { expect, test } from '@playwright/test';
import { axeViolations } from './helpers/axe.ts';
import { gotoHydrated } from './helpers/hydrate.ts';

const FAKE_PASSPHRASE = 'Zz9-fake-PASS-phrase';
const FAKE_KEY = 'deadbeef-1111-4222-8333-444455556666';

test.describe('Error Doctor', () => {
  test('a ccxt exception gives 50113 with ranked causes and a working link', async ({ page }) => {
    await gotoHydrated(page, '/en/doctor/');
    await page.getByLabel('Paste an error, a log or a response').fill('ccxt.base.errors.AuthenticationError: okx {"msg":"Invalid Sign","code":"50113"}');
    const result = page.getByTestId('doctor-result');
    await expect(result).toHaveAttribute('data-codes', '50113');
    await expect(result.locator('[data-cause]').first()).toBeVisible();
    await result.getByRole('link', { name: 'Open the page for 50113' }).click();
    await expect(page).toHaveURL(/\/en\/errors\/50113\/$/);
  });

  test('a batch response reports the item code, not "1", and links the guide (zh-CN)', async ({ page }) => {
    await gotoHydrated(page, '/doctor/');
    await page.getByLabel('粘贴报错、日志或响应').fill('{"code":"1","data":[{"clOrdId":"","ordId":"","sCode":"51000","sMsg":"Parameter posSide error","tag":""}],"msg":"All operations failed"}');
    const result = page.getByTestId('doctor-result');
    await expect(result).toHaveAttribute('data-codes', /^51000/);
    await expect(result.locator('[data-code="51000"] [data-cause]').first()).toHaveAttribute('data-cause', 'position-mode');
    // The meaning names the parameter from the paste, as code, not OKX's {param0}.
    await expect(result.locator('[data-code="51000"] h3')).toContainText('参数 posSide 错误');
    await expect(result.locator('[data-code="51000"] h3 code', { hasText: 'posSide' })).toBeVisible();
    await expect(result.getByRole('link', { name: /指南/ }).first()).toHaveAttribute('href', '/guides/order-rejections/');
  });

  test('a value in the wrong format for its endpoint is named, with the format and a link to the OKX docs section (both locales)', async ({ page }) => {
    const paste = 'okx GET https://www.okx.com/api/v5/market/history-candles?instId=BTC-USDT&after=2024-01-01 400 Bad Request {"code":"51000","data":[],"msg":"Parameter after error"}';
    for (const [path, label, lang] of [['/en/doctor/', 'Paste an error, a log or a response', 'en'], ['/doctor/', '粘贴报错、日志或响应', 'zh']] as const) {
      await gotoHydrated(page, path);
      await page.getByLabel(label).fill(paste);
      const result = page.getByTestId('doctor-result');
      await expect(result.locator('[data-code="51000"] [data-cause]').first()).toHaveAttribute('data-cause', 'parameter-error');
      const item = result.locator('li', { has: page.locator(`a[href="https://www.okx.com/docs-v5/${lang}/#order-book-trading-market-data-get-candlesticks-history"]`) });
      await expect(item).toContainText('1597026383085');
      await expect(item.locator('code', { hasText: '2024-01-01' })).toBeVisible();
    }
  });

  test('a pasted secret is masked and warned about; nothing is sent but the catalog fetch', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url() + (r.postData() ?? '')));
    await gotoHydrated(page, '/en/doctor/');
    await page.getByLabel('Paste an error, a log or a response').fill(
      `POST https://www.okx.com/api/v5/trade/order\nOK-ACCESS-KEY: ${FAKE_KEY}\nOK-ACCESS-PASSPHRASE: ${FAKE_PASSPHRASE}\nHTTP/1.1 401\n{"msg":"Invalid OK-ACCESS-KEY","code":"50111"}`,
    );
    await expect(page.getByTestId('secret-warning')).toBeVisible();
    const shown = await page.getByTestId('doctor-result').innerText();
    expect(shown).not.toContain(FAKE_PASSPHRASE);
    expect(shown).not.toContain(FAKE_KEY);
    await expect(page.getByTestId('doctor-result')).toHaveAttribute('data-codes', '50111');
    const base = new URL(page.url()).origin;
    for (const r of requests) {
      expect(r.startsWith(base), r).toBe(true);
      expect(r).not.toContain(FAKE_PASSPHRASE);
      expect(r).not.toContain(encodeURIComponent(FAKE_PASSPHRASE));
    }
  });

  test('bad input gets a clear message: nothing OKX-specific, binary-looking, empty after clear', async ({ page }) => {
    await gotoHydrated(page, '/en/doctor/');
    const box = page.getByLabel('Paste an error, a log or a response');
    await box.fill('hello world, nothing here');
    await expect(page.getByTestId('doctor-result')).toHaveAttribute('data-kind', 'nothing-found');
    await expect(page.getByTestId('doctor-result')).toContainText('Nothing OKX-specific');
    await box.fill('{"code":"501'); // half JSON
    await expect(page.getByTestId('doctor-result')).toBeVisible();
    await box.fill('\u0000\u0001\u0002\u0003'.repeat(200));
    await expect(page.getByTestId('doctor-result')).not.toBeEmpty();
    await page.getByRole('button', { name: 'Clear' }).click();
    await expect(page.getByTestId('doctor-result')).toHaveCount(0);
  });

  test('a 1 MB paste is diagnosed without freezing the page', async ({ page }) => {
    await gotoHydrated(page, '/en/doctor/');
    const big = ('2026-11-25 10:00:00 INFO heartbeat ok\n').repeat(27_000) + '{"code":"50011","msg":"Too Many Requests"}';
    // Set the value the way a paste does (one input event); Playwright's fill() types far slower than a paste.
    await page.locator('#doctor-paste').evaluate((el, v) => {
      (el as HTMLTextAreaElement).value = v;
      el.dispatchEvent(new Event('input', { bubbles: true }));
    }, big);
    await expect(page.getByTestId('doctor-result')).toHaveAttribute('data-codes', '50011', { timeout: 15_000 });
  });

  test('the home page has the paste box, and examples work', async ({ page }) => {
    await gotoHydrated(page, '/en/');
    await page.locator('.doctor').getByRole('button', { name: '50102' }).click();
    await expect(page.getByTestId('doctor-result')).toHaveAttribute('data-codes', '50102');
  });

  test('axe: doctor with a result, both locales', async ({ page }) => {
    for (const path of ['/doctor/', '/en/doctor/', '/']) {
      await gotoHydrated(page, path);
      await page.locator('.doctor textarea').fill('{"msg":"API key doesn\'t exist","code":"50119"} OK-ACCESS-PASSPHRASE: Abc123456!xyz');
      await expect(page.getByTestId('doctor-result')).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    }
  });

  test('a share link opens the same diagnosis offline, with the paste masked', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await gotoHydrated(page, '/en/doctor/');
    const paste = `exchange = ccxt.okx({'apiKey': '${FAKE_KEY}', 'secret': 'C8FAKE00SECRET0011C8FAKE22SECRET', 'password': '${FAKE_PASSPHRASE}'})\nPOST https://www.okx.com/api/v5/trade/order\nccxt.base.errors.AuthenticationError: okx {"msg":"Invalid Sign","code":"50113"}`;
    await page.getByLabel('Paste an error, a log or a response').fill(paste);
    const result = page.getByTestId('doctor-result');
    await expect(result).toHaveAttribute('data-codes', '50113');
    const causes = await result.locator('ol.causes > li').evaluateAll((els) => els.map((e) => e.getAttribute('data-cause')));
    expect(causes.length).toBeGreaterThan(1);
    await page.getByRole('button', { name: 'Copy share link' }).click();
    await expect(page.getByTestId('share-status')).toHaveText('Share link copied.');
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(link).pathname).toBe('/en/doctor/');

    // Another machine: the doctor page with its catalog and worker loaded, then the network cut.
    const other = await context.newPage();
    await gotoHydrated(other, '/en/doctor/');
    await other.locator('#doctor-paste').focus();
    await other.waitForLoadState('networkidle');
    await context.setOffline(true);
    await other.evaluate((hash) => void (location.hash = hash), new URL(link).hash);
    await expect(other.getByTestId('share-opened')).toHaveText('Opened from a share link: the paste below has every secret masked.');
    const otherResult = other.getByTestId('doctor-result');
    await expect(otherResult).toHaveAttribute('data-codes', '50113');
    expect(await otherResult.locator('ol.causes > li').evaluateAll((els) => els.map((e) => e.getAttribute('data-cause')))).toEqual(causes);
    const shown = await other.locator('#doctor-paste').inputValue();
    expect(shown).toContain('Invalid Sign');
    for (const s of [FAKE_KEY, FAKE_PASSPHRASE, 'C8FAKE00SECRET0011C8FAKE22SECRET']) expect(shown).not.toContain(s);
    await context.setOffline(false);
  });

  test('copy as help request: Markdown with the code and no secret; keyboard, and a fallback when the clipboard is refused', async ({ page }) => {
    await gotoHydrated(page, '/en/doctor/');
    // The clipboard refuses: the text is shown to copy by hand.
    await page.evaluate(() => {
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) }, configurable: true });
    });
    await page.getByLabel('Paste an error, a log or a response').fill(`OK-ACCESS-KEY: ${FAKE_KEY}\nOK-ACCESS-PASSPHRASE: ${FAKE_PASSPHRASE}\n{"msg":"Invalid OK-ACCESS-KEY","code":"50111"}`);
    await expect(page.getByTestId('doctor-result')).toHaveAttribute('data-codes', '50111');
    await page.getByRole('button', { name: 'Copy as help request' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('share-status')).toHaveText('The clipboard is not available here: select the text below and copy it.');
    const md = await page.getByTestId('share-manual').inputValue();
    expect(md).toContain('## OKX API error 50111');
    expect(md).toContain('`Invalid OK-ACCESS-KEY`');
    expect(md).toContain('### Paste (every secret masked)');
    expect(md).not.toContain(FAKE_KEY);
    expect(md).not.toContain(FAKE_PASSPHRASE);
  });

  test('a damaged share link says so', async ({ page }) => {
    await gotoHydrated(page, '/en/doctor/#d=AAAA');
    await expect(page.getByTestId('share-opened')).toHaveText('This share link is damaged or incomplete, so there is nothing to show.');
    await expect(page.getByTestId('doctor-result')).toHaveCount(0);
  });
});

test('the signature tool link carries the non-secret parts of the paste', async ({ page }) => {
  await gotoHydrated(page, '/en/doctor/');
  await page.locator('#doctor-paste').fill(
    'GET https://www.okx.com/api/v5/account/balance?ccy=USDT\nOK-ACCESS-TIMESTAMP: 2026-11-25T02:00:01.123Z\nOK-ACCESS-PASSPHRASE: Secret-Pass-99\n401 {"msg":"Invalid Sign","code":"50113"}',
  );
  const link = page.getByTestId('tool-link').first();
  await expect(link).toHaveAttribute('href', /^\/en\/tools\/signature\/#/);
  const href = (await link.getAttribute('href'))!;
  expect(href).toContain('ts=2026-11-25T02%3A00%3A01.123Z');
  expect(href).toContain('p=%2Fapi%2Fv5%2Faccount%2Fbalance');
  expect(href).not.toContain('Secret-Pass');
  await link.click();
  await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
  await expect(page.locator('#path')).toHaveValue('/api/v5/account/balance');
});
