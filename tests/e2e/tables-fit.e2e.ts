// Tables that fit: on every page, at a phone's 390 px and a desktop's 1280 px, no table is wider than
// its box and the page never scrolls sideways; on narrow columns the requirement, feature and
// comparison tables become labelled blocks that stay real tables, axe-clean in both themes. With
// TABLE_SCREENSHOTS=1 the run also saves full-page screenshots of every page with a table at both
// widths, for a person to look at.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, test } from 'vitest';
import { FACT_FILES, ROW_FILES, type PagedFactFile } from '../../src/data/fact-files';
import { PROJECT_ROOT } from '../support/astro-build';
import {
	ROUTES,
	THEMES,
	builtSiteDir,
	describeViolations,
	expectCleanPage,
	runAxe,
	useSite,
	type Theme,
} from './harness';
import { PAGES, siteRoute } from '../../src/data/site-contracts';

const site = useSite(builtSiteDir);

/** A phone held upright, and a desktop window. */
const WIDTHS = [390, 1280] as const;

/** Where the screenshots go (gitignored with the rest of tests/.tmp/), when TABLE_SCREENSHOTS=1 asks for them. */
const SCREENSHOTS = join(PROJECT_ROOT, 'tests/.tmp/screenshots');
const TAKE_SCREENSHOTS = process.env['TABLE_SCREENSHOTS'] === '1';

/** The pages whose data tables change shape on narrow columns: the guides and the planning pages. */
const FACT_TABLE_ROUTES = ROW_FILES.map((file) => file.route);

const saved: string[] = [];

/** What does not fit on the page: tables wider than their box, and the page's own sideways overflow. */
async function overflowOf(page: Page) {
	return page.evaluate(() => {
		const problems: string[] = [];
		const tables = [...document.querySelectorAll('table')];
		for (const table of tables) {
			const name = table.caption?.textContent?.trim() || table.querySelector('th')?.textContent?.trim() || 'a table';
			const box = table.parentElement;
			const width = table.getBoundingClientRect().width;
			if (table.scrollWidth > table.clientWidth + 1) {
				problems.push(`"${name}" scrolls sideways: ${table.scrollWidth}px of content in ${table.clientWidth}px`);
			}
			if (box && width > box.clientWidth + 1) {
				problems.push(`"${name}" is ${Math.round(width)}px wide in a ${box.clientWidth}px box`);
			}
			if (box && box.scrollWidth > box.clientWidth + 1) {
				problems.push(`the box of "${name}" scrolls sideways: ${box.scrollWidth}px in ${box.clientWidth}px`);
			}
		}
		const page = document.documentElement.scrollWidth;
		if (page > innerWidth) problems.push(`the page is ${page}px wide in a ${innerWidth}px window`);
		return { problems, tables: tables.length };
	});
}

/** Opens a route at a width (in the light theme, unless told), waits until it has settled, and returns the page. */
async function openAt(
	route: string,
	width: number,
	{ javaScript = true, theme = THEMES[0] }: { javaScript?: boolean; theme?: Theme } = {},
): Promise<Page> {
	const viewport = { width, height: 900 };
	const page = await site.openPage(route, javaScript ? { viewport, theme } : { viewport, javaScript });
	await page.waitForLoadState('load');
	await expect.poll(() => page.locator('h1').count()).toBe(1);
	return page;
}

