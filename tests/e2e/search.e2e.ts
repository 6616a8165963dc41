// The site search (Pagefind in Starlight's dialog) in Chromium, offline: the page about a topic is
// among the first three pages, former product names find their current ones, a requirement hit
// lands on its table row, the "Page type" and "Tool" filters narrow the results, each completed
// count is announced once, and a keyboard walkthrough of the dialog.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import requirementsData from '../../content/data/requirements.json';
import { pageTypeLabels, toolLabels } from '../../src/data/labels';
import { RequirementSchema } from '../../src/data/schemas/requirements';
import { PROJECT_ROOT } from '../support/astro-build';
import { THEMES, builtSiteDir, describeViolations, expectCleanPage, runAxe, searchSite, useSite } from './harness';
import { LIVE_REGION_RECORDER, focusStop, liveChanges, liveRegionSummary, tabThrough } from './support/walkthrough';

const site = useSite(builtSiteDir);
const requirements = RequirementSchema.array().parse(requirementsData);

/** How many distinct pages a reader scans before giving up on a search. */
const TOP_PAGES = 3;

/** Where every search starts: a page that is none of the expected results. */
const START_PAGE = '/embed/';

/** Search results as the dialog shows them once every result has loaded. */
interface SearchResults {
	/** Every result link, page results followed by their sub-results, in order. */
	hrefs: string[];
	/** The distinct pages, best first. */
	pages: string[];
}

const RESULTS = '#starlight__search .pagefind-ui__result';

/** The results shown in the dialog now, once every result shown has loaded its link. */
async function shownResults(page: Page): Promise<SearchResults> {
	// Pagefind renders a placeholder per result and fills in its links as each result loads.
	await expect
		.poll(() => page.locator(RESULTS).evaluateAll((results) => results.every((result) => result.querySelector('a'))), {
			message: 'every search result loads',
		})
		.toBe(true);
	const hrefs = await page
		.locator(`${RESULTS}-link`)
		.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
	const pages = [...new Set(hrefs.map((href) => new URL(href, page.url()).pathname))];
	return { hrefs, pages };
}

/** Searches through the dialog as a reader would and waits for the complete result list. */
async function search(page: Page, query: string): Promise<SearchResults> {
	// Starlight enables the button once its script has run, which a busy machine may take a while to do.
	await page.locator('site-search button[data-open-modal]:enabled').waitFor();
	await searchSite(page, query);
	await expect
		.poll(() => page.locator('#starlight__search .pagefind-ui__message').textContent(), {
			message: `results for "${query}"`,
		})
		.toContain(query);
	return shownResults(page);
}

/** Follows a result link in the dialog and returns the row or section it landed on, if in view. */
async function follow(page: Page, href: string) {
	const link = page.locator(`${RESULTS}-link[href="${href}"]`).first();
	const hash = new URL(href, page.url()).hash;
	await Promise.all([page.waitForURL((url) => url.hash === hash), link.click()]);
	return page.evaluate(() => {
		const target = document.querySelector(':target');
		const header = document.querySelector('header.header')?.getBoundingClientRect().bottom ?? 0;
		const box = target?.getBoundingClientRect();
		return {
			id: target?.id ?? null,
			visible: target?.checkVisibility() ?? false,
			inView: box !== undefined && box.height > 0 && box.top >= header - 1 && box.top < innerHeight,
		};
	});
}

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

/** Searches for a topic and the page about it, which must be among the first three pages. */
const TOPICS = [
	{ query: 'gMSA', page: '/prerequisites/', requirement: true },
	{ query: 'LocalDB', page: '/prerequisites/', requirement: true },
	{ query: 'device writeback', page: '/configure/', requirement: false },
	{ query: 'provisioning agent', page: '/get-started/', requirement: false },
	{ query: 'password hash synchronization', page: '/concepts/entra-connect-components/', requirement: false },
	{ query: 'Azure AD Connect', page: '/concepts/entra-connect-components/', requirement: false },
	{ query: 'firewall ports', page: '/network/', requirement: false },
	{ query: 'msappproxy', page: '/network/', requirement: false },
	{ query: 'staging mode', page: '/operate/', requirement: false },
	{ query: 'migrate to cloud sync', page: '/migrate-to-cloud-sync/', requirement: false },
	{ query: 'P1 license', page: '/prerequisites/', requirement: false },
	{ query: 'ID Governance', page: '/prerequisites/', requirement: true },
	{ query: 'KB5070773', page: '/prerequisites/', requirement: true },
	{ query: 'application-based authentication', page: '/operate/', requirement: false },
	{ query: '2.6.84.0', page: '/operate/', requirement: false },
	{ query: '21Vianet', page: '/topologies/', requirement: false },
	{ query: 'Source of Authority', page: '/topologies/', requirement: false },
	{ query: 'msDS-ObjectSoa', page: '/network/', requirement: false },
	{ query: 'device sync', page: '/choose-a-sync-tool/', requirement: false },
] as const;

