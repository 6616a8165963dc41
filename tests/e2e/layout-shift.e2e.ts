// No layout shift while pages load: the cumulative layout shift of every page stays below 0.01 on a
// desktop and a phone screen. Starlight's "On this page" column, which jumped
// across the page on about one load in six, is proven fixed deterministically: the page is served
// up to its main column, painted, and only then completed.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ROUTES, builtSiteDir, useSite } from './harness';
import {
	RECORD_LAYOUT_SHIFTS,
	layoutShiftsAfterLoad,
	openHeldPage,
	paintedLeftOf,
	serveWithHeldPages,
	type HoldingServer,
	type LayoutShifts,
} from './support/layout-shift';
import { PAGES, siteRoute } from '../../src/data/site-contracts';

const site = useSite(builtSiteDir);

/** The largest cumulative layout shift a page may have during load. */
const CLS_LIMIT = 0.01;
/** Loads running at once; a busy machine paints pages part-parsed more often, which is the point. */
const PARALLEL_LOADS = 3;
/**
 * The screens, and loads per page on each: one, since a repeat only samples the same race again.
 * The races found so far (Starlight's jumping column, a table or form painted part-parsed) each
 * have a test below, or in table-filter.e2e.ts, that holds the page and makes them happen on every load.
 */
const SCREENS = [
	{ name: 'desktop', width: 1280, height: 800, loads: 1 },
	{ name: 'phone', width: 390, height: 844, loads: 1 },
] as const;
type Screen = (typeof SCREENS)[number];
/** Shift on a known-pending page that may come from anything but the pending component: a tenth of the limit. */
const ELSEWHERE_LIMIT = CLS_LIMIT / 10;

/**
 * Pages whose remaining shift belongs to a component another package is changing, on the screens
 * where it shows (below the fold it moves nothing visible). Each is tested with `test.fails` (so it
 * turns red, to be removed from here, the day the page stops shifting) and with a test that the
 * shift from anything but that component stays below ELSEWHERE_LIMIT.
 */
const KNOWN_PENDING: Array<{ route: string; component: string; screens: Array<Screen['name']>; owner: string }> = [];

let holding: HoldingServer;
beforeAll(async () => {
	holding = await serveWithHeldPages(site.server.origin);
});
afterAll(() => holding?.close());

/**
 * Loads a page `screen.loads` times, a few at once, and returns each load's shifts; with `readerDay`
 * (YYYY-MM-DD), the browser's clock shows noon on that day.
 */
async function loadRepeatedly(
	browser: Browser,
	url: string,
	screen: Pick<Screen, 'width' | 'height'> & { loads: number },
	readerDay?: string,
): Promise<LayoutShifts[]> {
	const results: LayoutShifts[] = [];
	for (let done = 0; done < screen.loads; done += PARALLEL_LOADS) {
		const batch = Array.from({ length: Math.min(PARALLEL_LOADS, screen.loads - done) }, async () => {
			const context = await browser.newContext({ viewport: { width: screen.width, height: screen.height } });
			try {
				await context.addInitScript(RECORD_LAYOUT_SHIFTS);
				if (readerDay) await context.clock.setFixedTime(new Date(`${readerDay}T12:00:00`));
				const page = await context.newPage();
				await page.goto(url);
				return await layoutShiftsAfterLoad(page);
			} finally {
				await context.close();
			}
		});
		results.push(...(await Promise.all(batch)));
	}
	return results;
}

/** The worst load, with every load's figure and what moved, for the failure message. */
function worst(loads: LayoutShifts[]): { total: number; report: string } {
	const totals = loads.map((load) => load.total);
	const sources = [...new Set(loads.flatMap((load) => load.sources))];
	return {
		total: Math.max(...totals),
		report: `CLS per load: ${totals.map((total) => total.toFixed(4)).join(', ')}; moved: ${sources.join(' | ') || 'nothing'}`,
	};
}

