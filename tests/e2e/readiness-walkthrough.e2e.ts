// The readiness check as a keyboard and screen-reader user meets it, in Chromium: the focus order
// through its form with every stop in view, and a scripted session whose live-region changes are
// recorded, so a lost, repeated or premature announcement fails.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { builtSiteDir, expectCleanPage, useSite } from './harness';
import { MIGRATE_PAGE, readinessReady, resultWithVerdict } from './support/readiness';
import { LIVE_REGION_RECORDER, liveChanges, tabThrough } from './support/walkthrough';

const site = useSite(builtSiteDir);

/** The check's live region, as the recorder names it. */
const READINESS_LIVE = 'migration-readiness p.sr-only';

async function readinessAnnouncements(page: Page) {
	return (await liveChanges(page)).filter((change) => change.region === READINESS_LIVE).map((change) => change.text);
}

describe('a keyboard walkthrough of the readiness check', () => {
	test("tabs through every need, figure and choice in reading order, each in view, then the result's actions", async () => {
		const page = await site.openPage(MIGRATE_PAGE);
		await readinessReady(page);
		const controls = await page.locator('migration-readiness form :is(a, input, button)').evaluateAll((elements) =>
			elements
				// A radio group is one stop: Tab lands on its checked radio, or on its first when none is checked.
				.filter(
					(element) =>
						!(element instanceof HTMLInputElement && element.type === 'radio') ||
						(element.form?.querySelector(`input[name="${element.name}"]:checked`) ??
							element.form?.querySelector(`input[name="${element.name}"]`)) === element,
				)
				.map((element) => element.getAttribute('value') ?? element.textContent?.trim() ?? ''),
		);
		await page.locator('migration-readiness form a').first().focus();
		const stops = await tabThrough(page, controls.length - 1);
		for (const [index, stop] of stops.entries()) expect(stop.inView, `stop ${index + 1}: ${stop.control}`).toBe(true);
		// The stops follow the form's order: each need by its label, the three figures, the two choices, Clear answers.
		const names = stops.map((stop) => stop.control);
		expect(names.filter((name) => name.startsWith('checkbox '))).toHaveLength(controls.length - 1 - 3 - 2 - 1);
		expect(names.slice(-6)).toEqual([
			'spinbutton "Active Directory forests Connect Sync synchronises"',
			'spinbutton "Objects in its scope"',
			'spinbutton "Most included containers (OUs) in one domain"',
			'radio "No"',
			'radio "No"',
			'button "Clear answers"',
		]);
		expect(names[0]).toBe('checkbox "Synchronise users, groups and contacts"');

		// Once a result shows (group filtering answered with Space: nothing is checked before), Tab
		// goes on from the form into the result's links and actions, all in view.
		await page.keyboard.press('Shift+Tab');
		await page.keyboard.press('Space');
		await expect.poll(() => page.locator('migration-readiness [data-verdict]').count()).toBe(1);
		const after = await tabThrough(page, 5);
		expect(after).toEqual(
			[
				'button "Clear answers"',
				'link "Migrate to Microsoft Entra Cloud Sync with the migration tool"',
				'button "Copy link"',
				'button "Copy as Markdown"',
				// The page goes on after the check.
				'link "side-by-side rows"',
			].map((control) => ({ control, inView: true })),
		);
		await expectCleanPage(page);
	});
});

describe('the readiness check, as a screen reader hears it', () => {
	test('says the verdict once the reader pauses, never the same twice, and says when answers are cleared', async () => {
		const page = await site.openPage(MIGRATE_PAGE, { initScript: LIVE_REGION_RECORDER });
		await page.clock.install();
		await page.reload();
		await readinessReady(page);
		await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1_000);

		// Ticking two needs in quick succession: one announcement, after the pause.
		await page.locator('migration-readiness input[value=password-hash-sync]').check();
		await page.clock.runFor(200);
		await page.locator('migration-readiness input[value=device-writeback]').check();
		await page.clock.runFor(200);
		expect(await readinessAnnouncements(page)).toEqual([]);
		await page.clock.runFor(1_000);
		expect(await readinessAnnouncements(page)).toEqual([
			'Stay on Connect Sync for now. Guided migration tool: does not apply.',
		]);

		// Typing figures that change neither answer says nothing new.
		const forests = page.locator('migration-readiness input[name=forests]');
		await forests.focus();
		for (const key of '12') {
			await page.keyboard.type(key);
			await page.clock.runFor(150);
		}
		await page.clock.runFor(1_000);
		expect(await readinessAnnouncements(page)).toHaveLength(1);

		// Unticking device writeback changes the verdict: said once.
		await page.locator('migration-readiness input[value=device-writeback]').uncheck();
		await page.clock.runFor(1_000);
		await resultWithVerdict(page, 'move');
		expect((await readinessAnnouncements(page)).slice(1)).toEqual([
			'',
			'Move everything to Cloud Sync. Guided migration tool: does not apply.',
		]);

		await page.getByRole('button', { name: 'Clear answers' }).click();
		await page.clock.runFor(1_000);
		expect((await readinessAnnouncements(page)).slice(3)).toEqual(['', 'Answers cleared.']);
		// Nothing else speaks for the check: the result itself is not a live region.
		const others = (await liveChanges(page)).filter(
			(change) => change.region.startsWith('migration-readiness') && change.region !== READINESS_LIVE,
		);
		expect(others).toEqual([]);
	});
});
