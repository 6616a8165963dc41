/**
 * Parses the readiness check's attributes. Bad values never throw: each falls back to its default
 * and warns once per message, prefixed so a site owner can find it.
 */
import { HEADING_LEVEL_RULE, isHeadingLevel } from '../kit/heading-level';
import { siteFolder } from '../kit/site-folder';
import { parseSourceTitles as parseTitles } from '../kit/source-titles';

const warned = new Set<string>();

/** Warns once per message, prefixed so a site owner can find it. */
export function warnOnce(message: string): void {
	if (warned.has(message)) return;
	warned.add(message);
	console.warn(`[migration-readiness] ${message}`);
}

/** `links-base`: the address or root path of the site's folder (see siteFolder); default "/". */
export function parseLinksBase(attribute: string | null): string {
	const value = attribute?.trim() ?? '';
	if (value === '') return '/';
	const folder = siteFolder(value);
	if (folder !== undefined) return folder;
	warnOnce(`Ignoring links-base="${value}": use a folder's http(s) address, or its path starting with "/"; using "/".`);
	return '/';
}

/** `heading-level`: the level of the result's heading, 1–6 (default 3). */
export function parseHeadingLevel(value: string | null): number {
	if (value === null || value === '') return 3;
	if (isHeadingLevel(value)) return Number(value);
	warnOnce(`Ignoring heading-level="${value}": ${HEADING_LEVEL_RULE}; using 3.`);
	return 3;
}

/** `data-source-titles`: JSON, cited address → page title (see the picker's parser, which this shares). */
export function parseSourceTitles(value: string | undefined): Map<string, string> {
	return parseTitles(value, () =>
		warnOnce('Ignoring data-source-titles: it is not a JSON object; sources show as "Microsoft Learn".'),
	);
}
