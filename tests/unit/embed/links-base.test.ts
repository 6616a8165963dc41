import { describe, expect, test } from 'vitest';
import { frameLinksBase, parseLinkOrigins } from '../../../src/embed/links-base';

const SITE = 'https://guide.example.org';

describe("the iframe page's links-base", () => {
	test.each([
		['a path on the site', '/mirror/'],
		['an address on the site', 'https://guide.example.org/it/hybrid-sync/'],
	])('accepts %s', (_what, value) => {
		expect(frameLinksBase(value, SITE, [])).toEqual({ accepted: value });
	});

	test('refuses another origin, saying which origins are allowed and what it uses instead', () => {
		const verdict = frameLinksBase('https://any.example/', SITE, ['https://intranet.example.org']);
		expect(verdict).toEqual({
			refused: expect.stringMatching(
				/^\[sync-tool-picker\] Ignoring links-base="https:\/\/any\.example\/".*https:\/\/guide\.example\.org or https:\/\/intranet\.example\.org.*EMBED_LINK_ORIGINS/,
			),
		});
	});

	test.each(['javascript:alert(1)', '//any.example/x/', 'http://guide.example.org/'])('refuses %s', (value) => {
		expect(frameLinksBase(value, SITE, [])).toHaveProperty('refused');
	});

	test('accepts an origin the build allows', () => {
		expect(frameLinksBase('https://intranet.example.org/sync/', SITE, ['https://intranet.example.org'])).toEqual({
			accepted: 'https://intranet.example.org/sync/',
		});
	});
});

describe('EMBED_LINK_ORIGINS', () => {
	test('reads origins separated by commas or spaces; nothing set allows nothing more', () => {
		expect(parseLinkOrigins('https://a.example, http://b.example:8080/ https://c.example')).toEqual([
			'https://a.example',
			'http://b.example:8080',
			'https://c.example',
		]);
		expect(parseLinkOrigins(undefined)).toEqual([]);
		expect(parseLinkOrigins('  ')).toEqual([]);
	});

	test.each(['https://a.example/path/', 'ftp://a.example', 'a.example'])(
		'fails the build on %s, naming it',
		(entry) => {
			expect(() => parseLinkOrigins(entry)).toThrow(`EMBED_LINK_ORIGINS: "${entry}" is not an origin`);
		},
	);
});
