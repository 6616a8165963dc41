// Tables that fit on a phone: on every page at 390 px, with and without JavaScript, no table is wider
// than its box and the page never scrolls sideways (and, with JavaScript, nothing shifts as it loads); on narrow columns the requirement, feature and
// comparison tables become labelled blocks that stay real tables, axe-clean in both themes; and the
// rows of each table keep the order of their data file. (pages.e2e.ts checks the fit at 1280 px.)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, ViewportSize } from 'playwright-core';
import { expect, test } from 'vitest';
import { FACT_FILES, type PagedFactFile } from '../../src/data/fact-files';
import { PROJECT_ROOT } from '../support/astro-build';
import { ROUTES, THEMES, axeInEveryTheme, builtSiteDir, expectCleanPage, useSite } from './harness';
import { RECORD_LAYOUT_SHIFTS, expectLayoutShiftBelowLimit } from './support/layout-shift';
import { DESKTOP, PHONE } from './support/screens';
import { expectStackedFactTables, expectTablesFit, hasFactTables, overflowOf } from './support/table-fit';
import { PAGES, siteRoute } from '../../src/data/site-contracts';

const site = useSite(builtSiteDir);

/**
 * Opens a route on a screen (in the first theme, with JavaScript and its layout shifts recorded), waits
 * until it has settled, and returns the page.
 */
async function openAt(
	route: string,
	viewport: ViewportSize,
	{ javaScript = true }: { javaScript?: boolean } = {},
): Promise<Page> {
	const page = await site.openPage(
		route,
		javaScript ? { viewport, theme: THEMES[0], initScript: RECORD_LAYOUT_SHIFTS } : { viewport, javaScript },
	);
	await page.waitForLoadState('load');
	await expect.poll(() => page.locator('h1').count()).toBe(1);
	return page;
}

// One load per route at a phone's width: its layout shift, whether its tables fit, and on the pages
// with fact tables their shape and axe in either theme. pages.e2e.ts checks the same at 1280 px on its own load.
test.each(ROUTES)(
	`at ${PHONE.width} px wide %s loads without layout shift, no table wider than its box and no sideways scroll`,
	async (route) => {
		const page = await openAt(route, PHONE);
		await expectLayoutShiftBelowLimit(page, `${route} at ${PHONE.width} px`);
		await expectTablesFit(page, route);
		if (hasFactTables(route)) {
			await expectStackedFactTables(page);
			expect(await axeInEveryTheme(page)).toEqual([]);
		}
		await expectCleanPage(page);
	},
);

test.each(ROUTES)(`%s fits ${PHONE.width} px without JavaScript too`, async (route) => {
	const page = await openAt(route, PHONE, { javaScript: false });
	expect((await overflowOf(page)).problems).toEqual([]);
});

test(`keeps a requirement's details to whole lines of words at ${PHONE.width} px, never one word a line`, async () => {
	const page = await openAt(siteRoute(PAGES.prerequisites), PHONE);
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
	const page = await openAt(siteRoute(PAGES.chooseASyncTool), DESKTOP);
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
