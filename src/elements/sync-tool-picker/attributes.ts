/** Parses the picker's attributes: the kit's shared ones under its tag, and its own `theme`. */
import { headingLevelAttribute, linksBaseAttribute, sourceTitlesAttribute, warnIgnored } from '../kit/attributes';

const TAG = 'sync-tool-picker';

/** Colour scheme: follow the reader's system (`auto`) or force one. */
export type PickerTheme = 'light' | 'dark' | 'auto';

/** `theme`: light, dark or auto (default). */
export function parseTheme(value: string | null): PickerTheme {
	if (value === null || value === '') return 'auto';
	const theme = value.trim().toLowerCase();
	if (theme === 'light' || theme === 'dark' || theme === 'auto') return theme;
	warnIgnored(TAG, 'theme', value, 'use "light", "dark" or "auto"; using "auto".');
	return 'auto';
}

/** `heading-level`: 1–6, the level of the picker's headings in the host page (default 2). */
export const parseHeadingLevel = (value: string | null): number => headingLevelAttribute(TAG, value, 2);

/** `links-base`: the site's folder that "read more" links point to, else `fallback`. */
export const parseLinksBase = (value: string | null, fallback: string): string =>
	linksBaseAttribute(TAG, value, fallback);

/** `data-source-titles`: JSON, cited address → page title. */
export const parseSourceTitles = (value: string | undefined): Map<string, string> => sourceTitlesAttribute(TAG, value);
