// The requirement-table filter (<table-filter>) on /prerequisites/ and /configure/ in Chromium:
// text, tool and category filtering, the count, the state in the URL (reload, back and forward,
// a bad link, history.state), tables inside an Aside, the page without JavaScript, no layout
// shift as the script starts, and axe in both themes.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { REQUIREMENT_ROUTES, axeInEveryTheme, builtSiteDir, expectCleanPage, useSite } from './harness';
import { layoutShiftsAfterLoad, openHeldPage, paintedLeftOf, serveWithHeldPages } from './support/layout-shift';
import { PHONE } from './support/screens';
import {
	ALL_REQUIREMENTS,
	CONFIGURE,
	NO_MATCH,
	PREREQUISITES,
	anchorsOf,
	countOf,
	expectEmptySectionsHidden,
	features,
	filterReady,
	filterState,
	openFilter as openFilterOn,
	requirements,
	rowsWithWords,
	visibleRows,
} from './support/table-filter-page';
import { PAGES, siteRoute } from '../../src/data/site-contracts';

const site = useSite(builtSiteDir);

const openFilter = (path: string) => openFilterOn(site, path);

describe('the requirement filter on /prerequisites/', () => {
	test('narrows the rows as you type, and says how many and puts the search in the URL', async () => {
		const page = await openFilter(PREREQUISITES);
		expect(await visibleRows(page)).toEqual(ALL_REQUIREMENTS);
		expect((await filterState(page)).count).toBe(countOf(requirements.length));

		await page.locator('table-filter input[name="q"]').fill('gmsa');
		const expected = rowsWithWords(requirements, 'gmsa');
		expect(expected.length).toBeGreaterThan(0);
		expect(expected.length).toBeLessThan(requirements.length);
		expect(await visibleRows(page)).toEqual(expected);
		expect(await filterState(page)).toEqual({
			query: 'gmsa',
			tool: '',
			category: '',
			count: countOf(expected.length),
			search: '?q=gmsa',
		});
		await expectEmptySectionsHidden(page);
		await expectCleanPage(page);
	});

	test('restores the search from the URL after a reload', async () => {
		const page = await openFilter(PREREQUISITES);
		await page.locator('table-filter input[name="q"]').fill('localdb');
		const expected = rowsWithWords(requirements, 'localdb');
		expect(await visibleRows(page)).toEqual(expected);

		// Let the first load finish, so the reload interrupts no request.
		await page.waitForLoadState('networkidle');
		await page.reload();
		await filterReady(page);
		expect(await filterState(page)).toEqual({
			query: 'localdb',
			tool: '',
			category: '',
			count: countOf(expected.length),
			search: '?q=localdb',
		});
		expect(await visibleRows(page)).toEqual(expected);
		await expectCleanPage(page);
	});

	test('combines the tool and category filters', async () => {
		const page = await openFilter(PREREQUISITES);
		await page.locator('table-filter select[name="tool"]').selectOption('connect-sync');
		await page.locator('table-filter select[name="category"]').selectOption('accounts');
		const expected = anchorsOf(
			requirements.filter((row) => row.tool === 'connect-sync' && row.category === 'accounts'),
		);
		expect(expected.length).toBeGreaterThan(0);
		expect(await visibleRows(page)).toEqual(expected);
		expect(await filterState(page)).toEqual({
			query: '',
			tool: 'connect-sync',
			category: 'accounts',
			count: countOf(expected.length),
			search: '?tool=connect-sync&category=accounts',
		});
		// Every Cloud Sync section, and every Connect Sync section but the accounts, is hidden with its heading.
		await expectEmptySectionsHidden(page);
		expect(await page.locator('h2#microsoft-entra-cloud-sync').isVisible()).toBe(false);
		expect(await page.locator('h2#microsoft-entra-connect-sync').isVisible()).toBe(true);
		await expectCleanPage(page);
	});

	test('matches every word of the search in any order, ignoring case and accents', async () => {
		const page = await openFilter(PREREQUISITES);
		const search = page.locator('table-filter input[name="q"]');
		const both = rowsWithWords(requirements, 'agent', 'windows');
		// Rows with both words, not rows with either.
		expect(both.length).toBeGreaterThan(0);
		expect(both.length).toBeLessThan(rowsWithWords(requirements, 'agent').length);
		expect(both.length).toBeLessThan(rowsWithWords(requirements, 'windows').length);

		await search.fill('windows agent');
		expect(await visibleRows(page)).toEqual(both);
		await search.fill('WINDÓWS Ágent');
		expect(await visibleRows(page)).toEqual(both);
		expect((await filterState(page)).count).toBe(countOf(both.length));
		await expectCleanPage(page);
	});

	test('restores earlier filter states with the back and forward buttons', async () => {
		const page = await openFilter(PREREQUISITES);
		const cloud = anchorsOf(requirements.filter((row) => row.tool === 'cloud-sync'));
		const cloudAccounts = anchorsOf(
			requirements.filter((row) => row.tool === 'cloud-sync' && row.category === 'accounts'),
		);
		await page.locator('table-filter select[name="tool"]').selectOption('cloud-sync');
		await page.locator('table-filter select[name="category"]').selectOption('accounts');
		expect(await visibleRows(page)).toEqual(cloudAccounts);

		const toolOnly = {
			query: '',
			tool: 'cloud-sync',
			category: '',
			count: countOf(cloud.length),
			search: '?tool=cloud-sync',
		};
		const unfiltered = { query: '', tool: '', category: '', count: countOf(requirements.length), search: '' };

		await page.goBack();
		await expect.poll(() => filterState(page)).toEqual(toolOnly);
		expect(await visibleRows(page)).toEqual(cloud);

		await page.goBack();
		await expect.poll(() => filterState(page)).toEqual(unfiltered);
		expect(await visibleRows(page)).toEqual(ALL_REQUIREMENTS);

		await page.goForward();
		await expect.poll(() => filterState(page)).toEqual(toolOnly);
		expect(await visibleRows(page)).toEqual(cloud);
		await expectCleanPage(page);
	});

	test('says so when a link names an unknown tool, and filters nothing', async () => {
		const page = await openFilter(`${PREREQUISITES}?tool=bogus`);
		const note = page.locator('table-filter [data-note]');
		expect(await note.isVisible()).toBe(true);
		expect(await note.textContent()).toContain('bogus');
		expect(await visibleRows(page)).toEqual(ALL_REQUIREMENTS);
		expect((await filterState(page)).tool).toBe('');
		expect((await filterState(page)).count).toBe(countOf(requirements.length));
		await expectCleanPage(page);
	});

	test('shows a message when nothing matches, whose reset shows every row and focuses the search box', async () => {
		const page = await openFilter(PREREQUISITES);
		const empty = page.locator('table-filter [data-empty]');
		expect(await empty.isVisible()).toBe(false);
		await page.locator('table-filter input[name="q"]').fill(NO_MATCH);
		expect(await visibleRows(page)).toEqual([]);
		expect(await empty.isVisible()).toBe(true);
		expect((await filterState(page)).count).toBe(countOf(0));
		await expectEmptySectionsHidden(page);

		await empty.locator('[data-reset]').click();
		expect(await visibleRows(page)).toEqual(ALL_REQUIREMENTS);
		expect(await empty.isVisible()).toBe(false);
		expect(await filterState(page)).toEqual({
			query: '',
			tool: '',
			category: '',
			count: countOf(requirements.length),
			search: '',
		});
		expect(await page.evaluate(() => document.activeElement?.matches('table-filter input[name="q"]'))).toBe(true);
		await expectEmptySectionsHidden(page);
		await expectCleanPage(page);
	});

	test('shows every row again with "Clear filters"', async () => {
		const page = await openFilter(`${PREREQUISITES}?q=administrator&tool=cloud-sync&category=accounts`);
		expect(await visibleRows(page)).toEqual(
			rowsWithWords(
				requirements.filter((row) => row.tool === 'cloud-sync' && row.category === 'accounts'),
				'administrator',
			),
		);
		await page.getByRole('button', { name: 'Clear filters' }).click();
		expect(await visibleRows(page)).toEqual(ALL_REQUIREMENTS);
		expect(await filterState(page)).toEqual({
			query: '',
			tool: '',
			category: '',
			count: countOf(requirements.length),
			search: '',
		});
		await expectEmptySectionsHidden(page);
		await expectCleanPage(page);
	});

	test('shows every row and no filter control without JavaScript', async () => {
		const page = await site.openPage(`${PREREQUISITES}?q=gmsa&tool=connect-sync`, { javaScript: false });
		expect(await visibleRows(page)).toEqual(ALL_REQUIREMENTS);
		const controls = await page
			.locator(
				'table-filter input, table-filter select, table-filter button, table-filter [data-count], table-filter [data-empty]',
			)
			.evaluateAll((elements) => elements.filter((element) => element.checkVisibility()).length);
		expect(controls).toBe(0);
		await expectCleanPage(page);
	});

	test('has no accessibility violations when filtered, empty and reset, in either theme', async () => {
		const page = await openFilter(PREREQUISITES);
		const violations: Record<string, string[]> = {};
		await page.locator('table-filter input[name="q"]').fill('gmsa');
		await page.locator('table-filter select[name="tool"]').selectOption('cloud-sync');
		violations['filtered'] = await axeInEveryTheme(page);
		await page.locator('table-filter input[name="q"]').fill(NO_MATCH);
		expect(await page.locator('table-filter [data-empty]').isVisible()).toBe(true);
		violations['empty'] = await axeInEveryTheme(page);
		await page.locator('table-filter [data-reset]').click();
		expect(await visibleRows(page)).toEqual(ALL_REQUIREMENTS);
		violations['reset'] = await axeInEveryTheme(page);
		expect(violations).toEqual({ filtered: [], empty: [], reset: [] });
		await expectCleanPage(page);
	});
});

