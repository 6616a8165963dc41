/** The one rule for `links-base`, shared by the picker and the readiness check. */

/**
 * `value` as the address of a site's folder, ending in a slash (added when missing): an http(s)
 * address or a root path ("/it/hybrid-sync"). Undefined for anything else, including a page's
 * address (…/index.html) or one with a query or fragment, which every link would go under, and a
 * protocol-relative "//host/", which is another site's.
 */
export function siteFolder(value: string): string | undefined {
	const trimmed = value.trim();
	// A query or fragment, even an empty one, or a backslash, which browsers read as a slash.
	if (/[?#\\]/.test(trimmed)) return undefined;
	let url: URL;
	try {
		// A root path is read on a stand-in origin.
		url = new URL(/^\/(?!\/)/.test(trimmed) ? `http://h${trimmed}` : trimmed);
	} catch {
		return undefined;
	}
	if (!['http:', 'https:'].includes(url.protocol) || /\.[^/]*$/.test(url.pathname)) return undefined;
	return trimmed.endsWith('/') ? trimmed : `${trimmed}/`;
}
