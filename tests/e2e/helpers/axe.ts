import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** axe over the page with the WCAG 2.1 AA tags and best practices, as "rule: targets" lines (empty = clean). */
export async function axeViolations(page: Page): Promise<string[]> {
  const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}
