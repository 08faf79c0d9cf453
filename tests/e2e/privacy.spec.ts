import { expect, test, type Page, type Request } from '@playwright/test';
import { gotoHydrated } from './helpers/hydrate.ts';

// Fixed fake credentials typed into every tool. None of their forms may leave the page.
const SECRET = 'F4KE5ECRE7F4KE5ECRE7F4KE5ECRE7AB';
const PASSPHRASE = 'Fake-Pass-Phrase-42!';
const API_KEY = 'deadbeef-0000-4000-8000-00000000f4ce';
const forms = (s: string) => [s, encodeURIComponent(s), Buffer.from(s).toString('base64'), Buffer.from(s).toString('base64url'), s.toLowerCase()];
const NEEDLES = [...forms(SECRET), ...forms(PASSPHRASE), ...forms(API_KEY)];
const ALLOWED = /^https:\/\/(www|openapi|eea|us)\.okx\.com$/;

function record(page: Page) {
  const reqs: Request[] = [];
  page.on('request', (r) => reqs.push(r));
  return reqs;
}

async function assertClean(page: Page, reqs: Request[]) {
  const base = new URL(page.url()).origin;
  for (const r of reqs) {
    const origin = new URL(r.url()).origin;
    expect(origin === base || ALLOWED.test(origin), `request to ${origin}`).toBe(true);
    const blob = [r.url(), r.postData() ?? '', JSON.stringify(await r.allHeaders())].join('\n');
    for (const n of NEEDLES) expect(blob.includes(n), `request ${r.url()} carries a secret form`).toBe(false);
  }
  const stored = await page.evaluate(async () => {
    const dump = (s: Storage) => Object.keys(s).map((k) => `${k}=${s.getItem(k)}`).join('\n');
    const dbs = indexedDB.databases ? (await indexedDB.databases()).map((d) => d.name).join(',') : '';
    return [location.href, dump(localStorage), dump(sessionStorage), document.cookie, dbs].join('\n');
  });
  for (const n of NEEDLES) expect(stored.includes(n), 'URL or storage holds a secret').toBe(false);
  expect((await page.context().cookies()).length).toBe(0);
}

test('signature checker: every feature, no secret leaves the page', async ({ page }) => {
  const reqs = record(page);
  const consoleText: string[] = [];
  page.on('console', (m) => consoleText.push(m.text()));
  await gotoHydrated(page, '/en/tools/signature/');
  await page.locator('#secret').fill(SECRET);
  await page.getByRole('button', { name: 'Show' }).click();
  await page.locator('#method').fill('POST');
  await page.locator('#path').fill('/api/v5/trade/order');
  await page.locator('#body').fill('{"instId":"BTC-USDT","sz":"1"}');
  await page.getByLabel('Demo trading').check();
  await page.locator('#region').selectOption('eea');
  await page.locator('#passphrase').fill(PASSPHRASE);
  await page.locator('#user-sig').fill('AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=');
  await expect(page.getByTestId('hunt-result')).toHaveAttribute('data-match', 'false');
  await page.getByText('Correct signing code').click();
  await expect(page.getByTestId('snippet')).toBeVisible();
  await page.getByText('Or paste a request').click();
  await page.locator('#paste').fill(`curl https://www.okx.com/api/v5/account/balance -H 'OK-ACCESS-KEY: ${API_KEY}' -H 'OK-ACCESS-PASSPHRASE: ${PASSPHRASE}'`);
  await page.getByRole('button', { name: 'Fill from paste' }).click();
  await page.getByLabel('WebSocket login').check();
  await expect(page.getByTestId('signature')).toBeVisible();
  await assertClean(page, reqs);
  for (const n of NEEDLES) expect(consoleText.join('\n').includes(n)).toBe(false);
});

test('key check: no secret leaves the page', async ({ page }) => {
  const reqs = record(page);
  await gotoHydrated(page, '/tools/keys/');
  await page.locator('#api-key').fill(API_KEY);
  await page.locator('#secret-key').fill(SECRET);
  await page.locator('#passphrase-key').fill(PASSPHRASE);
  await page.getByRole('button', { name: '显示' }).click();
  await expect(page.locator('[role=status]').first()).not.toBeEmpty();
  await assertClean(page, reqs);
});