describe('the feature filter on /configure/', () => {
	test('restores tool and category from a link, then narrows by text and counts features', async () => {
		const page = await openFilter(`${CONFIGURE}?tool=connect-sync&category=sign-in`);
		const signIn = features.filter((row) => row.tool === 'connect-sync' && row.category === 'sign-in');
		expect(signIn.length).toBeGreaterThan(0);
		expect(await visibleRows(page)).toEqual(anchorsOf(signIn));
		expect((await filterState(page)).count).toBe(countOf(signIn.length, features.length, 'features'));
		await expectEmptySectionsHidden(page);

		await page.getByRole('button', { name: 'Clear filters' }).click();
		await page.locator('table-filter input[name="q"]').fill('Writeback');
		const writeback = rowsWithWords(features, 'writeback');
		expect(writeback.length).toBeGreaterThan(0);
		expect(await visibleRows(page)).toEqual(writeback);
		expect(await filterState(page)).toEqual({
			query: 'Writeback',
			tool: '',
			category: '',
			count: countOf(writeback.length, features.length, 'features'),
			search: '?q=Writeback',
		});
		await expectEmptySectionsHidden(page);
		await expectCleanPage(page);
	});
});

describe('the filters of every table page', () => {
	test.each(REQUIREMENT_ROUTES)('names the rows of %s as the count does when nothing matches', async (path) => {
		const page = await openFilter(path);
		await page.locator('table-filter input[name="q"]').fill(NO_MATCH);
		const filter = page.locator('table-filter');
		const noun = await filter.getAttribute('data-noun');
		expect((await filter.locator('[data-count]').textContent())?.trim()).toMatch(new RegExp(`^0 of \\d+ ${noun}$`));
		const message = await filter.locator('[data-empty] p').textContent();
		expect(message?.replace(/\s+/g, ' ').trim()).toBe(`None of the ${noun} match these filters.`);
		await expectCleanPage(page);
	});

	test('finds a row by what a keyboard types: a hyphen for the en dash of a port range, an apostrophe for ’', async () => {
		const page = await openFilter(siteRoute(PAGES.network));
		const search = page.locator('table-filter input[name="q"]');
		await search.fill('49152-65535');
		expect(await visibleRows(page)).toEqual(['req-connect-sync-domain-controller-ports']);
		await search.fill("wizard's first configuration");
		expect(await visibleRows(page)).toEqual(['req-connect-sync-domain-controller-ports']);
		await expectCleanPage(page);
	});
});

