import { gunzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './helpers/axe.ts';

test.describe('code pages', () => {
  test('zh-CN code page shows the verbatim OKX message and the Chinese rendering', async ({ page }) => {
    await page.goto('/errors/50102/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('50102');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Timestamp request expired.');
    await expect(page.locator('.lead')).toContainText('时间戳');
    await expect(page.getByRole('heading', { name: '可能的原因' })).toBeVisible();
    await expect(page.locator('#cause-clock-skew')).toBeVisible();
  });

  test('English code page shows the verbatim message, HTTP status and ccxt class', async ({ page }) => {
    await page.goto('/en/errors/50113/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Invalid signature.');
    await expect(page.locator('.facts')).toContainText('401');
    await expect(page.locator('.facts')).toContainText('AuthenticationError');
    await expect(page.locator('#live-messages + ul')).toContainText('Invalid Sign');
  });

  test('language switch lands on the same code in the other locale, and back', async ({ page }) => {
    await page.goto('/errors/51008/');
    await page.getByTestId('lang-switch').click();
    await expect(page).toHaveURL(/\/en\/errors\/51008\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.getByTestId('lang-switch').click();
    await expect(page).toHaveURL(/\/errors\/51008\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  });

  test('head carries canonical, hreflang alternates and Open Graph tags', async ({ page }) => {
    await page.goto('/en/errors/50102/');
    await expect(page.locator('link[rel=canonical]')).toHaveAttribute('href', /\/en\/errors\/50102\/$/);
    await expect(page.locator('link[rel=alternate][hreflang=zh-CN]')).toHaveAttribute('href', /\/errors\/50102\/$/);
    await expect(page.locator('link[rel=alternate][hreflang=en]')).toHaveAttribute('href', /\/en\/errors\/50102\/$/);
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /50102/);
    await expect(page.locator('meta[name=description]')).toHaveAttribute('content', /50102/);
  });

  test('a legacy v3 page points to its v5 equivalent', async ({ page }) => {
    await page.goto('/en/errors/30008/');
    await expect(page.locator('.banner')).toContainText('retired OKEx v3');
    await page.locator('.facts').getByRole('link', { name: '50102' }).click();
    await expect(page).toHaveURL(/\/en\/errors\/50102\/$/);
  });

  test('a legacy code page links the correction of what old articles said about it', async ({ page }) => {
    await page.goto('/en/errors/30008/');
    await page.getByRole('link', { name: /old OKEx-era articles say about this code/ }).click();
    await expect(page).toHaveURL(/\/en\/corrections\/#timezone$/);
    await expect(page.locator('#timezone')).toContainText('Asia/Shanghai');
  });

  test('a sub-code page links its parent', async ({ page }) => {
    await page.goto('/errors/51008_1000/');
    await expect(page.getByTestId('what-to-do')).toBeVisible();
    await page.locator('.facts').getByRole('link', { name: /51008/ }).click();
    await expect(page).toHaveURL(/\/errors\/51008\/$/);
    await expect(page.locator('#subcodes')).toBeVisible();
  });

  for (const [path, lang] of [['/en/errors/59102/', 'en'], ['/errors/59102/', 'zh']] as const) {
    test(`a long-tail code page (${lang}) leads with what to do: the endpoint and field to check, and the fix`, async ({ page }) => {
      await page.goto(path);
      const todo = page.getByTestId('what-to-do');
      await expect(todo.getByRole('heading', { level: 2 })).toHaveText(lang === 'en' ? 'What to do' : '怎么办');
      await expect(todo).toContainText('GET /api/v5/account/adjust-leverage-info');
      await expect(todo.locator('code', { hasText: 'maxLever' }).first()).toBeVisible();
      await expect(todo.locator('ol.fixes li').first()).toBeVisible();
      // "What to do" comes before the long explanation and OKX's message table.
      const order = await page.evaluate(() => [...document.querySelectorAll('article h2')].map((h) => h.id));
      expect(order.indexOf('what-to-do')).toBeLessThan(order.indexOf('messages'));
      // OKX's own Chinese text is shown, labelled as OKX's, in both locales.
      await expect(page.locator('table')).toContainText('杠杆倍数超过最大杠杆倍数');
      await expect(page.locator('th', { hasText: lang === 'en' ? 'OKX’s Chinese text' : 'OKX 官方中文' })).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  test('an inferred cause says so, visibly, in both languages', async ({ page }) => {
    await page.goto('/en/errors/50063/');
    await expect(page.getByTestId('what-to-do').locator('.tag')).toHaveText('inferred');
    await expect(page.getByTestId('what-to-do')).toContainText('OKX does not state this cause');
    await page.goto('/errors/50063/');
    await expect(page.getByTestId('what-to-do').locator('.tag')).toHaveText('推断');
  });

  test('legacy v1 codes have pages, and a number used by several APIs links its other meanings', async ({ page }) => {
    await page.goto('/en/errors/10001/');
    await expect(page.locator('.banner')).toContainText('retired OKEx v1');
    await page.locator('#same-number + ul').getByRole('link').click();
    await expect(page).toHaveURL(/\/en\/errors\/v1ws-10001\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('10001');
    await page.goto('/errors/1/');
    await expect(page.locator('#same-number + ul')).toContainText('OKEx v3');
    await page.locator('#same-number + ul').getByRole('link').click();
    await expect(page).toHaveURL(/\/errors\/v3-1\/$/);
    await expect(page.locator('.banner')).toContainText('OKEx v3');
  });

  test('OKX placeholders are set apart and explained, with the doctor to fill them in', async ({ page }) => {
    await page.goto('/en/errors/50015/');
    await expect(page.locator('h1 var')).toHaveText(['{param0}', '{param1}']);
    await expect(page.getByTestId('placeholders')).toContainText('actual parameter name or value');
    await page.getByTestId('placeholders').getByRole('link').click();
    await expect(page).toHaveURL(/\/en\/doctor\/$/);
    await page.goto('/errors/51000/');
    await expect(page.locator('.lead var')).toHaveText('{param0}');
    await expect(page.getByTestId('placeholders')).toContainText('占位符');
    await page.goto('/errors/50102/');
    await expect(page.locator('var')).toHaveCount(0);
    await expect(page.getByTestId('placeholders')).toHaveCount(0);
  });
});

test.describe('zero JavaScript on reading pages', () => {
  for (const path of ['/errors/50102/', '/en/errors/50102/', '/errors/', '/en/errors/', '/errors/30008/', '/guides/', '/en/privacy/']) {
    test(`${path} loads no JS`, async ({ page }) => {
      const scripts: string[] = [];
      page.on('request', (r) => {
        if (r.resourceType() === 'script') scripts.push(r.url());
      });
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      expect(scripts).toEqual([]);
      expect(await page.locator('script').count()).toBe(0);
    });
  }
});

test.describe('index, home and 404', () => {
  test('the index lists every family and links codes', async ({ page }) => {
    await page.goto('/en/errors/');
    await expect(page.getByRole('heading', { name: 'Authentication & API key' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Legacy OKEx v3' })).toBeVisible();
    await page.locator('#family-auth + ul').getByRole('link', { name: '50113' }).click();
    await expect(page).toHaveURL(/\/en\/errors\/50113\/$/);
  });

  test('404 suggests search in both languages', async ({ page }) => {
    const res = await page.goto('/errors/99999999/');
    expect(res?.status()).toBe(404);
    await expect(page.getByRole('search')).toHaveCount(2);
  });
});

test.describe('search', () => {
  // Pagefind draws every hit as a placeholder and fills each in as its fragment arrives, in any
  // order; the first link in the page may belong to the second hit. Read the first hit's own link.
  const firstHit = (page: Page) => page.locator('.pagefind-ui__result').first().locator('.pagefind-ui__result-link').first();
  const cases: [string, string, RegExp][] = [
    ['/en/search/', '50102', /\/en\/errors\/50102\/$/],
    ['/en/search/', 'Invalid Sign', /\/en\/errors\/50113\/$/],
    ['/search/', '时间戳过期', /\/errors\/50102\/$/],
    ['/search/', '50102', /\/errors\/50102\/$/],
    ['/en/search/', 'posSide', /\/en\/(errors\/51000|guides\/order-rejections)\/$/],
    ['/search/', 'posSide', /^\/(errors\/51000|guides\/order-rejections)\/$/],
    ['/search/', 'Invalid Sign', /^\/errors\/50113\/$/],
    // The common failure before a rarer code whose one-line message repeats the word.
    ['/en/search/', 'timestamp', /^\/en\/(errors\/50102|guides\/timestamp-expired)\/$/],
    ['/en/search/', 'rate limit', /^\/en\/(errors\/50011|guides\/rate-limits)\/$/],
    ['/search/', '余额不足', /^\/errors\/51008\/$/],
  ];
  for (const [path, query, expected] of cases) {
    test(`${path}: "${query}" finds the right page first`, async ({ page }) => {
      await page.goto(`${path}?q=${encodeURIComponent(query)}`);
      const first = firstHit(page);
      await expect(first).toBeVisible({ timeout: 15_000 });
      expect(new URL((await first.getAttribute('href'))!, 'http://x').pathname).toMatch(expected);
    });
  }

  test('results can be narrowed by type (error code, guide, page)', async ({ page }) => {
    await page.goto('/en/search/?q=timestamp');
    await expect(page.locator('.pagefind-ui__result-link').first()).toBeVisible({ timeout: 15_000 });
    // The type filter is open from the start: no click needed, nothing for result updates to close.
    await page.getByRole('checkbox', { name: /^Guide/ }).check();
    await expect(async () => {
      const hrefs = await page.locator('.pagefind-ui__result-link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(hrefs.length).toBeGreaterThan(0);
      for (const h of hrefs) expect(h).toMatch(/^\/en\/guides\//);
    }).toPass({ timeout: 10_000 });
  });

  test('the type filter shows even when its data arrives after the first search (slow machine)', async ({ page }) => {
    // The search run at load finds the family filter's data loaded and the type filter's not yet: the
    // search index comes a little late, the type filter's data much later.
    const late = (ms: number) => new Promise((r) => setTimeout(r, ms));
    await page.route('**/pagefind/index/*', async (route) => {
      await late(500);
      await route.continue();
    });
    await page.route('**/pagefind/filter/*.pf_filter', async (route) => {
      const response = await route.fetch();
      const body = await response.body();
      if (gunzipSync(body).includes('Type')) await late(3000);
      await route.fulfill({ response, body });
    });
    await page.goto('/en/search/?q=timestamp');
    await expect(page.locator('.pagefind-ui__result-link').first()).toBeVisible({ timeout: 15_000 });
    await expect(page.getByRole('checkbox', { name: /^Guide/ })).toBeVisible({ timeout: 15_000 });
  });

  test('a filter block the reader opens stays open while results change', async ({ page }) => {
    await page.goto('/en/search/?q=timestamp');
    await expect(page.locator('.pagefind-ui__result-link').first()).toBeVisible({ timeout: 15_000 });
    const family = page.locator('details.pagefind-ui__filter-block', { has: page.locator('summary', { hasText: 'Family' }) });
    await family.locator('summary').click();
    await expect(family).toHaveJSProperty('open', true);
    await page.locator('.pagefind-ui__search-input').fill('sign');
    await expect(page.locator('.pagefind-ui__message')).toContainText('sign', { timeout: 15_000 });
    await expect(page.locator('.pagefind-ui__result-link').first()).toBeVisible();
    await expect(family).toHaveJSProperty('open', true);
    await family.locator('summary').click();
    await page.locator('.pagefind-ui__search-input').fill('passphrase');
    await expect(page.locator('.pagefind-ui__message')).toContainText('passphrase', { timeout: 15_000 });
    await expect(family).toHaveJSProperty('open', false);
  });

  test('on a phone the filters start closed so the hits come first', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 800 });
    await page.goto('/search/?q=%E7%AD%BE%E5%90%8D');
    await expect(page.locator('.pagefind-ui__result-link').first()).toBeVisible({ timeout: 15_000 });
    const blocks = page.locator('details.pagefind-ui__filter-block');
    await expect(blocks).toHaveCount(2, { timeout: 15_000 });
    for (const open of await blocks.evaluateAll((ds) => ds.map((d) => (d as HTMLDetailsElement).open))) expect(open).toBe(false);
  });

  test('when Pagefind redraws its filter blocks in another order, each keeps the state the reader chose', async ({ page }) => {
    await page.goto('/en/search/?q=timestamp');
    // Pagefind draws the filters with the first results; on a loaded machine that takes a while.
    await expect(page.locator('.pagefind-ui__result-link').first()).toBeVisible({ timeout: 15_000 });
    const block = (name: string) => page.locator('details.pagefind-ui__filter-block', { has: page.locator('summary', { hasText: name }) });
    await expect(block('Type')).toHaveJSProperty('open', true, { timeout: 15_000 }); // open by default
    await block('Type').locator('summary').click();
    await block('Family').locator('summary').click();
    await expect(block('Type')).toHaveJSProperty('open', false);
    await expect(block('Family')).toHaveJSProperty('open', true);
    // What Svelte's unkeyed each does when the filter order changes: the blocks stay, their names swap.
    await page.evaluate(() => {
      const names = [...document.querySelectorAll('.pagefind-ui__filter-name')];
      const [a, b] = names.map((n) => n.textContent);
      names[0]!.textContent = b!;
      names[1]!.textContent = a!;
    });
    await expect(block('Type')).toHaveJSProperty('open', false);
    await expect(block('Family')).toHaveJSProperty('open', true);
  });

  test('home lookup form submits to search', async ({ page }) => {
    await page.goto('/en/');
    await page.getByRole('searchbox').fill('50111');
    await page.getByRole('searchbox').press('Enter');
    await expect(page).toHaveURL(/\/en\/search\/\?q=50111/);
    await expect(firstHit(page)).toHaveAttribute('href', /\/en\/errors\/50111\/$/);
  });
});

test('the privacy page links the privacy tests, shown from the files npm test runs', async ({ page }) => {
  await page.goto('/en/privacy/');
  await page.getByRole('link', { name: 'Read the tests in full' }).click();
  await expect(page).toHaveURL(/\/en\/privacy\/tests\/$/);
  const spec = page.locator('#privacy-spec + p + pre');
  await expect(spec).toContainText('localStorage');
  await expect(spec).toContainText('sessionStorage');
  expect(await page.locator('script[src]').count()).toBe(0);
});

test.describe('accessibility', () => {
  for (const path of ['/', '/en/', '/errors/', '/en/errors/', '/errors/50102/', '/en/errors/50102/', '/errors/30008/', '/errors/51000/', '/en/errors/10001/', '/errors/v1ws-20001/', '/en/guides/', '/search/', '/privacy/tests/', '/corrections/', '/en/corrections/']) {
    test(`axe: ${path}`, async ({ page }) => {
      // The code index lists every code (about 1,600 links): axe needs longer than the default on a busy machine.
      test.setTimeout(120_000);
      await page.goto(path);
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  test('phone width has no horizontal scroll on a code page', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto('/errors/51024/');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