/**
 * Former product names and where they must lead: the glossary entry that gives the current name,
 * and, where the product has a page of its own, that page.
 */
const FORMER_NAMES = [
	// Microsoft Entra Connect: its glossary entry and its concept page.
	{
		query: 'AAD Connect',
		pages: ['/glossary/', '/concepts/entra-connect-components/'],
		entry: '/glossary/#microsoft-entra-connect',
	},
	// Microsoft Entra ID: the glossary, which says what Azure AD is called now.
	{ query: 'Azure AD', pages: ['/glossary/'], entry: null },
	// Replaced by Azure AD Connect, now Microsoft Entra Connect: its glossary entry says so.
	{ query: 'DirSync', pages: ['/glossary/'], entry: '/glossary/#dirsync' },
	// Microsoft Entra Cloud Sync: its glossary entry.
	{ query: 'Azure AD Connect cloud sync', pages: ['/glossary/'], entry: '/glossary/#microsoft-entra-cloud-sync' },
] as const;

describe('site search ranking', () => {
	test.each(TOPICS)(
		'finds $page among the first three pages for "$query"',
		async ({ query, page: expected, requirement }) => {
			const page = await site.openPage(START_PAGE);
			const { pages, hrefs } = await search(page, query);
			expect(pages.slice(0, TOP_PAGES), `pages found for "${query}"`).toContain(expected);
			if (requirement) {
				// The hit is a requirement: a sub-result deep-links to its row, and following it lands there.
				const rows = rowsMentioning(query);
				expect(rows.length, `requirement rows that mention "${query}"`).toBeGreaterThan(0);
				const rowLinks = hrefs.filter((href) => rows.some((row) => href === `${expected}#${row}`));
				expect(rowLinks, `sub-results among ${JSON.stringify(hrefs)}`).not.toEqual([]);
				const landed = await follow(page, rowLinks[0] ?? '');
				expect(landed).toEqual({
					id: new URL(rowLinks[0] ?? '', page.url()).hash.slice(1),
					visible: true,
					inView: true,
				});
			}
			await expectCleanPage(page);
		},
	);

	test.each(FORMER_NAMES)(
		'finds the current name for the former name "$query"',
		async ({ query, pages: expected, entry }) => {
			const page = await site.openPage(START_PAGE);
			const { pages, hrefs } = await search(page, query);
			for (const route of expected) expect(pages.slice(0, TOP_PAGES), `pages found for "${query}"`).toContain(route);
			if (entry) {
				expect(hrefs, `results for "${query}"`).toContain(entry);
				const landed = await follow(page, entry);
				expect(landed).toEqual({ id: new URL(entry, page.url()).hash.slice(1), visible: true, inView: true });
			}
			await expectCleanPage(page);
		},
	);
});

describe('site search filters', () => {
	test('offers "Page type" and "Tool" with the labels the pages use', async () => {
		const page = await site.openPage(START_PAGE);
		await search(page, 'Azure AD Connect');
		const panel = page.locator('#starlight__search .pagefind-ui__filter-panel');
		expect(await panel.isVisible()).toBe(true);
		expect(await panel.locator('.pagefind-ui__filter-name').allInnerTexts()).toEqual(['Page type', 'Tool']);
		const values = (filter: string) =>
			panel
				.locator(`input[name="${filter}"]`)
				.evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
		const usedTypes = new Set(
			[...pageTypes().values()].map((type) => pageTypeLabels[type as keyof typeof pageTypeLabels]),
		);
		expect(new Set(await values('Page type'))).toEqual(usedTypes);
		expect(new Set(await values('Tool'))).toEqual(new Set(Object.values(toolLabels)));
		await expectCleanPage(page);
	});

	test('narrows the results to concept pages when Page type is Concept', async () => {
		const conceptPages = [...pageTypes()].filter(([, type]) => type === 'concept').map(([route]) => route);
		expect(conceptPages.length, 'concept pages in content/docs').toBeGreaterThan(0);
		const page = await site.openPage(START_PAGE);
		const before = await search(page, 'Azure AD Connect');
		expect(
			before.pages.filter((route) => !conceptPages.includes(route)),
			'other pages before filtering',
		).not.toEqual([]);

		await page.locator('#starlight__search .pagefind-ui__filter-name', { hasText: 'Page type' }).click();
		await page.locator('#starlight__search label', { hasText: pageTypeLabels.concept }).click();
		await expect
			.poll(async () => (await shownResults(page)).pages.every((route) => conceptPages.includes(route)), {
				message: 'results narrowed to concept pages',
			})
			.toBe(true);
		expect((await shownResults(page)).pages).toContain('/concepts/entra-connect-components/');
		await expectCleanPage(page);
	});
});

