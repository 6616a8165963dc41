// Dated facts read true on any day: with the reader's clock fixed the day before each deadline and on
// the deadline itself, every page (and the picker) words each time-bound statement for that day,
// states no past date as a future deadline and does not shift as the wording changes. (Without
// JavaScript the wording is the build's: tests/dist/dated-wording.test.ts reads it from the built pages.)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import requirementsData from '../../content/data/requirements.json';
import { FACT_FILES } from '../../src/data/fact-files';
import { TimeBoundSchema, type TimeBound } from '../../src/data/schemas/primitives';
import { RequirementSchema } from '../../src/data/schemas/requirements';
import { fillDate, formatLongDate, timeBoundText, utcDay } from '../../src/data/time-bound';
import { PROJECT_ROOT } from '../support/astro-build';
import { EMBED_FRAME_ROUTE, ROUTES, builtSiteDir, expectCleanPage, searchSite, useSite } from './harness';
import { RECORD_LAYOUT_SHIFTS, expectLayoutShiftBelowLimit } from './support/layout-shift';
import { answerUpToResult } from './support/picker';
import { PAGES, siteRoute } from '../../src/data/site-contracts';

const site = useSite(builtSiteDir);

/** Every `timeBound` object anywhere in a parsed data file. */
function timeBoundsIn(value: unknown): TimeBound[] {
	if (Array.isArray(value)) return value.flatMap(timeBoundsIn);
	if (typeof value !== 'object' || value === null) return [];
	const { timeBound, ...rest } = value as Record<string, unknown>;
	return [...(timeBound === undefined ? [] : [TimeBoundSchema.parse(timeBound)]), ...timeBoundsIn(Object.values(rest))];
}

/** Every time-bound statement of every fact file (src/data/fact-files.ts), so a new file is tested as it lands. */
const statements: TimeBound[] = FACT_FILES.flatMap(({ file }) =>
	timeBoundsIn(JSON.parse(readFileSync(join(PROJECT_ROOT, file), 'utf-8'))),
);

/** The day before a date, YYYY-MM-DD. */
function dayBefore(date: string): string {
	const [year, month, day] = date.split('-').map(Number) as [number, number, number];
	return utcDay(new Date(Date.UTC(year, month - 1, day - 1)));
}

/**
 * The routes whose built page names a date, in a <time-bound> or in prose: only they can word it
 * wrongly, so each deadline is read on those pages alone (every page would cost minutes for nothing).
 */
function routesNaming(date: string): string[] {
	return ROUTES.filter((route) => {
		const html = readFileSync(join(builtSiteDir(), route, 'index.html'), 'utf-8');
		return html.includes(`date="${date}"`) || html.includes(formatLongDate(date));
	});
}

/** Each deadline's date, and the reader's days on either side of it, with the pages that name it. */
const READER_DAYS = [...new Set(statements.map((statement) => statement.date))].flatMap((date) => {
	const routes = routesNaming(date);
	return [
		{ deadline: date, day: dayBefore(date), side: 'before' as const, routes },
		{ deadline: date, day: date, side: 'after' as const, routes },
	];
});

/** The pages whose built HTML names no deadline at all. */
const ROUTES_NAMING_NO_DEADLINE = ROUTES.filter((route) => READER_DAYS.every(({ routes }) => !routes.includes(route)));

/** The time-bound statements of Connect Sync's requirement rows: the picker's checklist for Connect Sync quotes them. */
const connectChecklistStatements = RequirementSchema.array()
	.parse(requirementsData)
	.filter((row) => row.tool === 'connect-sync')
	.flatMap((row) => row.updates.flatMap((update) => (update.timeBound ? [update.timeBound] : [])));

/** The deadlines the picker's checklist words: the picker is read on either side of these only. */
const CHECKLIST_DEADLINES = new Set(connectChecklistStatements.map((statement) => statement.date));

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December' satisfies string;

/** What the reader sees: the page's text, with the picker's shadow root. */
async function visibleText(page: Page): Promise<string> {
	return page.evaluate(() => {
		const picker = document.querySelector('sync-tool-picker')?.shadowRoot;
		return `${document.body.innerText}\n${picker ? (picker as unknown as HTMLElement).textContent : ''}`;
	});
}

/**
 * Opens a route in a desktop window with the reader's clock at noon on `day`, its layout shifts
 * recorded, and waits for the dated wording to settle.
 */
async function openOn(route: string, day: string): Promise<Page> {
	const page = await site.openPage(route, { clock: new Date(`${day}T12:00:00`), initScript: RECORD_LAYOUT_SHIFTS });
	// Every script the page loads has run (a page with dates in prose only has no <time-bound> to wait for).
	await page.waitForLoadState('networkidle');
	await expect.poll(() => page.locator('h1').count()).toBe(1);
	// Every <time-bound> says which side of its date it showed once its element ran.
	await expect
		.poll(() =>
			page
				.locator('time-bound')
				.evaluateAll((elements) => elements.every((element) => (element as HTMLElement).dataset['phase'])),
		)
		.toBe(true);
	return page;
}

/** Dates the text announces as still to come ("stops on 30 September 2026", "until …"). */
function futureDeadlines(text: string): string[] {
	const pattern = new RegExp(
		`\\b(?:stops?|will|until|deadline|expires?|retires?|ends?|upgrade by)\\b[^.\\n]{0,60}?\\b(\\d{1,2} (?:${MONTHS}) \\d{4})`,
		'gi',
	);
	return [...text.matchAll(pattern)].map((match) => match[0]);
}

function isoOf(longDate: string): string {
	const [day, month, year] = longDate.split(' ') as [string, string, string];
	const index = MONTHS.split('|').indexOf(month) + 1;
	return `${year}-${String(index).padStart(2, '0')}-${day.padStart(2, '0')}`;
}

