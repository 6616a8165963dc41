// The picker as a component a host page builds on: created and removed many times, its
// attributes changed mid-answer, its announcements repeated, its address kept in step.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { builtSiteDir, expectCleanPage, useSite } from './harness';
import { PICKER_PAGE, answerUpToResult, liveInstances, showsDarkTheme } from './support/picker';

const site = useSite(builtSiteDir);
const TO_CONNECT = { forests: ['one-domain'], 'devices-writeback': ['device-writeback'] };

/** The `needs` parameter of the page's address, or null. */
const needsIn = (page: Page) => page.evaluate(() => new URL(location.href).searchParams.get('needs'));

/** Adds a second picker that keeps the address (`url-state`) to the page's main content. */
async function addSecondPicker(page: Page): Promise<Locator> {
	await page.evaluate(() => {
		const second = document.createElement('sync-tool-picker');
		second.id = 'second';
		second.setAttribute('url-state', '');
		document.querySelector('main')?.append(second);
	});
	return page.locator('#second');
}

/** Opens the picker page and answers up to a Connect Sync result, whose needs the address then holds. */
async function openOnConnectResult() {
	const page = await site.openPage(PICKER_PAGE);
	const picker = page.locator('sync-tool-picker');
	const needsInAddress = () => needsIn(page);
	await answerUpToResult(picker, TO_CONNECT);
	await expect.poll(needsInAddress).toContain('device-writeback');
	return { page, picker, needsInAddress };
}

