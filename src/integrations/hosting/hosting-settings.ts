/**
 * The build settings a site owner passes as environment variables for hosting: the site address
 * (`SITE`, for the sitemap and canonical links), the pages that may frame the picker's iframe
 * page (`EMBED_FRAME_ANCESTORS`) and the origins its links may point to (`EMBED_LINK_ORIGINS`). A bad value stops the build with a message that names the
 * variable and the value, so nobody publishes a sitemap of wrong addresses or a frame nobody can embed.
 */
import { LINK_ORIGINS_VARIABLE } from '../../embed/links-base';

/** The variable that sets the site address. */
export const SITE_VARIABLE = 'SITE';

/** The variable that lists the origins allowed to frame /embed/frame/. */
export const FRAME_ANCESTORS_VARIABLE = 'EMBED_FRAME_ANCESTORS';

export { LINK_ORIGINS_VARIABLE };

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

/** How one variable's list of origins is read. */
interface OriginListRules {
	/** The variable's name, for messages. */
	variable: string;
	/** Whether `*.` subdomains and `:*` ports may be written (a CSP source may; an exact origin match may not). */
	wildcards: boolean;
	/** What the origins are for, completing "List the origins …". */
	purpose: string;
	/** Entries that are accepted and left out of the result (`'self'`, always included anyway). */
	skip?: readonly string[];
}

/**
 * Reads a list of origins separated by spaces or commas, each `http(s)://host[:port]` with an
 * optional trailing slash, and returns them lower case, without the slash, each once. A bad entry
 * throws a message that names the variable, the entry and what is wrong with it.
 */
function parseOriginList(value: string | undefined, rules: OriginListRules): string[] {
	const origins: string[] = [];
	for (const entry of (value ?? '').split(/[\s,]+/).filter(Boolean)) {
		if (rules.skip?.includes(entry)) continue;
		const fail = (why: string): never => {
			throw new Error(
				`${rules.variable}="${value}" is not a usable list of origins: "${entry}" ${why} List the origins ${rules.purpose}, separated by spaces, such as "https://contoso.sharepoint.com https://wiki.example.org".`,
			);
		};
		if (entry === '*' || /^https?:$/i.test(entry)) fail('would allow every site.');
		if (entry.startsWith("'")) fail("is a keyword; only 'self' is accepted, and it is always included.");
		const withoutSlash = entry.replace(/\/$/, '');
		if (!/^https?:\/\//i.test(withoutSlash)) fail('must start with https:// or http://.');
		if (!HOST_SOURCE.test(withoutSlash)) {
			fail('is not an origin: give scheme, host and optional port only, with no path, query or other characters.');
		}
		if (!rules.wildcards && withoutSlash.includes('*')) {
			fail('has a wildcard; this list is matched exactly, so name each origin.');
		}
		const port = /:(\d+)$/.exec(withoutSlash)?.[1];
		if (port !== undefined && (Number(port) < 1 || Number(port) > 65535)) fail('has a port outside 1–65535.');
		// As browsers write an origin (`new URL().origin`): lower case, and no default port, which a
		// link's origin never carries, so `https://wiki.example.org:443` still matches its links.
		const origin = withoutSlash.includes('*') ? withoutSlash.toLowerCase() : new URL(withoutSlash).origin;
		if (!origins.includes(origin)) origins.push(origin);
	}
	return origins;
}

/**
 * Reads `EMBED_FRAME_ANCESTORS`: origins separated by spaces or commas, each written
 * `https://host[:port]` (a leading `*.` on the host allows its subdomains). Returns the
 * `frame-ancestors` sources of /embed/frame/: always `'self'`, then the listed origins.
 */
export function parseFrameAncestors(value: string | undefined): string[] {
	const listed = parseOriginList(value, {
		variable: FRAME_ANCESTORS_VARIABLE,
		wildcards: true,
		purpose: 'of the pages that embed the picker',
		skip: DEFAULT_EMBED_FRAME_ANCESTORS,
	});
	return [...DEFAULT_EMBED_FRAME_ANCESTORS, ...listed];
}

/**
 * Reads `EMBED_LINK_ORIGINS`: the origins, besides the site's own, that the iframe page's links may
 * point to (a `links-base` on an intranet mirror). Matched exactly, so no wildcards.
 */
export function parseLinkOrigins(value: string | undefined): string[] {
	return parseOriginList(value, {
		variable: LINK_ORIGINS_VARIABLE,
		wildcards: false,
		purpose: "the picker's links may point to besides the site's own",
	});
}

/**
 * What a site owner should hear about an accepted frame-ancestors list: a wildcard host lets every
 * subdomain frame the picker, and on a shared host such as `*.sharepoint.com` that is every tenant.
 */
export function frameAncestorWarnings(sources: readonly string[]): string[] {
	return sources
		.filter((source) => source.includes('://*.'))
		.map(
			(source) =>
				`${FRAME_ANCESTORS_VARIABLE}: "${source}" lets every subdomain of ${source.replace(/^https?:\/\/\*\./, '').replace(/:(\d+|\*)$/, '')} frame /embed/frame/${/sharepoint\.com(:|$)/.test(source) ? ', which on SharePoint Online is every tenant' : ''}; name your own origin (such as https://contoso.sharepoint.com) unless you mean that.`,
		);
}
