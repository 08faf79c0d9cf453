import { expect, test } from '@playwright/test';
import { gotoHydrated } from './helpers/hydrate.ts';

const SECRET = '22582BD0CFF14C41EDBF1AB98506286D';

test.describe('tools keep working with the network cut after load', () => {
  test('signature checker: signature, checks, hunter and snippets offline', async ({ page, context }) => {
    await gotoHydrated(page, '/en/tools/signature/');
    await page.locator('#secret').focus(); // first interaction loads the on-demand parts
    await page.waitForLoadState('networkidle');
    await context.setOffline(true);
    await page.locator('#secret').fill(SECRET);
    await page.locator('#method').fill('get');
    await expect(page.getByTestId('signature')).toHaveText('HiZhvSfMtWJA3uUIVXV3a/bSXNPCWvYFXoGCVS8V4zY=');
    await expect(page.getByTestId('sign-findings').locator('[data-finding="method-not-uppercase"]')).toBeVisible();
    await page.locator('#user-sig').fill(Buffer.from('HiZhvSfMtWJA3uUIVXV3a/bSXNPCWvYFXoGCVS8V4zY=', 'base64').toString('hex'));
    await expect(page.getByTestId('hunt-result')).toHaveAttribute('data-variant', 'hex-digest');
    await page.getByText('Correct signing code').click();
    await expect(page.getByTestId('snippet')).toBeVisible();
    await context.setOffline(false);
  });

  test('key check and doctor offline', async ({ page, context }) => {
    await gotoHydrated(page, '/en/tools/keys/');
    await context.setOffline(true);
    await page.locator('#api-key').fill(' 37c541a1-1234-4abc-9def-10fe7a038418');
    await expect(page.getByTestId('key-findings')).toBeVisible();
    await context.setOffline(false);

    await gotoHydrated(page, '/en/doctor/');
    await page.locator('#doctor-paste').focus();
    // Focus loads the engine; once it is ready (worker holds the catalog) a paste needs no network.
    await expect(page.locator('#doctor-paste')).toHaveAttribute('data-engine', 'ready', { timeout: 20_000 });
    await context.setOffline(true);
    await page.locator('#doctor-paste').fill('{"code":"50110","msg":"Your IP 1.2.3.4 is not included in your API key\'s IP whitelist."}');
    await expect(page.getByTestId('doctor-result')).toHaveAttribute('data-codes', '50110');
    await context.setOffline(false);
  });

  test('clock: pasted host output is analysed offline', async ({ page, context }) => {
    await gotoHydrated(page, '/en/tools/clock/');
    await page.locator('#host-output').focus();
    await page.waitForLoadState('networkidle');
    await context.setOffline(true);
    const t0 = Date.now();
    await page.locator('#host-output').fill(`okx-clock v1 t0=${t0}\nokx-clock v1 ts=${t0 + 40_020}\nokx-clock v1 t1=${t0 + 40}`);
    await expect(page.getByTestId('host-status').getByTestId('clock-result')).toHaveAttribute('data-verdict', 'expired');
    await context.setOffline(false);
  });
});

test.describe('every tool works from the keyboard alone', () => {
  /** Press Tab until the element with this id has focus; fail after many presses. */
  async function tabTo(page: import('@playwright/test').Page, id: string) {
    for (let i = 0; i < 60; i++) {
      if ((await page.evaluate(() => document.activeElement?.id)) === id) return;
      await page.keyboard.press('Tab');
    }
    throw new Error(`Tab never reached #${id}`);
  }

  test('doctor', async ({ page }) => {
    await gotoHydrated(page, '/en/doctor/');
    await tabTo(page, 'doctor-paste');
    await page.keyboard.insertText('{"code":"50119","msg":"API key doesn\'t exist"}');
    await expect(page.getByTestId('doctor-result')).toHaveAttribute('data-codes', '50119');
    await page.keyboard.press('Tab'); // on to the example buttons
    await expect(page.locator(':focus')).toHaveText('50102');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('doctor-result')).toHaveAttribute('data-codes', '50102');
  });

  test('signature checker', async ({ page }) => {
    await gotoHydrated(page, '/en/tools/signature/');
    await tabTo(page, 'secret');
    await page.keyboard.insertText(SECRET);
    await page.keyboard.press('Tab'); // reveal toggle
    await page.keyboard.press('Enter');
    await expect(page.locator('#secret')).toHaveAttribute('type', 'text');
    await tabTo(page, 'user-sig');
    await page.keyboard.insertText('HiZhvSfMtWJA3uUIVXV3a/bSXNPCWvYFXoGCVS8V4zY=');
    await expect(page.getByTestId('hunt-result')).toHaveAttribute('data-match', 'true');
  });

  test('key check', async ({ page }) => {
    await gotoHydrated(page, '/tools/keys/');
    await tabTo(page, 'api-key');
    await page.keyboard.insertText('****-masked');
    await expect(page.getByTestId('key-findings')).toBeVisible();
  });

  test('clock check', async ({ page }) => {
    await page.route(/^https:\/\/www\.okx\.com\//, (r) => r.fulfill({ status: 200, contentType: 'application/json', headers: { 'access-control-allow-origin': '*' }, body: JSON.stringify({ code: '0', msg: '', data: [{ ts: String(Date.now() + 45_000) }] }) }));
    await gotoHydrated(page, '/en/tools/clock/');
    await tabTo(page, 'clock-region');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('browser-status').getByTestId('clock-result')).toHaveAttribute('data-verdict', 'expired');
  });
});
