import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './helpers/axe.ts';
import { gotoHydrated } from './helpers/hydrate.ts';

const OKX = /^https:\/\/(www|openapi|eea|us)\.okx\.com\/api\/v5\/public\/time/;

/** Answer OKX's time endpoint locally with a server clock `skewMs` ahead of the browser's. */
async function okxTime(page: Page, skewMs: number) {
  await page.route(OKX, (route) =>
    route.fulfill({
      status: 200,
      contentType: 'application/json',
      headers: { 'access-control-allow-origin': '*' },
      body: JSON.stringify({ code: '0', msg: '', data: [{ ts: String(Date.now() + skewMs) }] }),
    }),
  );
}

function hostOutput(skewMs: number, tag = '') {
  const t0 = Date.now();
  const src = tag ? `src=${tag} ` : '';
  return [
    `[root@bot ~]# u='https://www.okx.com/api/v5/public/time'; t0=$(date +%s%3N) ...`,
    `okx-clock v1 ${src}t0=${t0}`,
    `okx-clock v1 ${src}ts={"code":"0","msg":"","data":[{"ts":"${t0 + 40 + skewMs}"}]}`,
    `okx-clock v1 ${src}t1=${t0 + 80}`,
    '[root@bot ~]#',
  ].join('\r\n');
}

test.describe('clock check: browser', () => {
  test('a +45 s skew says expired, with the offset', async ({ page }) => {
    await okxTime(page, 45_000);
    await gotoHydrated(page, '/en/tools/clock/');
    await page.getByRole('button', { name: 'Measure' }).click();
    const result = page.getByTestId('browser-status').getByTestId('clock-result');
    await expect(result).toHaveAttribute('data-verdict', 'expired');
    await expect(result).toHaveAttribute('data-cause', 'clock-skew');
    const off = Number(await result.getByTestId('clock-offset').getAttribute('data-offset-ms'));
    expect(Math.abs(off - 45_000)).toBeLessThan(1_500);
    await expect(result).toContainText('Outside the window');
  });

  test('+3600 s is the time-zone bug, not drift', async ({ page }) => {
    await okxTime(page, -3_600_000);
    await gotoHydrated(page, '/en/tools/clock/');
    await page.getByRole('button', { name: 'Measure' }).click();
    await expect(page.getByTestId('browser-status').getByTestId('clock-result')).toHaveAttribute('data-cause', 'timezone-as-utc');
  });

  test('a small skew is inside the window (zh-CN)', async ({ page }) => {
    await okxTime(page, 1_200);
    await gotoHydrated(page, '/tools/clock/');
    await page.getByRole('button', { name: '开始测量' }).click();
    const result = page.getByTestId('browser-status').getByTestId('clock-result');
    await expect(result).toHaveAttribute('data-verdict', 'ok');
    await expect(result).toContainText('在窗口内');
  });

  test('when OKX blocks the browser, it falls back to the site clock and says so', async ({ page }) => {
    await page.route(OKX, (route) => route.abort('failed'));
    const hosts = new Set<string>();
    page.on('request', (r) => hosts.add(new URL(r.url()).origin));
    await gotoHydrated(page, '/en/tools/clock/');
    await page.getByRole('button', { name: 'Measure' }).click();
    await expect(page.getByTestId('clock-fallback')).toContainText('not confirmed');
    await expect(page.getByTestId('browser-status').getByTestId('clock-result')).toBeVisible();
    const base = new URL(page.url()).origin;
    expect([...hosts].filter((h) => h !== base && !/^https:\/\/www\.okx\.com$/.test(h))).toEqual([]);
  });
});