test('clock check: only the chosen OKX host and the site are contacted', async ({ page }) => {
  await page.route(/^https:\/\/(www|openapi|eea|us)\.okx\.com\//, (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', headers: { 'access-control-allow-origin': '*' }, body: JSON.stringify({ code: '0', msg: '', data: [{ ts: String(Date.now()) }] }) }),
  );
  const reqs = record(page);
  await gotoHydrated(page, '/en/tools/clock/');
  await page.locator('#host-output').fill(`okx-clock v1 t0=${Date.now()}\nokx-clock v1 ts=${Date.now()}\nokx-clock v1 t1=${Date.now() + 5}\n${SECRET}`);
  await page.locator('#clock-region').selectOption('us');
  await page.getByRole('button', { name: 'Measure' }).click();
  await expect(page.getByTestId('browser-status').getByTestId('clock-result')).toBeVisible();
  const okx = reqs.map((r) => new URL(r.url()).origin).filter((o) => o.endsWith('okx.com'));
  expect(new Set(okx)).toEqual(new Set(['https://us.okx.com']));
  await assertClean(page, reqs);
});

test('error doctor: a paste full of credentials stays on the page', async ({ page }) => {
  const reqs = record(page);
  await gotoHydrated(page, '/doctor/');
  await page.locator('#doctor-paste').fill(
    `OK-ACCESS-KEY: ${API_KEY}\nOK-ACCESS-PASSPHRASE: ${PASSPHRASE}\nsecret=${SECRET}\n{"msg":"Invalid Sign","code":"50113"}`,
  );
  await expect(page.getByTestId('secret-warning')).toBeVisible();
  for (const n of [SECRET, PASSPHRASE, API_KEY]) expect(await page.getByTestId('doctor-result').innerText()).not.toContain(n);
  await assertClean(page, reqs);
});

test('error doctor: the help request and the share link hold no secret; no request carries the fragment', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const reqs = record(page);
  await gotoHydrated(page, '/doctor/');
  await page.locator('#doctor-paste').fill(
    `OK-ACCESS-KEY: ${API_KEY}\nOK-ACCESS-PASSPHRASE: ${PASSPHRASE}\nsecret=${SECRET}\n{"msg":"Invalid Sign","code":"50113"}`,
  );
  await expect(page.getByTestId('secret-warning')).toBeVisible();
  const share = page.getByTestId('doctor-share');
  await share.getByRole('button', { name: '复制为求助帖' }).click();
  await expect(page.getByTestId('share-status')).toContainText('求助帖已复制');
  const markdown = await page.evaluate(() => navigator.clipboard.readText());
  expect(markdown).toContain('## OKX API 报错 50113');
  for (const n of NEEDLES) expect(markdown.includes(n), 'the help request holds a secret form').toBe(false);

  await share.getByRole('button', { name: '复制分享链接' }).click();
  await expect(page.getByTestId('share-status')).toContainText('分享链接已复制');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  const url = new URL(link);
  expect(url.origin).toBe(new URL(page.url()).origin);
  expect(url.pathname).toBe('/doctor/');
  expect(url.search).toBe('');
  expect(url.hash).toMatch(/^#d=[A-Za-z0-9_-]+$/);
  for (const n of NEEDLES) expect(link.includes(n), 'the link holds a secret form').toBe(false);

  // Open the link as a new visitor would (a full load): the page reads the fragment in the browser.
  await page.goto('about:blank');
  await page.goto(link);
  await expect(page.getByTestId('doctor-result')).toHaveAttribute('data-codes', '50113');
  const payload = url.hash.slice(3);
  for (const r of reqs) {
    const blob = [r.url(), r.postData() ?? '', JSON.stringify(await r.allHeaders())].join('\n');
    expect(blob.includes(payload.slice(0, 40)), `request ${r.url()} carries the fragment`).toBe(false);
  }
  await assertClean(page, reqs);
});
