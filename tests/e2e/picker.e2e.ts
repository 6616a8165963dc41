// The sync-tool picker on /choose-a-sync-tool/, driven by keyboard in Chromium: the three
// outcomes, reasons and checklist, Back and Start over, ?needs= restore, copy link, and axe.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import requirements from '../../content/data/requirements.json';
import sources from '../../content/data/sources.json';
import { axeInEveryTheme, builtSiteDir, describeViolations, expectCleanPage, runAxe, useSite } from './harness';
import { PICKER_PAGE, answerUpToResult, showsDarkTheme } from './support/picker';
import { PAGES, siteRoute, requirementAnchor } from '../../src/data/site-contracts';

const site = useSite(builtSiteDir);

/** What the shadow root has in focus. */
function focusedInPicker(page: Page) {
	return page.evaluate(() => {
		const active = document.querySelector('sync-tool-picker')?.shadowRoot?.activeElement;
		if (!active) return null;
		return {
			tag: active.tagName,
			type: active.getAttribute('type'),
			value: active.getAttribute('value'),
			text: active.textContent?.trim() ?? '',
			checked: active instanceof HTMLInputElement ? active.checked : false,
		};
	});
}

/** Presses Tab until the picker's focused element matches, or fails after `max` presses. */
async function tabTo(
	page: Page,
	matches: (focused: NonNullable<Awaited<ReturnType<typeof focusedInPicker>>>) => boolean,
	what: string,
) {
	for (let press = 0; press < 40; press++) {
		await page.keyboard.press('Tab');
		const focused = await focusedInPicker(page);
		if (focused && matches(focused)) return;
	}
	throw new Error(`Tab never reached ${what} in the picker.`);
}

/** Answers the current question by keyboard only and confirms with Enter on Next. */
async function answerByKeyboard(page: Page, values: readonly string[]) {
	const isSingle = (await page.locator('sync-tool-picker input[type=radio]').count()) > 0;
	if (isSingle) {
		const [value] = values;
		await tabTo(page, (focused) => focused.type === 'radio', 'a radio button');
		for (let press = 0; press < 10 && (await focusedInPicker(page))?.value !== value; press++) {
			await page.keyboard.press('ArrowDown');
		}
		// Tab only focuses the first radio of an unanswered group; Space selects it.
		if (!(await focusedInPicker(page))?.checked) await page.keyboard.press('Space');
		expect((await focusedInPicker(page))?.checked).toBe(true);
	} else {
		for (const value of values) {
			await tabTo(page, (focused) => focused.value === value, `the "${value}" checkbox`);
			await page.keyboard.press('Space');
		}
	}
	await tabTo(page, (focused) => focused.tag === 'BUTTON' && focused.text === 'Next', 'Next');
	await page.keyboard.press('Enter');
}

/** Answers question after question (by id → values; unlisted questions get no ticks) until the result. */
async function walkTo(page: Page, answers: Readonly<Record<string, readonly string[]>>) {
	// Enter the picker as a keyboard user would after skipping to it: focus its first question.
	await page.locator('sync-tool-picker h2').first().focus();
	for (let step = 0; step < 9; step++) {
		if (await page.locator('sync-tool-picker [data-tool]').count()) return;
		const question = await page.locator('sync-tool-picker input').first().getAttribute('name');
		const id = Object.keys(answers).find((key) => question?.endsWith(`-${key}`));
		await answerByKeyboard(page, id ? (answers[id] ?? []) : []);
		await expectHeadingFocusedAndVisible(page);
	}
	throw new Error('The picker asked more than 8 questions.');
}

/** After each step the focus is on the new heading, which is not hidden under the sticky header (WCAG 2.4.11). */
async function expectHeadingFocusedAndVisible(page: Page) {
	await expect.poll(async () => (await focusedInPicker(page))?.tag ?? '', { timeout: 5000 }).toMatch(/^H[1-6]$/);
	// Generous: the picker may scroll smoothly, and CI machines are slow.
	const placement = () =>
		page.evaluate(() => {
			const heading = document.querySelector('sync-tool-picker')?.shadowRoot?.activeElement;
			const header = document.querySelector('header');
			if (!heading || !header) return 'no heading or header';
			const box = heading.getBoundingClientRect();
			const headerBottom = header.getBoundingClientRect().bottom;
			const visible = box.top >= headerBottom && box.bottom <= window.innerHeight;
			return visible
				? 'visible'
				: `top ${box.top}, bottom ${box.bottom}, header ends at ${headerBottom}, viewport ${window.innerHeight}`;
		});
	await expect.poll(placement, { timeout: 5000 }).toBe('visible');
}

/**
 * A tool's requirement rows as the checklist lists them for a reader with `needs`: every row, but a
 * row for one feature (a licence) only when the reader needs that feature.
 */
