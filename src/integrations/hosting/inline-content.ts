/**
 * Finds what a built page runs or styles inline (`<script>` and `<style>` bodies, `style`
 * attributes), hashes it as a browser does for Content-Security-Policy, and writes the page's
 * policy into its `<head>`. Astro's own `security.csp` hashes only the scripts it bundles, not
 * Starlight's `is:inline` ones, so the hashes are taken from the finished HTML instead.
 */
import { createHash } from 'node:crypto';
import { Parser } from 'htmlparser2';

/** The inline content of one page, as the browser hashes it. */
export interface InlineContent {
	/** Bodies of inline classic and module scripts (data blocks such as JSON are not run, so not listed). */
	scripts: string[];
	/** Bodies of `<style>` elements. */
	styles: string[];
	/** Values of `style` attributes, entities decoded. */
	styleAttributes: string[];
}

// Script types a browser runs; anything else (application/json, …) is a data block.
const RUNNABLE_SCRIPT_TYPE = /^(|module|(text|application)\/(x-)?(java|ecma)script|text\/jscript|text\/livescript)$/i;

/** Lists the inline scripts, styles and style attributes of an HTML document. */
export function inlineContentOf(page: string): InlineContent {
	const found: InlineContent = { scripts: [], styles: [], styleAttributes: [] };
	/** The text of the `<script>` or `<style>` being read, and the list it belongs to (none for a data block). */
	let open: { text: string; list: string[] | undefined } | undefined;
	const parser = new Parser({
		onopentag(name, attributes) {
			if (attributes['style'] !== undefined) found.styleAttributes.push(attributes['style']);
			if (name === 'style') open = { text: '', list: found.styles };
			if (name === 'script') {
				const runs = attributes['src'] === undefined && RUNNABLE_SCRIPT_TYPE.test((attributes['type'] ?? '').trim());
				open = { text: '', list: runs ? found.scripts : undefined };
			}
		},
		ontext(text) {
			if (open) open.text += text;
		},
		onclosetag(name, isImplied) {
			if (name !== 'script' && name !== 'style') return;
			if (isImplied) throw new Error(`A <${name}> element is never closed.`);
			open?.list?.push(open.text);
			open = undefined;
		},
	});
	// The HTML parser turns every CR LF and lone CR into LF before anything else; so do the hashes.
	parser.end(page.replace(/\r\n?/g, '\n'));
	return found;
}

/** The CSP source that allows exactly this text: `'sha256-…'`. */
export function hashSource(text: string): string {
	return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The sorted, de-duplicated hash sources of a list of texts. */
export function hashSources(texts: Iterable<string>): string[] {
	return [...new Set([...texts].map(hashSource))].sort();
}

/**
 * Writes a `<meta http-equiv="content-security-policy">` as the first element of the page's
 * `<head>` after `<meta charset>`, before anything the policy governs. Fails on a page that
 * already has one, or has no `<head>`.
 */
export function withPolicyMeta(page: string, policy: string): string {
	/** Where the policy goes: after `<head>`, then after a `<meta charset>` that comes first in it. */
	let at: number | undefined;
	let firstInHead = false;
	const parser = new Parser({
		onopentag(name, attributes) {
			if (name === 'meta' && attributes['http-equiv']?.trim().toLowerCase() === 'content-security-policy') {
				throw new Error('The page already has a Content-Security-Policy <meta> element.');
			}
			if (firstInHead && name === 'meta' && attributes['charset'] !== undefined) at = parser.endIndex + 1;
			firstInHead = name === 'head' && at === undefined;
			if (firstInHead) at = parser.endIndex + 1;
		},
	});
	parser.end(page);
	if (at === undefined) throw new Error('The page has no <head> to hold its Content-Security-Policy.');
	const content = policy.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
	return `${page.slice(0, at)}<meta http-equiv="content-security-policy" content="${content}">${page.slice(at)}`;
}