describe('sync-tool picker lifecycle', () => {
	test('leaves nothing alive after 40 pickers are created and removed', async () => {
		const page = await site.openPage(PICKER_PAGE);
		await expect.poll(() => page.locator('sync-tool-picker fieldset').count()).toBe(1);
		await page.evaluate(() => {
			for (let index = 0; index < 40; index++) {
				const picker = document.createElement('sync-tool-picker');
				picker.setAttribute('theme', 'auto');
				document.body.append(picker);
				picker.remove();
			}
		});
		// Only the page's own picker, which is still in the document, may survive.
		expect(await liveInstances(page, 'sync-tool-picker')).toBe(1);
		await expectCleanPage(page);
	});

	test('works again when moved: removed and put back, it keeps its answers and follows the system theme', async () => {
		const page = await site.openPage(PICKER_PAGE);
		const picker = page.locator('sync-tool-picker');
		await picker.locator('input[value="connected-forests"]').check();
		await picker.evaluate((element) => {
			element.removeAttribute('theme');
			const parent = element.parentElement;
			element.remove();
			parent?.append(element);
		});
		expect(await picker.locator('input[value="connected-forests"]').isChecked()).toBe(true);
		const dark = () => showsDarkTheme(picker);
		await page.emulateMedia({ colorScheme: 'dark' });
		await expect.poll(dark).toBe(true);
		await page.emulateMedia({ colorScheme: 'light' });
		await expect.poll(dark).toBe(false);
	});

	test('still tells the result of a link once the page has loaded when a host script moves the picker before then', async () => {
		// A host's layout script (tabs, a sidebar) moving the picker between its parsing and the load event.
		const page = await site.openPage(`${PICKER_PAGE}?needs=device-writeback`, {
			initScript: `
				window.resultEvents = [];
				document.addEventListener('sync-tool-picker:result', (event) => resultEvents.push(event.detail.tool));
				document.addEventListener('DOMContentLoaded', () => {
					const picker = document.querySelector('sync-tool-picker');
					window.movedBeforeLoad = picker.matches(':defined') && document.readyState !== 'complete';
					const box = document.createElement('div');
					picker.before(box);
					box.append(picker);
				});`,
		});
		const events = () => page.evaluate(() => (window as unknown as { resultEvents: string[] }).resultEvents);
		await page.waitForLoadState('load');
		expect(await page.evaluate(() => (window as unknown as { movedBeforeLoad: boolean }).movedBeforeLoad)).toBe(true);
		await expect.poll(events).toEqual(['connect-sync']);
		// Told once: moving it again after the load repeats nothing.
		await page.locator('sync-tool-picker').evaluate((picker) => document.body.append(picker));
		await page.evaluate(() => new Promise((done) => setTimeout(done, 300)));
		expect(await events()).toEqual(['connect-sync']);
	});

	test('applies properties a host script set before the module defined the element, and follows later changes', async () => {
		// A classic script runs before the deferred module script: its properties land on the plain element.
		const page = await site.openPage(PICKER_PAGE, {
			initScript: `
				new MutationObserver((records, observer) => {
					const picker = document.querySelector('sync-tool-picker');
					if (!picker) return;
					observer.disconnect();
					window.setBeforeDefinition = !customElements.get('sync-tool-picker');
					picker.headingLevel = 3;
				}).observe(document, { childList: true, subtree: true });`,
		});
		const picker = page.locator('sync-tool-picker');
		await expect.poll(() => picker.locator('fieldset').count()).toBe(1);
		expect(await page.evaluate(() => (window as unknown as { setBeforeDefinition: boolean }).setBeforeDefinition)).toBe(
			true,
		);
		expect(await picker.getAttribute('heading-level')).toBe('3');
		expect(await picker.locator('legend h3').count()).toBe(1);
		await picker.evaluate((element) => ((element as HTMLElement & { headingLevel: number }).headingLevel = 4));
		await expect.poll(() => picker.locator('legend h4').count()).toBe(1);
	});

	test('falls back to its own defaultLinksBase without links-base, leaving other pickers of the page theirs', async () => {
		const page = await site.openPage(`${PICKER_PAGE}?needs=device-writeback`);
		await expect.poll(() => page.locator('sync-tool-picker [data-tool]').count()).toBe(1);
		const shareUrls = await page.evaluate(() => {
			type Picker = HTMLElement & { defaultLinksBase: string; result: { shareUrl: string } | null };
			const add = (defaultLinksBase?: string) => {
				const picker = document.createElement('sync-tool-picker') as Picker;
				picker.setAttribute('url-state', '');
				if (defaultLinksBase) picker.defaultLinksBase = defaultLinksBase;
				document.querySelector('main')?.append(picker);
				return picker.result?.shareUrl;
			};
			return [add('https://mirror.example/guide/'), add()];
		});
		expect(shareUrls).toEqual([
			`https://mirror.example/guide${PICKER_PAGE}?needs=device-writeback`,
			site.server.url(`${PICKER_PAGE}?needs=device-writeback`),
		]);
	});

	test('can be hidden by the host page’s own CSS, like any element (a utility class, an inline style)', async () => {
		const page = await site.openPage(PICKER_PAGE);
		const picker = page.locator('sync-tool-picker');
		await expect.poll(() => picker.locator('fieldset').count()).toBe(1);
		const display = () => picker.evaluate((element) => getComputedStyle(element).display);
		// Bootstrap's .d-none, from a stylesheet of the page.
		await page.evaluate(() => {
			const sheet = new CSSStyleSheet();
			sheet.replaceSync('.d-none { display: none !important; }');
			document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
		});
		await picker.evaluate((element) => element.classList.add('d-none'));
		expect(await display()).toBe('none');
		await picker.evaluate((element) => {
			element.classList.remove('d-none');
			element.style.display = 'none';
		});
		expect(await display()).toBe('none');
		await picker.evaluate((element) => element.style.removeProperty('display'));
		expect(await display()).toBe('block');
	});

	test('tells a change once it has taken it: a listener reads the new result and sees the next view', async () => {
		const page = await site.openPage(PICKER_PAGE, {
			initScript: `
				window.changes = [];
				document.addEventListener('sync-tool-picker:change', (event) => {
					const shown = event.target.shadowRoot.querySelector('[data-tool], legend');
					changes.push({ question: event.detail.question, result: event.target.result?.tool ?? null, shown: shown?.getAttribute('data-tool') ?? 'question' });
				});`,
		});
		await answerUpToResult(page.locator('sync-tool-picker'), TO_CONNECT);
		const changes = await page.evaluate(
			() => (window as unknown as { changes: Array<Record<string, string | null>> }).changes,
		);
		expect(changes.at(0)).toEqual({ question: 'forests', result: null, shown: 'question' });
		expect(changes.at(-1)).toEqual({ question: 'operations', result: 'connect-sync', shown: 'connect-sync' });
	});

	test('startOver() from a host script clears the answers without taking focus or scrolling the page', async () => {
		const page = await site.openPage(PICKER_PAGE);
		const picker = page.locator('sync-tool-picker');
		await picker.locator('input[value="one-domain"]').check();
		await picker.locator('button.primary').click();
		await expect.poll(() => picker.locator('input').first().getAttribute('name')).not.toMatch(/-forests$/);
		// The host's own control, far below the picker, calls the element's method.
		const before = await page.evaluate(() => {
			const reset = document.createElement('button');
			reset.id = 'host-reset';
			reset.textContent = 'Reset the picker';
			reset.addEventListener('click', () => document.querySelector('sync-tool-picker')?.startOver());
			document.querySelector('main')?.append(reset);
			reset.scrollIntoView();
			return reset.getBoundingClientRect().top;
		});
		await page.locator('#host-reset').click();
		await expect.poll(() => picker.locator('input').first().getAttribute('name')).toMatch(/-forests$/);
		// Two frames: the picker moves focus, when it does, in the next one.
		await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
		// The host's button keeps focus and stays where the reader sees it (scroll anchoring holds it there).
		const after = await page.evaluate(() => {
			const focused = document.activeElement;
			return { focused: focused?.id, top: focused?.getBoundingClientRect().top ?? 0 };
		});
		expect(after.focused).toBe('host-reset');
		expect(Math.abs(after.top - before)).toBeLessThan(2);
	});

	test('startOver() from a host script while focus is inside the picker puts focus on the first question, not the page', async () => {
		const page = await site.openPage(PICKER_PAGE);
		const picker = page.locator('sync-tool-picker');
		await picker.locator('input[value="one-domain"]').check();
		await picker.locator('button.primary').click();
		// A host's keyboard shortcut, pressed while the reader is on one of the picker's answers.
		await picker.locator('input').first().focus();
		await picker.evaluate((element) => (element as HTMLElement & { startOver(): void }).startOver());
		await expect.poll(() => picker.locator('input').first().getAttribute('name')).toMatch(/-forests$/);
		await expect
			.poll(() => picker.evaluate((element) => element.shadowRoot?.activeElement?.matches('[data-focus]') ?? false))
			.toBe(true);
	});

	test('on a host page in another language, its English text and announcements are marked English', async () => {
		const page = await site.openPage(`${PICKER_PAGE}?needs=device-writeback`);
		// A German intranet page: screen readers would read the picker's English with German rules.
		await page.evaluate(() => {
			document.documentElement.lang = 'de';
			const picker = document.createElement('sync-tool-picker');
			picker.id = 'on-german-page';
			picker.setAttribute('url-state', '');
			// Outside Starlight's <main lang="en">.
			document.body.append(picker);
		});
		const picker = page.locator('#on-german-page');
		await expect.poll(() => picker.locator('[data-tool]').count()).toBe(1);
		const english = await picker.evaluate((element) =>
			['[data-tool]', '[role=status]'].map((selector) =>
				element.shadowRoot?.querySelector(selector)?.matches(':lang(en)'),
			),
		);
		expect(english).toEqual([true, true]);
	});

	test('keeps ticks not yet confirmed with Next when an attribute changes', async () => {
		const page = await site.openPage(PICKER_PAGE);
		const picker = page.locator('sync-tool-picker');
		await picker.locator('input[value="connected-forests"]').check();
		await picker.evaluate((element) => element.setAttribute('heading-level', '3'));
		await expect.poll(() => picker.locator('h3').count()).toBeGreaterThan(0);
		expect(await picker.locator('input[value="connected-forests"]').isChecked()).toBe(true);
		// The same on a multiple-choice question, for a change of links-base.
		await picker.locator('button.primary').click();
		await picker.locator('input[value="cross-forest-references"]').check();
		await picker.evaluate((element) => element.setAttribute('links-base', '/elsewhere/'));
		expect(await picker.locator('input[value="cross-forest-references"]').isChecked()).toBe(true);
	});

	test('keeps focus on the same control when an attribute changes, not on the page’s body', async () => {
		const page = await site.openPage(PICKER_PAGE);
		const picker = page.locator('sync-tool-picker');
		/** The control with focus inside the picker, as its kind and its place among its kind (the same for the same view). */
		const focusedControl = () =>
			picker.evaluate((element) => {
				const focused = element.shadowRoot?.activeElement;
				if (!focused) return null;
				const kind = [...(element.shadowRoot?.querySelectorAll(focused.tagName) ?? [])];
				return `${focused.tagName} #${kind.indexOf(focused) + 1} "${focused.textContent?.trim()}"`;
			});
		await picker.locator('button.primary').focus();
		await picker.evaluate((element) => element.setAttribute('heading-level', '3'));
		await expect.poll(() => picker.locator('h3').count()).toBeGreaterThan(0);
		expect(await focusedControl()).toMatch(/^BUTTON #\d+ "Next"$/);
		// On the result: the second of two links that read alike, in the checklist, rebuilt after the next paint.
		await answerUpToResult(picker, TO_CONNECT);
		const repeated = await picker.evaluate((element) => {
			const links = [...(element.shadowRoot?.querySelectorAll<HTMLElement>('[data-checklist] a') ?? [])];
			const twice = links.find((link, index) =>
				links.some((other, at) => at < index && other.textContent === link.textContent),
			);
			twice?.focus();
			return twice !== undefined;
		});
		expect(repeated, 'the result shows two links with the same words').toBe(true);
		const link = await focusedControl();
		const sameLink = (text: string) => expect.poll(focusedControl).toMatch(`${link?.replace(/ ".*$/, '')} "${text}`);
		await picker.evaluate((element) => element.setAttribute('links-base', '/elsewhere/'));
		await sameLink(link?.replace(/^.*? "/, '') ?? '');
		// A change of the sources' titles changes the link's words.
		await picker.evaluate((element) => element.setAttribute('data-source-titles', '{}'));
		await sameLink('Microsoft Learn, ');
		// Two changes in one go.
		await picker.evaluate((element) => {
			element.setAttribute('links-base', '/');
			element.setAttribute('heading-level', '2');
		});
		await sameLink('Microsoft Learn, ');
	});

	test('leaves focus where a host script put it right after changing an attribute', async () => {
		const page = await site.openPage(PICKER_PAGE);
		const picker = page.locator('sync-tool-picker');
		await answerUpToResult(picker, TO_CONNECT);
		await picker.locator('[data-checklist] a').first().focus();
		await picker.evaluate((element) => {
			const search = document.createElement('input');
			search.id = 'host-search';
			element.before(search);
			element.setAttribute('links-base', '/elsewhere/');
			search.focus();
		});
		// Past the paint after which the checklist is rebuilt.
		await page.evaluate(
			() => new Promise((done) => requestAnimationFrame(() => setTimeout(() => setTimeout(done, 50)))),
		);
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('host-search');
	});

	test('after Next, with or without Back before it, focus goes straight to the next question’s heading, through no other control', async () => {
		const page = await site.openPage(PICKER_PAGE);
		const picker = page.locator('sync-tool-picker');
		await picker.locator('input[value="one-domain"]').check();
		await picker.evaluate((element) => {
			const seen: string[] = [];
			element.shadowRoot?.addEventListener('focusin', (event) =>
				seen.push(`${(event.target as Element).tagName} ${(event.target as Element).textContent ?? ''}`),
			);
			Object.assign(window, { focusSeen: seen });
		});
		/** Takes what took focus since it was last called. */
		const takeSeen = () => page.evaluate(() => (window as unknown as { focusSeen: string[] }).focusSeen.splice(0));
		/** Presses Enter on Next and returns what took focus once the next question is shown. */
		const next = async () => {
			await picker.locator('button.primary').focus();
			await takeSeen();
			await page.keyboard.press('Enter');
			await expect
				.poll(() => page.evaluate(() => (window as unknown as { focusSeen: string[] }).focusSeen.length))
				.not.toBe(0);
			await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 50))));
			return takeSeen();
		};
		const first = await next();
		expect(first).toEqual([expect.stringMatching(/^H[1-6] /)]);

		await picker.getByRole('button', { name: 'Back', exact: true }).click();
		await expect.poll(() => picker.locator('input[value="one-domain"]').isChecked()).toBe(true);
		expect(await next()).toEqual(first);
	});

	test('announces "Link copied." once after two quick Copy link clicks, never the message twice', async () => {
		const page = await site.openPage(PICKER_PAGE);
		await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.origin });
		const picker = page.locator('sync-tool-picker');
		await answerUpToResult(picker, TO_CONNECT);
		await picker.evaluate((element) => {
			const status = element.shadowRoot?.querySelector('[role=status]');
			const seen: string[] = [];
			(window as unknown as { statusTexts: string[] }).statusTexts = seen;
			if (status)
				new MutationObserver(() => seen.push(status.textContent ?? '')).observe(status, {
					childList: true,
					characterData: true,
					subtree: true,
				});
			const copy = [...(element.shadowRoot?.querySelectorAll('button') ?? [])].find(
				(button) => button.textContent === 'Copy link',
			);
			copy?.click();
			copy?.click();
		});
		const texts = () => page.evaluate(() => (window as unknown as { statusTexts: string[] }).statusTexts);
		await expect.poll(async () => (await texts()).at(-1)).toBe('Link copied.');
		// Both clicks' announcements are due within a few hundred milliseconds: watch that long.
		await page.evaluate(() => new Promise((done) => setTimeout(done, 600)));
		expect((await texts()).filter((text) => text !== '')).toEqual(['Link copied.']);
	});

	test('two pickers keeping the address: one answering questions leaves the other’s result in it', async () => {
		const page = await site.openPage(PICKER_PAGE);
		const first = page.locator('sync-tool-picker').first();
		await expect.poll(() => first.locator('fieldset').count()).toBe(1);
		const second = await addSecondPicker(page);
		const needsInAddress = () => needsIn(page);
		await answerUpToResult(first, TO_CONNECT);
		await expect.poll(needsInAddress).toContain('device-writeback');
		await second.locator('input[value="one-domain"]').check();
		await second.locator('button.primary').click();
		await second.locator('button', { hasText: 'Start over' }).click();
		expect(await needsInAddress()).toContain('device-writeback');
		// The first picker's own Back still takes its needs away, even after the page changed a parameter of its own.
		await page.evaluate(() => history.replaceState(null, '', `${location.href}&tab=2`));
		await first.locator('button', { hasText: /^Back$/ }).click();
		expect(await needsInAddress()).toBeNull();
		expect(await page.evaluate(() => new URL(location.href).searchParams.get('tab'))).toBe('2');
	});

	test('two pickers keeping the address: Back and Forward leave the result the reader chose last in it', async () => {
		const page = await site.openPage(PICKER_PAGE);
		const second = await addSecondPicker(page);
		const first = page.locator('sync-tool-picker').first();
		const needsInAddress = () => needsIn(page);
		await answerUpToResult(first, TO_CONNECT);
		await answerUpToResult(second, { forests: ['one-domain'], 'devices-writeback': ['password-writeback'] });
		const chosenLast = await needsInAddress();
		expect(chosenLast).toContain('password-writeback');
		// A host layout script moves the first picker, so it now hears the browser's history last.
		await first.evaluate((element) => element.parentElement?.append(element));
		await page.evaluate(() => (location.hash = '#top'));
		await page.goBack();
		await expect.poll(() => page.evaluate(() => location.hash)).toBe('');
		expect(await needsInAddress()).toBe(chosenLast);
	});

	test('Back from the result and Start over clear the needs from the address', async () => {
		const { page, picker, needsInAddress } = await openOnConnectResult();
		await picker.locator('button', { hasText: /^Back$/ }).click();
		await expect.poll(() => picker.locator('fieldset').count()).toBe(1);
		expect(await needsInAddress()).toBeNull();
		// Forward to the result again, then Start over from it.
		await picker.locator('button.primary').click();
		await expect.poll(needsInAddress).toContain('device-writeback');
		await picker.locator('button', { hasText: 'Start over' }).click();
		expect(await needsInAddress()).toBeNull();
		// A reload now opens on the first question, not on the old result.
		await page.reload();
		await expect.poll(() => picker.locator('fieldset').count()).toBe(1);
		expect(await picker.locator('[data-tool]').count()).toBe(0);
	});

	test('browser Back past a reason’s link on the page keeps the address on what the picker shows', async () => {
		const { page, picker, needsInAddress } = await openOnConnectResult();
		// A reason's link to the comparison below adds a history entry within the page.
		await picker.locator('a[href^="#cap-"]').first().click();
		await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/^#cap-/);
		await picker.locator('button', { hasText: 'Start over' }).click();
		expect(await needsInAddress()).toBeNull();
		await page.goBack();
		await expect.poll(() => page.evaluate(() => location.hash)).toBe('');
		// The picker still shows its first question, and the address says so: a reload opens the same.
		expect(await picker.locator('fieldset').count()).toBe(1);
		await expect.poll(needsInAddress).toBeNull();
		// Forward again, after answering anew: the address follows the new result, not the old entry's.
		await answerUpToResult(picker, { forests: ['one-domain'], 'devices-writeback': ['password-writeback'] });
		const newNeeds = await needsInAddress();
		expect(newNeeds).toContain('password-writeback');
		await page.goForward();
		await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/^#cap-/);
		await expect.poll(needsInAddress).toBe(newNeeds);
	});
});
