/**
 * Browser-test helpers for <sync-tool-picker>: answer it by clicking, tell which theme it shows,
 * and count the instances a page keeps alive after a forced garbage collection (Chrome DevTools Protocol).
 */
import type { FrameLocator, Locator, Page } from 'playwright-core';
import { CHOOSE_A_SYNC_TOOL_PAGE, siteRoute } from '../../../src/data/site-contracts';

/** The page of the picker and the comparison table. */
export const PICKER_PAGE = siteRoute(CHOOSE_A_SYNC_TOOL_PAGE);

/**
 * Answers the picker inside `root` question by question (option values by question id; questions
 * not listed get no ticks) until its result shows. Fails after 8 questions.
 */
export async function answerUpToResult(
	root: Locator | FrameLocator,
	answers: Readonly<Record<string, readonly string[]>>,
) {
	for (let step = 0; step < 9; step++) {
		if (await root.locator('[data-tool]').count()) return;
		const name = (await root.locator('input').first().getAttribute('name')) ?? '';
		const id = Object.keys(answers).find((key) => name.endsWith(`-${key}`));
		for (const value of id ? (answers[id] ?? []) : []) await root.locator(`input[value="${value}"]`).check();
		await root.locator('button.primary').click();
	}
	throw new Error('No result after 8 questions.');
}

/** True when the picker in `picker` shows its dark theme: a dark background behind its questions. */
export function showsDarkTheme(picker: Locator): Promise<boolean> {
	return picker.locator('[part=root]').evaluate((root) => {
		const [red = 0, green = 0, blue = 0] = (getComputedStyle(root).backgroundColor.match(/[\d.]+/g) ?? []).map(Number);
		return red + green + blue < 3 * 128;
	});
}

/**
 * How many objects whose prototype chain holds the prototype of the element defined as `tag` are
 * alive after a full garbage collection: every instance still reachable from anywhere.
 */
export async function liveInstances(page: Page, tag: string): Promise<number> {
	const cdp = await page.context().newCDPSession(page);
	try {
		await cdp.send('HeapProfiler.enable');
		await cdp.send('HeapProfiler.collectGarbage');
		const { result: prototype } = await cdp.send('Runtime.evaluate', {
			expression: `customElements.get(${JSON.stringify(tag)}).prototype`,
		});
		if (!prototype.objectId) throw new Error(`<${tag}> is not defined on this page.`);
		const { objects } = await cdp.send('Runtime.queryObjects', { prototypeObjectId: prototype.objectId });
		const { result } = await cdp.send('Runtime.callFunctionOn', {
			objectId: objects.objectId ?? '',
			functionDeclaration: 'function () { return this.length; }',
			returnByValue: true,
		});
		return Number(result.value);
	} finally {
		await cdp.detach();
	}
}
