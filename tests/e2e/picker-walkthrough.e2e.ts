// The picker as a keyboard and screen-reader user meets it, in Chromium: a scripted walk from the
// first question to the result records where focus goes (in order, and each stop in view), what
// the focused heading and each question's group tell a screen reader, and every live-region
// change; the same for the iframe variant on /embed/, framed as the page's demo frames it.
import type { Frame, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { EMBED_FRAME_ROUTE, builtSiteDir, expectCleanPage, useSite } from './harness';
import { accessibleNode, focusedNode } from './support/accessibility-tree';
import { PICKER_PAGE } from './support/picker';
import {
	LIVE_REGION_RECORDER,
	focusStop,
	liveChanges,
	liveRegionSummary,
	tabThrough,
	type FocusStop,
} from './support/walkthrough';
import { PAGES, siteRoute } from '../../src/data/site-contracts';

const site = useSite(builtSiteDir);
/** The picker's status region, as the recorder names it. */
const PICKER_STATUS = 'sync-tool-picker p.status';

const FORESTS = 'Which best describes the Active Directory forests you will synchronise to this tenant?';
const DOMAIN_REFERENCES = 'Across the domains of your forest, do you need either of these?';
const CROSS_DOMAIN = 'Attributes that point to an object in another domain, such as a manager';
const MERGE = 'One person with accounts in several domains, merged into one cloud user';
const RESULT_ACTIONS = ['Copy link', 'Copy as Markdown', 'Print', 'Back', 'Start over'];

/** Waits until the picker in `scope` has taken over its first question: defined, with working controls. */
async function pickerReady(scope: Page | Frame): Promise<void> {
	await expect.poll(() => scope.evaluate(() => customElements.get('sync-tool-picker') !== undefined)).toBe(true);
	await scope.locator('sync-tool-picker input:not([disabled])').first().waitFor();
}

/** Waits until focus is on a heading of the picker, and says which. */
async function focusedHeading(scope: Page | Frame): Promise<FocusStop> {
	await expect.poll(async () => (await focusStop(scope)).control).toMatch(/^heading "/);
	return focusStop(scope);
}

/** Presses Tab until focus is on `target` (a control, as FocusStop names it); returns every stop on the way. */
async function tabTo(page: Page, target: string, stopOf: () => Promise<FocusStop>): Promise<FocusStop[]> {
	const stops: FocusStop[] = [];
	for (let press = 0; press < 80; press++) {
		await page.keyboard.press('Tab');
		stops.push(await stopOf());
		if (stops.at(-1)?.control === target) return stops;
	}
	throw new Error(`Tab never reached ${target}; stops: ${stops.map((stop) => stop.control).join(', ')}`);
}

/** Where the focus ring of the focused heading ends, and where the question's help text starts. */
function ringAndHelp(page: Page) {
	return page.evaluate(() => {
		const heading = document.querySelector('sync-tool-picker')?.shadowRoot?.activeElement;
		const help = heading?.closest('fieldset')?.querySelector('.question-help');
		if (!heading || !help) return null;
		const style = getComputedStyle(heading);
		const ring = style.outlineStyle === 'none' ? 0 : parseFloat(style.outlineOffset) + parseFloat(style.outlineWidth);
		return {
			ring,
			ringBottom: heading.getBoundingClientRect().bottom + ring,
			helpTop: help.getBoundingClientRect().top,
		};
	});
}

describe('a keyboard and screen-reader walkthrough of the picker on /choose-a-sync-tool/', () => {
	test('tabs from the first question to the result in order, each stop in view, hearing progress, groups and every announcement', async () => {
		const page = await site.openPage(PICKER_PAGE, { initScript: LIVE_REGION_RECORDER });
		await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.origin });
		await pickerReady(page);
		const stop = () => focusStop(page);

		// The first question: its heading says where the reader stands, once; the radios are one stop.
		await page.locator('sync-tool-picker h2').first().focus();
		expect(await stop()).toEqual({ control: `heading "${FORESTS}"`, inView: true });
		expect(await focusedNode(page)).toMatchObject({ name: FORESTS, description: 'Question 1 of up to 8' });
		expect(await tabThrough(page, 2)).toEqual([
			{ control: 'radio "One forest with a single domain"', inView: true },
			{ control: 'button "Next"', inView: true },
		]);
		await page.keyboard.press('Shift+Tab');
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('Tab');
		await page.keyboard.press('Enter');

		// The second question, multiple choice: progress on its heading, and its group says what "Not sure" does.
		expect(await focusedHeading(page)).toEqual({ control: `heading "${DOMAIN_REFERENCES}"`, inView: true });
		expect(await focusedNode(page)).toMatchObject({ description: 'Question 2 of up to 8' });
		const placement = await ringAndHelp(page);
		expect(placement?.ring, 'the focused heading shows a focus ring').toBeGreaterThan(0);
		expect(placement?.ringBottom, 'the focus ring ends above the help text').toBeLessThanOrEqual(
			placement?.helpTop ?? 0,
		);
		expect((await accessibleNode(page, 'group', DOMAIN_REFERENCES)).description).toBe(
			'Leave both unticked if neither applies. Tick every answer that applies, or none. Ticking “Not sure” clears the others.',
		);
		expect(await tabThrough(page, 6)).toEqual([
			{ control: `checkbox "${CROSS_DOMAIN}"`, inView: true },
			{ control: `checkbox "${MERGE}"`, inView: true },
			{ control: 'checkbox "Not sure"', inView: true },
			{ control: 'button "Next"', inView: true },
			{ control: 'button "Back"', inView: true },
			{ control: 'button "Start over"', inView: true },
		]);
		// Tick both answers, then "Not sure", which clears them and says so; then an answer, which unticks "Not sure".
		await tabThrough(page, 5, { backwards: true });
		await page.keyboard.press('Space');
		await page.keyboard.press('Tab');
		await page.keyboard.press('Space');
		await page.keyboard.press('Tab');
		await page.keyboard.press('Space');
		const ticked = () =>
			page
				.locator('sync-tool-picker input:checked')
				.evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
		expect(await ticked()).toEqual(['not-sure']);
		const statusTexts = async () => liveRegionSummary(await liveChanges(page))[PICKER_STATUS]?.texts ?? [];
		await expect.poll(statusTexts).toEqual(['“Not sure” cleared 2 other answers.']);
		await page.keyboard.press('Shift+Tab');
		await page.keyboard.press('Shift+Tab');
		await page.keyboard.press('Space');
		expect(await ticked()).toEqual(['cross-domain-references']);
		await expect.poll(async () => (await statusTexts()).at(-1)).toBe('“Not sure” unticked.');

		// On through the other questions to the result: every stop on the way in view.
		for (let question = 3; question <= 8; question++) {
			const stops = await tabTo(page, 'button "Next"', stop);
			expect(stops.filter((each) => !each.inView)).toEqual([]);
			await page.keyboard.press('Enter');
			const heading = await focusedHeading(page);
			expect(heading.inView).toBe(true);
			if (heading.control === 'heading "Recommended sync tool"') break;
			expect((await focusedNode(page)).description).toMatch(new RegExp(`^Question ${question} of up to \\d$`));
		}
		expect(await stop()).toEqual({ control: 'heading "Recommended sync tool"', inView: true });

		// Through the result to its last action, every stop in view; then copy its link.
		const resultStops = await tabTo(page, 'button "Start over"', stop);
		expect(resultStops.filter((each) => !each.inView)).toEqual([]);
		expect(resultStops.slice(-5).map((each) => each.control)).toEqual(RESULT_ACTIONS.map((name) => `button "${name}"`));
		await tabThrough(page, 4, { backwards: true });
		await page.keyboard.press('Enter');
		await expect.poll(async () => (await statusTexts()).at(-1)).toBe('Link copied.');

		// Over the session one region spoke, politely: each message once, emptied before the next.
		const changes = await liveChanges(page);
		expect(liveRegionSummary(changes)).toEqual({
			[PICKER_STATUS]: {
				changes: 7,
				texts: [
					'“Not sure” cleared 2 other answers.',
					'',
					'“Not sure” unticked.',
					'',
					'Recommendation ready: Microsoft Entra Cloud Sync.',
					'',
					'Link copied.',
				],
			},
		});
		expect(changes.every((change) => change.politeness === 'polite')).toBe(true);
		await expectCleanPage(page);
	});
});

