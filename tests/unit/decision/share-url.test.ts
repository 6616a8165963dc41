import { describe, expect, test } from 'vitest';
import { formatNeedsParam, formatShareUrl, parseNeedsParam, parseShareUrl } from '../../../src/decision';

describe('share URL: parsing ?needs= tolerantly', () => {
	test.each([
		['a plain list', '?needs=device-writeback,disconnected-forests', ['disconnected-forests', 'device-writeback'], []],
		['no query at all', '', [], []],
		['an empty value', '?needs=', [], []],
		['repeated and trailing commas', '?needs=,,device-sync,,,seamless-sso,', ['device-sync', 'seamless-sso'], []],
		['spaces and + signs', '?needs=+device-sync%20,%20seamless-sso+', ['device-sync', 'seamless-sso'], []],
		['upper case', '?needs=DEVICE-SYNC,Seamless-SSO', ['device-sync', 'seamless-sso'], []],
		['duplicates', '?needs=device-sync,device-sync,DEVICE-SYNC', ['device-sync'], []],
		['unknown ids', '?needs=device-sync,warp-drive,,warp-drive', ['device-sync'], ['warp-drive']],
		['percent-encoded commas', '?needs=device-sync%2Cseamless-sso', ['device-sync', 'seamless-sso'], []],
		['broken percent escapes', '?needs=device-sync,%E0%A4%A,%', ['device-sync'], ['\uFFFD%A', '%']],
		[
			'a full address with other parameters and a fragment',
			'https://guide.example/pick/?lang=en&needs=reconciliation#result',
			['reconciliation'],
			[],
		],
		['the parameter given twice', '?needs=device-sync&needs=reconciliation', ['device-sync', 'reconciliation'], []],
		['a bare query without "?"', 'needs=device-sync', ['device-sync'], []],
		['another parameter only', '?need=device-sync', [], []],
		['the value in a fragment only', '#needs=device-sync', [], []],
		['markup', '?needs=<script>alert(1)</script>', [], ['<script>alert(1)</script>']],
	])('reads %s', (_name, input, needs, unknown) => {
		expect(parseShareUrl(input)).toEqual({ needs, unknown });
	});

	test('reads a URL object and URLSearchParams as well as text', () => {
		expect(parseShareUrl(new URL('https://guide.example/?needs=device-sync'))).toEqual({
			needs: ['device-sync'],
			unknown: [],
		});
		expect(parseShareUrl(new URLSearchParams('needs=device-sync'))).toEqual({ needs: ['device-sync'], unknown: [] });
	});

	test.each([
		['null', null],
		['undefined', undefined],
		['a number', 42],
		['an object', { needs: 'device-sync' }],
	])('returns nothing, without throwing, for %s', (_name, input) => {
		expect(parseShareUrl(input as unknown as string)).toEqual({ needs: [], unknown: [] });
		expect(parseNeedsParam(input as unknown as string)).toEqual({ needs: [], unknown: [] });
	});

	test('stays quick and small on a very long address', () => {
		const long = `?needs=device-sync,${'x'.repeat(1_000_000)},${'seamless-sso,'.repeat(100_000)}`;
		const started = performance.now();
		const result = parseShareUrl(long);
		expect(performance.now() - started).toBeLessThan(200);
		expect(result.needs).toEqual(['device-sync']);
		expect(result.unknown).toEqual([`${'x'.repeat(64)}…`]);
	});

	test('keeps at most 20 unknown entries', () => {
		const junk = Array.from({ length: 200 }, (_, index) => `junk${index}`).join(',');
		expect(parseNeedsParam(junk).unknown).toHaveLength(20);
	});
});

describe('share URL: formatting', () => {
	test('writes known needs once, in table order, with readable commas', () => {
		expect(formatNeedsParam(['seamless-sso', 'device-sync', 'nope', 'device-sync'])).toBe('device-sync,seamless-sso');
		expect(formatShareUrl(['seamless-sso', 'device-sync'])).toBe('?needs=device-sync,seamless-sso');
	});

	test('replaces the needs parameter of an address and keeps the rest', () => {
		expect(
			formatShareUrl(['reconciliation'], 'https://guide.example/pick/?lang=en&needs=device-sync&needs=x#result'),
		).toBe('https://guide.example/pick/?lang=en&needs=reconciliation#result');
	});

	test('removes the parameter when there are no needs', () => {
		expect(formatShareUrl([], '/pick/?needs=device-sync')).toBe('/pick/');
		expect(formatShareUrl([], '/pick/?lang=en&needs=device-sync#top')).toBe('/pick/?lang=en#top');
		expect(formatShareUrl([])).toBe('');
	});

	test('round-trips: parsing a formatted address gives the same needs', () => {
		const needs = ['disconnected-forests', 'device-writeback', 'on-demand-provisioning'] as const;
		expect(parseShareUrl(formatShareUrl(needs, '/pick/')).needs).toEqual([
			'disconnected-forests',
			'device-writeback',
			'on-demand-provisioning',
		]);
	});
});
