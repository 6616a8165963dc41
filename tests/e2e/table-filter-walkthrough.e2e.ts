// The table filter as a keyboard and screen-reader user meets it, in Chromium: "On this page"
// (desktop and mobile) never offers a section the filter has hidden, the count is announced once
// typing pauses and never repeated, and a scripted walkthrough records the focus order and every
// live-region change.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { builtSiteDir, expectCleanPage, useSite } from './harness';
import { DESKTOP, PHONE } from './support/screens';
import {
	NO_MATCH,
	PREREQUISITES,
	countOf,
	filterReady,
	filterState,
	openFilter,
	requirements,
	rowsWithWords,
	visibleRows,
} from './support/table-filter-page';
import {
	LIVE_REGION_RECORDER,
	focusStop,
	liveChanges,
	liveRegionSummary,
	tabThrough,
	type LiveChange,
} from './support/walkthrough';

const site = useSite(builtSiteDir);

/** The filter's live region, as the recorder names it. */
const FILTER_LIVE = 'table-filter p.table-filter-live';

/** What the filter's live region said, change by change. */
async function filterAnnouncements(page: Page): Promise<LiveChange[]> {
	return (await liveChanges(page)).filter((change) => change.region === FILTER_LIVE);
}

/**
 * The "On this page" links a reader can see (desktop, or the mobile list once opened), each with
 * whether the section it points at is shown; and every heading of the page that is shown.
 */
function tableOfContents(page: Page, nav: string) {
	return page.evaluate((selector) => {
		const links = [...document.querySelectorAll<HTMLAnchorElement>(`${selector} a[href^="#"]`)];
		return {
			linked: links
				.filter((link) => link.checkVisibility())
				.map((link) => {
					const id = decodeURIComponent(link.hash.slice(1));
					return { id, targetShown: document.getElementById(id)?.checkVisibility() ?? false };
				}),
			shownHeadings: [...document.querySelectorAll<HTMLElement>('.sl-markdown-content :is(h2, h3)[id]')]
				.filter((heading) => heading.checkVisibility())
				.map((heading) => heading.id),
		};
	}, nav);
}

const DESKTOP_TOC = 'nav[aria-labelledby="starlight__on-this-page"]';
const MOBILE_TOC = 'nav[aria-labelledby="starlight__on-this-page--mobile"]';

describe('"On this page" beside the filtered /prerequisites/', () => {
	test.each([
		{ layout: 'desktop', nav: DESKTOP_TOC, viewport: DESKTOP },
		{ layout: 'mobile', nav: MOBILE_TOC, viewport: PHONE },
	])(
		'links only to shown sections in the $layout layout, and to all of them again once cleared',
		async ({ nav, viewport }) => {
			const page = await openFilter(site, PREREQUISITES, { viewport });
			const openList = async () => {
				if (
					nav === MOBILE_TOC &&
					!(await page.locator(`${nav} details`).evaluate((details) => (details as HTMLDetailsElement).open))
				)
					await page.locator(`${nav} summary`).click();
			};
			await openList();
			const unfiltered = await tableOfContents(page, nav);
			expect(unfiltered.linked.map((link) => link.id)).toEqual(['_top', ...unfiltered.shownHeadings]);

			if (nav === MOBILE_TOC) await page.locator(`${nav} summary`).click();
			await page.locator('table-filter select[name="tool"]').selectOption('connect-sync');
			await page.locator('table-filter select[name="category"]').selectOption('accounts');
			await openList();
			const filtered = await tableOfContents(page, nav);
			expect(filtered.linked.filter((link) => !link.targetShown)).toEqual([]);
			expect(filtered.linked.map((link) => link.id)).toEqual(['_top', ...filtered.shownHeadings]);
			expect(filtered.shownHeadings).toEqual(['microsoft-entra-connect-sync', 'connect-sync-accounts', 'next-steps']);

			if (nav === MOBILE_TOC) await page.locator(`${nav} summary`).click();
			await page.getByRole('button', { name: 'Clear filters' }).click();
			await openList();
			expect(await tableOfContents(page, nav)).toEqual(unfiltered);
			await expectCleanPage(page);
		},
	);

	test('hides the entries of sections already hidden by a filtered link as the page opens', async () => {
		const page = await openFilter(site, `${PREREQUISITES}?tool=cloud-sync`);
		const { linked, shownHeadings } = await tableOfContents(page, DESKTOP_TOC);
		expect(linked.filter((link) => !link.targetShown)).toEqual([]);
		expect(shownHeadings).not.toContain('microsoft-entra-connect-sync');
		expect(linked.map((link) => link.id)).toEqual(['_top', ...shownHeadings]);
	});
});