test.describe('clock check: bot host', () => {
  test('pasted Linux output with prompts and CRLF gives the host offset', async ({ page }) => {
    await gotoHydrated(page, '/en/tools/clock/');
    await page.getByLabel('Paste the command’s output').fill(hostOutput(-50_000));
    const result = page.getByTestId('host-status').getByTestId('clock-result');
    await expect(result).toHaveAttribute('data-verdict', 'expired');
    const off = Number(await result.getByTestId('clock-offset').getAttribute('data-offset-ms'));
    expect(Math.abs(off + 50_000)).toBeLessThan(100);
    await expect(page.getByTestId('host-status').getByRole('link', { name: /fix the clock/ })).toHaveAttribute('href', '/en/guides/timestamp-expired/#fix');
  });

  test('PowerShell output (bare ms) and an 8 h offset give the time-zone cause', async ({ page }) => {
    await gotoHydrated(page, '/tools/clock/');
    const t0 = Date.now();
    const ps = `PS C:\\> [Net.ServicePointManager]::SecurityProtocol ...\nokx-clock v1 t0=${t0 + 28_800_000}\nokx-clock v1 ts=${t0 + 20}\nokx-clock v1 t1=${t0 + 28_800_040}\nPS C:\\>`;
    await page.getByLabel('粘贴命令输出').fill(ps);
    await expect(page.getByTestId('host-status').getByTestId('clock-result')).toHaveAttribute('data-cause', 'timezone-as-utc');
  });

  test('container and host runs are shown separately', async ({ page }) => {
    await gotoHydrated(page, '/en/tools/clock/');
    await page.getByLabel('Paste the command’s output').fill(hostOutput(200, 'container') + '\n' + hostOutput(250, 'host'));
    await expect(page.getByTestId('host-status').getByTestId('clock-result')).toHaveCount(2);
  });

  test('garbage gets a clear message, not a blank panel', async ({ page }) => {
    await gotoHydrated(page, '/en/tools/clock/');
    await page.getByLabel('Paste the command’s output').fill('curl: (6) Could not resolve host: www.okx.com');
    await expect(page.getByTestId('host-status').locator('.banner')).toBeVisible();
    await expect(page.getByTestId('host-status').locator('.banner')).not.toBeEmpty();
  });

  test('every OS block has a command, and no OKX request is made while pasting', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await gotoHydrated(page, '/en/tools/clock/');
    for (const os of ['windows', 'centos7', 'centos-stream', 'ubuntu', 'macos', 'docker', 'wsl']) {
      await expect(page.locator(`[data-os="${os}"] pre.cmd`).first()).toContainText('okx-clock v1');
    }
    await page.getByLabel('Paste the command’s output').fill(hostOutput(0));
    expect(requests.filter((u) => OKX.test(u))).toEqual([]);
  });

  test('axe: clock page states, both locales', async ({ page }) => {
    await okxTime(page, 45_000);
    for (const path of ['/tools/clock/', '/en/tools/clock/']) {
      await gotoHydrated(page, path);
      await page.locator('#host-output').fill(hostOutput(-50_000));
      await page.locator('.tool button.button:not(.secondary)').first().click();
      await expect(page.getByTestId('browser-status').getByTestId('clock-result')).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    }
  });
});

test('the 50102 guide embeds the clock check, hydrated when scrolled into view', async ({ page }) => {
  await page.goto('/en/guides/timestamp-expired/');
  await page.locator('#host-output').scrollIntoViewIfNeeded();
  await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
  await page.locator('#host-output').fill(hostOutput(-45_000));
  await expect(page.getByTestId('host-status').getByTestId('clock-result')).toHaveAttribute('data-verdict', 'expired');
});

test.describe('pasted host output for each OS gives the right offset', () => {
  const files = ['bash-centos7.txt', 'bash-ubuntu.txt', 'macos-zsh.txt', 'powershell-win11.txt', 'python.txt', 'docker-host-and-container.txt', 'wrapped.txt'];
  for (const f of files) {
    test(f, async ({ page }) => {
      const { readFileSync } = await import('node:fs');
      const { parseHostOutput } = await import('../../src/lib/clock/host-parse.ts');
      const text = readFileSync(new URL(`../fixtures/clock/${f}`, import.meta.url), 'utf8');
      const expected = parseHostOutput(text);
      expect(expected.ok).toBe(true);
      await gotoHydrated(page, '/en/tools/clock/');
      await page.locator('#host-output').fill(text);
      const results = page.getByTestId('host-status').getByTestId('clock-result');
      await expect(results).toHaveCount(expected.sources.length);
      for (let i = 0; i < expected.sources.length; i++) {
        const s = expected.sources[i]!;
        await expect(results.nth(i)).toHaveAttribute('data-verdict', s.verdict.verdict);
        await expect(results.nth(i).getByTestId('clock-offset')).toHaveAttribute('data-offset-ms', String(Math.round(s.estimate.offsetMs)));
      }
    });
  }
});
