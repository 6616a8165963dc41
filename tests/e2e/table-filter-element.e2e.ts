// <table-filter> as a component other code can rely on, in Chromium: it registers only through its
// define entry (any tag, any time), leaves nothing behind when removed, handles each change once
// after being moved, and warns instead of throwing when its markup is incomplete.
import type { CDPSession, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { builtSiteDir, expectCleanPage, useSite } from './harness';
import { bundleForPage } from './support/page-module';
import { PAGES, siteRoute } from '../../src/data/site-contracts';

const site = useSite(builtSiteDir);

/** The element's module and its define entry, bundled as the site bundles them, exposed on `window`. */
const filterModule = bundleForPage(
	[
		"import { TableFilterElement } from './src/table-filter/table-filter-element';",
		"import { defineTableFilter } from './src/table-filter/define';",
		'Object.assign(window, { TableFilterElement, defineTableFilter, definedOnImport: customElements.get("table-filter") });',
	].join('\n'),
);

interface FilterModuleWindow {
	TableFilterElement: CustomElementConstructor;
	defineTableFilter: (tag?: string) => CustomElementConstructor;
	definedOnImport: CustomElementConstructor | undefined;
}

/** Loads the bundled module into the page (opened with `bypassCSP`: the test injects it inline). */
async function loadFilterModule(page: Page): Promise<void> {
	await page.addScriptTag({ type: 'module', content: await filterModule });
	await page.waitForFunction(() => 'defineTableFilter' in window);
}

/** The page's `popstate` listeners on `window`, counted by the DevTools protocol. */
async function popstateListeners(cdp: CDPSession): Promise<number> {
	const { result } = await cdp.send('Runtime.evaluate', { expression: 'window' });
	const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId ?? '' });
	return listeners.filter((listener) => listener.type === 'popstate').length;
}

/** How many objects of the element class registered as `tag` are alive after garbage collection. */
async function liveInstances(cdp: CDPSession, tag: string): Promise<number> {
	await cdp.send('HeapProfiler.collectGarbage');
	const { result: prototype } = await cdp.send('Runtime.evaluate', {
		expression: `customElements.get(${JSON.stringify(tag)}).prototype`,
	});
	const { objects } = await cdp.send('Runtime.queryObjects', { prototypeObjectId: prototype.objectId ?? '' });
	const { result } = await cdp.send('Runtime.callFunctionOn', {
		objectId: objects.objectId ?? '',
		functionDeclaration: 'function () { return this.length; }',
		returnByValue: true,
	});
	return result.value as number;
}

/** Console warnings the page logs from now on. */
function recordWarnings(page: Page): string[] {
	const warnings: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'warning') warnings.push(message.text());
	});
	return warnings;
}

describe('defineTableFilter', () => {
	test('importing the element defines nothing; define() registers it under any valid tag, at any time', async () => {
		const page = await site.openPage(siteRoute(PAGES.getStarted), { bypassCSP: true });
		await loadFilterModule(page);
		const result = await page.evaluate(() => {
			const { TableFilterElement, defineTableFilter, definedOnImport } = window as unknown as FilterModuleWindow;
			const first = defineTableFilter();
			const again = defineTableFilter();
			// The class is registered already, so another tag needs a subclass of its own.
			const custom = defineTableFilter('intranet-table-filter');
			let invalid = '';
			try {
				defineTableFilter('nodash');
			} catch (error) {
				invalid = error instanceof DOMException ? error.name : String(error);
			}
			return {
				definedOnImport: definedOnImport !== undefined,
				first: first === TableFilterElement && customElements.get('table-filter') === TableFilterElement,
				again: again === first,
				custom:
					custom !== undefined &&
					customElements.get('intranet-table-filter') === custom &&
					custom.prototype instanceof TableFilterElement,
				// Like customElements.define, an invalid name throws, at the call that names it.
				invalid: `${invalid} ${customElements.get('nodash') === undefined}`,
			};
		});
		expect(result).toEqual({
			definedOnImport: false,
			first: true,
			again: true,
			custom: true,
			invalid: 'SyntaxError true',
		});
		await expectCleanPage(page);
	});

	test('registers under a second tag in a browser without customElements.getName (older Edge and Safari)', async () => {
		const page = await site.openPage(siteRoute(PAGES.getStarted), { bypassCSP: true });
		await loadFilterModule(page);
		const result = await page.evaluate(() => {
			Reflect.deleteProperty(CustomElementRegistry.prototype, 'getName');
			const { TableFilterElement, defineTableFilter } = window as unknown as FilterModuleWindow;
			const first = defineTableFilter();
			const second = defineTableFilter('older-browser-filter');
			return {
				getName: 'getName' in customElements,
				first: first === TableFilterElement,
				second: second !== first && second.prototype instanceof TableFilterElement,
			};
		});
		expect(result).toEqual({ getName: false, first: true, second: true });
	});

	test('a filter under another tag filters the tables inside it', async () => {
		const page = await site.openPage(siteRoute(PAGES.prerequisites), { bypassCSP: true });
		await loadFilterModule(page);
		const counts = await page.evaluate(() => {
			(window as unknown as FilterModuleWindow).defineTableFilter('intranet-table-filter');
			// The page's own filter hands its form and tables over to an element under the new tag.
			const original = document.querySelector('table-filter');
			const renamed = document.createElement('intranet-table-filter');
			if (!original) return null;
			renamed.dataset['noun'] = original.dataset['noun'] ?? '';
			renamed.append(...original.childNodes);
			original.replaceWith(renamed);
			const input = renamed.querySelector('input');
			if (!input) return null;
			input.value = 'gmsa';
			input.dispatchEvent(new Event('input', { bubbles: true }));
			const rows = [...renamed.querySelectorAll('tbody tr')];
			return { shown: rows.filter((row) => row.checkVisibility()).length, total: rows.length };
		});
		expect(counts?.shown).toBeGreaterThan(0);
		expect(counts?.shown).toBeLessThan(counts?.total ?? 0);
		expect(await page.evaluate(() => location.search)).toBe('?q=gmsa');
		await expectCleanPage(page);
	});
});

