import { describe, expect, test } from 'vitest';
import { frameLinksBase } from '../../../src/embed/links-base';

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
