// Runs axe-core in a page with the WCAG 2.2 AA tags, and words its violations for an assertion.
import { AxeBuilder } from '@axe-core/playwright';
import axe, { type Result as AxeViolation } from 'axe-core';
import type { Page } from 'playwright-core';
import { THEMES, type Theme } from './themes';

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA; no rule is disabled. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The rules among AXE_TAGS whose outcome hangs on colour (axe's category cat.color): all that a second theme can change. */
export const COLOUR_RULES = axe
	.getRules(AXE_TAGS)
	.filter((rule) => rule.tags.includes('cat.color'))
	.map((rule) => rule.ruleId);
if (!COLOUR_RULES.includes('color-contrast')) {
	throw new Error(
		`axe-core ${axe.version} files no colour-contrast rule under cat.color: the dark theme would go unchecked.`,
	);
}

export interface AxeOptions {
	/** A selector for the part of the page to check; the whole page if absent. */
	within?: string;
	/** The theme the page is in: the first theme gets every rule, any other only COLOUR_RULES. */
	theme?: Theme;
}

/**
 * Runs axe on the page, or the part `within` selects, and returns its violations.
 * A page with no frame is checked in one run in the page: the same results as axe's cross-frame run,
 * without its second page and serialised partial results (docs/decisions.md).
 */
export async function runAxe(page: Page, { within, theme = THEMES[0] }: AxeOptions = {}): Promise<AxeViolation[]> {
	const builder = new AxeBuilder({ page }).setLegacyMode(page.frames().length === 1);
	if (theme === THEMES[0]) builder.withTags(AXE_TAGS);
	else builder.withRules(COLOUR_RULES);
	if (within) builder.include(within);
	return (await builder.analyze()).violations;
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
