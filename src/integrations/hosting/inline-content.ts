/**
 * Finds what a built page runs or styles inline (`<script>` and `<style>` bodies, `style`
 * attributes), hashes it as a browser does for Content-Security-Policy, and writes the page's
 * policy into its `<head>`. Astro's own `security.csp` hashes only the scripts it bundles, not
 * Starlight's `is:inline` ones, so the hashes are taken from the finished HTML instead.
 */
import { createHash } from 'node:crypto';

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
const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references of an attribute value; an unknown named one is an error, never a wrong hash. */
function decodeAttribute(value: string): string {
	return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z][a-z0-9]*);?/gi, (reference, name: string) => {
		if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
		if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
		const character = NAMED_ENTITIES[name];
		if (character === undefined || !reference.endsWith(';')) {
			throw new Error(`Cannot hash an attribute holding the character reference "${reference}".`);
		}
		return character;
	});
}

/** The attributes of a start tag beginning at `start` (just after its name), and where the tag ends. */
function readAttributes(html: string, start: number): { attributes: Map<string, string>; end: number } {
	const attributes = new Map<string, string>();
	const pattern = /[\s/]*(?:(>)|([^\s/>=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?)/y;
	pattern.lastIndex = start;
	for (;;) {
		const match = pattern.exec(html);
		if (!match) throw new Error(`Unterminated tag at offset ${start} of the page.`);
		if (match[1]) return { attributes, end: pattern.lastIndex };
		const name = (match[2] ?? '').toLowerCase();
		if (!attributes.has(name)) attributes.set(name, decodeAttribute(match[3] ?? match[4] ?? match[5] ?? ''));
	}
}

/** Lists the inline scripts, styles and style attributes of an HTML document. */
export function inlineContentOf(page: string): InlineContent {
	// The HTML parser turns every CR LF and lone CR into LF before anything else; so do the hashes.
	const html = page.replace(/\r\n?/g, '\n');
	const found: InlineContent = { scripts: [], styles: [], styleAttributes: [] };
	let index = 0;
	for (;;) {
		const open = html.indexOf('<', index);
		if (open === -1) return found;
		if (html.startsWith('<!--', open)) {
			const close = html.indexOf('-->', open + 4);
			index = close === -1 ? html.length : close + 3;
			continue;
		}
		const tag = /^<([a-zA-Z][^\s/>]*)/.exec(html.slice(open, open + 64));
		if (!tag?.[1]) {
			index = open + 1;
			continue;
		}
		const name = tag[1].toLowerCase();
		const { attributes, end } = readAttributes(html, open + tag[0].length);
		const style = attributes.get('style');
		if (style !== undefined) found.styleAttributes.push(style);
		index = end;
		if (name === 'script' || name === 'style') {
			const closing = new RegExp(`</${name}[\\s/>]`, 'ig');
			closing.lastIndex = end;
			const close = closing.exec(html);
			if (!close) throw new Error(`A <${name}> element is never closed.`);
			const body = html.slice(end, close.index);
			if (name === 'style') found.styles.push(body);
			else if (!attributes.has('src') && RUNNABLE_SCRIPT_TYPE.test((attributes.get('type') ?? '').trim())) {
				found.scripts.push(body);
			}
			index = close.index;
		}
	}
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
	if (/<meta\s[^>]*http-equiv\s*=\s*["']?content-security-policy/i.test(page)) {
		throw new Error('The page already has a Content-Security-Policy <meta> element.');
	}
	const head = /<head(\s[^>]*)?>(\s*<meta\s+charset\s*=\s*["']?[\w-]+["']?\s*\/?>)?/i.exec(page);
	if (!head) throw new Error('The page has no <head> to hold its Content-Security-Policy.');
	const content = policy.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
	const at = head.index + head[0].length;
	return `${page.slice(0, at)}<meta http-equiv="content-security-policy" content="${content}">${page.slice(at)}`;
}
