import { afterEach, describe, expect, test, vi } from 'vitest';
import {
	headingLevelAttribute,
	linksBaseAttribute,
	sourceTitlesAttribute,
} from '../../../../src/elements/kit/attributes';

afterEach(() => vi.restoreAllMocks());

describe('the shared attribute parsers', () => {
	test('warn once per element for a bad value, each under its own tag', () => {
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		expect(headingLevelAttribute('first-element', '0', 2)).toBe(2);
		expect(headingLevelAttribute('first-element', '0', 2)).toBe(2);
		expect(headingLevelAttribute('second-element', '0', 4)).toBe(4);
		expect(warn.mock.calls).toEqual([
			['[first-element] Ignoring heading-level="0": use a whole number from 1 to 6; using 2.'],
			['[second-element] Ignoring heading-level="0": use a whole number from 1 to 6; using 4.'],
		]);
	});

	test('take a blank links-base as none, without a warning', () => {
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		expect(linksBaseAttribute('blank-element', '  ', '/guide/')).toBe('/guide/');
		expect(linksBaseAttribute('blank-element', '', '/')).toBe('/');
		expect(warn).not.toHaveBeenCalled();
	});

	test('tell a bad data-source-titles once, naming its start, however often or differently it is wrong', () => {
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		const long = `not JSON, and longer than forty characters: ${'x'.repeat(40)}`;
		expect(sourceTitlesAttribute('titled-element', long).size).toBe(0);
		expect(sourceTitlesAttribute('titled-element', '[]').size).toBe(0);
		expect(warn.mock.calls).toEqual([
			[
				`[titled-element] Ignoring data-source-titles="${long.slice(0, 40)}…": use a JSON object of page addresses and their titles; sources show as "Microsoft Learn".`,
			],
		]);
	});
});
