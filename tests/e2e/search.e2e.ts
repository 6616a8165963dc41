// The site search in Chromium, offline. Ranking goes through Pagefind's own API, set up as Starlight's
// dialog sets it up, in one page: the page about each topic is among the first three pages, former
// product names find their current ones and the glossary entries that give them (each entry in view
// when its link is followed), a requirement hit offers its table row, and the "Page type" and "Tool"
// filters carry the pages' labels and narrow the results. One walk through the dialog then
// shows that it lists what the API ranks, announces each completed count once, passes axe in both
// themes, works from the keyboard, filters, and lands on the entry a result names.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import requirementsData from '../../content/data/requirements.json';
import { pageTypeLabels, toolLabels } from '../../src/data/labels';
import { RequirementSchema } from '../../src/data/schemas/requirements';
import { PROJECT_ROOT } from '../support/astro-build';
import { builtSiteDir, describeViolations, expectCleanPage, runAxe, targetsOutOfView, useSite } from './harness';
import { loadPagefind, type FilterCounts, type SearchFilters, type SearchResults } from './support/pagefind-api';
import { completedMessage, dialogResults, searchButton } from './support/search';
import { switchTheme } from './support/site-actions';
import { LIVE_REGION_RECORDER, focusStop, liveChanges, tabThrough } from './support/walkthrough';
import { PAGES, siteRoute } from '../../src/data/site-contracts';

const site = useSite(builtSiteDir);
const requirements = RequirementSchema.array().parse(requirementsData);

/** How many distinct pages a reader scans before giving up on a search. */
const TOP_PAGES = 3;

/** Where every search starts: a page that is none of the expected results. */
const START_PAGE = siteRoute(PAGES.embed);

/** Requirement rows whose own words mention `term`, as `#req-<id>` anchors. */
function rowsMentioning(term: string): string[] {
	const needle = term.toLowerCase();
	return requirements
		.filter((row) =>
			[row.requirement, ...row.details, ...row.updates.map((update) => update.text)]
				.join(' ')
				.toLowerCase()
				.includes(needle),
		)
		.map((row) => `req-${row.id}`);
}

/** Each page's route and frontmatter `pageType`, read from content/docs. */
function pageTypes(): Map<string, string> {
	const docs = join(PROJECT_ROOT, 'content/docs');
	const types = new Map<string, string>();
	for (const entry of readdirSync(docs, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile() || !entry.name.endsWith('.mdx')) continue;
		const file = join(entry.parentPath, entry.name);
		const type = /^pageType:\s*(\S+)\s*$/m.exec(readFileSync(file, 'utf-8'))?.[1];
		const slug = relative(docs, file)
			.replace(/\.mdx$/, '')
			.replace(/(^|\/)index$/, '');
		if (type) types.set(slug ? `/${slug}/` : '/', type);
	}
	return types;
}

/** The results of a search, one link a line with the pages numbered, for a failure message. */
function listed(query: string, { hrefs, pages }: SearchResults): string {
	const lines = hrefs.map((href) => {
		const rank = pages.indexOf(href);
		return rank === -1 ? `      ${href}` : `   ${rank + 1}. ${href}`;
	});
	return `results for "${query}":\n${lines.join('\n') || '   (none)'}`;
}

/** Searches for a topic and the page about it, which must be among the first three pages. */
const TOPICS = [
	{ query: 'gMSA', page: siteRoute(PAGES.prerequisites), requirement: true },
	{ query: 'LocalDB', page: siteRoute(PAGES.prerequisites), requirement: true },
	{ query: 'device writeback', page: siteRoute(PAGES.configure), requirement: false },
	{ query: 'provisioning agent', page: siteRoute(PAGES.getStarted), requirement: false },
	{ query: 'password hash synchronization', page: siteRoute(PAGES.entraConnectComponents), requirement: false },
	{ query: 'Azure AD Connect', page: siteRoute(PAGES.entraConnectComponents), requirement: false },
	{ query: 'firewall ports', page: siteRoute(PAGES.network), requirement: false },
	{ query: 'msappproxy', page: siteRoute(PAGES.network), requirement: false },
	{ query: 'staging mode', page: siteRoute(PAGES.operate), requirement: false },
	{ query: 'migrate to cloud sync', page: siteRoute(PAGES.migrateToCloudSync), requirement: false },
	{ query: 'P1 license', page: siteRoute(PAGES.prerequisites), requirement: false },
	{ query: 'ID Governance', page: siteRoute(PAGES.prerequisites), requirement: true },
	{ query: 'KB5070773', page: siteRoute(PAGES.prerequisites), requirement: true },
	{ query: 'application-based authentication', page: siteRoute(PAGES.operate), requirement: false },
	{ query: '2.6.84.0', page: siteRoute(PAGES.operate), requirement: false },
	{ query: '21Vianet', page: siteRoute(PAGES.topologies), requirement: false },
	{ query: 'Source of Authority', page: siteRoute(PAGES.topologies), requirement: false },
	{ query: 'msDS-ObjectSoa', page: siteRoute(PAGES.network), requirement: false },
	{ query: 'device sync', page: siteRoute(PAGES.chooseASyncTool), requirement: false },
] as const;

