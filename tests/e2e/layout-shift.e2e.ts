// No layout shift while pages load. Each page's load in pages.e2e.ts (1280 px) and tables-fit.e2e.ts
// (390 px) keeps its cumulative layout shift below CLS_LIMIT, and dated-facts.e2e.ts does on the reader
// days that reword dated statements. Here, the races a single load only samples are made to happen
// every time: the page is served up to a point, painted, and only then completed (Starlight's "On this
// page" column, which jumped across the page on about one load in six; a table painted part-parsed);
// and the dated pages are read on a phone on the days between which every dated statement is reworded.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ROUTES, builtSiteDir, useSite } from './harness';
import {
	CLS_LIMIT,
	RECORD_LAYOUT_SHIFTS,
	expectLayoutShiftBelowLimit,
	layoutShiftsAfterLoad,
	openHeldPage,
	paintedLeftOf,
	serveWithHeldPages,
	type HoldingServer,
} from './support/layout-shift';
import { DESKTOP, PHONE } from './support/screens';
import { PAGES, siteRoute } from '../../src/data/site-contracts';

const site = useSite(builtSiteDir);

/** Held pages loading at once; a busy machine paints pages part-parsed more often, which is the point. */
const PARALLEL_LOADS = 3;

let holding: HoldingServer;
beforeAll(async () => {
	holding = await serveWithHeldPages(site.server.origin);
});
afterAll(() => holding?.close());

describe('the "On this page" column', () => {
	/** The pages that have the column (Starlight leaves it out of the home page). */
	async function routesWithColumn(): Promise<string[]> {
		const withColumn: string[] = [];
		for (const route of ROUTES)
			if ((await site.builtHtml(route)).includes('class="right-sidebar')) withColumn.push(route);
		return withColumn;
	}

	/**
	 * Serves the page up to its main column, waits until the browser has painted that part, sends
	 * the rest, and says how the column moved, if it did.
	 */
	async function columnMoveOn(route: string): Promise<string | undefined> {
		const context = await site.browser.newContext({ viewport: DESKTOP });
		try {
			const { page, held, navigation } = await openHeldPage(
				context,
				holding,
				site.server.url(route),
				'<div class="main-pane',
			);
			// By the time this answers, the part-parsed page has been painted.
			const columnLeft = () => paintedLeftOf(page, '.right-sidebar');
			await expect
				.poll(columnLeft, { message: `${route} never painted its column before the main column` })
				.not.toBeNull();
			const before = await columnLeft();
			expect(await page.locator('.main-pane').count(), 'the main column has not arrived yet').toBe(0);
			held.release();
			await navigation;
			const { sources } = await layoutShiftsAfterLoad(page);
			const after = await page.locator('.right-sidebar').evaluate((element) => element.getBoundingClientRect().x);
			const columnShifts = sources.filter((source) => source.includes('right-sidebar'));
			return before !== after || columnShifts.length
				? `x ${before} -> ${after}: ${columnShifts.join(' | ')}`
				: undefined;
		} finally {
			await context.close();
		}
	}

	test('stays in its place on every page when it is painted before the main column has arrived', async () => {
		const routes = await routesWithColumn();
		expect(routes.length).toBeGreaterThan(5);
		const moved: Record<string, string> = {};
		for (let start = 0; start < routes.length; start += PARALLEL_LOADS) {
			const batch = routes.slice(start, start + PARALLEL_LOADS);
			const results = await Promise.all(batch.map(columnMoveOn));
			batch.forEach((route, index) => {
				const move = results[index];
				if (move) moved[route] = move;
			});
		}
		expect(moved).toEqual({});
	});

	test.each([DESKTOP.width, 1600, 2200])(
		'has the box of the column Starlight lays out for it at %i px wide',
		async (width) => {
			const page = await site.openPage(siteRoute(PAGES.getStarted), { viewport: { ...DESKTOP, width } });
			const boxes = await page.evaluate(() =>
				['.right-sidebar', '.right-sidebar-container'].map((selector) => {
					const box = document.querySelector(selector)?.getBoundingClientRect();
					return box ? { left: Math.round(box.left), width: Math.round(box.width) } : null;
				}),
			);
			expect(boxes[0]).toEqual(boxes[1]);
		},
	);
});

