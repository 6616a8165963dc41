// Runs axe-core in a page with the WCAG 2.2 AA tags, and words its violations for an assertion.
import { AxeBuilder } from '@axe-core/playwright';
import type { Result as AxeViolation } from 'axe-core';
import type { Page } from 'playwright-core';

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA; no rule is disabled. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs axe on the page, or only on the part `within` selects, with AXE_TAGS and returns its violations. */
export async function runAxe(page: Page, within?: string): Promise<AxeViolation[]> {
	const builder = new AxeBuilder({ page }).withTags(AXE_TAGS);
	const results = await (within ? builder.include(within) : builder).analyze();
	return results.violations;
}

/** One line per violated rule and element, readable in a failed assertion. */
export function describeViolations(violations: AxeViolation[]): string[] {
	return violations.flatMap((violation) =>
		violation.nodes.map((node) =>
			`${violation.id} (${violation.impact ?? 'no impact'}): ${violation.help} at ${node.target.join(' ')}: ${node.failureSummary ?? ''}`.replace(
				/\s+/g,
				' ',
			),
		),
	);
}
