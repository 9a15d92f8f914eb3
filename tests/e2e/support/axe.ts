/** Runs axe with the WCAG 2.2 AA rule set this project promises, and formats violations. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** The axe tags of WCAG 2.0–2.2 levels A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Axe violations as readable lines: "rule (impact): target — help". Empty when clean. */
export async function axeViolations(page: Page, include?: string): Promise<string[]> {
  let builder = new AxeBuilder({ page }).withTags(WCAG_TAGS);
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  return violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${v.help}`));
}

/** Axe violations in the light and then the dark theme, each line prefixed with its theme. */
export async function axeViolationsInBothThemes(page: Page, include?: string): Promise<string[]> {
  const found: string[] = [];
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    found.push(...(await axeViolations(page, include)).map((line) => `[${scheme}] ${line}`));
  }
  return found;
}
