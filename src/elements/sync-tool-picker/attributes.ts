/**
 * Parses the picker's attributes. Bad values never throw: each falls back to its default and
 * warns once per attribute and value, prefixed so an intranet owner can find it.
 */
import { siteFolder } from '../kit/site-folder';
import { HEADING_LEVEL_RULE, isHeadingLevel } from '../kit/heading-level';

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
	if (isHeadingLevel(value)) return Number(value);
	warnOnce('heading-level', value, `${HEADING_LEVEL_RULE}; using 2.`);
	return 2;
}

/**
 * `links-base`: where the picker's "read more" links point, the address or root path of the site's
 * folder (see siteFolder). Anything else falls back to the default, with a warning.
 */
export function parseLinksBase(value: string | null, fallback: string): string {
	if (value === null || value === '') return fallback;
	const folder = siteFolder(value);
	if (folder !== undefined) return folder;
	warnOnce('links-base', value, `use a folder's http(s) address, or its path starting with "/"; using "${fallback}".`);
	return fallback;
}
