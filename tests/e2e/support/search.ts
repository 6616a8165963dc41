// Starlight's search dialog, driven as a reader does: open, type, read the results, follow one.
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { ROUTES } from '../../support/site-routes';
import { recordedReport } from './page-report';
import type { SearchResults } from './pagefind-api';
import type { Site } from './use-site';

const DIALOG = 'site-search dialog #starlight__search';
const RESULTS = `${DIALOG} .pagefind-ui__result`;

/**
 * The button that opens the search dialog, once the dialog can take a query: Starlight enables the
 * button when its element is defined, but builds Pagefind's input into the dialog only later, once
 * the page is idle and Pagefind's UI has loaded. Opened before that, the dialog shows no input and
 * focuses nothing in it; so wait for the input itself, the condition a reader's search needs.
 */
export async function searchButton(page: Page): Promise<Locator> {
	await page
		.locator(`${DIALOG} input.pagefind-ui__search-input`)
		.waitFor({ state: 'attached' })
		.catch(async (error: unknown) => {
			// Should it never come, say how far the page got: its state, the scripts it loaded, what failed.
			const state = await page
				.evaluate(() => ({
					readyState: document.readyState,
					buttonEnabled: document.querySelector('site-search button[data-open-modal]:enabled') !== null,
					scripts: performance
						.getEntriesByType('resource')
						.map((entry) => new URL(entry.name).pathname)
						.filter((path) => path.endsWith('.js')),
				}))
				.catch(() => undefined);
			throw new Error(`Pagefind's input never came: ${JSON.stringify({ ...state, ...recordedReport(page) })}`, {
				cause: error,
			});
		});
	const button = page.locator('site-search button[data-open-modal]');
	expect(await button.isEnabled(), 'the search button is enabled once Pagefind’s input is built').toBe(true);
	return button;
}

/** Opens the search dialog with the mouse and returns its input, focused. */
export async function openSearch(page: Page): Promise<Locator> {
	await (await searchButton(page)).click();
	const input = page.locator(`${DIALOG} input.pagefind-ui__search-input`);
	await input.waitFor({ state: 'visible' });
	return input;
}

/**
 * Opens Starlight's search dialog, types `query` and returns the hrefs of the result links
 * Pagefind shows (page results first, then their sub-results), waiting until at least one appears.
 */
export async function searchSite(page: Page, query: string): Promise<string[]> {
	await (await openSearch(page)).fill(query);
	const results = page.locator(`${RESULTS}-link`);
	await results.first().waitFor({ state: 'visible' });
	return results.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
}

/** Waits until Pagefind shows the complete message for `query` and returns it ("3 results for gMSA"). */
export async function completedMessage(page: Page, query: string): Promise<string> {
	const message = page.locator(`${DIALOG} .pagefind-ui__message`);
	await expect
		.poll(async () => ((await message.count()) === 1 ? ((await message.textContent()) ?? '') : ''), {
			message: `the result count for "${query}"`,
		})
		.toMatch(new RegExp(`^\\s*(?:\\d+ results?|No results) for ${query}\\s*$`));
	return ((await message.textContent()) ?? '').trim();
}

/** The results the dialog shows now, once every result shown has loaded its links. */
export async function dialogResults(page: Page): Promise<SearchResults> {
	// Pagefind renders a placeholder per result and fills in its links as each result loads.
	await expect
		.poll(() => page.locator(RESULTS).evaluateAll((results) => results.every((result) => result.querySelector('a'))), {
			message: 'every search result loads',
		})
		.toBe(true);
	const hrefsOf = (selector: string) =>
		page.locator(selector).evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
	return {
		hrefs: await hrefsOf(`${RESULTS}-link`),
		pages: await hrefsOf(`${RESULTS}-inner > .pagefind-ui__result-title > .pagefind-ui__result-link`),
	};
}

/**
 * Follows the first result link of an open search and checks it leads to one of the site's
 * routes with a heading; returns the target address.
 */
export async function followFirstSearchResult(page: Page, site: Site): Promise<URL> {
	const first = page.locator(`${RESULTS}-link`).first();
	const target = new URL((await first.getAttribute('href')) ?? '', page.url());
	await Promise.all([page.waitForURL((url) => url.pathname === target.pathname), first.click()]);
	expect(ROUTES.map((route) => site.server.url(route))).toContain(site.server.origin + target.pathname);
	expect(await page.locator('h1').count()).toBe(1);
	return target;
}