describe('the filter and the browser history', () => {
	test('arrowing through a closed select leaves one history entry, which Back undoes', async () => {
		const page = await openFilter(PREREQUISITES);
		const entries = () => page.evaluate(() => history.length);
		const before = await entries();
		await page.locator('table-filter select[name="tool"]').focus();
		// Both tools → Cloud Sync → Connect Sync → Cloud Sync, with the list closed.
		for (const key of ['ArrowDown', 'ArrowDown', 'ArrowUp']) await page.keyboard.press(key);
		await expect.poll(() => filterState(page)).toMatchObject({ tool: 'cloud-sync', search: '?tool=cloud-sync' });
		expect(await entries()).toBe(before + 1);

		// Moving on to the next select starts a new choice, with an entry of its own.
		await page.keyboard.press('Tab');
		for (const key of ['ArrowDown', 'ArrowDown']) await page.keyboard.press(key);
		const category = await page.locator('table-filter select[name="category"]').inputValue();
		expect(category).not.toBe('');
		expect(await entries()).toBe(before + 2);

		await page.goBack();
		await expect.poll(() => filterState(page)).toMatchObject({ tool: 'cloud-sync', category: '' });
		await page.goBack();
		await expect.poll(() => filterState(page)).toMatchObject({ tool: '', category: '', search: '' });
		expect(await visibleRows(page)).toEqual(ALL_REQUIREMENTS);
		await expectCleanPage(page);
	});

	test('keeps the state another script stored in the history entry', async () => {
		const page = await openFilter(PREREQUISITES);
		const stored = { storedBy: 'another script', scroll: 120 };
		await page.evaluate((state) => history.replaceState(state, ''), stored);
		const state = () => page.evaluate(() => history.state as unknown);

		await page.locator('table-filter input[name="q"]').fill('gmsa');
		expect(await page.evaluate(() => location.search)).toBe('?q=gmsa');
		expect(await state()).toEqual(stored);
		await page.locator('table-filter select[name="tool"]').selectOption('cloud-sync');
		expect(await page.evaluate(() => location.search)).toBe('?q=gmsa&tool=cloud-sync');
		expect(await state()).toEqual(stored);
		await page.goBack();
		await expect.poll(() => filterState(page)).toMatchObject({ tool: '', search: '?q=gmsa' });
		expect(await state()).toEqual(stored);
		await expectCleanPage(page);
	});
});