function screenshotName(route: string, width: number): string {
	const slug = route.replace(/^\/|\/$/g, '').replace(/\//g, '-') || 'home';
	return join(SCREENSHOTS, `${slug}-${width}.png`);
}

/** The fact tables at 390 px: each row a labelled block that is still a row of a real table. */
async function expectStackedFactTables(page: Page) {
	const tables = page.locator('.requirement-table table');
	expect(await tables.count()).toBeGreaterThan(0);
	for (const table of await tables.all()) {
		expect((await table.locator('caption').innerText()).trim()).not.toBe('');
		expect(await table.locator('thead th[scope="col"]').count()).toBeGreaterThanOrEqual(3);
		expect(await table.locator('tbody th[scope="row"]').count()).toBeGreaterThan(0);
	}
	const layout = await page.locator('.requirement-table tbody tr').evaluateAll((rows) =>
		rows.map((row) => {
			const cells = [...row.children] as HTMLElement[];
			return {
				display: getComputedStyle(row).display,
				labels: cells.filter((cell) => cell.dataset['label']).map((cell) => getComputedStyle(cell, '::before').content),
			};
		}),
	);
	expect(new Set(layout.map((row) => row.display))).toEqual(new Set(['block']));
	for (const row of layout) for (const label of row.labels) expect(label).toMatch(/^"[^"]+"/);
	// Each row is exposed as a row of a table with a row header and cells, whatever its CSS display.
	const snapshot = await page.locator('.requirement-table table').first().ariaSnapshot();
	expect(snapshot).toMatch(/^- '?table\b/);
	expect(snapshot).toMatch(/- '?rowheader\b/);
	expect(snapshot).toMatch(/- '?cell\b/);
}

/** The fact tables at 1280 px: one row per line. */
async function expectFactTablesInRows(page: Page) {
	const displays = await page
		.locator('.requirement-table tbody tr')
		.evaluateAll((rows) => [...new Set(rows.map((row) => getComputedStyle(row).display))]);
	expect(displays).toEqual(['table-row']);
}

afterAll(() => {
	if (saved.length > 0) {
		console.log(`${saved.length} screenshots of the pages with tables, at 390 and 1280 px: ${SCREENSHOTS}/`);
	}
});

const hasFactTables = (route: string) => (FACT_TABLE_ROUTES as readonly string[]).includes(route);

// One load per route and width: whether its tables fit, and on the pages with fact tables their shape
// at that width, and at 390 px axe in the light theme.
describe.each(WIDTHS)('at %i px wide', (width) => {
	test.each(ROUTES)(`%s has no table wider than its box and no sideways scroll`, async (route) => {
		const page = await openAt(route, width);
		const { problems, tables } = await overflowOf(page);
		expect(problems).toEqual([]);
		if (TAKE_SCREENSHOTS && tables > 0) {
			mkdirSync(SCREENSHOTS, { recursive: true });
			const path = screenshotName(route, width);
			await page.screenshot({ path, fullPage: true });
			saved.push(path);
		}
		if (hasFactTables(route) && width === 390) {
			await expectStackedFactTables(page);
			expect(describeViolations(await runAxe(page)), `${THEMES[0]} theme`).toEqual([]);
		}
		if (hasFactTables(route) && width === 1280) await expectFactTablesInRows(page);
		await expectCleanPage(page);
	});
});

test.each(ROUTES)('%s fits 390 px without JavaScript too', async (route) => {
	const page = await openAt(route, 390, { javaScript: false });
	expect((await overflowOf(page)).problems).toEqual([]);
});

test.each(FACT_TABLE_ROUTES)(
	'the fact tables on %s have no accessibility violations at 390 px in the other themes',
	async (route) => {
		for (const theme of THEMES.slice(1)) {
			const page = await openAt(route, 390, { theme });
			expect(describeViolations(await runAxe(page, { theme })), `${theme} theme`).toEqual([]);
		}
	},
);

test("keeps a requirement's details to whole lines of words at 390 px, never one word a line", async () => {
	const page = await openAt(siteRoute(PAGES.prerequisites), 390);
	const items = await page.locator('.requirement-table td[data-label="Details"] > ul > li').evaluateAll((lis) =>
		lis.map((li) => {
			const range = document.createRange();
			range.selectNodeContents(li);
			const tops = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
			return {
				text: li.textContent?.trim() ?? '',
				words: (li.textContent ?? '').trim().split(/\s+/).length,
				lines: tops.size,
			};
		}),
	);
	expect(items.length).toBeGreaterThan(0);
	const cramped = items.filter((item) => item.words >= 6 && item.words / item.lines < 3);
	expect(cramped).toEqual([]);
});

test('separates each verdict from its note and keeps dispute notes out of the header cells', async () => {
	const page = await openAt(siteRoute(PAGES.chooseASyncTool), 1280);
	const table = page.locator('.comparison-table table');
	expect(await table.locator('tbody th[scope="row"] .disputed').count()).toBe(0);
	expect(await table.locator('tbody td .disputed').count()).toBeGreaterThan(0);
	const cells = await table.locator('td[data-level]').evaluateAll((tds) =>
		tds
			.filter((td) => td.querySelector('.cell-note'))
			.map((td) => {
				const verdict = td.querySelector('.verdict')!.getBoundingClientRect();
				const note = td.querySelector('.cell-note')!.getBoundingClientRect();
				return { text: (td as HTMLElement).innerText, below: note.top >= verdict.bottom - 1 };
			}),
	);
	expect(cells.length).toBeGreaterThan(0);
	for (const cell of cells) {
		expect(cell.below, cell.text).toBe(true);
		// innerText keeps a line break between the two, so copied text does not run "YesIts …" together.
		expect(cell.text, cell.text).toMatch(/^(Yes|No|Limited)\n/);
	}
});

/** Every fact file a page shows as rows (the tables and the change list), with its entries' ids in file order. */
const ROWS_IN_FILE_ORDER = FACT_FILES.filter((file): file is PagedFactFile => file.route !== null).map((file) => {
	const entries = JSON.parse(readFileSync(join(PROJECT_ROOT, file.file), 'utf-8')) as { id: string }[];
	return [file.route, file.anchorPrefix, entries.map((entry) => entry.id)] as const;
});

test.each(ROWS_IN_FILE_ORDER)('%s shows its rows in the order of their data file', async (route, prefix, listed) => {
	const html = await site.builtHtml(route);
	const shown = [...html.matchAll(new RegExp(`id="${prefix}([a-z0-9-]+)"`, 'g'))].map((match) => match[1]);
	// Tables show their tool's and category's rows; the change list shows every entry, newest first.
	expect(shown).toEqual(listed.filter((id) => shown.includes(id)));
	expect(shown.length).toBeGreaterThan(0);
});
