// The site's one Content-Security-Policy: strict where the issue says it must be, and the same
// policy whether a page carries it in <meta> or a server sends it as a header.
import { describe, expect, test } from 'vitest';
import {
	contentSecurityPolicy,
	mergeHashes,
	serializePolicy,
	type Directive,
} from '../../../../src/integrations/hosting/content-security-policy';

const HASHES = {
	scripts: ["'sha256-script='"],
	styles: ["'sha256-style='"],
	styleAttributes: ["'sha256-attribute='"],
};

const sourcesOf = (directives: Directive[], name: string) => directives.find(([directive]) => directive === name)?.[1];

describe('contentSecurityPolicy', () => {
	const header = contentSecurityPolicy(HASHES, { via: 'header', frameAncestors: ["'none'"] });

	test("allows scripts from the site and by hash only, WebAssembly for Pagefind, and nothing inline or eval'd", () => {
		expect(sourcesOf(header, 'script-src')).toEqual(["'self'", "'wasm-unsafe-eval'", "'sha256-script='"]);
	});

	test('allows styles from the site and by hash, and in <meta> style attributes only by hash', () => {
		const meta = contentSecurityPolicy(HASHES, { via: 'meta' });
		expect(sourcesOf(meta, 'style-src')).toEqual(["'self'", "'sha256-style='"]);
		expect(sourcesOf(meta, 'style-src-attr')).toEqual(["'unsafe-hashes'", "'sha256-attribute='"]);
		expect(serializePolicy(meta)).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
	});

	test('keeps the header short: style attributes are left to each page’s <meta> list, nothing else is', () => {
		expect(sourcesOf(header, 'style-src')).toEqual(["'self'", "'sha256-style='"]);
		expect(sourcesOf(header, 'style-src-attr')).toEqual(["'unsafe-inline'"]);
		expect(serializePolicy(header.filter(([name]) => name !== 'style-src-attr'))).not.toMatch(
			/'unsafe-inline'|'unsafe-eval'/,
		);
	});

	test('allows no style attribute at all on a page that has none', () => {
		const policy = contentSecurityPolicy({ scripts: [], styles: [], styleAttributes: [] }, { via: 'meta' });
		expect(sourcesOf(policy, 'style-src-attr')).toEqual(["'none'"]);
	});

	test('names no host but the site, refuses plug-ins, foreign <base> and foreign form targets', () => {
		for (const [name, sources] of header) {
			if (name === 'frame-ancestors') continue;
			expect(
				sources.filter((source) => /^[a-z]+:\/\//i.test(source) || source === '*'),
				name,
			).toEqual([]);
		}
		expect(sourcesOf(header, 'default-src')).toEqual(["'none'"]);
		expect(sourcesOf(header, 'object-src')).toEqual(["'none'"]);
		expect(sourcesOf(header, 'base-uri')).toEqual(["'self'"]);
		expect(sourcesOf(header, 'form-action')).toEqual(["'self'"]);
	});

	test('sets frame-ancestors in a header, and leaves it out of <meta>, where browsers ignore it', () => {
		expect(sourcesOf(header, 'frame-ancestors')).toEqual(["'none'"]);
		const meta = contentSecurityPolicy(HASHES, { via: 'meta' });
		expect(sourcesOf(meta, 'frame-ancestors')).toBeUndefined();
		const same = (policy: Directive[]) =>
			policy.filter(([name]) => name !== 'frame-ancestors' && name !== 'style-src-attr');
		expect(same(meta)).toEqual(same(header));
	});
});

describe('serializePolicy', () => {
	test('writes directives separated by semicolons', () => {
		expect(
			serializePolicy([
				['default-src', ["'none'"]],
				['img-src', ["'self'", 'data:']],
			]),
		).toBe("default-src 'none'; img-src 'self' data:");
	});
});

describe('mergeHashes', () => {
	test('keeps every page’s hashes once, sorted', () => {
		expect(
			mergeHashes([
				{ scripts: ["'b'", "'a'"], styles: [], styleAttributes: ["'x'"] },
				{ scripts: ["'a'"], styles: ["'s'"], styleAttributes: [] },
			]),
		).toEqual({ scripts: ["'a'", "'b'"], styles: ["'s'"], styleAttributes: ["'x'"] });
	});
});