/**
 * /prerequisites/ as built, with its first table (Cloud Sync hardware and software) moved into a
 * Starlight Aside (the markup of the page's own Aside), served in place of the page.
 */
async function openWithTableInAside(): Promise<Page> {
	const html = await site.builtHtml(PREREQUISITES);
	const opening = /<aside[^>]*class="starlight-aside[^"]*"[^>]*>[\s\S]*?<div class="starlight-aside__content">/
		.exec(html)?.[0]
		.replace(/aria-label="[^"]*"/, 'aria-label="Agent server"')
		.replace(/(<\/svg>)[^<]*/, '$1Agent server');
	const table =
		/<div class="requirement-table">(?:(?!<div class="requirement-table">)[\s\S])*?Cloud Sync: agent server hardware[\s\S]*?<\/table><\/div>/.exec(
			html,
		)?.[0];
	if (!opening || !table)
		throw new Error('The built /prerequisites/ no longer has an Aside and the Cloud Sync server table.');
	const page = await site.openPage(PREREQUISITES);
	// Let the first load finish, so the reload interrupts no request.
	await page.waitForLoadState('networkidle');
	await page.route(site.server.url(PREREQUISITES), (route) =>
		route.fulfill({
			status: 200,
			contentType: 'text/html; charset=utf-8',
			body: html.replace(table, `${opening}${table}</div></aside>`),
		}),
	);
	await page.reload();
	await filterReady(page);
	expect(await page.locator('aside[aria-label="Agent server"] table[data-requirement-table]').count()).toBe(1);
	return page;
}

