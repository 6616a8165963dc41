/**
 * The build settings a site owner passes as environment variables for hosting: the site address
 * (`SITE`, for the sitemap and canonical links) and the pages that may frame the picker's iframe
 * page (`EMBED_FRAME_ANCESTORS`). A bad value stops the build with a message that names the
 * variable and the value, so nobody publishes a sitemap of wrong addresses or a frame nobody can embed.
 */

/** The variable that sets the site address. */
export const SITE_VARIABLE = 'SITE';

/** The variable that lists the origins allowed to frame /embed/frame/. */
export const FRAME_ANCESTORS_VARIABLE = 'EMBED_FRAME_ANCESTORS';

/** The site itself may always frame its iframe page: the live demo on /embed/ does. */
export const DEFAULT_EMBED_FRAME_ANCESTORS = ["'self'"] as const;

/**
 * Reads `SITE`: an absolute http(s) address with no path beyond the base path, no query and no
 * fragment. Returns it with a trailing slash, or undefined when the variable is unset or empty.
 * @param base the normalised base path (`/it/hybrid-sync/`); a SITE path equal to it is accepted
 */
export function parseSiteAddress(value: string | undefined, base = '/'): string | undefined {
	const written = (value ?? '').trim();
	if (!written) return undefined;
	const fail = (why: string): never => {
		throw new Error(`${SITE_VARIABLE}="${value}" is not a usable site address: ${why}`);
	};
	let url: URL;
	try {
		url = new URL(written);
	} catch {
		return fail('write it as an absolute address such as "https://intranet.example/".');
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:') {
		return fail(`it must start with https:// or http://, not ${url.protocol}//.`);
	}
	if (url.username || url.password) return fail('it must not contain a user name or password.');
	if (url.search || url.hash || written.includes('?') || written.includes('#')) {
		return fail('it must not contain a query (?…) or a fragment (#…).');
	}
	const path = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
	if (path !== '/' && path !== base) {
		return fail(
			`give only the server's address ("${url.origin}/") and the path in BASE (BASE=${path}), so that the sitemap and every link agree.`,
		);
	}
	return `${url.origin}/`;
}

// A host source as CSP writes it: scheme, host (optionally `*.` first), optional port (or `*`).
const HOST_SOURCE =
	/^(https?):\/\/(\*\.)?([a-z0-9]([a-z0-9-]*[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:(\d{1,5}|\*))?$/i;

/**
 * Reads `EMBED_FRAME_ANCESTORS`: origins separated by spaces or commas, each written
 * `https://host[:port]` (a leading `*.` on the host allows its subdomains). Returns the
 * `frame-ancestors` sources of /embed/frame/: always `'self'`, then the listed origins.
 */
export function parseFrameAncestors(value: string | undefined): string[] {
	const entries = (value ?? '').split(/[\s,]+/).filter(Boolean);
	const sources: string[] = [...DEFAULT_EMBED_FRAME_ANCESTORS];
	for (const entry of entries) {
		const fail = (why: string): never => {
			throw new Error(
				`${FRAME_ANCESTORS_VARIABLE}="${value}" is not a usable list of origins: "${entry}" ${why} List the origins of the pages that embed the picker, separated by spaces, such as "https://contoso.sharepoint.com https://wiki.example.org".`,
			);
		};
		if (entry === "'self'") continue;
		if (entry === '*' || /^https?:$/i.test(entry)) {
			fail('would let every site frame the picker.');
		}
		if (entry.startsWith("'")) fail("is a keyword; only 'self' is accepted, and it is always included.");
		const withoutSlash = entry.replace(/\/$/, '');
		if (!/^https?:\/\//i.test(withoutSlash)) fail('must start with https:// or http://.');
		if (!HOST_SOURCE.test(withoutSlash)) {
			fail('is not an origin: give scheme, host and optional port only, with no path, query or other characters.');
		}
		const port = /:(\d+)$/.exec(withoutSlash)?.[1];
		if (port !== undefined && (Number(port) < 1 || Number(port) > 65535)) fail('has a port outside 1–65535.');
		const source = withoutSlash.toLowerCase();
		if (!sources.includes(source)) sources.push(source);
	}
	return sources;
}
