import { afterEach, describe, expect, test, vi } from 'vitest';
import { parseHeadingLevel, parseLinksBase, parseTheme } from '../../../../src/elements/sync-tool-picker/attributes';

afterEach(() => vi.restoreAllMocks());

const FALLBACK = 'https://guide.example/';

describe('picker attributes', () => {
	test('links-base keeps the address of a folder or a root path, ending it with a slash', () => {
		expect(parseLinksBase(null, FALLBACK)).toBe(FALLBACK);
		expect(parseLinksBase('/it/hybrid-sync', FALLBACK)).toBe('/it/hybrid-sync/');
		expect(parseLinksBase(' https://intranet.example/guide/ ', FALLBACK)).toBe('https://intranet.example/guide/');
		expect(parseLinksBase('https://intranet.example', FALLBACK)).toBe('https://intranet.example/');
		expect(parseLinksBase('/docs/v1.2/', FALLBACK)).toBe('/docs/v1.2/');
	});

	test('links-base refuses, with a warning, a page’s address or one with a query or fragment, which every link would go under', () => {
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		expect(parseLinksBase('https://intranet.example/hybrid-sync/index.html', FALLBACK)).toBe(FALLBACK);
		expect(parseLinksBase('/hybrid-sync/default.aspx', FALLBACK)).toBe(FALLBACK);
		expect(parseLinksBase('https://intranet.example/hybrid-sync/?lang=en', FALLBACK)).toBe(FALLBACK);
		expect(parseLinksBase('/hybrid-sync/#top', FALLBACK)).toBe(FALLBACK);
		// An empty query or fragment too, which the URL parser reads as none.
		expect(parseLinksBase('https://intranet.example/hybrid-sync?', FALLBACK)).toBe(FALLBACK);
		expect(parseLinksBase('/hybrid-sync#', FALLBACK)).toBe(FALLBACK);
		expect(warn).toHaveBeenCalledTimes(6);
		expect(warn.mock.calls[0]?.[0]).toMatch(/^\[sync-tool-picker\] Ignoring links-base=".*index\.html": .*folder/);
	});

	test('links-base refuses a protocol-relative or script address', () => {
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		expect(parseLinksBase('//elsewhere.example/', FALLBACK)).toBe(FALLBACK);
		expect(parseLinksBase('javascript:alert(1)', FALLBACK)).toBe(FALLBACK);
		// A browser reads "/\\host/" as "//host/", another site's.
		expect(parseLinksBase('/\\intranet.example/guide/', FALLBACK)).toBe(FALLBACK);
		expect(warn).toHaveBeenCalledTimes(3);
	});

	test('heading-level and theme fall back to their defaults', () => {
		vi.spyOn(console, 'warn').mockImplementation(() => {});
		expect(parseHeadingLevel('4')).toBe(4);
		expect(parseHeadingLevel('9')).toBe(2);
		expect(parseTheme(' Dark ')).toBe('dark');
		expect(parseTheme('purple')).toBe('auto');
	});
});