describe('the filter with a table inside an Aside', () => {
	test('filters the table inside the Aside, and hides the Aside with its section when nothing in it matches', async () => {
		const page = await openWithTableInAside();
		const aside = page.locator('aside[aria-label="Agent server"]');
		const heading = page.locator('h3#cloud-sync-hardware-and-software');
		const tool = page.locator('table-filter select[name="tool"]');
		const category = page.locator('table-filter select[name="category"]');

		const cloudSync = (shown: string) =>
			anchorsOf(requirements.filter((row) => row.tool === 'cloud-sync' && row.category === shown));

		await tool.selectOption('cloud-sync');
		await category.selectOption('hardware-software');
		expect(await visibleRows(page)).toEqual(cloudSync('hardware-software'));
		expect(await aside.isVisible()).toBe(true);
		expect(await heading.isVisible()).toBe(true);
		expect(await page.locator('h3#cloud-sync-accounts').isVisible()).toBe(false);
		await expectEmptySectionsHidden(page);

		await category.selectOption('accounts');
		expect(await visibleRows(page)).toEqual(cloudSync('accounts'));
		expect(await aside.isVisible()).toBe(false);
		expect(await heading.isVisible()).toBe(false);
		expect(await page.locator('h3#cloud-sync-accounts').isVisible()).toBe(true);
		await expectEmptySectionsHidden(page);

		await page.getByRole('button', { name: 'Clear filters' }).click();
		expect(await visibleRows(page)).toEqual(ALL_REQUIREMENTS);
		expect(await aside.isVisible()).toBe(true);
		await expectCleanPage(page);
	});
});

/** Runs in the page before its scripts: keeps every layout shift with the elements that moved. */
function recordLayoutShifts(): void {
	const shifts: Array<{ value: number; inContent: boolean; sources: string[] }> = [];
	Object.defineProperty(window, '__layoutShifts', { value: shifts });
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries() as Array<
			PerformanceEntry & { value: number; sources: Array<{ node: Node | null }> }
		>) {
			const nodes = entry.sources.map((source) => source.node).filter((node) => node !== null);
			shifts.push({
				value: entry.value,
				inContent: nodes.some((node) => node.parentElement?.closest('.sl-markdown-content')),
				sources: nodes.map((node) => (node instanceof Element ? `${node.localName}.${node.className}` : node.nodeName)),
			});
		}
	}).observe({ type: 'layout-shift', buffered: true });
}

describe('the filter as the page loads', () => {
	// One load: the form painted before it has all arrived, the race a repeat would sample, is held
	// and made to happen by the test after this one.
	const LOADS = 1;
	test.each([PREREQUISITES, CONFIGURE])(`moves nothing in %s as its script starts`, async (path) => {
		const inContent: Array<{ value: number; sources: string[] }> = [];
		for (let load = 0; load < LOADS; load += 1) {
			const page = await site.openPage(path, { initScript: `(${recordLayoutShifts.toString()})();` });
			await filterReady(page);
			await page.waitForLoadState('networkidle');
			// A frame after the filter has started, so any shift it caused has been reported.
			await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
			const shifts = await page.evaluate(
				() =>
					(window as unknown as { __layoutShifts: Array<{ value: number; inContent: boolean; sources: string[] }> })
						.__layoutShifts,
			);
			inContent.push(...shifts.filter((shift) => shift.inContent).map(({ value, sources }) => ({ value, sources })));
			await page.close();
		}
		expect(inContent).toEqual([]);
	});

	test('keeps its controls in place when the browser paints the form before it has all arrived', async () => {
		// On a slow load Chromium paints what it has parsed so far: here, the Category label without its
		// select. Nothing in the form may move when the rest arrives.
		const holding = await serveWithHeldPages(site.server.origin);
		const context = await site.browser.newContext({ viewport: PHONE });
		try {
			const { page, held, navigation } = await openHeldPage(
				context,
				holding,
				site.server.url(CONFIGURE),
				'<select name="category"',
			);
			const painted = async () => (await paintedLeftOf(page, 'table-filter label')) !== null;
			await expect.poll(painted, { message: 'the form was never painted before the rest arrived' }).toBe(true);
			held.release();
			await navigation;
			const { sources } = await layoutShiftsAfterLoad(page);
			// Each source reads "<value> <element> [before] -> [after]"; the form's elements carry its scoped class.
			expect(sources.filter((source) => /\s(form|label|input|select|button|p)\.\S*astro-/.test(source))).toEqual([]);
		} finally {
			await context.close();
			await holding.close();
		}
	});
});
