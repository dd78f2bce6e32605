import axe from 'axe-core';
import type { Page } from 'playwright-core';

/** WCAG 2.2 A and AA, as axe tags them. */
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface WcagAudit {
  /** Each rule broken, as "rule: selectors". */
  readonly violations: string[];
  /** For each rule of `mustCheck`, the elements of its selector that the rule did not check, as "rule: class \"name\"". */
  readonly unchecked: string[];
}

/**
 * Runs axe (the version this project pins) on the page as it stands, for WCAG 2.2 AA. `mustCheck` names, per
 * rule, elements the rule has to have checked (passed, failed or left undecided): a rule that checked nothing
 * proves nothing. The script is injected through the browser's debugging protocol, which the page's Content
 * Security Policy does not govern.
 */
export async function auditWcag(page: Page, mustCheck: Readonly<Record<string, string>> = {}): Promise<WcagAudit> {
  await page.evaluate(axe.source);
  return page.evaluate(
    async ({ tags, mustCheck }) => {
      const results = await (globalThis as unknown as { axe: typeof axe }).axe.run(document, {
        runOnly: { type: 'tag', values: tags },
        elementRef: true,
      });
      const checked = (rule: string) =>
        new Set<Element | undefined>(
          [...results.passes, ...results.violations, ...results.incomplete]
            .filter((r) => r.id === rule)
            .flatMap((r) => r.nodes.map((n) => n.element)),
        );
      return {
        violations: results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
        unchecked: Object.entries(mustCheck).flatMap(([rule, selector]) => {
          const seen = checked(rule);
          return [...document.querySelectorAll(selector)]
            .filter((e) => !seen.has(e))
            .map((e) => `${rule}: ${e.className} "${e.getAttribute('aria-label') ?? e.textContent}"`);
        }),
      };
    },
    { tags: WCAG_AA, mustCheck },
  );
}
