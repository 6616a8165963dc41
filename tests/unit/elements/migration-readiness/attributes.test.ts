import { afterEach, describe, expect, test, vi } from 'vitest';
import {
	parseHeadingLevel,
	parseLinksBase,
	parseSourceTitles,
} from '../../../../src/elements/migration-readiness/attributes';

afterEach(() => vi.restoreAllMocks());

describe('readiness attributes', () => {
	test('links-base keeps a root path or an http(s) address, ending it with a slash', () => {
		expect(parseLinksBase(null)).toBe('/');
		expect(parseLinksBase('  ')).toBe('/');
		expect(parseLinksBase('/it/hybrid-sync')).toBe('/it/hybrid-sync/');
		expect(parseLinksBase(' https://intranet.example/guide/ ')).toBe('https://intranet.example/guide/');
	});

	test('links-base falls back to "/" with one prefixed warning for a protocol-relative or script address', () => {
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		expect(parseLinksBase('//elsewhere.example/')).toBe('/');
		expect(parseLinksBase('//elsewhere.example/')).toBe('/');
		expect(parseLinksBase('javascript:alert(1)')).toBe('/');
		expect(warn).toHaveBeenCalledTimes(2);
		expect(warn.mock.calls[0]?.[0]).toMatch(/^\[migration-readiness\] Ignoring links-base="\/\/elsewhere.example\/"/);
	});

	test('links-base refuses, as the picker does, a page’s address or one with a query or fragment, which every link would go under', () => {
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		expect(parseLinksBase('https://intranet.example/hybrid-sync/index.html')).toBe('/');
		expect(parseLinksBase('/hybrid-sync/?lang=en')).toBe('/');
		expect(parseLinksBase('/hybrid-sync/#top')).toBe('/');
		expect(warn).toHaveBeenCalledTimes(3);
		expect(warn.mock.calls[0]?.[0]).toMatch(/^\[migration-readiness\] Ignoring links-base=".*index\.html": .*folder/);
	});

	test('heading-level takes a whole number from 1 to 6 and defaults to 3', () => {
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		expect(parseHeadingLevel(null)).toBe(3);
		expect(parseHeadingLevel('2')).toBe(2);
		expect(parseHeadingLevel('7')).toBe(3);
		expect(parseHeadingLevel('2.5')).toBe(3);
		expect(warn).toHaveBeenCalledTimes(2);
	});

	test('data-source-titles keeps the text titles and warns, without throwing, when it is not JSON', () => {
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		expect([...parseSourceTitles('{"https://learn.microsoft.com/a":"Page A","b":3}')]).toEqual([
			['https://learn.microsoft.com/a', 'Page A'],
		]);
		expect(parseSourceTitles(undefined).size).toBe(0);
		expect(parseSourceTitles('{not json').size).toBe(0);
		expect(warn).toHaveBeenCalledOnce();
		// Valid JSON that is not an object of titles is as wrong as no JSON, and an empty title is no title.
		expect(parseSourceTitles('["https://learn.microsoft.com/a"]').size).toBe(0);
		expect(parseSourceTitles('"Page A"').size).toBe(0);
		expect(parseSourceTitles('{"https://learn.microsoft.com/a":" "}').size).toBe(0);
		expect(warn).toHaveBeenCalledOnce();
	});
});