/** An init script that adds up the shifts that moved anything before `component`: shifts it cannot have caused. */
function recordShiftsBefore(component: string): string {
	return `(() => {
		const elsewhere = (window.__shiftedElsewhere = { total: 0, nodes: [] });
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries()) {
				const anchor = document.querySelector(${JSON.stringify(component)});
				const others = entry.sources.filter(({ node }) => !(anchor && node && (anchor === node ||
					anchor.contains(node) || anchor.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING)));
				if (!others.length) continue;
				elsewhere.total += entry.value;
				for (const { node } of others) {
					elsewhere.nodes.push(node instanceof Element ? node.outerHTML.slice(0, 100) : String(node && node.nodeName));
				}
			}
		}).observe({ type: 'layout-shift', buffered: true });
	})();`;
}

describe.each(SCREENS)('on a $name screen', (screen) => {
	for (const route of ROUTES) {
		const pending = KNOWN_PENDING.find((entry) => entry.route === route && entry.screens.includes(screen.name));
		const name = `${route} loads with a layout shift below ${CLS_LIMIT} on a ${screen.name} screen`;
		const check = async () => {
			const { total, report } = worst(await loadRepeatedly(site.browser, site.server.url(route), screen));
			expect(total, report).toBeLessThan(CLS_LIMIT);
		};
		if (pending) test.fails(`${name} (known pending: ${pending.owner})`, check);
		else test(name, check);
	}

	test.each(KNOWN_PENDING.filter((entry) => entry.screens.includes(screen.name)))(
		`on $route, only the pending $component and what follows it shift, on a ${screen.name} screen`,
		async ({ route, component }) => {
			const context = await site.browser.newContext({ viewport: { width: screen.width, height: screen.height } });
			try {
				await context.addInitScript(RECORD_LAYOUT_SHIFTS);
				await context.addInitScript(recordShiftsBefore(component));
				const page = await context.newPage();
				await page.goto(site.server.url(route));
				const { total } = await layoutShiftsAfterLoad(page);
				const elsewhere = await page.evaluate(
					() => (window as unknown as { __shiftedElsewhere: { total: number; nodes: string[] } }).__shiftedElsewhere,
				);
				expect(
					elsewhere.total,
					`page CLS ${total.toFixed(4)}; moved before the component: ${elsewhere.nodes.join(' | ')}`,
				).toBeLessThan(ELSEWHERE_LIMIT);
			} finally {
				await context.close();
			}
		},
	);
});

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
		const context = await site.browser.newContext({ viewport: { width: 1280, height: 800 } });
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

	test.each([1280, 1600, 2200])('has the box of the column Starlight lays out for it at %i px wide', async (width) => {
		const page = await site.openPage(siteRoute(PAGES.getStarted), { viewport: { width, height: 800 } });
		const boxes = await page.evaluate(() =>
			['.right-sidebar', '.right-sidebar-container'].map((selector) => {
				const box = document.querySelector(selector)?.getBoundingClientRect();
				return box ? { left: Math.round(box.left), width: Math.round(box.width) } : null;
			}),
		);
		expect(boxes[0]).toEqual(boxes[1]);
	});
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
		const context = await site.browser.newContext({ viewport: { width: 1280, height: 800 } });
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

	for (const screen of SCREENS) {
		test(`pages with dated statements keep the layout shift below ${CLS_LIMIT} on a ${screen.name} screen`, async () => {
			const { routes, readerDays } = await datedRoutesAndReaderDays();
			expect(routes.length, 'pages with <time-bound>').toBeGreaterThan(0);
			for (const readerDay of readerDays) {
				for (const route of routes) {
					// One load each: the wording flips on every load, so there is no race to repeat.
					const once = { ...screen, loads: 1 };
					const { total, report } = worst(await loadRepeatedly(site.browser, site.server.url(route), once, readerDay));
					expect(total, `${route} read on ${readerDay}: ${report}`).toBeLessThan(CLS_LIMIT);
				}
			}
		});
	}
});