describe('a table', () => {
	/**
	 * The start of the second body row of a page's first table with two or more, as much of it as is
	 * found nowhere earlier in the page: the page is held there, so its header and first row are
	 * painted alone.
	 */
	async function secondRowOf(route: string): Promise<string | undefined> {
		const html = await site.builtHtml(route);
		for (const table of html.matchAll(/<table[\s>][\s\S]*?<\/table>/g)) {
			const at = [...table[0].matchAll(/<tr[\s>]/g)][2]?.index;
			if (at === undefined) continue;
			const start = table.index + at;
			for (let length = 160; start + length <= html.length; length *= 2) {
				const marker = html.slice(start, start + length);
				if (html.indexOf(marker) === start) return marker;
			}
		}
		return undefined;
	}

	/** The shifts of table cells when `route` is painted up to `marker` (secondRowOf), then completed. */
	async function cellShiftsOn(route: string, marker: string): Promise<string[]> {
		const context = await site.browser.newContext({ viewport: DESKTOP });
		try {
			const { page, held, navigation } = await openHeldPage(context, holding, site.server.url(route), marker);
			await expect
				.poll(() => paintedLeftOf(page, 'table tbody tr'), { message: `${route} never painted its first row` })
				.not.toBeNull();
			held.release();
			await navigation;
			const { sources } = await layoutShiftsAfterLoad(page);
			return sources.filter((source) => /^\S+ (td|th|tr|table) /.test(source));
		} finally {
			await context.close();
		}
	}

	test('keeps its columns while its later rows arrive, on every page, where a busy machine paints it part-parsed', async () => {
		const moved: Record<string, string[]> = {};
		for (const route of ROUTES) {
			const marker = await secondRowOf(route);
			const shifts = marker === undefined ? [] : await cellShiftsOn(route, marker);
			if (shifts.length > 0) moved[route] = shifts;
		}
		expect(moved).toEqual({});
	});
});

describe('read on a day on the other side of the deadlines than the build', () => {
	/**
	 * A dated statement is built in the build day's wording and rewritten for the reader's day: the
	 * pages that hold one are loaded with the clock on the other side of each deadline from the
	 * build's day (one or two reader days), so every statement changes wording as the page starts,
	 * and nothing may move.
	 */
	async function datedRoutesAndReaderDays(): Promise<{ routes: string[]; readerDays: string[] }> {
		const routes: string[] = [];
		const deadlines = new Set<string>();
		let built = '';
		for (const route of ROUTES) {
			const html = await site.builtHtml(route);
			const dates = [...html.matchAll(/<time-bound\b[^>]*\sdate="(\d{4}-\d{2}-\d{2})"/g)].map((match) => match[1]!);
			if (dates.length === 0) continue;
			routes.push(route);
			for (const date of dates) deadlines.add(date);
			built ||= /class="time-bound-note"[^>]*>[^<]*<time datetime="([^"]+)"/.exec(html)?.[1] ?? '';
		}
		const sorted = [...deadlines].sort();
		const readerDays: string[] = [];
		// A deadline the build has passed flips for a reader before the first of them; one still
		// ahead of the build flips for a reader on the last of them. Between them, every one flips.
		if (sorted.some((date) => date <= built))
			readerDays.push(`${Number(sorted[0]!.slice(0, 4)) - 1}${sorted[0]!.slice(4)}`);
		if (sorted.some((date) => date > built)) readerDays.push(sorted.at(-1)!);
		return { routes, readerDays };
	}

	test(`pages with dated statements keep their layout shift below ${CLS_LIMIT} on a phone screen, read on those days`, async () => {
		// On a phone's narrow column a reworded line most often moves the lines below it.
		const { routes, readerDays } = await datedRoutesAndReaderDays();
		expect(routes.length, 'pages with <time-bound>').toBeGreaterThan(0);
		for (const readerDay of readerDays) {
			for (const route of routes) {
				// One load each: the wording changes on every load, so there is no race to repeat.
				const page = await site.openPage(route, {
					viewport: PHONE,
					clock: new Date(`${readerDay}T12:00:00`),
					initScript: RECORD_LAYOUT_SHIFTS,
				});
				await expectLayoutShiftBelowLimit(page, `${route} read on ${readerDay}`);
				await page.context().close();
			}
		}
	});
});
