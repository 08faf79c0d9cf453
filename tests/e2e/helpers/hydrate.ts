import type { Page } from '@playwright/test';

/** Go to a tool page and wait until every island on it has hydrated (Astro drops the ssr attribute). */
export async function gotoHydrated(page: Page, path: string) {
  await page.goto(path);
  await page.waitForFunction(() => document.querySelectorAll('astro-island').length > 0 && !document.querySelector('astro-island[ssr]'));
}