describe('a keyboard walkthrough of the iframe variant, as the /embed/ demo frames it', () => {
	/**
	 * The focused control of the frame, "in view" when it lies inside the page's viewport (not only the
	 * frame's). The host resizes and scrolls on the frame's messages, a frame or two later: a stop out
	 * of view is measured again each frame for a while before it counts.
	 */
	async function stopOnPage(page: Page, frame: Frame): Promise<FocusStop> {
		const measure = async (): Promise<FocusStop> => {
			const { control, inView } = await focusStop(frame);
			const box = await frame.locator('*:focus').last().boundingBox();
			const viewport = page.viewportSize();
			const onPage = box !== null && viewport !== null && box.y >= 0 && box.y + box.height <= viewport.height;
			return { control, inView: inView && onPage };
		};
		let stop = await measure();
		for (let frames = 0; frames < 30 && !stop.inView; frames++) {
			await page.evaluate(() => new Promise((done) => requestAnimationFrame(done)));
			stop = await measure();
		}
		return stop;
	}

	test('tabs to a result with every stop in view, brings the copy fallback into view, and the demo names the tool', async () => {
		const page = await site.openPage(siteRoute(PAGES.embed), { initScript: LIVE_REGION_RECORDER });
		const iframe = page.locator('iframe[data-embed-demo]');
		await iframe.scrollIntoViewIfNeeded();
		await expect.poll(() => page.frames().some((each) => each.url().includes(EMBED_FRAME_ROUTE))).toBe(true);
		const frame = page.frames().find((each) => each.url().includes(EMBED_FRAME_ROUTE)) as Frame;
		await pickerReady(frame);
		const stop = () => stopOnPage(page, frame);

		await frame.locator('sync-tool-picker h1').focus();
		expect(await stop()).toEqual({ control: `heading "${FORESTS}"`, inView: true });
		await page.keyboard.press('Tab');
		await page.keyboard.press('Space');
		for (let question = 1; question <= 8; question++) {
			const stops = await tabTo(page, 'button "Next"', stop);
			expect(stops.filter((each) => !each.inView)).toEqual([]);
			await page.keyboard.press('Enter');
			await expect.poll(stop).toEqual({ control: expect.stringMatching(/^heading "/), inView: true });
			if ((await stop()).control === 'heading "Recommended sync tool"') break;
		}
		expect(await stop()).toEqual({ control: 'heading "Recommended sync tool"', inView: true });
		await expect.poll(() => page.locator('[data-embed-demo-result]').textContent()).toBe('Microsoft Entra Cloud Sync');

		// The sandbox refuses the clipboard: the text is offered selected, in view on the page.
		const stops = await tabTo(page, 'button "Copy link"', stop);
		expect(stops.filter((each) => !each.inView)).toEqual([]);
		await page.keyboard.press('Enter');
		await expect
			.poll(stop)
			.toEqual({ control: expect.stringMatching(/^textbox "Copying is not allowed here/), inView: true });

		expect(liveRegionSummary(await liveChanges(frame))).toEqual({
			[PICKER_STATUS]: { changes: 1, texts: ['Recommendation ready: Microsoft Entra Cloud Sync.'] },
		});
		expect(liveRegionSummary(await liveChanges(page))).toEqual({
			'document output.embed-demo-result': { changes: 1, texts: ['Microsoft Entra Cloud Sync'] },
		});
		await expectCleanPage(page);
	});
});
