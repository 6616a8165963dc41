// Every page of the built site in a real browser: loads clean and without layout shift, its tables fit
// a desktop window, it is accessible in both themes, deep links to requirement rows land in view, tables need no JavaScript,
// search works offline.
import { describe, expect, test } from 'vitest';
import { anchorsIn } from '../../src/integrations/link-check/find-broken-links';
import { REQUIREMENT_PREFIX } from '../../src/data/site-contracts';
import {
	REQUIREMENT_ROUTES,
	ROUTES,
	THEMES,
	brokenLinksOn,
	followFirstSearchResult,
	builtSiteDir,
	describeViolations,
	expectCleanPage,
	reportOf,
	runAxe,
	searchSite,
	targetsOutOfView,
	useSite,
} from './harness';
import { RECORD_LAYOUT_SHIFTS, expectLayoutShiftBelowLimit } from './support/layout-shift';
import { DESKTOP } from './support/screens';
import { expectFactTablesInRows, expectTablesFit, hasFactTables } from './support/table-fit';

const site = useSite(builtSiteDir);

/** Long enough to say what the page is for, short enough for a search result snippet (~160 characters). */
const DESCRIPTION_LENGTH = { min: 50, max: 160 };

/** A term the prerequisites discuss, so the search index must find it. */
const SEARCH_QUERY = 'gMSA';

/** Served for a URL that is not a page, several folders deep so relative links would break. */
const UNKNOWN_PATH = '/no/such/page/here/';

// One load per route and theme, in openPage's desktop window (1280 px wide): the checks that do not
// depend on the theme run in the first (tables-fit.e2e.ts checks the fit and the shift at a phone's width).
test.each(ROUTES)(
	'loads %s cleanly and without layout shift, with its tables fitting and no accessibility violations in either theme',
	async (route) => {
		const [first, ...others] = THEMES;
		const page = await site.openPage(route, { theme: first, initScript: RECORD_LAYOUT_SHIFTS });
		await expectLayoutShiftBelowLimit(page, `${route} at ${DESKTOP.width} px`);
		await expect.poll(() => page.locator('h1').count()).toBe(1);
		expect((await page.locator('h1').innerText()).trim()).not.toBe('');
		const description = (await page.locator('meta[name="description"]').getAttribute('content')) ?? '';
		// Soft, so a wordy description does not hide a console error or a failed request below.
		expect.soft(description.length, `description "${description}"`).toBeGreaterThanOrEqual(DESCRIPTION_LENGTH.min);
		expect.soft(description.length, `description "${description}"`).toBeLessThanOrEqual(DESCRIPTION_LENGTH.max);
		const favicon = await page
			.locator('link[rel~="icon"]')
			.first()
			.evaluate((link) => (link as HTMLLinkElement).href);
		const icon = await page.request.get(favicon);
		expect(icon.status(), favicon).toBe(200);
		expect(icon.headers()['content-type']).toBe('image/svg+xml');
		await expectCleanPage(page);
		expect(describeViolations(await runAxe(page)), `${first} theme`).toEqual([]);
		await expectTablesFit(page, route);
		if (hasFactTables(route)) await expectFactTablesInRows(page);
		for (const theme of others) {
			const themed = await site.openPage(route, { theme });
			expect(describeViolations(await runAxe(themed, { theme })), `${theme} theme`).toEqual([]);
			await expectCleanPage(themed);
		}
	},
);

test('names the search button by the shortcut it shows on Apple devices', async () => {
	const page = await site.openPage('/', {
		initScript: `Object.defineProperty(Navigator.prototype, 'platform', { get: () => 'MacIntel' });`,
	});
	const button = page.locator('site-search button[data-open-modal]');
	await expect.poll(() => button.getAttribute('aria-label')).toBe('Search ⌘ K');
	expect(await button.getAttribute('aria-keyshortcuts')).toBe('Meta+K');
	expect(describeViolations(await runAxe(page))).toEqual([]);
});

describe('the not-found page', () => {
	test('is served for an unknown URL with links that work', async () => {
		const page = await site.openPage(UNKNOWN_PATH, { status: 404 });
		expect(await page.locator('h1').innerText()).toMatch(/not found/i);
		const links = await page
			.locator('main a[href]')
			.evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).href));
		const routeUrls = ROUTES.map((route) => site.server.url(route));
		expect(
			links.filter((link) => routeUrls.includes(link.replace(/#.*$/, ''))),
			'links to pages of the guide',
		).not.toEqual([]);
		expect(await brokenLinksOn(page, 'main')).toEqual([]);
		await expectCleanPage(page);
	});

	test('has no accessibility violations', async () => {
		const page = await site.openPage(UNKNOWN_PATH, { status: 404, theme: 'light' });
		expect(describeViolations(await runAxe(page))).toEqual([]);
	});
});

/** The selector of requirement rows. */
const REQUIREMENT_ROWS = `tr[id^="${REQUIREMENT_PREFIX}"]`;

describe.each(REQUIREMENT_ROUTES)('requirement rows on %s', (route) => {
	test('each come into view below the header when their anchor is followed', async () => {
		const page = await site.openPage(route);
		const ids = await page.locator(REQUIREMENT_ROWS).evaluateAll((rows) => rows.map((row) => row.id));
		expect(ids.length, 'requirement rows').toBeGreaterThan(0);
		expect(await targetsOutOfView(page, ids)).toEqual([]);
		await expectCleanPage(page);
	});

	test('a shared link to the last row opens with the row in view below the header', async () => {
		const html = await site.builtHtml(route);
		const last = [...anchorsIn(html)].filter((id) => id.startsWith(REQUIREMENT_PREFIX)).at(-1);
		expect(last, 'a requirement row').toBeDefined();
		const page = await site.openPage(`${route}#${last}`);
		const row = page.locator(`[id="${last}"]`);
		await expect.poll(() => row.evaluate((element) => element.matches(':target'))).toBe(true);
		const header = await page.locator('header.header').evaluate((element) => element.getBoundingClientRect().bottom);
		const top = await row.evaluate((element) => element.getBoundingClientRect().top);
		expect(top).toBeGreaterThanOrEqual(header - 1);
		expect(top).toBeLessThan(DESKTOP.height);
	});

	test('are all present and visible without JavaScript', async () => {
		const built = [...anchorsIn(await site.builtHtml(route))].filter((id) => id.startsWith(REQUIREMENT_PREFIX));
		expect(built.length, 'requirement rows in the built page').toBeGreaterThan(0);
		const page = await site.openPage(route, { javaScript: false });
		const shown = await page
			.locator(REQUIREMENT_ROWS)
			.evaluateAll((rows) => rows.filter((row) => row.checkVisibility()).map((row) => row.id));
		expect(shown).toEqual(built);
		const tables = page.locator('table[data-requirement-table]');
		expect(await tables.count()).toBeGreaterThan(0);
		for (const table of await tables.all()) expect(await table.locator('caption').innerText()).not.toBe('');
		expect(reportOf(page)).toEqual({ consoleErrors: [], failedRequests: [], offOriginRequests: [] });
	});
});

test('finds pages with the site search, offline', async () => {
	const page = await site.openPage('/');
	const hrefs = await searchSite(page, SEARCH_QUERY);
	expect(hrefs.length).toBeGreaterThan(0);
	await followFirstSearchResult(page, site);
	await expectCleanPage(page);
});
