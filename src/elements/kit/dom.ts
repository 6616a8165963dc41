/**
 * A tiny DOM builder for the elements: every node is made with createElement and textContent,
 * never innerHTML, so no data can become markup and nothing needs `unsafe-inline` under a CSP.
 */

type Child = Node | string | null | undefined | false;
type Attributes = Record<string, string | number | boolean | null | undefined>;

/**
 * What the builder makes elements with: the page's `document`, or the server render's own
 * stand-in (server-render.ts), handed over explicitly since Node has no document.
 */
export interface ElementFactory {
	createElement<K extends keyof HTMLElementTagNameMap>(tag: K): HTMLElementTagNameMap[K];
}

/** The tag of a heading of `level`, kept within h1 to h6. */
export const headingTag = (level: number) => `h${Math.min(Math.max(level, 1), 6)}` as 'h2';

/** The builder's functions, each making its elements with `owner`. */
export function domBuilder(owner: ElementFactory) {
	/** Creates an element with attributes (false/null/undefined are left out) and children. */
	function h<K extends keyof HTMLElementTagNameMap>(
		tag: K,
		attributes: Attributes = {},
		...children: Array<Child | Child[]>
	): HTMLElementTagNameMap[K] {
		const element = owner.createElement(tag);
		for (const [name, value] of Object.entries(attributes)) {
			if (value === false || value === null || value === undefined) continue;
			element.setAttribute(name, value === true ? '' : String(value));
		}
		for (const child of children.flat()) {
			if (child === null || child === undefined || child === false) continue;
			element.append(child);
		}
		return element;
	}

	/** A `<button type="button">` (never a submit: a frame sandboxed without allow-forms blocks those) that runs `action`. */
	function button(label: string, action: () => void, attributes: Attributes = {}): HTMLButtonElement {
		const element = h('button', { type: 'button', part: 'button', ...attributes }, label);
		element.addEventListener('click', action);
		return element;
	}

	/** A heading of `level` (capped at 6) that scripts can focus; `data-focus` marks the one a view moves focus to. */
	function heading(level: number, text: string, focus = false): HTMLElement {
		return h(headingTag(level), { tabindex: '-1', 'data-focus': focus }, text);
	}

	return { h, button, heading };
}

/** The functions a view builds with (ViewContext's `dom`). */
export type DomBuilder = ReturnType<typeof domBuilder>;

/** The builder of the page the script runs in (Node has none: the server render brings its own). */
export const pageDom: DomBuilder = domBuilder(globalThis.document);

/** The page's builder functions, for code that only ever runs in a browser. */
export const { h, button, heading } = pageDom;

/**
 * Moves focus to a heading after a reader's action, then, in the next frame (so the click handler
 * forces no layout of its own), scrolls only when the heading is off screen or under the host's
 * sticky header (WCAG 2.4.11), whose height is the heading's scroll margin
 * (the picker's --sync-tool-picker-scroll-margin). The jump is instant: a smooth scroll can be cut short by the
 * next key press, and motion is unwanted.
 */
export function focusHeading(heading: HTMLElement): void {
	requestAnimationFrame(() => {
		if (!heading.isConnected) return;
		heading.focus({ preventScroll: true });
		const top = heading.getBoundingClientRect().top;
		const margin = parseFloat(getComputedStyle(heading).scrollMarginTop) || 0;
		if (top < margin || top > innerHeight - 120) heading.scrollIntoView({ block: 'start', behavior: 'instant' });
	});
}

/** Runs `task` once the next frame has been painted. */
export function afterPaint(task: () => void): void {
	requestAnimationFrame(() => setTimeout(task));
}
