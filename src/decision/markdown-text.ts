/**
 * Markdown text helpers shared by the exports (the picker's result, the readiness check's): plain
 * text escaped, reader input as code, safe link targets, and citations with their sources.
 */
import type { Citation } from './recommendation';

/**
 * "([Page title](url), as of date; [comparison row](url))" for a citation ("Source" where the title
 * is not known); the row link only with a comparison page address.
 */
export function citationText(citation: Citation, comparisonUrl: string | undefined, title?: string): string {
	const name = title?.trim() ? escapeText(title) : 'Source';
	const parts = [`[${name}](${safeHref(citation.source) ?? ''}), as of ${citation.asOf}`];
	if (citation.anchor && comparisonUrl) {
		const href = safeHref(`${comparisonUrl.split('#', 1)[0] ?? ''}#${citation.anchor}`);
		if (href) parts.push(`[comparison row](${href})`);
	}
	return `(${parts.join('; ')})`;
}

/** A Markdown heading level, 1–4 (default 2). */
export function clampHeading(level: number | undefined): number {
	return typeof level === 'number' && Number.isInteger(level) ? Math.min(4, Math.max(1, level)) : 2;
}

/** One line of plain text with Markdown's active characters escaped. */
export function escapeText(text: string): string {
	return oneLine(text).replace(/[\\`*_[\]<>#|]/g, (character) => `\\${character}`);
}

/** Text on one line: line breaks and tabs become spaces. */
function oneLine(text: string): string {
	return text.replace(/[\r\n\t]+/g, ' ').trim();
}

/** Caller or reader input shown verbatim as inline code. */
export function codeSpan(text: string): string {
	return `\`${oneLine(text).replace(/`/g, "'")}\``;
}

/** An address safe inside `(…)`: http(s), relative or fragment only; spaces and brackets encoded. */
export function safeHref(href: string | undefined): string | undefined {
	if (typeof href !== 'string') return undefined;
	const trimmed = href.trim();
	if (trimmed === '' || (/^[a-z][a-z0-9+.-]*:/i.test(trimmed) && !/^https?:/i.test(trimmed))) return undefined;
	// encodeURIComponent leaves brackets alone, and ")" would end the Markdown link early.
	return trimmed.replace(
		/[\s()<>]/g,
		(character) => `%${character.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
	);
}
