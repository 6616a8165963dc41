/**
 * Pieces of a keyboard and screen-reader walkthrough for browser tests: where focus goes as a
 * reader tabs (and whether each stop is in view), and what every live region said, change by change.
 * Use them for any interactive component: the table filter, the search dialog, the picker.
 */
import type { Frame, Page } from 'playwright-core';

/** One change of a live region's content: what a screen reader would be told. */
export interface LiveChange {
	/** Which region: its nearest custom element or id-bearing ancestor, then its tag and first class. */
	region: string;
	politeness: 'polite' | 'assertive';
	/** The region's whole text after the change, whitespace collapsed ('' when it was emptied). */
	text: string;
}

/** Runs in the page before its own scripts: logs every change of every live region. */
function recordLiveRegions(): void {
	// <output> is a status region without saying so: its role is implicit.
	const LIVE =
		'[aria-live]:not([aria-live="off"]), [role="status"], [role="alert"], [role="log"], output:not([aria-live="off"])';
	const changes: LiveChange[] = [];
	Object.defineProperty(window, '__liveRegionChanges', { value: changes });
	// Up one element, out of a shadow root to its host.
	const up = (node: Element): Element | null => {
		const root = node.getRootNode();
		return node.parentElement ?? (root instanceof ShadowRoot ? root.host : null);
	};
	const describe = (region: Element): string => {
		let owner = up(region);
		while (owner && !owner.id && !owner.localName.includes('-')) owner = up(owner);
		const ownerName = owner ? (owner.id ? `#${owner.id}` : owner.localName) : 'document';
		// The first class only: later ones are often utilities or a framework's scoping hash.
		const firstClass = region.classList[0];
		return `${ownerName} ${region.localName}${region.id ? `#${region.id}` : ''}${firstClass ? `.${firstClass}` : ''}`;
	};
	const observer = new MutationObserver((records) => {
		// The parser filling in the page is not a change anyone hears.
		if (document.readyState === 'loading') return;
		// One change per region per batch of mutations: a script that clears and refills a region in one
		// task still counts once, but every batch counts, even one that leaves the same text (a screen
		// reader may well read it again).
		const touched = new Set<Element>();
		for (const { target } of records) {
			const element = target instanceof Element ? target : target.parentElement;
			const region = element?.closest(LIVE);
			if (region) touched.add(region);
		}
		for (const region of touched) {
			const live = region.getAttribute('aria-live');
			const assertive = live === 'assertive' || (live === null && region.getAttribute('role') === 'alert');
			changes.push({
				region: describe(region),
				politeness: assertive ? 'assertive' : 'polite',
				text: (region.textContent ?? '').replace(/\s+/g, ' ').trim(),
			});
		}
	});
	const options = { subtree: true, childList: true, characterData: true };
	observer.observe(document, options);
	// A document's observer does not see into shadow roots: watch each one as it is attached, and the
	// declarative ones (attached by the parser) once parsing is done.
	const watched = new WeakSet<ShadowRoot>();
	const watch = (root: ShadowRoot | null) => {
		if (!root || watched.has(root)) return;
		watched.add(root);
		observer.observe(root, options);
	};
	const { attachShadow } = Element.prototype as { attachShadow: (this: Element, init: ShadowRootInit) => ShadowRoot };
	Element.prototype.attachShadow = function (init: ShadowRootInit) {
		const root = attachShadow.call(this, init);
		watch(root);
		return root;
	};
	// Parsing ends before any deferred or module script runs: what it queued last is the parser's too.
	document.addEventListener(
		'readystatechange',
		() => {
			observer.takeRecords();
			for (const element of document.querySelectorAll('*')) watch(element.shadowRoot);
		},
		{ once: true },
	);
}

/** Pass as `openPage(path, { initScript: LIVE_REGION_RECORDER })` to record live regions from the start. */
export const LIVE_REGION_RECORDER = `(${recordLiveRegions.toString()})();`;

/** Every live-region change recorded so far in a page or frame, in order (it must have LIVE_REGION_RECORDER). */
export async function liveChanges(page: Page | Frame): Promise<LiveChange[]> {
	const changes = await page.evaluate(
		() => (window as unknown as { __liveRegionChanges?: LiveChange[] }).__liveRegionChanges,
	);
	if (!changes) throw new Error('No live-region record: open the page with { initScript: LIVE_REGION_RECORDER }.');
	return changes;
}

/** The recorded changes grouped by region: how many, and the texts in order. */
export function liveRegionSummary(
	changes: readonly LiveChange[],
): Record<string, { changes: number; texts: string[] }> {
	const summary: Record<string, { changes: number; texts: string[] }> = {};
	for (const { region, text } of changes) {
		const entry = (summary[region] ??= { changes: 0, texts: [] });
		entry.changes += 1;
		entry.texts.push(text);
	}
	return summary;
}

/** Where focus is: the focused control's role and accessible name, and whether a sighted reader sees it. */
export interface FocusStop {
	/** `role "name"`, as Playwright's accessibility snapshot gives it (`combobox "Tool"`). */
	control: string;
	/** The control's first line box lies inside the viewport and nothing covers its centre. */
	inView: boolean;
}

/**
 * The focused element of a page or frame (inside shadow roots too), described as a FocusStop; `body`
 * when nothing has focus. In a frame, "in view" means in the frame's own viewport.
 */
export async function focusStop(page: Page | Frame): Promise<FocusStop> {
	const focused = page.locator('*:focus').last();
	if ((await focused.count()) === 0) return { control: 'body', inView: false };
	const snapshot = await focused.ariaSnapshot();
	// The first line is the element itself: `- combobox "Tool":`, `- button "Clear filters"`, or, when
	// YAML must quote it (a name with ": "), `- 'button "Change answer: …": Change'`.
	const line = /^- (.*)$/m.exec(snapshot)?.[1] ?? snapshot;
	const named = /^'?([a-z]+(?: "(?:[^"\\]|\\.)*")?)/.exec(line)?.[1] ?? line;
	// A node with no quoted name, such as `text: Page type`, is told by its whole line.
	const control = named.includes('"') || !line.includes(': ') ? named : line;
	const inView = await focused.evaluate((element) => {
		const box = element.getClientRects()[0];
		if (!box || box.width === 0 || box.height === 0) return false;
		// A browser scrolls by whole pixels: a control it scrolled to may overhang the edge by a fraction of one.
		const inside = box.top >= -1 && box.left >= -1 && box.bottom <= innerHeight + 1 && box.right <= innerWidth + 1;
		// Asked of the element's own root, so a control in a shadow root is not answered with its host.
		const root = element.getRootNode() as Document | ShadowRoot;
		const hit = root.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
		return inside && hit !== null && (hit === element || element.contains(hit) || hit.contains(element));
	});
	return { control, inView };
}

/** Presses Tab (or Shift+Tab) `presses` times and returns each place focus lands, in order. */
export async function tabThrough(page: Page, presses: number, { backwards = false } = {}): Promise<FocusStop[]> {
	const stops: FocusStop[] = [];
	for (let press = 0; press < presses; press += 1) {
		await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
		stops.push(await focusStop(page));
	}
	return stops;
}
