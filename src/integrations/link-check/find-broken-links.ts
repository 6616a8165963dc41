/**
 * Finds internal links and anchors in built HTML that lead nowhere. Pure: it reads a map of
 * site paths to HTML and a set of file paths, so it is tested without a build.
 */
import { Parser } from 'htmlparser2';

/** One link that does not resolve. */
export interface BrokenLink {
	/** The page that holds the link, as a site path (`/it/hybrid-sync/configure/`). */
	page: string;
	/** The link as written. */
	href: string;
	/** Why it is broken. */
	reason: string;
}

function safeDecode(value: string): string | null {
	try {
		return decodeURIComponent(value);
	} catch {
		return null;
	}
}

/** Calls `visit` with each start tag's name and attributes (decoded), as a browser's parser reads them. */
function forEachStartTag(html: string, visit: (name: string, attributes: Record<string, string>) => void): void {
	new Parser({ onopentag: visit }).end(html);
}

/** The ids (and legacy `<a name>` anchors) an HTML document defines. */
export function anchorsIn(html: string): Set<string> {
	const anchors = new Set<string>();
	forEachStartTag(html, (name, attributes) => {
		if (attributes['id'] !== undefined) anchors.add(attributes['id']);
		if (name === 'a' && attributes['name'] !== undefined) anchors.add(attributes['name']);
	});
	return anchors;
}

/** The href and src values of an HTML document (script and style bodies are text, not markup). */
export function linksIn(html: string): string[] {
	const links: string[] = [];
	forEachStartTag(html, (_, attributes) => {
		for (const value of [attributes['href'], attributes['src']]) if (value !== undefined) links.push(value);
	});
	return links;
}

/**
 * Checks every same-site link of every page.
 * @param pages site path of each HTML page (ending in `/` for `index.html`, else the file path) → its HTML
 * @param files site path of every other file in the output
 * @param base the site's base path, with slashes at both ends
 */
export function findBrokenLinks(pages: Map<string, string>, files: Set<string>, base: string): BrokenLink[] {
	const broken: BrokenLink[] = [];
	const anchors = new Map<string, Set<string>>();
	const anchorsOf = (path: string) => {
		let found = anchors.get(path);
		if (!found) anchors.set(path, (found = anchorsIn(pages.get(path) ?? '')));
		return found;
	};
	for (const [page, html] of pages) {
		for (const href of linksIn(html)) {
			if (href === '' || /^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) continue;
			const url = new URL(href, `http://site.invalid${page}`);
			const decoded = safeDecode(url.pathname);
			const hash = safeDecode(url.hash.slice(1));
			if (decoded === null || hash === null) {
				broken.push({ page, href, reason: 'is not a valid URL (a stray "%")' });
				continue;
			}
			let path = decoded;
			if (!path.startsWith(base)) {
				broken.push({ page, href, reason: `points outside the base path ${base}` });
				continue;
			}
			if (!pages.has(path) && !files.has(path)) {
				if (pages.has(`${path}/`)) path = `${path}/`;
				else {
					broken.push({ page, href, reason: 'no page or file at that path' });
					continue;
				}
			}
			if (hash && pages.has(path) && !anchorsOf(path).has(hash)) {
				broken.push({ page, href, reason: `no element with id "${hash}" on ${path}` });
			}
		}
	}
	return broken;
}

/** A link a script builds at run time, which no page's HTML holds: a page, relative to the base, and an id on it. */
export interface RunTimeLink {
	/** The page, relative to the base (`migrate-to-cloud-sync/`). */
	readonly page: string;
	/** The id it points to. */
	readonly anchor: string;
}

/** Where run-time links are defined, named as the page that holds them in a report. */
const RUN_TIME_LINKS = 'the links scripts build (src/data/site-contracts.ts)';

/**
 * Checks the links that scripts build at run time, which findBrokenLinks cannot see in the HTML:
 * each must lead to a built page that has an element with its id.
 * @param pages site path of each HTML page → its HTML, as for findBrokenLinks
 * @param base the site's base path, with slashes at both ends
 */
export function findBrokenRunTimeLinks(
	pages: Map<string, string>,
	base: string,
	links: readonly RunTimeLink[],
): BrokenLink[] {
	return links.flatMap(({ page, anchor }): BrokenLink[] => {
		const path = `${base}${page}`;
		const href = `${path}#${anchor}`;
		const html = pages.get(path);
		if (html === undefined) return [{ page: RUN_TIME_LINKS, href, reason: 'no page at that path' }];
		if (anchorsIn(html).has(anchor)) return [];
		return [{ page: RUN_TIME_LINKS, href, reason: `no element with id "${anchor}" on ${path}` }];
	});
}
