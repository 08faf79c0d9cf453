import { expect, test } from '@playwright/test';

// Reading pages must work fully with JavaScript off; pages with a tool say plainly what needs it and
// point at what works without it.
test.use({ javaScriptEnabled: false });

test('code page: message, Chinese rendering, language switch, all without JS', async ({ page }) => {
  await page.goto('/errors/50102/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('50102');
  await expect(page.getByText('Timestamp request expired').first()).toBeVisible();
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/en\/errors\/50102\/$/);
});

test('guide: OS tabs switch through #os=… links without JS', async ({ page }) => {
  await page.goto('/en/guides/timestamp-expired/');
  await page.locator('a[href="#os=macos"]').first().click();
  await expect(page.locator('[data-os="macos"]')).toBeVisible();
  await expect(page.locator('[data-os="windows"]')).toBeHidden();
});

for (const [path, name] of [['/', '错误码'], ['/en/', 'All'], ['/en/doctor/', 'All']] as const) {
  test(`${path}: the Error Doctor and search say they need JS and link the code index`, async ({ page }) => {
    await page.goto(path);
    const banners = page.locator('p.banner');
    await expect(banners.first()).toBeVisible();
    await expect(banners.first()).toContainText(/JavaScript/);
    const link = banners.first().getByRole('link', { name: new RegExp(name) });
    await link.click();
    await expect(page).toHaveURL(/\/errors\/$/);
    await expect(page.locator('a[href$="/errors/50102/"]').first()).toBeVisible();
  });
}

test('home: the search box without JS does not leave the page blank or submit anywhere', async ({ page }) => {
  const requests: string[] = [];
  const blocked: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => {
    if (m.text().includes("form-action 'none'")) blocked.push(m.text());
  });
  await page.goto('/en/');
  await expect(page.locator('p.banner', { hasText: 'Search needs JavaScript' })).toBeVisible();
  requests.length = 0;
  await page.locator('#lookup').fill('50102');
  await page.locator('#lookup').press('Enter', { noWaitAfter: true });
  await expect.poll(() => blocked.length).toBe(1);
  // form-action 'none' blocks the native submit: nothing is sent and the page stays, its no-JS pointer on screen.
  expect(requests.filter((u) => u.includes('/search/'))).toEqual([]);
  // (Playwright then waits forever for the blocked navigation, so the page is checked before Enter.)
  expect(new URL(page.url()).pathname).toBe('/en/');
});
