// The migration readiness check on /migrate-to-cloud-sync/, in Chromium: each verdict reached by
// keyboard and axe-clean in both themes, the address that keeps the answers (and what it ignored),
// copy as Markdown, the result event, the no-JavaScript guide, and the element's define entry.
import { describe, expect, test } from 'vitest';
import { axeInEveryTheme, builtSiteDir, describeViolations, expectCleanPage, runAxe, useSite } from './harness';
import { bundleForPage } from './support/page-module';
import { liveInstances } from './support/picker';
import {
	MIGRATE_PAGE,
	addressOf,
	answerByKeyboard,
	readinessReady,
	resultWithVerdict,
	shownResult,
	tabTo,
	toggleNeedByKeyboard,
	typeFigureByKeyboard,
} from './support/readiness';
import { PAGES, siteRoute, capabilityAnchor } from '../../src/data/site-contracts';

const site = useSite(builtSiteDir);

describe('the readiness check', () => {
	test('reaches each verdict and both guided-tool answers by keyboard, axe-clean at each in either theme', async () => {
		const page = await site.openPage(MIGRATE_PAGE);
		await readinessReady(page);
		expect(await axeInEveryTheme(page)).toEqual([]);

		// A small installation that only hashes passwords: move everything, and once both yes/no
		// questions are answered No (Space on a group with nothing checked), the guided tool applies.
		await toggleNeedByKeyboard(page, 'password-hash-sync');
		await typeFigureByKeyboard(page, 'forests', '1');
		await typeFigureByKeyboard(page, 'objects', '1500');
		await typeFigureByKeyboard(page, 'containers', '12');
		await answerByKeyboard(page, 'upn', 'no');
		await answerByKeyboard(page, 'groups', 'no');
		await expect.poll(async () => (await shownResult(page))?.guidedTool).toBe('applies');
		expect(await resultWithVerdict(page, 'move')).toEqual({
			verdict: 'move',
			guidedTool: 'applies',
			stays: [],
			moves: [],
			reasons: [],
		});
		expect(await axeInEveryTheme(page)).toEqual([]);

		// A custom UPN (arrow keys in its radio group) is a condition the tool fails on.
		await tabTo(page, 'input[name=upn][value=no]');
		await page.keyboard.press('ArrowRight');
		await expect.poll(async () => (await shownResult(page))?.reasons).toEqual(['custom-upn']);
		await page.keyboard.press('ArrowLeft');

		// Device writeback stays on Connect Sync, so everything does.
		await toggleNeedByKeyboard(page, 'device-writeback');
		expect(await resultWithVerdict(page, 'stay')).toMatchObject({
			guidedTool: 'does-not-apply',
			stays: ['device-writeback'],
			reasons: ['device-writeback'],
		});
		expect(await axeInEveryTheme(page)).toEqual([]);

		// Add forests only Cloud Sync reaches: part moves, part stays.
		await toggleNeedByKeyboard(page, 'disconnected-forests');
		expect(await resultWithVerdict(page, 'partial')).toMatchObject({
			guidedTool: 'does-not-apply',
			stays: ['device-writeback'],
			moves: ['disconnected-forests'],
		});
		expect(await axeInEveryTheme(page)).toEqual([]);

		// Every statement of the result has its source, and every comparison link its row.
		const result = page.locator('migration-readiness [data-verdict]');
		expect(await result.locator('[data-need] a[rel=external]').count()).toBe(2);
		expect(
			await result
				.locator(
					`[data-list=stays] a[href$="${siteRoute(PAGES.chooseASyncTool)}#${capabilityAnchor('device-writeback')}"]`,
				)
				.count(),
		).toBe(1);
		expect(
			await result.locator('.readiness-tool-source a[href*="migrate-connect-sync-cloud-sync-tool"]').innerText(),
		).toBe('Migrate to Microsoft Entra Cloud Sync with the migration tool');
		const sideBySide = await result.locator('a[href^="#"]').getAttribute('href');
		expect(await page.locator(sideBySide ?? '#none').count()).toBe(1);
		await expectCleanPage(page);
	});

	test('does not say the guided tool applies while the custom UPN or group filtering question is unanswered', async () => {
		const page = await site.openPage(MIGRATE_PAGE);
		await readinessReady(page);
		const radios = page.locator('migration-readiness input[type=radio]');
		expect(await radios.count()).toBe(4);
		expect(
			await radios.evaluateAll((inputs) => inputs.filter((input) => (input as HTMLInputElement).checked).length),
		).toBe(0);

		await page.locator('migration-readiness input[value=password-hash-sync]').check();
		await page.locator('migration-readiness input[name=forests]').fill('1');
		await page.locator('migration-readiness input[name=objects]').fill('1500');
		await page.locator('migration-readiness input[name=containers]').fill('12');
		expect(await resultWithVerdict(page, 'move')).toMatchObject({
			guidedTool: 'does-not-apply',
			reasons: ['custom-upn-unknown', 'group-filtering-unknown'],
		});
		const guidedTool = page.locator('migration-readiness [data-guided-tool]');
		expect(await guidedTool.innerText()).not.toContain('Your answers meet each of its conditions');
		expect(await guidedTool.locator('[data-reason=custom-upn-unknown]').innerText()).toMatch(/^Custom UPN: /);
		// The address says nothing of a question not answered.
		await expect
			.poll(() => addressOf(page))
			.toBe(site.server.url(`${MIGRATE_PAGE}?needs=password-hash-sync&forests=1&objects=1500&containers=12`));

		// One answered No still leaves the other named.
		await page.locator('migration-readiness input[name=upn][value=no]').check();
		await expect.poll(async () => (await shownResult(page))?.reasons).toEqual(['group-filtering-unknown']);
		await page.locator('migration-readiness input[name=groups][value=no]').check();
		await expect.poll(async () => (await shownResult(page))?.guidedTool).toBe('applies');
		expect(await guidedTool.innerText()).toContain('Your answers meet each of its conditions');
		expect(describeViolations(await runAxe(page))).toEqual([]);

		// Clear answers leaves both questions unanswered again.
		await page.getByRole('button', { name: 'Clear answers' }).click();
		expect(
			await radios.evaluateAll((inputs) => inputs.filter((input) => (input as HTMLInputElement).checked).length),
		).toBe(0);
		await expectCleanPage(page);
	});

	test('keeps the answers in the address, opens on them, and says what it ignored', async () => {
		const page = await site.openPage(
			`${MIGRATE_PAGE}?needs=device-writeback,warp-drive&forests=2&objects=lots&upn=maybe&groups=yes`,
		);
		await readinessReady(page);
		expect(await resultWithVerdict(page, 'stay')).toMatchObject({
			reasons: [
				'forests',
				'objects-unknown',
				'containers-unknown',
				'custom-upn-unknown',
				'group-filtering',
				'device-writeback',
			],
		});
		expect(await page.locator('migration-readiness input[value=device-writeback]').isChecked()).toBe(true);
		expect(await page.locator('migration-readiness input[name=forests]').inputValue()).toBe('2');
		expect(await page.locator('migration-readiness input[name=groups][value=yes]').isChecked()).toBe(true);
		expect(await page.locator('migration-readiness input[name=upn]:checked').count()).toBe(0);
		const note = page.locator('migration-readiness [role=note]');
		expect(await note.innerText()).toBe(
			'Some of the address you opened was not understood and was left out: needs: "warp-drive" is not a need id; objects="lots" is not a whole number; upn="maybe" is not yes or no.',
		);
		expect(describeViolations(await runAxe(page))).toEqual([]);

		// The next answer rewrites the address (one history entry still) and drops the note.
		const entries = await page.evaluate(() => history.length);
		await page.locator('migration-readiness input[value=device-writeback]').uncheck();
		await expect.poll(() => addressOf(page)).toBe(site.server.url(`${MIGRATE_PAGE}?forests=2&groups=yes`));
		expect(await page.evaluate(() => history.length)).toBe(entries);
		expect(await note.count()).toBe(0);

		// Clear answers empties the form, the result and the address.
		await page.getByRole('button', { name: 'Clear answers' }).click();
		await expect.poll(() => addressOf(page)).toBe(site.server.url(MIGRATE_PAGE));
		expect(await shownResult(page)).toBeNull();
		expect(await page.locator('migration-readiness input[name=forests]').inputValue()).toBe('');
		expect(await page.locator('migration-readiness input[type=radio]:checked').count()).toBe(0);
		await expectCleanPage(page);
	});

	test('follows a change of heading-level, links-base or data-source-titles after it started, keeping the answers', async () => {
		const page = await site.openPage(`${MIGRATE_PAGE}?needs=device-writeback`);
		await readinessReady(page);
		await resultWithVerdict(page, 'stay');
		const readiness = page.locator('migration-readiness');
		const result = readiness.locator('[data-verdict]');
		const rowLink = result.locator('[data-list=stays] [data-need=device-writeback] a').first();
		const citation = result.locator('.readiness-source a').first();
		expect(await citation.innerText()).not.toBe('Microsoft Learn');

		await readiness.evaluate((element) => element.setAttribute('heading-level', '5'));
		await expect.poll(() => result.locator(':scope > h5').count()).toBe(1);
		await readiness.evaluate((element) => element.setAttribute('links-base', '/elsewhere/'));
		await expect.poll(() => rowLink.getAttribute('href')).toMatch(/^\/elsewhere\/[^#]*#/);
		await readiness.evaluate((element) => element.setAttribute('data-source-titles', '{}'));
		await expect.poll(() => citation.innerText()).toBe('Microsoft Learn');
		expect(await readiness.locator('input[value=device-writeback]').isChecked()).toBe(true);
	});

	test('keeps the address on the answers shown after a link within the page and Back', async () => {
		const page = await site.openPage(MIGRATE_PAGE);
		await readinessReady(page);
		await page.locator('migration-readiness input[value=device-writeback]').check();
		await page.locator('migration-readiness input[name=forests]').fill('3');
		await expect.poll(() => addressOf(page)).toBe(site.server.url(`${MIGRATE_PAGE}?needs=device-writeback&forests=3`));

		// A link to a section of the page adds a history entry; the reader answers on, then goes Back.
		await page.getByRole('link', { name: 'How both tools run side by side' }).click();
		await expect.poll(() => page.evaluate(() => location.hash)).toBe('#the-rule-while-both-tools-run');
		await page.locator('migration-readiness input[value=device-writeback]').uncheck();
		await page.locator('migration-readiness input[name=forests]').fill('1');
		await page.goBack();
		await expect.poll(() => page.evaluate(() => location.hash)).toBe('');

		// The answers are the reader's latest, and the address (reloaded, bookmarked, shared) says the same.
		expect(await page.locator('migration-readiness input[name=forests]').inputValue()).toBe('1');
		await expect.poll(() => addressOf(page)).toBe(site.server.url(`${MIGRATE_PAGE}?forests=1`));
		await page.goForward();
		await expect
			.poll(() => addressOf(page))
			.toBe(site.server.url(`${MIGRATE_PAGE}?forests=1#the-rule-while-both-tools-run`));
		// Let the first load finish, so the reload interrupts no request.
		await page.waitForLoadState('networkidle');
		await page.reload();
		await readinessReady(page);
		expect(await page.locator('migration-readiness input[name=forests]').inputValue()).toBe('1');
		expect(await page.locator('migration-readiness input[value=device-writeback]').isChecked()).toBe(false);
		await expectCleanPage(page);
	});

	test('copies a link that opens on the same result, and the result as Markdown with its sources', async () => {
		const page = await site.openPage(MIGRATE_PAGE);
		await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.origin });
		await readinessReady(page);
		await page.locator('migration-readiness input[value=attribute-filtering]').check();
		await page.locator('migration-readiness input[name=forests]').fill('1');
		await resultWithVerdict(page, 'stay');
		// The verdict is announced once the reader pauses: wait for it before copying, so that neither
		// message replaces the other, however slowly the machine reaches the clicks.
		const status = page.locator('migration-readiness [data-status]');
		await expect.poll(() => status.textContent()).toMatch(/^Stay on Connect Sync for now\./);
		await page.getByRole('button', { name: 'Copy link' }).click();
		await expect.poll(() => status.textContent()).toBe('Link copied.');
		const link = await page.evaluate(() => navigator.clipboard.readText());
		expect(link).toBe(site.server.url(`${MIGRATE_PAGE}?needs=attribute-filtering&forests=1`));
		await page.getByRole('button', { name: 'Copy as Markdown' }).click();
		await expect.poll(() => status.textContent()).toBe('Markdown copied.');
		const markdown = await page.evaluate(() => navigator.clipboard.readText());
		expect(markdown).toMatch(/^## Migration readiness: Stay on Connect Sync for now\n/);
		expect(markdown).toContain(
			`[comparison row](${site.server.url(`${siteRoute(PAGES.chooseASyncTool)}#${capabilityAnchor('attribute-filtering')}`)})`,
		);
		expect(markdown).toContain('What Cloud Sync offers instead: Scoping by organisational unit or security group');
		expect(markdown).toContain(`Open this check again: <${link}>`);

		const reopened = await site.openPage(new URL(link).pathname + new URL(link).search);
		await readinessReady(reopened);
		expect(await resultWithVerdict(reopened, 'stay')).toMatchObject({ stays: ['attribute-filtering'] });
	});

	test('tells listeners each answer and an opened result, with a versioned detail and the result property', async () => {
		const page = await site.openPage(`${MIGRATE_PAGE}?needs=device-writeback`, {
			initScript: `window.__results = []; document.addEventListener('migration-readiness:result', (event) => window.__results.push(event.detail));`,
		});
		await readinessReady(page);
		const results = () =>
			page.evaluate(() => (window as unknown as { __results: Array<{ verdict: string }> }).__results);
		await expect.poll(async () => (await results()).map((detail) => detail.verdict)).toEqual(['stay']);
		await page.locator('migration-readiness input[value=device-writeback]').uncheck();
		await expect.poll(async () => (await results()).length).toBe(2);
		const [, last] = await results();
		expect(last).toEqual({
			version: 1,
			verdict: 'move',
			blockers: [],
			guidedTool: {
				eligible: false,
				reasons: [
					'forests-unknown',
					'objects-unknown',
					'containers-unknown',
					'custom-upn-unknown',
					'group-filtering-unknown',
					'needs-unknown',
				],
			},
			needs: [],
			figures: { forests: null, objects: null, containers: null, customUpn: null, groupFiltering: null },
			invalid: [],
			shareUrl: site.server.url(MIGRATE_PAGE),
		});
		expect(await page.evaluate(() => document.querySelector('migration-readiness')?.result)).toEqual(last);
		await page.getByRole('button', { name: 'Clear answers' }).click();
		expect(await page.evaluate(() => document.querySelector('migration-readiness')?.result)).toBeNull();
		expect(await results()).toHaveLength(2);
	});

	test('without JavaScript shows how to check by hand instead of a form that cannot answer', async () => {
		const page = await site.openPage(MIGRATE_PAGE, { javaScript: false });
		expect(await page.locator('migration-readiness').isVisible()).toBe(false);
		const fallback = page.locator('.readiness-fallback');
		expect(await fallback.innerText()).toMatch(/^The readiness check needs JavaScript\. To check by hand/);
		for (const href of await fallback
			.locator('a')
			.evaluateAll((links) => links.map((link) => link.getAttribute('href'))))
			expect(await page.locator(href ?? '#none').count(), href ?? '').toBe(1);
	});
});

/** The element's class and define entry, bundled as the site bundles them, exposed on `window`. */
const readinessModule = bundleForPage(
	[
		"import { defineMigrationReadiness } from './src/elements/migration-readiness/define';",
		'Object.assign(window, { defineMigrationReadiness });',
	].join('\n'),
);

describe('<migration-readiness> as a component', () => {
	test('is defined under a further tag in a browser without customElements.getName (older Edge and Safari)', async () => {
		const page = await site.openPage(MIGRATE_PAGE, { bypassCSP: true });
		await readinessReady(page);
		await page.addScriptTag({ type: 'module', content: await readinessModule });
		await page.waitForFunction(() => 'defineMigrationReadiness' in window);
		const result = await page.evaluate(() => {
			Reflect.deleteProperty(CustomElementRegistry.prototype, 'getName');
			const define = (window as unknown as { defineMigrationReadiness: (tag: string) => CustomElementConstructor })
				.defineMigrationReadiness;
			const first = define('older-browser-readiness');
			const second = define('older-browser-readiness-2');
			return {
				getName: 'getName' in customElements,
				defined: customElements.get('older-browser-readiness') === first,
				subclass: second !== first && second.prototype instanceof first,
			};
		});
		expect(result).toEqual({ getName: false, defined: true, subclass: true });
	});

	test('works under another tag defined after import, warns on incomplete markup, and leaves nothing behind', async () => {
		const page = await site.openPage(MIGRATE_PAGE, { bypassCSP: true });
		await readinessReady(page);
		const warnings: string[] = [];
		page.on('console', (message) => {
			if (message.type() === 'warning') warnings.push(message.text());
		});
		await page.addScriptTag({ type: 'module', content: await readinessModule });
		await page.waitForFunction(() => 'defineMigrationReadiness' in window);
		await page.evaluate(() => {
			const define = (window as unknown as { defineMigrationReadiness: (tag: string) => unknown })
				.defineMigrationReadiness;
			define('intranet-readiness');
			const copy = document.createElement('intranet-readiness');
			copy.id = 'copy';
			copy.innerHTML = document.querySelector('migration-readiness')?.innerHTML ?? '';
			document.querySelector('migration-readiness')?.after(copy);
			document.body.append(document.createElement('intranet-readiness'));
		});
		await page.locator('#copy input[value=device-writeback]').check();
		await expect.poll(() => page.locator('#copy [data-verdict]').getAttribute('data-verdict')).toBe('stay');
		expect(warnings.filter((text) => text.startsWith('[migration-readiness]'))).toEqual([
			expect.stringMatching(/^\[migration-readiness\] <intranet-readiness> lacks its form/),
		]);

		// Removed, it reacts to nothing; created and removed many times, it leaves no instance alive.
		const address = await addressOf(page);
		await page.evaluate(() => {
			const copy = document.querySelector('#copy');
			copy?.remove();
			copy?.querySelector<HTMLInputElement>('input[value=device-writeback]')?.click();
			for (let round = 0; round < 50; round++) {
				const element = document.createElement('intranet-readiness');
				element.innerHTML = document.querySelector('migration-readiness')?.innerHTML ?? '';
				document.body.append(element);
				element.remove();
			}
			document.querySelectorAll('intranet-readiness').forEach((element) => element.remove());
		});
		expect(await addressOf(page)).toBe(address);
		await expect.poll(() => liveInstances(page, 'intranet-readiness')).toBe(0);
	});
});
