/**
 * E2E support: axe-core run inside the page on the widget (it descends into the open shadow
 * root), keeping the serious and critical violations.
 */
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

// axe-core's browser build, injected into the page as it is.
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** One rule broken, as axe reports it. */
export interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/** The serious and critical violations inside `selector`, and how many buttons axe found named. */
export async function axeWidget(page: Page, selector = '#reagir') {
  await page.addScriptTag({ path: axePath });
  const result = await page.evaluate((include) => {
    const axe = (
      window as unknown as {
        axe: { run(context: unknown): Promise<{ violations: Violation[]; passes: Violation[] }> };
      }
    ).axe;
    return axe.run({ include: [[include]] });
  }, selector);
  return {
    serious: result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical'),
    namedButtons: result.passes.find((rule) => rule.id === 'button-name')?.nodes.length ?? 0,
  };
}
