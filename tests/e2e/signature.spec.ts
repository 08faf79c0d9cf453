import { expect, test } from '@playwright/test';
import { createHmac } from 'node:crypto';
import { axeViolations } from './helpers/axe.ts';
import { gotoHydrated } from './helpers/hydrate.ts';

const SECRET = '22582BD0CFF14C41EDBF1AB98506286D';

test.describe('signature checker', () => {
  test('typing the docs inputs gives the published test vector', async ({ page }) => {
    await gotoHydrated(page, '/en/tools/signature/');
    await page.getByLabel('SecretKey', { exact: true }).fill(SECRET);
    await page.getByLabel('Timestamp (OK-ACCESS-TIMESTAMP)').fill('2020-12-08T09:08:57.715Z');
    await page.getByLabel('Method').fill('GET');
    await page.getByLabel('Request path with query').fill('/api/v5/account/balance?ccy=BTC');
    await expect(page.getByTestId('signature')).toHaveText('HiZhvSfMtWJA3uUIVXV3a/bSXNPCWvYFXoGCVS8V4zY=');
    // the prehash is shown as labelled parts
    for (const part of ['timestamp', 'method', 'path', 'query']) await expect(page.getByTestId('prehash').locator(`[data-part="${part}"]`)).toBeVisible();
    await expect(page.getByTestId('prehash').locator('[data-part="query"]')).toContainText('query');
  });

  test('a 1 MB body is signed in full but shown cut, with a count of what is not shown', async ({ page }) => {
    const body = `{"note":"${'x'.repeat(1_000_000)}"}`;
    const ts = '2020-12-08T09:08:57.715Z';
    const expected = createHmac('sha256', SECRET).update(`${ts}POST/api/v5/trade/order${body}`).digest('base64');
    await gotoHydrated(page, '/en/tools/signature/');
    await page.getByLabel('SecretKey', { exact: true }).fill(SECRET);
    await page.getByLabel('Timestamp (OK-ACCESS-TIMESTAMP)').fill(ts);
    await page.getByLabel('Method').fill('POST');
    await page.getByLabel('Request path with query').fill('/api/v5/trade/order');
    await page.getByLabel('Body (exact bytes sent)').fill(body);
    await expect(page.getByTestId('signature')).toHaveText(expected);
    const shownBody = page.getByTestId('prehash').locator('[data-part="body"]');
    await expect(shownBody.locator('.omitted')).toContainText('998,0');
    expect((await shownBody.innerText()).length).toBeLessThan(3000);
    expect((await page.getByTestId('request-output').innerText()).length).toBeLessThan(5000);
  });

  test('POST with a spaced body and the WS login give their vectors', async ({ page }) => {
    await gotoHydrated(page, '/en/tools/signature/');
    await page.getByLabel('SecretKey', { exact: true }).fill(SECRET);
    await page.getByLabel('Method').fill('POST');
    await page.getByLabel('Request path with query').fill('/api/v5/account/set-leverage');
    await page.getByLabel('Body (exact bytes sent)').fill('{"instId": "BTC-USDT", "lever": "5", "mgnMode": "isolated"}');
    await expect(page.getByTestId('signature')).toHaveText('/XctMG4gU+l0Tv1E5CsSdhrndN0MZxclhFp3+SFofI8=');
    await page.getByLabel('WebSocket login').check();
    await page.getByLabel('Timestamp (Unix seconds)').fill('1538054050');
    await expect(page.getByTestId('signature')).toHaveText('+LdIr8lkkvhr5hoA3g9TMC0+uQJ849ftAcocA/ouu4M=');
  });

  test('a hex signature pasted in compare is named hex-digest', async ({ page }) => {
    await gotoHydrated(page, '/en/tools/signature/');
    await page.getByLabel('SecretKey', { exact: true }).fill(SECRET);
    // hex of HMAC-SHA256(secret, "2020-12-08T09:08:57.715ZGET/api/v5/account/balance?ccy=BTC")
    const hex = Buffer.from('HiZhvSfMtWJA3uUIVXV3a/bSXNPCWvYFXoGCVS8V4zY=', 'base64').toString('hex');
    await page.getByLabel('Your signature', { exact: true }).fill(hex);
    await expect(page.getByTestId('hunt-result')).toHaveAttribute('data-variant', 'hex-digest');
    await page.getByLabel('Your signature', { exact: true }).fill('HiZhvSfMtWJA3uUIVXV3a/bSXNPCWvYFXoGCVS8V4zY=');
    await expect(page.getByTestId('hunt-result')).toHaveAttribute('data-match', 'true');
  });

  test('checks name the wrong part (epoch ms timestamp, lower-case method)', async ({ page }) => {
    await gotoHydrated(page, '/en/tools/signature/');
    await page.getByLabel('Timestamp (OK-ACCESS-TIMESTAMP)').fill('1607418537715');
    await page.getByLabel('Method').fill('get');
    const list = page.getByTestId('sign-findings');
    await expect(list.locator('[data-finding="timestamp-epoch-millis"]')).toBeVisible();
    await expect(list.locator('[data-finding="method-not-uppercase"]')).toContainText('50113');
  });

  test('non-secret inputs go to the URL hash, the secret never does; a hash pre-fills the form', async ({ page }) => {
    await gotoHydrated(page, '/en/tools/signature/');
    await page.getByLabel('SecretKey', { exact: true }).fill(SECRET);
    await page.getByLabel('Request path with query').fill('/api/v5/trade/orders-pending');
    await expect(page).toHaveURL(/#.*p=%2Fapi%2Fv5%2Ftrade%2Forders-pending/);
    expect(page.url()).not.toContain(SECRET);
    await page.goto('about:blank');
    await gotoHydrated(page, '/en/tools/signature/#m=POST&p=%2Fapi%2Fv5%2Ftrade%2Forder&b=%7B%7D');
    await expect(page.getByLabel('Method')).toHaveValue('POST');
    await expect(page.getByLabel('Body (exact bytes sent)')).toHaveValue('{}');
  });

  test('a pasted curl command fills the fields', async ({ page }) => {
    await gotoHydrated(page, '/en/tools/signature/');
    await page.getByText('Or paste a request').click();
    await page.getByRole('textbox', { name: 'Or paste a request' }).fill(
      `curl -X POST 'https://www.okx.com/api/v5/trade/order' -H 'OK-ACCESS-TIMESTAMP: 2024-01-02T03:04:05.678Z' -H 'x-simulated-trading: 1' -d '{"instId":"BTC-USDT","tdMode":"cash","side":"buy","ordType":"market","sz":"1"}'`,
    );
    await page.getByRole('button', { name: 'Fill from paste' }).click();
    await expect(page.getByLabel('Method')).toHaveValue('POST');
    await expect(page.getByLabel('Request path with query')).toHaveValue('/api/v5/trade/order');
    await expect(page.getByLabel('Timestamp (OK-ACCESS-TIMESTAMP)')).toHaveValue('2024-01-02T03:04:05.678Z');
  });

  test('zh-CN page works the same', async ({ page }) => {
    await gotoHydrated(page, '/tools/signature/');
    await page.getByLabel('SecretKey', { exact: true }).fill(SECRET);
    await expect(page.getByTestId('signature')).toHaveText('HiZhvSfMtWJA3uUIVXV3a/bSXNPCWvYFXoGCVS8V4zY=');
    await expect(page.getByTestId('prehash')).toContainText('时间戳');
  });

  test('axe: signature page with results, both locales', async ({ page }) => {
    for (const path of ['/tools/signature/', '/en/tools/signature/']) {
      await gotoHydrated(page, path);
      await page.locator('#secret').fill(SECRET);
      await page.locator('#method').fill('get');
      await page.locator('#user-sig').fill('abc');
      await expect(page.getByTestId('hunt-result')).toHaveAttribute('data-match', 'false');
      expect(await axeViolations(page)).toEqual([]);
    }
  });
});

test.describe('key check', () => {
  test('finds a trailing space and swapped fields', async ({ page }) => {
    await gotoHydrated(page, '/en/tools/keys/');
    await page.getByLabel('API key').fill('37c541a1-1234-4abc-9def-10fe7a038418 ');
    await page.getByLabel('SecretKey', { exact: true }).fill('37c541a1-1234-4abc-9def-10fe7a038418');
    const list = page.getByTestId('key-findings');
    await expect(list.locator('[data-finding="char-edge-whitespace"]').first()).toContainText('50111');
    await expect(list.locator('[data-finding="secret-looks-like-api-key"]')).toContainText('50113');
    // Each finding names the field it is about, in words.
    await expect(list.locator('[data-finding="char-edge-whitespace"]').first()).toContainText('The API key has whitespace at the end');
    expect(await list.innerText()).not.toMatch(/\{\w+\}/);
  });

  test('clean values say so, in Chinese too', async ({ page }) => {
    await gotoHydrated(page, '/tools/keys/');
    await page.getByLabel('API Key').fill('37c541a1-1234-4abc-9def-10fe7a038418');
    await page.getByLabel('SecretKey', { exact: true }).fill('22582BD0CFF14C41EDBF1AB98506286D');
    await page.getByLabel('Passphrase').fill('Abcdef12!');
    await expect(page.getByTestId('keys-ok')).toContainText('没有发现问题');
  });

  test('axe: key check with findings', async ({ page }) => {
    await gotoHydrated(page, '/en/tools/keys/');
    await page.getByLabel('API key').fill(' OK-ACCESS-KEY: ****');
    expect(await axeViolations(page)).toEqual([]);
  });
});
