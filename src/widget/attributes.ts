/**
 * Parses the picker's attributes. Bad values never throw: each falls back to its default and
 * warns once per attribute and value, prefixed so an intranet owner can find it.
 */

/** Colour scheme: follow the reader's system (`auto`) or force one. */
export type PickerTheme = 'light' | 'dark' | 'auto';

const warned = new Set<string>();

/** Warns once for a given attribute and bad value. */
export function warnOnce(attribute: string, value: string, fallback: string): void {
	const key = `${attribute}=${value}`;
	if (warned.has(key)) return;
	warned.add(key);
	console.warn(`[sync-tool-picker] Ignoring ${attribute}="${value}": ${fallback}`);
}

/** `theme`: light, dark or auto (default). */
export function parseTheme(value: string | null): PickerTheme {
	if (value === null || value === '') return 'auto';
	const theme = value.trim().toLowerCase();
	if (theme === 'light' || theme === 'dark' || theme === 'auto') return theme;
	warnOnce('theme', value, 'use "light", "dark" or "auto"; using "auto".');
	return 'auto';
}

/** `heading-level`: 1–6, the level of the picker's headings in the host page (default 2). */
export function parseHeadingLevel(value: string | null): number {
	if (value === null || value === '') return 2;
	const level = Number(value);
	if (Number.isInteger(level) && level >= 1 && level <= 6) return level;
	warnOnce('heading-level', value, 'use a whole number from 1 to 6; using 2.');
	return 2;
}

/**
 * `links-base`: where the picker's "read more" links point, an absolute http(s) URL or a
 * root-relative path: the site's folder, ending in a slash (added when missing). Anything else
 * falls back to the default, as does a page's address (…/index.html) or one with a query or
 * fragment, which every link would go under.
 */
export function parseLinksBase(value: string | null, fallback: string): string {
	if (value === null || value === '') return fallback;
	const trimmed = value.trim();
	let isFolder: boolean;
	try {
		// A root path is read on a stand-in origin; "//host/" (another site's) is no path, and no address alone.
		const url = new URL(/^\/(?!\/)/.test(trimmed) ? `http://h${trimmed}` : trimmed);
		isFolder = ['http:', 'https:'].includes(url.protocol) && !url.search && !url.hash && !/\.[^/]*$/.test(url.pathname);
	} catch {
		isFolder = false;
	}
	if (!isFolder) {
		warnOnce(
			'links-base',
			value,
			`use a folder's http(s) address, or its path starting with "/"; using "${fallback}".`,
		);
		return fallback;
	}
	return trimmed.endsWith('/') ? trimmed : `${trimmed}/`;
}
