/**
 * Pagefind's search API, imported from the built site into a page and set up as Starlight's search
 * dialog sets it up, so that a query gives the results that dialog shows, without the dialog.
 */
import type { JSHandle, Page } from 'playwright-core';
import type { SiteServer } from './static-server';

/**
 * The ranking Starlight's search dialog gives Pagefind: Starlight's default `pagefind` option
 * (@astrojs/starlight schemas/pagefind.ts, passed through Search.astro), since astro.config.mjs sets
 * none. Pagefind's own defaults rank differently (pageLength 0.75, termFrequency 1, termSaturation 1.4,
 * termSimilarity 1); the dialog test compares the dialog with this API on queries where they differ.
 */
export const STARLIGHT_RANKING = {
	pageLength: 0.1,
	termFrequency: 0.1,
	termSaturation: 2,
	termSimilarity: 9,
	diacriticSimilarity: 0.8,
} as const;

/** The excerpt length Pagefind's UI asks for when it shows sub-results, as Starlight has it do. */
const SUB_RESULT_EXCERPT_LENGTH = 12;

/** How many page results Pagefind's UI shows before its "Load more results" button. */
const SHOWN_PAGES = 5;

/** How many of a page's sections Pagefind's UI shows under it at most. */
const SHOWN_SUB_RESULTS = 3;

/** Search results as the dialog shows them once every result has loaded. */
export interface SearchResults {
	/** Every result link in order: each page's own link, then those of its sections shown under it. */
	hrefs: string[];
	/** The pages, best first. */
	pages: string[];
}

/** Values to narrow a search to, by filter name, as the dialog's checkboxes select them. */
export type SearchFilters = Record<string, string[]>;

/** Each filter's values, with the number of pages that have each. */
export type FilterCounts = Record<string, Record<string, number>>;

/** Pagefind's search API in a page, set up as Starlight's search dialog sets it up. */
export interface PagefindApi {
	search(query: string, filters?: SearchFilters): Promise<SearchResults>;
	filters(): Promise<FilterCounts>;
}

/** The part of the module pagefind/pagefind.js exports that these tests call (Pagefind 1.x). */
interface PagefindModule {
	options(options: object): Promise<void>;
	search(
		query: string,
		options: { filters: SearchFilters },
	): Promise<{ results: Array<{ data(): Promise<ResultData> }> }>;
	filters(): Promise<FilterCounts>;
}

/** The data of one result, as Pagefind loads it. */
interface ResultData {
	url: string;
	meta: { url?: string };
	sub_results: Array<{ url: string; locations: number[] }>;
}

/** One page result, reduced in the page to what decides which links the dialog shows. */
interface PageResult {
	/** The page's link: its `url` meta if set, as Pagefind's UI does, else its URL. */
	url: string;
	sections: Array<{ url: string; hits: number }>;
}

/**
 * The links the dialog shows for one page result, by Pagefind UI 1.5's rule: the page's link, then
 * its sections but the page's own (the first, when it is the page itself); of more than three, the
 * three with the most hits, still in page order.
 */
function shownLinks({ url, sections }: PageResult): string[] {
	const own = sections[0]?.url === url ? sections.slice(1) : sections;
	const kept =
		own.length <= SHOWN_SUB_RESULTS ? own : [...own].sort((a, b) => b.hits - a.hits).slice(0, SHOWN_SUB_RESULTS);
	return [url, ...own.filter((section) => kept.includes(section)).map((section) => section.url)];
}

/**
 * Imports `pagefind/pagefind.js` from the site `page` was opened from (under the server's base),
 * with the options Starlight's dialog gives it.
 */
export async function loadPagefind(page: Page, server: SiteServer): Promise<PagefindApi> {
	// An expression, not a function: the test runner rewrites `import()` inside functions it compiles.
	const bundle = JSON.stringify(server.url('/pagefind/pagefind.js'));
	const pagefind: JSHandle<PagefindModule> = await page.evaluateHandle<PagefindModule>(`import(${bundle})`);
	await pagefind.evaluate((api, options) => api.options(options), {
		ranking: STARLIGHT_RANKING,
		baseUrl: server.base,
		excerptLength: SUB_RESULT_EXCERPT_LENGTH,
	});
	return {
		async search(query, filters = {}) {
			const results = await pagefind.evaluate(
				async (api, { query, filters, shown }) => {
					const { results } = await api.search(query, { filters });
					const loaded = await Promise.all(results.slice(0, shown).map((result) => result.data()));
					return loaded.map((data): PageResult => ({
						url: data.meta.url || data.url,
						sections: data.sub_results.map((section) => ({ url: section.url, hits: section.locations.length })),
					}));
				},
				{ query, filters, shown: SHOWN_PAGES },
			);
			return { hrefs: results.flatMap(shownLinks), pages: results.map((result) => result.url) };
		},
		filters: () => pagefind.evaluate((api) => api.filters()),
	};
}