/** Our live region inside the search dialog, as the walkthrough recorder names it. */
const SEARCH_LIVE = 'site-search p.search-result-count';

/** Waits until Pagefind shows the complete message for `query` and returns it ("3 results for gMSA"). */
async function completedMessage(page: Page, query: string): Promise<string> {
	const message = page.locator('#starlight__search .pagefind-ui__message');
	await expect
		.poll(async () => ((await message.count()) === 1 ? ((await message.textContent()) ?? '') : ''), {
			message: `the result count for "${query}"`,
		})
		.toMatch(new RegExp(`^\\s*(?:\\d+ results?|No results) for ${query}\\s*$`));
	return ((await message.textContent()) ?? '').trim();
}

describe.each(THEMES)('the search dialog, as a screen reader hears it, in %s theme', (theme) => {
	test('puts each completed result count in a polite live region inside the dialog, once, without an axe violation', async () => {
		const page = await site.openPage(START_PAGE, { initScript: LIVE_REGION_RECORDER, theme });
		await page.locator('site-search button[data-open-modal]:enabled').waitFor();
		await page.locator('site-search button[data-open-modal]').click();
		const input = page.locator('#starlight__search input').first();
		const said: string[] = [];
		for (const query of ['gMSA', 'LocalDB', 'zzqqxxnothing']) {
			await input.fill(query);
			said.push(await completedMessage(page, query));
			await expect.poll(async () => (await liveChanges(page)).length).toBe(said.length);
		}
		expect(said[2]).toMatch(/^No results/);
		// The region sits inside the modal dialog, the only part of the page a reader can reach while it is open.
		expect(await page.locator('site-search dialog[open] [role="status"]').count()).toBe(1);
		expect(await liveChanges(page)).toEqual(said.map((text) => ({ region: SEARCH_LIVE, politeness: 'polite', text })));
		expect(describeViolations(await runAxe(page))).toEqual([]);
		await expectCleanPage(page);
	});
});

describe('a keyboard walkthrough of the search dialog', () => {
	test('opens from the keyboard, tabs through the search, filters and results in view, and returns focus', async () => {
		const page = await site.openPage(START_PAGE, { initScript: LIVE_REGION_RECORDER });
		const button = page.locator('site-search button[data-open-modal]:enabled');
		await button.waitFor();
		await button.focus();
		const opener = await focusStop(page);
		expect(opener).toEqual({ control: expect.stringMatching(/^button "Search/), inView: true });
		await page.keyboard.press('Enter');
		expect(await focusStop(page)).toEqual({ control: 'textbox "Search"', inView: true });
		// One input event, as a paste gives: typed key by key, a slow machine may complete a search per
		// pause, each rightly announced, which would make the count below depend on the machine.
		await page.locator('#starlight__search input').first().fill('Azure AD Connect');
		const message = await completedMessage(page, 'Azure AD Connect');
		await expect.poll(async () => (await liveChanges(page)).length).toBe(1);
		// Pagefind fills in each result as it loads; tab once they all have their links.
		await shownResults(page);

		// Enough stops to pass the filters, whose groups Pagefind may show open or closed.
		const stops = await tabThrough(page, 12);
		expect(
			stops.every((stop) => stop.inView),
			JSON.stringify(stops),
		).toBe(true);
		// The search box's clear button, then the filters (a disclosure per group, a checkbox per value
		// of an open group; Pagefind opens a lone group by itself), then the results.
		const controls = stops.map((stop) => stop.control);
		const firstResult = controls.findIndex((control) => control.startsWith('link "'));
		expect(firstResult, JSON.stringify(controls)).toBeGreaterThan(1);
		expect(controls[0]).toBe('button "Clear"');
		const filterStop = /^text: (?:Page type|Tool)$|^checkbox "[^"]+ \(\d+\)"$/;
		expect(controls.slice(1, firstResult).filter((control) => !filterStop.test(control))).toEqual([]);

		await page.keyboard.press('Escape');
		await expect
			.poll(() => page.locator('site-search dialog').evaluate((dialog) => (dialog as HTMLDialogElement).open))
			.toBe(false);
		expect(await focusStop(page)).toEqual(opener);
		// Over the whole session, one region spoke, politely, once: the one completed query.
		expect(liveRegionSummary(await liveChanges(page))).toEqual({ [SEARCH_LIVE]: { changes: 1, texts: [message] } });
		expect((await liveChanges(page))[0]?.politeness).toBe('polite');
		await expectCleanPage(page);
	});
});