const rowsFor = (tool: string, needs: readonly string[]) =>
	requirements.filter(
		(row) =>
			row.tool === tool &&
			(!('whenNeeds' in row) || (row.whenNeeds as readonly string[]).some((need) => needs.includes(need))),
	);

const OUTCOMES = [
	{
		tool: 'cloud-sync',
		answers: { forests: ['one-domain'] },
		checklist: rowsFor('cloud-sync', []),
		reasonAnchor: null,
	},
	{
		tool: 'connect-sync',
		answers: { forests: ['one-domain'], 'devices-writeback': ['device-writeback'] },
		checklist: rowsFor('connect-sync', ['device-writeback']),
		reasonAnchor: 'cap-device-writeback',
	},
	{
		tool: 'both',
		answers: { forests: ['disconnected-forests'], 'devices-writeback': ['device-writeback'] },
		checklist: [...rowsFor('connect-sync', ['device-writeback']), ...rowsFor('cloud-sync', ['device-writeback'])],
		reasonAnchor: 'cap-disconnected-forests',
	},
] as const;

describe('sync-tool picker', () => {
	test.each(OUTCOMES)(
		'reaches the $tool recommendation by keyboard, with reasons and the checklist',
		async (outcome) => {
			const page = await site.openPage(PICKER_PAGE, { theme: 'light' });
			await walkTo(page, outcome.answers);
			const result = page.locator('sync-tool-picker [data-tool]');
			await expect.poll(() => result.getAttribute('data-tool')).toBe(outcome.tool);
			// Every reason has a source; a deciding need links to its comparison row, which exists.
			const reasons = page.locator('sync-tool-picker [part=reason]');
			expect(await reasons.count()).toBeGreaterThan(0);
			expect(await reasons.locator('a[rel=external]').count()).toBe(await reasons.count());
			if (outcome.reasonAnchor) {
				await expect.poll(() => reasons.locator(`a[href$="#${outcome.reasonAnchor}"]`).count()).toBeGreaterThan(0);
				expect(await page.locator(`#${outcome.reasonAnchor}`).count()).toBe(1);
			}
			// The checklist (filled just after the result is painted) lists every requirement row of the
			// recommended tool(s), each linked to its row.
			const checklist = () =>
				page
					.locator('sync-tool-picker [part=checklist] a:not([rel=external])')
					.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
			await expect
				.poll(checklist)
				.toEqual(outcome.checklist.map((row) => `${siteRoute(PAGES.prerequisites)}#${requirementAnchor(row.id)}`));
			// The result is announced and has the focus.
			await expect
				.poll(() =>
					page.evaluate(
						() => document.querySelector('sync-tool-picker')?.shadowRoot?.querySelector('[role=status]')?.textContent,
					),
				)
				.toMatch(/^Recommendation ready/);
			expect((await focusedInPicker(page))?.text).toBe('Recommended sync tool');
			expect(describeViolations(await runAxe(page))).toEqual([]);
			await expectCleanPage(page);
		},
	);

	test("recommends Connect Sync for attribute filtering, naming what Cloud Sync offers, and keeps each checklist row's caveats", async () => {
		const page = await site.openPage(PICKER_PAGE);
		const picker = page.locator('sync-tool-picker');
		await answerUpToResult(picker, { forests: ['one-domain'], customisation: ['attribute-filtering'] });
		expect(await picker.locator('[data-tool]').getAttribute('data-tool')).toBe('connect-sync');
		const reason = picker.locator('[part=reason]', { hasText: 'Filter objects by attribute values' });
		expect(await reason.innerText()).toMatch(
			/What Cloud Sync offers instead: Scoping by organisational unit or security group/,
		);
		expect(await reason.locator('a[rel=external][href$="/cloud-sync/how-to-configure"]').count()).toBe(1);
		const server = picker.locator('[part=checklist] li', { hasText: 'A Windows Server 2016 or later host' }).first();
		expect(await server.innerText()).toContain('Microsoft recommends Windows Server 2025 or Windows Server 2022');
		await expectCleanPage(page);
	});

	test('names every cited page by its title and date, linked to it, in the reasons and the caveats', async () => {
		const page = await site.openPage(`${PICKER_PAGE}?needs=device-writeback,disconnected-forests`);
		const picker = page.locator('sync-tool-picker');
		await picker.locator('[part=checklist] li').first().waitFor();
		const citations = await picker
			.locator('a[rel=external]')
			.evaluateAll((links) => links.map((link) => ({ href: link.getAttribute('href') ?? '', text: link.textContent })));
		const titles = new Map(sources.map((source) => [source.id, source.title]));
		const wrong = citations.filter(
			({ href, text }) =>
				!titles.has(href) ||
				!new RegExp(`^${RegExp.escape(titles.get(href) ?? '')}, \\d{1,2} [A-Z][a-z]{2} \\d{4}$`).test(text ?? ''),
		);
		expect(wrong).toEqual([]);
		// Both the reasons and the checklist's caveats cite.
		expect(await picker.locator('[part=reason] a[rel=external]').count()).toBeGreaterThan(0);
		expect(await picker.locator('[part=checklist] .caveats a[rel=external]').count()).toBeGreaterThan(0);
		// Titles set later re-render the citations at once: none here, so each says "Microsoft Learn".
		await picker.evaluate((element) => element.setAttribute('data-source-titles', '{}'));
		await expect
			.poll(() => picker.locator('[part=reason] a[rel=external]').first().textContent())
			.toMatch(/^Microsoft Learn, \d{1,2} [A-Z][a-z]{2} \d{4}$/);
		await expectCleanPage(page);
	});

	test('asks for an answer instead of advancing when none is chosen, without an axe violation', async () => {
		const page = await site.openPage(PICKER_PAGE);
		await page.locator('sync-tool-picker button.primary').click();
		const error = page.locator('sync-tool-picker [role=alert]');
		await expect.poll(() => error.count()).toBe(1);
		expect(await page.locator('sync-tool-picker input').first().getAttribute('name')).toMatch(/-forests$/);
		expect(describeViolations(await runAxe(page))).toEqual([]);
		await expectCleanPage(page);
	});

	test('Back keeps earlier answers and Start over clears them', async () => {
		const page = await site.openPage(PICKER_PAGE);
		await walkTo(page, { forests: ['connected-forests'], 'forest-references': ['cross-forest-references'] });
		expect(await page.locator('sync-tool-picker [data-tool]').getAttribute('data-tool')).toBe('connect-sync');
		// Back from the result, question by question, to the forest-references question: its answer is still ticked.
		for (let step = 0; step < 8; step++) {
			const back = page.locator('sync-tool-picker button', { hasText: /^Back$/ });
			await back.click();
			if ((await page.locator('sync-tool-picker input[value=cross-forest-references]').count()) > 0) break;
		}
		expect(await page.locator('sync-tool-picker input[value=cross-forest-references]').isChecked()).toBe(true);
		await page.locator('sync-tool-picker button', { hasText: 'Back' }).click();
		expect(await page.locator('sync-tool-picker input[value=connected-forests]').isChecked()).toBe(true);
		await page.locator('sync-tool-picker button', { hasText: 'Start over' }).click();
		expect(await page.locator('sync-tool-picker input:checked').count()).toBe(0);
		expect(await page.locator('sync-tool-picker input').first().getAttribute('name')).toMatch(/-forests$/);
		await expectCleanPage(page);
	});

	test('an answer changed from the summary changes the result', async () => {
		const page = await site.openPage(PICKER_PAGE);
		await walkTo(page, { forests: ['one-domain'], 'devices-writeback': ['device-writeback'] });
		expect(await page.locator('sync-tool-picker [data-tool]').getAttribute('data-tool')).toBe('connect-sync');
		await page
			.getByRole('button', { name: /Change answer: Which of these must synchronisation do for devices/ })
			.click();
		await page.locator('sync-tool-picker input[value=device-writeback]').uncheck();
		await page.locator('sync-tool-picker button.primary').click();
		await expect.poll(() => page.locator('sync-tool-picker [data-tool]').getAttribute('data-tool')).toBe('cloud-sync');
	});

	test('opens on the recommendation for ?needs=, tells listeners, and reports unknown ids visibly', async () => {
		const page = await site.openPage(`${PICKER_PAGE}?needs=device-writeback,disconnected-forests,not-a-need`, {
			initScript: `window.__pickerResults = []; document.addEventListener('sync-tool-picker:result', (event) => window.__pickerResults.push(event.detail.tool));`,
		});
		await expect.poll(() => page.locator('sync-tool-picker [data-tool]').getAttribute('data-tool')).toBe('both');
		await expect
			.poll(() => page.evaluate(() => (window as unknown as { __pickerResults: string[] }).__pickerResults))
			.toEqual(['both']);
		expect(await page.locator('sync-tool-picker [data-tool]').innerText()).toContain('not-a-need');
		expect(describeViolations(await runAxe(page))).toEqual([]);
		await expectCleanPage(page);
	});

	test('on a 320 px phone, a long unrecognised id from the link wraps inside the picker instead of running out of it', async () => {
		const page = await site.openPage(`${PICKER_PAGE}?needs=device-writeback,passwordwritebackandgroupwritebackv2`, {
			viewport: { width: 320, height: 640 },
		});
		const picker = page.locator('sync-tool-picker');
		await expect.poll(() => picker.locator('[data-tool]').count()).toBe(1);
		// Every line of text ends inside the picker's box (which clips what runs out of it).
		const outside = await picker.locator('[part=root]').evaluate((root) => {
			const right = root.getBoundingClientRect().right;
			const lines: string[] = [];
			const texts = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
			for (let node = texts.nextNode(); node; node = texts.nextNode()) {
				const range = document.createRange();
				range.selectNodeContents(node);
				const runsOut = [...range.getClientRects()].some((line) => line.right > right);
				if (runsOut) lines.push(node.textContent ?? '');
			}
			return lines;
		});
		expect(outside).toEqual([]);
	});

	test('in forced colours (a Windows contrast theme) the progress bar still shows its filled part', async () => {
		const page = await site.openPage(PICKER_PAGE);
		await page.emulateMedia({ forcedColors: 'active' });
		const colours = await page.locator('sync-tool-picker .progress-bar').evaluate((bar) => ({
			bar: getComputedStyle(bar).backgroundColor,
			fill: bar.firstElementChild ? getComputedStyle(bar.firstElementChild).backgroundColor : '',
		}));
		expect(colours.fill).not.toBe(colours.bar);
	});

	test('Copy link gives an address that opens on the same result', async () => {
		const page = await site.openPage(PICKER_PAGE);
		await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.origin });
		await walkTo(page, { forests: ['one-domain'], 'devices-writeback': ['device-writeback', 'password-writeback'] });
		await page.locator('sync-tool-picker button', { hasText: 'Copy link' }).click();
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(new URL(copied).searchParams.get('needs')).toContain('device-writeback');
		const reopened = await site.openPage(new URL(copied).pathname + new URL(copied).search);
		await expect
			.poll(() => reopened.locator('sync-tool-picker [data-tool]').getAttribute('data-tool'))
			.toBe('connect-sync');
		await page.locator('sync-tool-picker button', { hasText: 'Copy as Markdown' }).click();
		const markdown = await page.evaluate(() => navigator.clipboard.readText());
		expect(markdown).toMatch(/Microsoft Entra Connect Sync/);
		expect(markdown).toMatch(/- \[ \] .+prerequisites\/#req-/);
		// Cited pages are named by the titles the page gave the picker.
		expect(markdown).toContain(
			'([Prerequisites for Microsoft Entra Connect](https://learn.microsoft.com/entra/identity/hybrid/connect/how-to-connect-install-prerequisites), as of 2025-09-29)',
		);
	});

	test('has no accessibility violations on the first question and the result in either theme', async () => {
		const page = await site.openPage(PICKER_PAGE);
		expect(await axeInEveryTheme(page)).toEqual([]);
		await walkTo(page, { forests: ['disconnected-forests'], 'devices-writeback': ['device-writeback'] });
		expect(await axeInEveryTheme(page)).toEqual([]);
		await expectCleanPage(page);
	});

	test('without JavaScript the page shows the comparison table and says the picker needs JavaScript, with no dead question', async () => {
		const page = await site.openPage(PICKER_PAGE, { javaScript: false });
		expect(await page.locator('sync-tool-picker').innerText()).toMatch(/needs JavaScript/);
		expect(await page.locator('sync-tool-picker fieldset').evaluate((fieldset) => fieldset.checkVisibility())).toBe(
			false,
		);
		expect(await page.locator('tr[id^="cap-"]').count()).toBeGreaterThan(30);
	});

	test('shows its first question before its script runs, with controls that do not pretend to work', async () => {
		const page = await site.openPage(PICKER_PAGE);
		// Hold back every bundled script, as a slow network would: the page has only its HTML and inline scripts.
		await page.route('**/_astro/*.js', (route) => route.abort());
		await page.reload();
		const picker = page.locator('sync-tool-picker');
		expect(await picker.locator('h2').first().textContent()).toBe(
			'Which best describes the Active Directory forests you will synchronise to this tenant?',
		);
		expect(await picker.locator('fieldset').evaluate((fieldset) => fieldset.checkVisibility())).toBe(true);
		// Five answers and Next, every one disabled until the element takes over.
		expect(await picker.locator('input[disabled], button[disabled]').count()).toBe(6);
		expect(await picker.locator('input:not([disabled]), button:not([disabled])').count()).toBe(0);
		expect(await picker.locator('p.picker-fallback').evaluate((fallback) => fallback.checkVisibility())).toBe(false);
		expect(await page.evaluate(() => customElements.get('sync-tool-picker'))).toBeUndefined();
		// Its stylesheet themes it from the reader's system, as Starlight does by default.
		expect(await showsDarkTheme(picker)).toBe(false);
		await page.emulateMedia({ colorScheme: 'dark' });
		expect(await showsDarkTheme(picker)).toBe(true);
	});
});