describe('the filter count, as a screen reader hears it', () => {
	/** Opens /prerequisites/ on a paused fake clock, with every live-region change recorded. */
	async function openOnPausedClock(): Promise<Page> {
		const page = await openFilter(site, PREREQUISITES, { initScript: LIVE_REGION_RECORDER });
		await page.clock.install();
		await page.reload();
		await filterReady(page);
		// Pause a moment ahead of the page's own (fake) time, however long the reload took.
		await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1_000);
		return page;
	}

	test('typing ten characters changes the live count once, after the typing pauses', async () => {
		const page = await openOnPausedClock();
		await page.locator('table-filter input[name="q"]').focus();
		for (const character of 'sql server') {
			await page.keyboard.type(character);
			// A brisk typist: well inside the pause the filter waits for.
			await page.clock.runFor(150);
		}
		const expected = countOf(rowsWithWords(requirements, 'sql', 'server').length);
		// The rows and the visible count follow every keystroke; the live region waits.
		expect((await filterState(page)).count).toBe(expected);
		expect(await filterAnnouncements(page)).toEqual([]);
		await page.clock.runFor(2_000);
		expect(await filterAnnouncements(page)).toEqual([{ region: FILTER_LIVE, politeness: 'polite', text: expected }]);
	});

	test('never announces an unchanged count again, and leaves no stale count when the reader moves on', async () => {
		const page = await openOnPausedClock();
		const search = page.locator('table-filter input[name="q"]');
		await search.focus();
		await page.keyboard.type('gmsa');
		await page.clock.runFor(2_000);
		const gmsa = countOf(rowsWithWords(requirements, 'gmsa').length);
		expect((await filterAnnouncements(page)).map((change) => change.text)).toEqual([gmsa]);

		// A trailing space and its deletion change no row: nothing new to say.
		await page.keyboard.type(' ');
		await page.clock.runFor(2_000);
		await page.keyboard.press('Backspace');
		await page.clock.runFor(2_000);
		expect((await filterAnnouncements(page)).map((change) => change.text)).toEqual([gmsa]);

		// Leaving the box, or pressing Enter, before the pause is over announces the new count at once.
		await page.keyboard.type('x');
		await page.keyboard.press('Tab');
		expect((await filterAnnouncements(page)).map((change) => change.text)).toEqual([gmsa, countOf(0)]);
		await page.keyboard.press('Shift+Tab');
		await page.keyboard.press('End');
		await page.keyboard.press('Backspace');
		await page.keyboard.press('Enter');
		expect((await filterAnnouncements(page)).map((change) => change.text)).toEqual([gmsa, countOf(0), gmsa]);
		await page.clock.runFor(2_000);
		expect((await filterAnnouncements(page)).map((change) => change.text)).toEqual([gmsa, countOf(0), gmsa]);
	});
});

describe('a keyboard walkthrough of the filter on /prerequisites/', () => {
	test('tabs through the controls in order, each in view, and records every announcement', async () => {
		const page = await openFilter(site, PREREQUISITES, { initScript: LIVE_REGION_RECORDER });
		const announced = async (count: number) => {
			await expect
				.poll(async () => (await liveChanges(page)).length, { message: `${count} announcements` })
				.toBe(count);
		};
		await page.locator('table-filter input[name="q"]').focus();
		expect(await focusStop(page)).toEqual({ control: 'searchbox "Search the requirements"', inView: true });
		expect(await tabThrough(page, 4)).toEqual([
			{ control: 'combobox "Tool"', inView: true },
			{ control: 'combobox "Category"', inView: true },
			{ control: 'button "Clear filters"', inView: true },
			{ control: 'link "Cloud Sync prerequisites page"', inView: true },
		]);
		expect(await tabThrough(page, 4, { backwards: true })).toEqual([
			{ control: 'button "Clear filters"', inView: true },
			{ control: 'combobox "Category"', inView: true },
			{ control: 'combobox "Tool"', inView: true },
			{ control: 'searchbox "Search the requirements"', inView: true },
		]);

		// A scripted session: search, narrow by tool, find nothing, show everything again.
		await page.keyboard.type('agent');
		const agent = rowsWithWords(requirements, 'agent');
		await announced(1);
		await page.keyboard.press('Tab');
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('Tab');
		const cloudAgent = rowsWithWords(
			requirements.filter((row) => row.tool === 'cloud-sync'),
			'agent',
		);
		await announced(2);
		expect(await visibleRows(page)).toEqual(cloudAgent);

		await page.keyboard.press('Shift+Tab');
		await page.keyboard.press('Shift+Tab');
		await page.keyboard.press('ControlOrMeta+A');
		await page.keyboard.type(NO_MATCH);
		await announced(3);
		// With nothing shown, the way back comes right after the filter's own controls.
		expect(await tabThrough(page, 4)).toEqual([
			{ control: 'combobox "Tool"', inView: true },
			{ control: 'combobox "Category"', inView: true },
			{ control: 'button "Clear filters"', inView: true },
			{ control: 'button "Show all requirements"', inView: true },
		]);
		await page.keyboard.press('Enter');
		await announced(4);
		expect(await focusStop(page)).toEqual({ control: 'searchbox "Search the requirements"', inView: true });

		// Over the whole session, one region spoke, politely, four times: once per settled change.
		const changes = await liveChanges(page);
		expect(liveRegionSummary(changes)).toEqual({
			[FILTER_LIVE]: {
				changes: 4,
				texts: [agent.length, cloudAgent.length, 0, requirements.length].map((shown) => countOf(shown)),
			},
		});
		expect(changes.every((change) => change.politeness === 'polite')).toBe(true);
		await expectCleanPage(page);
	});
});
