// The requirement-table filter (<table-filter>) on /prerequisites/ and /configure/ in Chromium:
// text, tool and category filtering, the count, the state in the URL (reload, back and forward,
// a bad link), the empty state and its reset, the page without JavaScript, and axe in both themes.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import featuresData from '../../content/data/configure-features.json';
import requirementsData from '../../content/data/requirements.json';
import sourcesData from '../../content/data/sources.json';
import { categoryLabels, toolLabels } from '../../src/data/labels';
import { RequirementSchema, type Requirement } from '../../src/data/schemas';
import { THEMES, builtSiteDir, describeViolations, expectCleanPage, runAxe, useSite } from './harness';

const site = useSite(builtSiteDir);

const requirements = RequirementSchema.array().parse(requirementsData);
const features = RequirementSchema.array().parse(featuresData);
const sourceTitles = new Map(sourcesData.map((page) => [page.id, page.title]));

const PREREQUISITES = '/prerequisites/';
const CONFIGURE = '/configure/';

/** A query no requirement matches. */
const NO_MATCH = 'no-such-requirement-anywhere';

/** What a reader can read in a row, from the data: its words, links, source, tool and category. */
function rowText(row: Requirement): string {
	return [
		row.requirement,
		...row.details,
		...row.updates.flatMap((update) => [
			update.text ?? `${update.timeBound?.before ?? ''} ${update.timeBound?.after ?? ''}`,
			sourceTitles.get(update.source) ?? '',
		]),
		...row.links.map((link) => link.label),
		sourceTitles.get(row.source) ?? '',
		toolLabels[row.tool],
		categoryLabels[row.category],
	]
		.join(' ')
		.toLowerCase();
}

/** The anchors of the rows whose text contains every one of `words` (lower case), sorted. */
function rowsWithWords(rows: readonly Requirement[], ...words: string[]): string[] {
	return anchorsOf(rows.filter((row) => words.every((word) => rowText(row).includes(word))));
}

function anchorsOf(rows: readonly Requirement[]): string[] {
	return rows.map((row) => `req-${row.id}`).sort();
}

/** Opens a page with a filter and waits for <table-filter> to show its form. */
async function openFilter(path: string, options: Parameters<typeof site.openPage>[1] = {}): Promise<Page> {
	const page = await site.openPage(path, options);
	await page.locator('table-filter form').waitFor({ state: 'visible' });
	return page;
}

/** The anchors of the rows a reader can see, sorted. */
function visibleRows(page: Page): Promise<string[]> {
	return page.locator('table[data-requirement-table] tbody tr').evaluateAll((rows) =>
		rows
			.filter((row) => row.checkVisibility())
			.map((row) => row.id)
			.sort(),
	);
}

/** The filter as it stands: the controls' values, the count and the URL's query. */
async function filterState(page: Page) {
	const form = page.locator('table-filter form');
	return {
		query: await form.locator('input[name="q"]').inputValue(),
		tool: await form.locator('select[name="tool"]').inputValue(),
		category: await form.locator('select[name="category"]').inputValue(),
		count: (await form.locator('[data-count]').textContent())?.trim() ?? '',
		search: new URL(page.url()).search,
	};
}

/**
 * For every requirement table, whether it and the heading just above it are shown, and whether
 * any of its rows is: a table with no matching row must be hidden with its heading.
 */
function sections(page: Page) {
	return page.locator('table[data-requirement-table]').evaluateAll((tables) =>
		tables.map((table) => {
			let block: Element | null = table.closest('.requirement-table');
			while (block && !block.matches('h2, h3')) block = block.previousElementSibling;
			return {
				heading: block?.textContent?.trim() ?? '',
				headingShown: block?.checkVisibility() ?? false,
				tableShown: table.checkVisibility(),
				rowsShown: [...table.querySelectorAll('tbody tr')].some((row) => row.checkVisibility()),
			};
		}),
	);
}

/** Asserts that every table, and its heading, is shown exactly when it has a row to show. */
async function expectEmptySectionsHidden(page: Page) {
	const shown = await sections(page);
	expect(shown.length).toBeGreaterThan(0);
	expect(
		shown.filter((section) => section.headingShown !== section.rowsShown || section.tableShown !== section.rowsShown),
	).toEqual([]);
}

const ALL_REQUIREMENTS = anchorsOf(requirements);
const countOf = (shown: number, total = requirements.length, noun = 'requirements') => `${shown} of ${total} ${noun}`;

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
		await page.locator('table-filter form').waitFor({ state: 'visible' });
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

	describe.each(THEMES)('in %s theme', (theme) => {
		test(`has no accessibility violations when filtered, empty and reset in ${theme} theme`, async () => {
			const page = await openFilter(PREREQUISITES, { theme });
			const violations: Record<string, string[]> = {};
			await page.locator('table-filter input[name="q"]').fill('gmsa');
			await page.locator('table-filter select[name="tool"]').selectOption('cloud-sync');
			violations['filtered'] = describeViolations(await runAxe(page));
			await page.locator('table-filter input[name="q"]').fill(NO_MATCH);
			expect(await page.locator('table-filter [data-empty]').isVisible()).toBe(true);
			violations['empty'] = describeViolations(await runAxe(page));
			await page.locator('table-filter [data-reset]').click();
			expect(await visibleRows(page)).toEqual(ALL_REQUIREMENTS);
			violations['reset'] = describeViolations(await runAxe(page));
			expect(violations).toEqual({ filtered: [], empty: [], reset: [] });
			await expectCleanPage(page);
		});
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
