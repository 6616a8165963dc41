/**
 * The attributes the elements share, parsed one way for all. A bad value never throws: it falls back
 * to its default and warns once per element and message, prefixed with the element's tag so a site
 * owner can find it.
 */
import { HEADING_LEVEL_RULE, isHeadingLevel } from './heading-level';
import { siteFolder } from './site-folder';
import { parseSourceTitles } from './source-titles';

const warned = new Set<string>();

/** Writes `message` to the console as `[tag] message`, once per tag and `topic` (the message itself unless given). */
export function warnOnce(tag: string, message: string, topic = message): void {
	const key = `${tag}\n${topic}`;
	if (warned.has(key)) return;
	warned.add(key);
	console.warn(`[${tag}] ${message}`);
}

/** Warns once per value (or per `topic`) that the element `tag` ignores `attribute="value"`, and what it uses instead. */
export function warnIgnored(tag: string, attribute: string, value: string, instead: string, topic?: string): void {
	warnOnce(tag, `Ignoring ${attribute}="${value}": ${instead}`, topic);
}

/** `heading-level`: 1–6, the level of the element's first headings in the host page; else `fallback`. */
export function headingLevelAttribute(tag: string, value: string | null, fallback: number): number {
	if (value === null || value === '') return fallback;
	if (isHeadingLevel(value)) return Number(value);
	warnIgnored(tag, 'heading-level', value, `${HEADING_LEVEL_RULE}; using ${fallback}.`);
	return fallback;
}

/**
 * `links-base`: where the element's links to the site point, the address or root path of the site's
 * folder (see siteFolder). Blank is unset; anything else falls back to `fallback`, with a warning.
 */
export function linksBaseAttribute(tag: string, value: string | null, fallback: string): string {
	if (value === null || value.trim() === '') return fallback;
	const folder = siteFolder(value);
	if (folder !== undefined) return folder;
	const rule = `use a folder's http(s) address, or its path starting with "/"; using "${fallback}".`;
	warnIgnored(tag, 'links-base', value, rule);
	return fallback;
}

/**
 * `data-source-titles`: JSON, cited address → page title (see source-titles.ts). The site writes one
 * value for all its elements, so a bad one is told once per element, however many there are.
 */
export function sourceTitlesAttribute(tag: string, value: string | undefined): Map<string, string> {
	// A long value is cut in the warning: the reader of the console needs its start, not all of it.
	const shown = value && value.length > 40 ? `${value.slice(0, 40)}…` : `${value}`;
	const rule = 'use a JSON object of page addresses and their titles; sources show as "Microsoft Learn".';
	return parseSourceTitles(value, () => warnIgnored(tag, 'data-source-titles', shown, rule, 'data-source-titles'));
}
