// Starlight's search dialog, driven as a reader does: open, type, read the results, follow one.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { ROUTES } from '../../support/site-routes';
import { recordedReport } from './page-report';
import type { Site } from './use-site';

/**
 * Opens Starlight's search dialog, types `query` and returns the hrefs of the result links
 * Pagefind shows (page results first, then their sub-results), waiting until at least one appears.
 */
export async function searchSite(page: Page, query: string): Promise<string[]> {
	const button = page.locator('site-search button[data-open-modal]');
	await expect.poll(() => button.isEnabled(), { message: 'the search button never became enabled' }).toBe(true);
	await button.click();
	const input = page.locator('#starlight__search input[type="text"], #starlight__search input[type="search"]').first();
	// Starlight builds Pagefind's input only once the page is idle (requestIdleCallback, then a lazy
	// import), which a loaded 2-core machine may hold back: wait longer than a locator does, and say
	// which step is missing if it never comes.
	const searchState = () =>
		page.evaluate(() => ({
			dialogOpen: document.querySelector('site-search dialog')?.hasAttribute('open') ?? false,
			pagefindInput: document.querySelector('#starlight__search input') !== null,
		}));
	try {
		await expect
			.poll(searchState, { timeout: 60_000, message: 'the search dialog opens with Pagefind’s input in it' })
			.toEqual({ dialogOpen: true, pagefindInput: true });
	} catch (error) {
		// Seen twice in full runs, never alone: say what the page had loaded and logged, to find out why
		// (and if the page cannot say, fail with the timeout itself).
		const loaded = await page
			.evaluate(() => ({
				readyState: document.readyState,
				scripts: performance.getEntriesByType('resource').flatMap((entry) => {
					const path = new URL(entry.name).pathname;
					return path.endsWith('.js') ? [path] : [];
				}),
			}))
			.catch(() => undefined);
		const state = await searchState().catch(() => undefined);
		const seen = { ...state, ...loaded, ...recordedReport(page) };
		throw new Error(`${(error as Error).message}\nPage: ${JSON.stringify(seen)}`, {
			cause: error,
		});
	}
	await input.waitFor({ state: 'visible' });
	await input.fill(query);
	const results = page.locator('#starlight__search .pagefind-ui__result-link');
	await results.first().waitFor({ state: 'visible' });
	return results.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
}

/**
 * Follows the first result link of an open search and checks it leads to one of the site's
 * routes with a heading; returns the target address.
 */
export async function followFirstSearchResult(page: Page, site: Site): Promise<URL> {
	const first = page.locator('#starlight__search .pagefind-ui__result-link').first();
	const target = new URL((await first.getAttribute('href')) ?? '', page.url());
	await Promise.all([page.waitForURL((url) => url.pathname === target.pathname), first.click()]);
	expect(ROUTES.map((route) => site.server.url(route))).toContain(site.server.origin + target.pathname);
	expect(await page.locator('h1').count()).toBe(1);
	return target;
}
