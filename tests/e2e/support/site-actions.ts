/**
 * What a reader does on the site, for tests that watch what happens meanwhile (CSP violations,
 * failed requests): search, filter a table, answer the picker, switch the theme.
 */
import type { Frame, Page } from 'playwright-core';
import { expect } from 'vitest';
import { searchSite } from '../harness';

/** Searches the site and waits for a result. */
export async function searchFor(page: Page, query: string): Promise<string[]> {
	const hrefs = await searchSite(page, query);
	expect(hrefs.length, `results for "${query}"`).toBeGreaterThan(0);
	return hrefs;
}

/** Types a query into the page's requirement-table filter and waits until it hides rows. */
export async function filterTable(page: Page, query: string): Promise<void> {
	const rows = page.locator('table[data-requirement-table] tbody tr');
	const visible = () => rows.evaluateAll((all) => all.filter((row) => row.checkVisibility()).length);
	const before = await visible();
	await page.locator('table-filter form').waitFor({ state: 'visible' });
	await page.locator('table-filter input[name="q"]').fill(query);
	await expect.poll(visible, { message: `the filter never narrowed the rows for "${query}"` }).toBeLessThan(before);
	expect(await visible()).toBeGreaterThan(0);
}

/** Answers the picker in a page or frame (the first answer of each question) until it shows a recommendation. */
export async function answerPicker(page: Page | Frame): Promise<string> {
	const picker = page.locator('sync-tool-picker').first();
	await picker.locator('fieldset').first().waitFor({ state: 'visible' });
	for (let step = 0; step < 12; step++) {
		const result = picker.locator('[data-tool]');
		if (await result.count()) return (await result.first().getAttribute('data-tool')) ?? '';
		if ((await picker.locator('input:checked').count()) === 0) await picker.locator('input').first().check();
		await picker.locator('button.primary').click();
	}
	throw new Error('The picker showed no recommendation after 12 steps.');
}

/** Switches the theme with Starlight's theme menu and waits until the page shows it. */
export async function switchTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
	await page.locator('starlight-theme-select select').first().selectOption(theme);
	await expect.poll(() => page.evaluate(() => document.documentElement.dataset['theme'])).toBe(theme);
}