test('the data holds time-bound statements to test, and every deadline is named on some page', () => {
	expect(statements.length).toBeGreaterThanOrEqual(3);
	expect(READER_DAYS.map((reader) => reader.day)).toEqual(
		expect.arrayContaining(['2026-09-29', '2022-08-30', '2024-06-29']),
	);
	for (const { deadline, routes } of READER_DAYS) expect(routes, deadline).not.toEqual([]);
});

describe.each(READER_DAYS)('read on $day ($side the deadline of $deadline)', ({ day, routes }) => {
	test.each(routes)(
		'%s words every dated statement for that day, states no past date as a deadline and does not shift',
		async (route) => {
			const page = await openOn(route, day);
			// A statement built on the other side of its date is reworded as the page starts.
			await expectLayoutShiftBelowLimit(page, `${route} read on ${day}`);
			const shown = await page.locator('time-bound').evaluateAll((elements) =>
				elements.map((element) => ({
					text: element.textContent ?? '',
					statement: {
						date: element.getAttribute('date') ?? '',
						before: element.getAttribute('before') ?? '',
						after: element.getAttribute('after') ?? '',
					},
				})),
			);
			for (const { text, statement } of shown) expect(text).toBe(timeBoundText(statement, day));
			const text = await visibleText(page);
			for (const statement of statements) {
				const wrongSide = day >= statement.date ? statement.before : statement.after;
				expect(text, `${route} on ${day}`).not.toContain(fillDate(wrongSide, statement.date));
			}
			const stale = futureDeadlines(text).filter((phrase) => isoOf(phrase.match(/\d{1,2} \w+ \d{4}$/)![0]) <= day);
			expect(stale, `${route} on ${day}`).toEqual([]);
			await expectCleanPage(page);
		},
	);
});

describe.each(READER_DAYS.filter(({ deadline }) => CHECKLIST_DEADLINES.has(deadline)))(
	'the picker read on $day ($side the deadline of $deadline)',
	({ day }) => {
		/** Checks the picker's text (result, reasons, checklist) in `page` for `day`. */
		async function expectWordedFor(page: Page, where: string) {
			// The checklist is filled once the result is painted: wait for its dated lines.
			await expect.poll(() => page.locator('sync-tool-picker [part=checklist] li').count()).toBeGreaterThan(0);
			const text = await visibleText(page);
			for (const statement of connectChecklistStatements) {
				expect(text, `${where} on ${day}`).toContain(timeBoundText(statement, day));
			}
			for (const statement of statements) {
				const wrongSide = day >= statement.date ? statement.before : statement.after;
				expect(text, `${where} on ${day}`).not.toContain(fillDate(wrongSide, statement.date));
			}
			const stale = futureDeadlines(text).filter((phrase) => isoOf(phrase.match(/\d{1,2} \w+ \d{4}$/)![0]) <= day);
			expect(stale, `${where} on ${day}`).toEqual([]);
		}

		test("words each dated statement of the result's checklist for that day, on the site and in the iframe variant", async () => {
			expect(connectChecklistStatements.length).toBeGreaterThan(0);
			const page = await openOn(`${siteRoute(PAGES.chooseASyncTool)}?needs=device-writeback`, day);
			await expectWordedFor(page, 'the picker');
			await expectCleanPage(page);
			const frame = await openOn(EMBED_FRAME_ROUTE, day);
			await answerUpToResult(frame.locator('sync-tool-picker'), {
				forests: ['one-domain'],
				'devices-writeback': ['device-writeback'],
			});
			await expectWordedFor(frame, 'the iframe variant');
		});
	},
);

test.each(ROUTES_NAMING_NO_DEADLINE)(
	'%s, which names no deadline as built, names none once its scripts have run, read before every deadline and after every deadline',
	async (route) => {
		const deadlines = READER_DAYS.map(({ deadline }) => deadline).sort();
		for (const day of [dayBefore(deadlines[0]!), deadlines.at(-1)!]) {
			const page = await openOn(route, day);
			const text = await visibleText(page);
			for (const { deadline } of READER_DAYS)
				expect(text, `${route} on ${day}`).not.toContain(formatLongDate(deadline));
			expect(futureDeadlines(text), `${route} on ${day}`).toEqual([]);
		}
	},
);

test('a <time-bound> with a malformed date keeps its built wording and says why in the console', async () => {
	const page = await site.openPage(siteRoute(PAGES.prerequisites));
	const warnings: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'warning') warnings.push(message.text());
	});
	await expect.poll(() => page.evaluate(() => customElements.get('time-bound') !== undefined)).toBe(true);
	const text = await page.evaluate(() => {
		const element = document.createElement('time-bound');
		element.setAttribute('date', '30/09/2026');
		element.setAttribute('before', 'Before {date}.');
		element.setAttribute('after', 'After {date}.');
		element.textContent = 'The wording of the build.';
		document.querySelector('main')?.append(element);
		return element.textContent;
	});
	expect(text).toBe('The wording of the build.');
	await expect
		.poll(() => warnings)
		.toContainEqual(expect.stringMatching(/^\[time-bound\] needs date="YYYY-MM-DD".*"30\/09\/2026"/));
	await expectCleanPage(page);
});

test('the change list is found by the site search, each entry as its own result', async () => {
	const page = await site.openPage('/');
	const hrefs = await searchSite(page, 'Windows Server 2025');
	const entries = hrefs.filter((href) => new URL(href, page.url()).pathname.endsWith(siteRoute(PAGES.changes)));
	expect(entries, JSON.stringify(hrefs)).toContainEqual(
		expect.stringMatching(/#change-connect-sync-windows-server-2025$/),
	);
});