describe('<table-filter> lifecycle', () => {
	test('moving it 40 times adds no window listener, and each change is handled once', async () => {
		const page = await site.openPage(siteRoute(PAGES.prerequisites));
		await page.locator('table-filter form').waitFor({ state: 'visible' });
		const cdp = await page.context().newCDPSession(page);
		const before = await popstateListeners(cdp);
		const historyBefore = await page.evaluate(() => {
			const filter = document.querySelector('table-filter');
			const parent = filter?.parentNode;
			if (!filter || !parent) throw new Error('No <table-filter> on /prerequisites/.');
			const next = filter.nextSibling;
			for (let move = 0; move < 40; move += 1) {
				filter.remove();
				parent.insertBefore(filter, next);
			}
			return history.length;
		});
		expect(await popstateListeners(cdp)).toBe(before);
		await page.locator('table-filter select[name="tool"]').selectOption('cloud-sync');
		expect(await page.evaluate(() => location.search)).toBe('?tool=cloud-sync');
		// One element listening pushes one entry; a forgotten listener of an earlier connection would push more.
		expect(await page.evaluate(() => history.length)).toBe(historyBefore + 1);

		await page.evaluate(() => document.querySelector('table-filter')?.remove());
		expect(await popstateListeners(cdp)).toBe(before - 1);
		await expectCleanPage(page);
	});

	test('40 filters created and removed are all garbage-collected', async () => {
		const page = await site.openPage(siteRoute(PAGES.prerequisites));
		await page.locator('table-filter form').waitFor({ state: 'visible' });
		const cdp = await page.context().newCDPSession(page);
		expect(await liveInstances(cdp, 'table-filter')).toBe(1);
		await page.evaluate(() => {
			const form = document.querySelector('table-filter form')?.outerHTML ?? '';
			for (let index = 0; index < 40; index += 1) {
				const filter = document.createElement('table-filter');
				filter.innerHTML = form;
				document.body.append(filter);
				filter.querySelector('input')?.dispatchEvent(new Event('input', { bubbles: true }));
				filter.remove();
			}
		});
		expect(await liveInstances(cdp, 'table-filter')).toBe(1);
	});
});

describe('<table-filter> with incomplete markup', () => {
	test('warns with a [table-filter] message naming what is missing, and throws nothing', async () => {
		const page = await site.openPage(siteRoute(PAGES.prerequisites));
		await page.locator('table-filter form').waitFor({ state: 'visible' });
		const warnings = recordWarnings(page);
		await page.evaluate(() => {
			const noForm = document.createElement('table-filter');
			document.body.append(noForm);
			const noSelects = document.createElement('table-filter');
			noSelects.innerHTML = '<form><input type="search" name="q"></form>';
			document.body.append(noSelects);
			noSelects.querySelector('input')?.dispatchEvent(new Event('input', { bubbles: true }));
		});
		await expect.poll(() => warnings.length).toBe(2);
		// Both name what the element needs: a form with the three named controls.
		expect(warnings).toEqual(
			Array(2).fill(
				'[table-filter] <table-filter> lacks a <form> with controls named q, tool and category: it filters nothing.',
			),
		);
		await expectCleanPage(page);
	});
});
