// Tables that fit their page, for the browser tests that load each route at a phone's and a
// desktop's width: what overflows, the shape of the fact tables at each width, and, with
// TABLE_SCREENSHOTS=1, a full-page screenshot of each page with a table for a person to look at.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, expect } from 'vitest';
import { ROW_FILES } from '../../../src/data/fact-files';
import { PROJECT_ROOT } from '../../support/astro-build';

/** The pages whose data tables change shape on narrow columns: the guides and the planning pages. */
const FACT_TABLE_ROUTES = ROW_FILES.map((file) => file.route);

export const hasFactTables = (route: string) => (FACT_TABLE_ROUTES as readonly string[]).includes(route);

/** Where the screenshots go (gitignored with the rest of tests/.tmp/), when TABLE_SCREENSHOTS=1 asks for them. */
const SCREENSHOTS = join(PROJECT_ROOT, 'tests/.tmp/screenshots');
const TAKE_SCREENSHOTS = process.env['TABLE_SCREENSHOTS'] === '1';
const saved: string[] = [];

afterAll(() => {
	if (saved.length > 0) console.log(`${saved.length} screenshots of the pages with tables: ${SCREENSHOTS}/`);
});

/** What does not fit on the page: tables wider than their box, and the page's own sideways overflow. */
export async function overflowOf(page: Page) {
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

/**
 * Asserts that nothing on the page overflows (overflowOf), and saves its screenshot when asked for
 * and it has a table.
 */
export async function expectTablesFit(page: Page, route: string): Promise<void> {
	const { problems, tables } = await overflowOf(page);
	expect(problems).toEqual([]);
	if (!TAKE_SCREENSHOTS || tables === 0) return;
	mkdirSync(SCREENSHOTS, { recursive: true });
	const slug = route.replace(/^\/|\/$/g, '').replace(/\//g, '-') || 'home';
	const path = join(SCREENSHOTS, `${slug}-${page.viewportSize()?.width ?? 0}.png`);
	await page.screenshot({ path, fullPage: true });
	saved.push(path);
}

/** The fact tables at 390 px: each row a labelled block that is still a row of a real table. */
export async function expectStackedFactTables(page: Page) {
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
export async function expectFactTablesInRows(page: Page) {
	const displays = await page
		.locator('.requirement-table tbody tr')
		.evaluateAll((rows) => [...new Set(rows.map((row) => getComputedStyle(row).display))]);
	expect(displays).toEqual(['table-row']);
}
