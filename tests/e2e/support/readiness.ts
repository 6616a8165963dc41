/**
 * What the readiness-check browser tests do on /migrate-to-cloud-sync/: wait for <migration-readiness>,
 * reach a control by keyboard, and read the result as a reader sees it.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { PAGES, siteRoute } from '../../../src/data/site-contracts';

/** The page of the readiness check. */
export const MIGRATE_PAGE = siteRoute(PAGES.migrateToCloudSync);

/** Waits until <migration-readiness> is defined, so its form is live (it is laid out from the first paint). */
export async function readinessReady(page: Page): Promise<void> {
	await page.waitForFunction(() => customElements.get('migration-readiness') !== undefined);
}

/** The control `selector` (inside the check) has the keyboard focus. */
function focused(page: Page, selector: string): Promise<boolean> {
	return page.evaluate(
		(css) => document.activeElement !== null && document.activeElement === document.querySelector(css),
		`migration-readiness ${selector}`,
	);
}

/**
 * Enters the check as a keyboard user would after skipping to it (focus on the first link of its
 * form), then presses Tab until `selector` has the focus; fails after 80 presses.
 */
export async function tabTo(page: Page, selector: string): Promise<void> {
	await page.locator('migration-readiness form a').first().focus();
	for (let press = 0; press < 80; press++) {
		await page.keyboard.press('Tab');
		if (await focused(page, selector)) return;
	}
	throw new Error(`Tab never reached ${selector} in the readiness check.`);
}

/** Ticks or unticks the need `id` with Space, reached by Tab. */
export async function toggleNeedByKeyboard(page: Page, id: string): Promise<void> {
	await tabTo(page, `input[name=needs][value="${id}"]`);
	await page.keyboard.press('Space');
}

/** Types `value` into the figure `name` (forests, objects, containers), reached by Tab. */
export async function typeFigureByKeyboard(page: Page, name: string, value: string): Promise<void> {
	await tabTo(page, `input[name=${name}]`);
	await page.keyboard.press('ControlOrMeta+A');
	await page.keyboard.type(value);
}

/**
 * Answers the yes/no question `name` (upn, groups) with `value` by keyboard: Tab reaches a radio
 * group with nothing checked at its first radio ("No"), Space checks it, an arrow moves to "Yes".
 */
export async function answerByKeyboard(page: Page, name: 'upn' | 'groups', value: 'no' | 'yes'): Promise<void> {
	await tabTo(page, `input[name=${name}][value=no]`);
	await page.keyboard.press('Space');
	if (value === 'yes') await page.keyboard.press('ArrowRight');
}

/** The result as shown: the verdict, whether the guided tool applies, and the need and reason ids listed. */
export function shownResult(page: Page) {
	return page.evaluate(() => {
		const result = document.querySelector('migration-readiness [data-verdict]');
		if (!result) return null;
		const ids = (selector: string, attribute: string) =>
			[...result.querySelectorAll(selector)].map((item) => item.getAttribute(attribute) ?? '');
		return {
			verdict: result.getAttribute('data-verdict'),
			guidedTool: result.querySelector('[data-guided-tool]')?.getAttribute('data-guided-tool') ?? null,
			stays: ids('[data-list=stays] [data-need]', 'data-need'),
			moves: ids('[data-list=moves] [data-need]', 'data-need'),
			reasons: ids('[data-reason]', 'data-reason'),
		};
	});
}

/** Waits until the shown result has `verdict`, and returns it. */
export async function resultWithVerdict(page: Page, verdict: string) {
	await expect.poll(async () => (await shownResult(page))?.verdict, { message: `verdict "${verdict}"` }).toBe(verdict);
	return shownResult(page);
}

/** The page's address, read from the page (page.url() learns of replaceState late). */
export function addressOf(page: Page): Promise<string> {
	return page.evaluate(() => location.href);
}
