/**
 * A tiny DOM builder for the picker: every node is made with createElement and textContent,
 * never innerHTML, so no data can become markup and nothing needs `unsafe-inline` under a CSP.
 */

type Child = Node | string | null | undefined | false;
type Attributes = Record<string, string | number | boolean | null | undefined>;

/** Creates an element with attributes (false/null/undefined are left out) and children. */
export function h<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	attributes: Attributes = {},
	...children: Array<Child | Child[]>
): HTMLElementTagNameMap[K] {
	const element = document.createElement(tag);
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