/**
 * Former product names and where they must lead: the glossary entry that gives the current name,
 * and, where the product has a page of its own, that page.
 */
const FORMER_NAMES = [
	// Microsoft Entra Connect: its glossary entry and its concept page.
	{
		query: 'AAD Connect',
		pages: [siteRoute(PAGES.glossary), siteRoute(PAGES.entraConnectComponents)],
		entry: `${siteRoute(PAGES.glossary)}#microsoft-entra-connect`,
	},
	// Microsoft Entra ID: the glossary, which says what Azure AD is called now.
	{ query: 'Azure AD', pages: [siteRoute(PAGES.glossary)], entry: null },
	// Replaced by Azure AD Connect, now Microsoft Entra Connect: its glossary entry says so.
	{ query: 'DirSync', pages: [siteRoute(PAGES.glossary)], entry: `${siteRoute(PAGES.glossary)}#dirsync` },
	// Microsoft Entra Cloud Sync: its glossary entry.
	{
		query: 'Azure AD Connect cloud sync',
		pages: [siteRoute(PAGES.glossary)],
		entry: `${siteRoute(PAGES.glossary)}#microsoft-entra-cloud-sync`,
	},
] as const;

/** The query the filter checks narrow, and the filter they narrow it by. */
const FILTERED_QUERY = 'Azure AD Connect';
const CONCEPT_PAGES: SearchFilters = { 'Page type': [pageTypeLabels.concept] };

/** Our live region inside the search dialog, as the walkthrough recorder names it. */
const SEARCH_LIVE = 'site-search p.search-result-count';

/**
 * What a reader types into the dialog, in order: queries whose order under Starlight's ranking differs
 * from Pagefind's default ranking (so the dialog matches the API only if both rank alike), one with no
 * result, and last the one whose results and filters the reader then tabs through.
 */
const DIALOG_QUERIES = ['LocalDB', 'zzqqxxnothing', FILTERED_QUERY];

/** The open dialog, what axe checks (the page behind it is inert; the page tests run axe on every page). */
const OPEN_DIALOG = 'site-search dialog[open]';

/** The former name whose glossary entry the reader follows from the dialog, and where it must land. */
const FOLLOWED = { query: 'DirSync', href: `${siteRoute(PAGES.glossary)}#dirsync` };

/** What Pagefind's API answers, set up as the dialog sets it up, for every query this file makes. */
const api = {
	found: new Map<string, SearchResults>(),
	filters: {} as FilterCounts,
	/** FILTERED_QUERY narrowed to CONCEPT_PAGES. */
	narrowed: { hrefs: [], pages: [] } as SearchResults,
};

/** The API's results for `query`, run before the tests. */
function resultsFor(query: string): SearchResults {
	const results = api.found.get(query);
	if (!results) throw new Error(`No search was run for "${query}": add it to the queries the file runs.`);
	return results;
}

// All through one page, once: each query costs the API milliseconds, where a dialog costs seconds.
beforeAll(async () => {
	const page = await site.openPage(START_PAGE);
	const pagefind = await loadPagefind(page, site.server);
	const queries = [...TOPICS, ...FORMER_NAMES].map(({ query }) => query);
	for (const query of new Set([...queries, ...DIALOG_QUERIES, FOLLOWED.query])) {
		api.found.set(query, await pagefind.search(query));
	}
	api.filters = await pagefind.filters();
	api.narrowed = await pagefind.search(FILTERED_QUERY, CONCEPT_PAGES);
	await expectCleanPage(page);
});

