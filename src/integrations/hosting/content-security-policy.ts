/**
 * The site's Content-Security-Policy: the one definition from which every page's `<meta>`
 * policy, dist/web.config and the nginx and Apache snippets are written.
 */

/** A directive and its sources, in the order they are written. */
export type Directive = readonly [name: string, sources: readonly string[]];

/** What the pages hold inline: the hash sources from `hashSources()`. */
export interface InlineHashes {
	scripts: readonly string[];
	styles: readonly string[];
	styleAttributes: readonly string[];
}

/** Where the policy travels: a response header, or a `<meta>` element (which cannot carry frame-ancestors). */
export type Delivery = { via: 'header'; frameAncestors: readonly string[] } | { via: 'meta' };

/** Framing of every page but /embed/frame/: none, so no other site can overlay the guide (clickjacking). */
export const SITE_FRAME_ANCESTORS = ["'none'"] as const;

/**
 * The policy. Each source is there for a reason:
 * - `default-src 'none'`: anything not named below is refused.
 * - `script-src 'self'` + hashes: the site's own script files, and the inline scripts Starlight and
 *   Astro put in each page (theme before first paint, search shortcut, sidebar state), by hash;
 *   `'wasm-unsafe-eval'` only because Pagefind's search runs as WebAssembly. No 'unsafe-inline', no 'unsafe-eval'.
 * - `style-src 'self'` + hashes: the stylesheets, and the `<style>` elements Astro inlines, by hash.
 * - `style-src-attr`: Starlight's icons and sidebar, and the token colours of code blocks, are set in
 *   `style` attributes. In `<meta>`: 'unsafe-hashes' + the hashes of the page's own attributes (a
 *   hash allows an attribute only with 'unsafe-hashes'; together they allow exactly those values).
 *   In the header: 'unsafe-inline', because the list for every page grows with each code block and
 *   would make the header longer than proxies and nginx accept (4 KB); browsers enforce both
 *   policies, so on every page the `<meta>` list is what holds.
 * - `img-src 'self' data:`: the site's images, and the small SVG icons the stylesheets carry as data: URLs.
 * - `font-src`, `connect-src` (Pagefind's index files), `worker-src` (Pagefind's worker),
 *   `frame-src` (the live iframe demo on /embed/): the site's own origin only.
 * - `object-src 'none'`, `base-uri 'self'`, `form-action 'self'`: no plug-ins, no `<base>` pointing
 *   elsewhere, no form posting to another site.
 * - `frame-ancestors` (headers only; a `<meta>` policy cannot set it).
 */
export function contentSecurityPolicy(hashes: InlineHashes, delivery: Delivery): Directive[] {
	const directives: Directive[] = [
		['default-src', ["'none'"]],
		['script-src', ["'self'", "'wasm-unsafe-eval'", ...hashes.scripts]],
		['style-src', ["'self'", ...hashes.styles]],
		['style-src-attr', styleAttributeSources(hashes, delivery)],
		['img-src', ["'self'", 'data:']],
		['font-src', ["'self'"]],
		['connect-src', ["'self'"]],
		['worker-src', ["'self'"]],
		['frame-src', ["'self'"]],
		['object-src', ["'none'"]],
		['base-uri', ["'self'"]],
		['form-action', ["'self'"]],
	];
	if (delivery.via === 'header') directives.push(['frame-ancestors', delivery.frameAncestors]);
	return directives;
}

function styleAttributeSources(hashes: InlineHashes, delivery: Delivery): string[] {
	if (delivery.via === 'header') return ["'unsafe-inline'"];
	return hashes.styleAttributes.length ? ["'unsafe-hashes'", ...hashes.styleAttributes] : ["'none'"];
}

/** The policy as one header or attribute value: `name source source; name source`. */
export function serializePolicy(directives: readonly Directive[]): string {
	return directives.map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** Merges the inline hashes of several pages (the header policy serves them all). */
export function mergeHashes(pages: Iterable<InlineHashes>): InlineHashes {
	const scripts = new Set<string>();
	const styles = new Set<string>();
	const styleAttributes = new Set<string>();
	for (const page of pages) {
		for (const hash of page.scripts) scripts.add(hash);
		for (const hash of page.styles) styles.add(hash);
		for (const hash of page.styleAttributes) styleAttributes.add(hash);
	}
	return { scripts: [...scripts].sort(), styles: [...styles].sort(), styleAttributes: [...styleAttributes].sort() };
}
