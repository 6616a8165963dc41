// The hosting settings a site owner passes at build time: a bad value is refused with a message
// naming the variable and the value, never built into a wrong sitemap or an unusable frame.
import { describe, expect, test } from 'vitest';
import {
	frameAncestorWarnings,
	parseFrameAncestors,
	parseLinkOrigins,
	parseSiteAddress,
} from '../../../../src/integrations/hosting/hosting-settings';
import { frameLinksBase } from '../../../../src/embed/links-base';

describe('parseSiteAddress', () => {
	test('returns nothing when SITE is unset or empty, so no sitemap is written', () => {
		expect(parseSiteAddress(undefined)).toBeUndefined();
		expect(parseSiteAddress('  ')).toBeUndefined();
	});

	test('accepts a server address and adds the trailing slash', () => {
		expect(parseSiteAddress('https://intranet.example')).toBe('https://intranet.example/');
		expect(parseSiteAddress(' http://intranet.example:8080/ ')).toBe('http://intranet.example:8080/');
	});

	test('accepts the full address of the site when its path is the base path', () => {
		expect(parseSiteAddress('https://intranet.example/it/hybrid-sync', '/it/hybrid-sync/')).toBe(
			'https://intranet.example/',
		);
	});

	test.each([
		['intranet.example', 'write it as an absolute address such as "https://intranet.example/".'],
		['ftp://intranet.example/', 'it must start with https:// or http://, not ftp://.'],
		['https://admin:secret@intranet.example/', 'it must not contain a user name or password.'],
		['https://intranet.example/?lang=en', 'it must not contain a query (?…) or a fragment (#…).'],
		['https://intranet.example/#top', 'it must not contain a query (?…) or a fragment (#…).'],
	])('refuses SITE=%s', (value, why) => {
		expect(() => parseSiteAddress(value)).toThrow(`SITE="${value}" is not a usable site address: ${why}`);
	});

	test('refuses a path that is not the base path, and says to put the path in BASE', () => {
		expect(() => parseSiteAddress('https://intranet.example/docs/', '/')).toThrowErrorMatchingInlineSnapshot(
			`[Error: SITE="https://intranet.example/docs/" is not a usable site address: give only the server's address ("https://intranet.example/") and the path in BASE (BASE=/docs/), so that the sitemap and every link agree.]`,
		);
	});
});

describe('parseFrameAncestors', () => {
	test('allows only the site itself when EMBED_FRAME_ANCESTORS is unset', () => {
		expect(parseFrameAncestors(undefined)).toEqual(["'self'"]);
		expect(parseFrameAncestors('')).toEqual(["'self'"]);
	});

	test('adds each listed origin after the site itself, lower case, once, without a trailing slash', () => {
		expect(
			parseFrameAncestors(
				"https://Contoso.SharePoint.com/, https://wiki.example.org:8443 'self' https://contoso.sharepoint.com",
			),
		).toEqual(["'self'", 'https://contoso.sharepoint.com', 'https://wiki.example.org:8443']);
	});

	test('accepts a wildcard subdomain and a wildcard port', () => {
		expect(parseFrameAncestors('https://*.intranet.example http://localhost:*')).toEqual([
			"'self'",
			'https://*.intranet.example',
			'http://localhost:*',
		]);
	});

	test.each([
		['*', 'would allow every site.'],
		['https:', 'would allow every site.'],
		["'none'", "is a keyword; only 'self' is accepted, and it is always included."],
		['contoso.sharepoint.com', 'must start with https:// or http://.'],
		[
			'https://contoso.sharepoint.com/sites/it',
			'is not an origin: give scheme, host and optional port only, with no path, query or other characters.',
		],
		[
			'https://contoso.sharepoint.com;script-src',
			'is not an origin: give scheme, host and optional port only, with no path, query or other characters.',
		],
		['https://intranet.example:70000', 'has a port outside 1–65535.'],
	])('refuses the entry %s', (entry, why) => {
		const value = `https://wiki.example.org ${entry}`;
		expect(() => parseFrameAncestors(value)).toThrow(
			`EMBED_FRAME_ANCESTORS="${value}" is not a usable list of origins: "${entry}" ${why}`,
		);
	});

	test('says how to write the list', () => {
		expect(() => parseFrameAncestors('sharepoint')).toThrowErrorMatchingInlineSnapshot(
			`[Error: EMBED_FRAME_ANCESTORS="sharepoint" is not a usable list of origins: "sharepoint" must start with https:// or http://. List the origins of the pages that embed the picker, separated by spaces, such as "https://contoso.sharepoint.com https://wiki.example.org".]`,
		);
	});
});

describe('frameAncestorWarnings', () => {
	test('warns of a wildcard host, and that on SharePoint Online it is every tenant', () => {
		const warnings = frameAncestorWarnings(parseFrameAncestors('https://*.sharepoint.com https://wiki.example.org'));
		expect(warnings).toHaveLength(1);
		expect(warnings[0]).toContain(
			'"https://*.sharepoint.com" lets every subdomain of sharepoint.com frame /embed/frame/',
		);
		expect(warnings[0]).toContain('every tenant');
		expect(frameAncestorWarnings(parseFrameAncestors('https://*.intranet.example'))[0]).not.toContain('tenant');
		expect(frameAncestorWarnings(parseFrameAncestors('https://*.sharepoint.com:443'))[0]).toContain(
			'every subdomain of sharepoint.com frame',
		);
	});

	test('has nothing to say of exact origins', () => {
		expect(frameAncestorWarnings(parseFrameAncestors('https://contoso.sharepoint.com http://localhost:*'))).toEqual([]);
	});
});

describe('parseLinkOrigins', () => {
	test('reads origins separated by commas or spaces; nothing set allows nothing more', () => {
		expect(parseLinkOrigins('https://a.example, http://B.example:8080/ https://c.example')).toEqual([
			'https://a.example',
			'http://b.example:8080',
			'https://c.example',
		]);
		expect(parseLinkOrigins(undefined)).toEqual([]);
		expect(parseLinkOrigins('  ')).toEqual([]);
	});

	test('writes each origin as a browser does, without its default port, so links on it still match', () => {
		expect(parseLinkOrigins('https://wiki.example.org:443 http://intranet:80/ https://wiki.example.org:8443')).toEqual([
			'https://wiki.example.org',
			'http://intranet',
			'https://wiki.example.org:8443',
		]);
		for (const origin of parseLinkOrigins('https://wiki.example.org:443')) {
			expect(frameLinksBase('https://wiki.example.org/docs/', 'https://site.example', [origin])).toEqual({
				accepted: 'https://wiki.example.org/docs/',
			});
		}
	});

	test.each([
		['https://a.example/path/', 'is not an origin'],
		['ftp://a.example', 'must start with https:// or http://.'],
		['a.example', 'must start with https:// or http://.'],
		['https://*.a.example', 'has a wildcard; this list is matched exactly, so name each origin.'],
		['*', 'would allow every site.'],
	])('fails the build on %s, naming the variable and the entry', (entry, why) => {
		expect(() => parseLinkOrigins(entry)).toThrow(
			`EMBED_LINK_ORIGINS="${entry}" is not a usable list of origins: "${entry}" ${why}`,
		);
	});
});