describe('site search ranking, through Pagefind’s API set up as the search dialog sets it up', () => {
	test.each(TOPICS)(
		'finds $page among the first three pages for "$query"',
		({ query, page: expected, requirement }) => {
			const results = resultsFor(query);
			expect(results.pages.slice(0, TOP_PAGES), listed(query, results)).toContain(expected);
			if (requirement) {
				// The hit is a requirement: a sub-result shown under its page deep-links to its row.
				const rows = rowsMentioning(query);
				expect(rows.length, `requirement rows that mention "${query}"`).toBeGreaterThan(0);
				const rowLinks = results.hrefs.filter((href) => rows.some((row) => href === `${expected}#${row}`));
				expect(rowLinks, `a link to one of ${rows.join(', ')} among the ${listed(query, results)}`).not.toEqual([]);
			}
		},
	);

	test.each(FORMER_NAMES)(
		'finds the current name for the former name "$query"',
		({ query, pages: expected, entry }) => {
			const results = resultsFor(query);
			for (const route of expected) expect(results.pages.slice(0, TOP_PAGES), listed(query, results)).toContain(route);
			if (entry) expect(results.hrefs, listed(query, results)).toContain(entry);
		},
	);

	test('lands the glossary entry links the former names find in view below the header', async () => {
		const entries = FORMER_NAMES.flatMap(({ entry }) => (entry ? [entry] : []));
		const page = await site.openPage(siteRoute(PAGES.glossary));
		const ids = entries.map((entry) => {
			expect(entry.startsWith(`${siteRoute(PAGES.glossary)}#`), entry).toBe(true);
			return entry.slice(entry.indexOf('#') + 1);
		});
		expect(await targetsOutOfView(page, ids)).toEqual([]);
		await expectCleanPage(page);
	});

	test('offers "Page type" and "Tool" filters with the labels the pages use', () => {
		expect(Object.keys(api.filters)).toEqual(['Page type', 'Tool']);
		const usedTypes = new Set(
			[...pageTypes().values()].map((type) => pageTypeLabels[type as keyof typeof pageTypeLabels]),
		);
		expect(new Set(Object.keys(api.filters['Page type'] ?? {}))).toEqual(usedTypes);
		expect(new Set(Object.keys(api.filters['Tool'] ?? {}))).toEqual(new Set(Object.values(toolLabels)));
	});

	test(`narrows "${FILTERED_QUERY}" to concept pages when Page type is Concept`, () => {
		const conceptPages = [...pageTypes()].filter(([, type]) => type === 'concept').map(([route]) => route);
		expect(conceptPages.length, 'concept pages in content/docs').toBeGreaterThan(0);
		const unfiltered = resultsFor(FILTERED_QUERY);
		expect(
			unfiltered.pages.filter((route) => !conceptPages.includes(route)),
			`other pages before filtering, among the ${listed(FILTERED_QUERY, unfiltered)}`,
		).not.toEqual([]);
		const { narrowed } = api;
		expect(
			narrowed.pages.filter((route) => !conceptPages.includes(route)),
			listed(FILTERED_QUERY, narrowed),
		).toEqual([]);
		expect(narrowed.pages, listed(FILTERED_QUERY, narrowed)).toContain(siteRoute(PAGES.entraConnectComponents));
	});
});

