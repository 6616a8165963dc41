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

/**
 * Runs axe on the whole page in every theme: every rule in the first, then
 * COLOUR_RULES in each other, switched as Starlight's theme menu switches it (data-theme on <html>)
 * without moving focus. Returns one line per violation, named by its theme, and leaves the page in
 * the first theme.
 */
export async function axeInEveryTheme(page: Page): Promise<string[]> {
	const lines: string[] = [];
	for (const theme of THEMES) {
		await showTheme(page, theme);
		const violations = describeViolations(await runAxe(page, { theme }));
		lines.push(...violations.map((line) => `${theme} theme: ${line}`));
	}
	await showTheme(page, THEMES[0]);
	return lines;
}

/** Sets the page's theme and waits until its colours have finished changing. */
async function showTheme(page: Page, theme: Theme): Promise<void> {
	await page.evaluate(async (theme) => {
		if (document.documentElement.dataset['theme'] === theme) return;
		document.documentElement.dataset['theme'] = theme;
		// Elements that follow the theme do so from a mutation observer; a frame later their transitions run.
		await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
		const transitions = document.getAnimations().filter((animation) => animation instanceof CSSTransition);
		await Promise.all(transitions.map((transition) => transition.finished.catch(() => undefined)));
	}, theme);
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