describe('the search dialog', () => {
	test('lists what the API ranks, announces each count once, passes axe, works from the keyboard, filters and lands on an entry', async () => {
		const page = await site.openPage(START_PAGE, { initScript: LIVE_REGION_RECORDER, theme: 'light' });
		const dialogOpen = () =>
			page.locator('site-search dialog').evaluate((dialog) => (dialog as HTMLDialogElement).open);

		// Opened from the keyboard, the dialog takes focus into its search box.
		const button = await searchButton(page);
		await button.focus();
		const opener = await focusStop(page);
		expect(opener).toEqual({ control: expect.stringMatching(/^button "Search/), inView: true });
		await page.keyboard.press('Enter');
		expect(await focusStop(page)).toEqual({ control: 'textbox "Search"', inView: true });

		// Each query shows what the API ranks, and its completed count is said once, politely, in the dialog.
		// One input event per query, as a paste gives: typed key by key, a slow machine may complete a search
		// per pause, each rightly announced, which would make the count depend on the machine.
		const input = page.locator('site-search dialog input.pagefind-ui__search-input');
		const said: string[] = [];
		for (const query of DIALOG_QUERIES) {
			await input.fill(query);
			said.push(await completedMessage(page, query));
			await expect
				.poll(async () => (await liveChanges(page)).length, { message: `"${query}" announced` })
				.toBe(said.length);
			const expected = resultsFor(query);
			expect(await dialogResults(page), `the dialog beside the API’s ${listed(query, expected)}`).toEqual(expected);
		}
		expect(said[1]).toMatch(/^No results/);
		// The region sits inside the modal dialog, the only part of the page a reader can reach while it is open.
		expect(await page.locator('site-search dialog[open] [role="status"]').count()).toBe(1);
		const announcements = said.map((text) => ({ region: SEARCH_LIVE, politeness: 'polite', text }));
		expect(await liveChanges(page)).toEqual(announcements);

		// Tab: the search box's clear button, then the filters (a disclosure per group, a checkbox per value
		// of an open group; Pagefind opens a lone group by itself), then the results, each in view.
		const stops = await tabThrough(page, 12);
		expect(
			stops.every((stop) => stop.inView),
			JSON.stringify(stops),
		).toBe(true);
		const controls = stops.map((stop) => stop.control);
		const firstResult = controls.findIndex((control) => control.startsWith('link "'));
		expect(firstResult, JSON.stringify(controls)).toBeGreaterThan(1);
		expect(controls[0]).toBe('button "Clear"');
		const filterStop = /^text: (?:Page type|Tool)$|^checkbox "[^"]+ \(\d+\)"$/;
		expect(controls.slice(1, firstResult).filter((control) => !filterStop.test(control))).toEqual([]);
		expect(
			describeViolations(await runAxe(page, { within: OPEN_DIALOG })),
			'axe on the dialog in the light theme',
		).toEqual([]);

		// Escape closes the dialog and gives focus back to the button that opened it, and nothing more is said.
		await page.keyboard.press('Escape');
		await expect.poll(dialogOpen).toBe(false);
		expect(await focusStop(page)).toEqual(opener);
		expect(await liveChanges(page)).toEqual(announcements);

		// Ctrl+K opens it again, results kept, in the dark theme too.
		await switchTheme(page, 'dark');
		await page.keyboard.press('Control+k');
		await expect.poll(dialogOpen).toBe(true);
		expect(await focusStop(page)).toEqual({ control: 'textbox "Search"', inView: true });
		expect(await dialogResults(page), 'the results kept while the dialog was closed').toEqual(
			resultsFor(FILTERED_QUERY),
		);
		expect(
			describeViolations(await runAxe(page, { within: OPEN_DIALOG, theme: 'dark' })),
			'axe on the dialog in the dark theme',
		).toEqual([]);

		// The filters are the API's, and Page type: Concept narrows the results as it narrows the API's.
		const panel = page.locator('#starlight__search .pagefind-ui__filter-panel');
		expect(await panel.locator('.pagefind-ui__filter-name').allInnerTexts()).toEqual(Object.keys(api.filters));
		// Pagefind opens every group by itself when its first counts name a lone group (its filter files
		// still loading when the first search ends), so the group is opened only if it is closed.
		const pageType = panel.locator('details', { has: page.locator('summary', { hasText: 'Page type' }) });
		const pageTypeOpen = () => pageType.evaluate((group) => (group as HTMLDetailsElement).open);
		if (!(await pageTypeOpen())) await pageType.locator('summary').click();
		await expect.poll(pageTypeOpen).toBe(true);
		const concept = panel.locator('label', { hasText: pageTypeLabels.concept });
		await concept.click();
		const { narrowed } = api;
		await expect
			.poll(() => dialogResults(page), {
				message: `the dialog narrowed to the API’s ${listed(FILTERED_QUERY, narrowed)}`,
			})
			.toEqual(narrowed);
		await concept.click();

		// A sub-result leads to its entry on another page, in view below the header.
		await input.fill(FOLLOWED.query);
		await completedMessage(page, FOLLOWED.query);
		const expected = resultsFor(FOLLOWED.query);
		expect(await dialogResults(page), `the dialog beside the API’s ${listed(FOLLOWED.query, expected)}`).toEqual(
			expected,
		);
		const link = page.locator(`#starlight__search .pagefind-ui__result-link[href="${FOLLOWED.href}"]`);
		const hash = new URL(FOLLOWED.href, page.url()).hash;
		await Promise.all([page.waitForURL((url) => url.hash === hash), link.click()]);
		const landed = await page.evaluate(() => {
			const target = document.querySelector(':target');
			const header = document.querySelector('header.header')?.getBoundingClientRect().bottom ?? 0;
			const box = target?.getBoundingClientRect();
			return {
				id: target?.id ?? null,
				visible: target?.checkVisibility() ?? false,
				inView: box !== undefined && box.height > 0 && box.top >= header - 1 && box.top < innerHeight,
			};
		});
		expect(landed).toEqual({ id: hash.slice(1), visible: true, inView: true });
		await expectCleanPage(page);
	});
});
