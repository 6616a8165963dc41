import { describe, expect, test } from 'vitest';
import { assessMigration } from '../../../../src/decision';
import type { ReadinessAnswers } from '../../../../src/decision/readiness-answers';
import {
	NO_ANSWERS,
	answer,
	clear,
	formatAddress,
	initialState,
	parseAddress,
	readCount,
	toMigrationInput,
} from '../../../../src/elements/migration-readiness/readiness-state';

const ANSWERS: ReadinessAnswers = {
	needs: ['device-sync', 'attribute-filtering'],
	forests: 1,
	objects: 1500,
	containers: 12,
	customUpn: false,
	groupFiltering: true,
};

describe('readiness state', () => {
	test('starts with nothing answered and no result', () => {
		expect(initialState()).toEqual({ answers: NO_ANSWERS, shown: false, ignored: [] });
	});

	test('shows the result once the reader answers, dropping the notes of an opened address', () => {
		const opened = parseAddress('?forests=x');
		expect(opened.ignored).not.toEqual([]);
		expect(answer(ANSWERS)).toEqual({ answers: ANSWERS, shown: true, ignored: [] });
	});

	test('clears every answer and the result', () => {
		expect(clear()).toEqual(initialState());
	});

	test('starts with the custom UPN and group filtering questions unanswered, not answered No', () => {
		expect(NO_ANSWERS.customUpn).toBeNull();
		expect(NO_ANSWERS.groupFiltering).toBeNull();
	});
});

describe('readCount', () => {
	test.each([
		['', null],
		['  ', null],
		['0', 0],
		['1500', 1500],
		[' 12 ', 12],
		['-1', 'invalid'],
		['1.5', 'invalid'],
		['1e3', 'invalid'],
		['abc', 'invalid'],
		['99999999999999999999', 'invalid'],
	] as const)('reads %j as %j', (text, count) => {
		expect(readCount(text)).toBe(count);
	});
});

describe('toMigrationInput', () => {
	test('passes the answers to assessMigration under its names', () => {
		expect(toMigrationInput(ANSWERS)).toEqual({
			needs: ['device-sync', 'attribute-filtering'],
			forests: 1,
			inScopeObjects: 1500,
			maxContainersPerDomain: 12,
			customUpn: false,
			groupFiltering: true,
		});
	});

	test('leaves a missing figure unknown, and reports an unusable one as invalid', () => {
		const input = toMigrationInput({ ...ANSWERS, forests: null, objects: 'invalid' });
		const result = assessMigration(input);
		expect(result.invalid).toEqual(['inScopeObjects']);
		expect(result.guidedTool.reasons.slice(0, 2)).toEqual(['forests-unknown', 'objects-unknown']);
	});

	test('does not let the guided tool apply while the two yes/no questions are unanswered, and names them', () => {
		const figuresOnly = {
			...NO_ANSWERS,
			needs: ['password-hash-sync'],
			forests: 1,
			objects: 1500,
			containers: 12,
		} as const;
		expect(assessMigration(toMigrationInput(figuresOnly)).guidedTool).toEqual({
			eligible: false,
			reasons: ['custom-upn-unknown', 'group-filtering-unknown'],
		});
		expect(assessMigration(toMigrationInput({ ...figuresOnly, customUpn: false })).guidedTool).toEqual({
			eligible: false,
			reasons: ['group-filtering-unknown'],
		});
		expect(
			assessMigration(toMigrationInput({ ...figuresOnly, customUpn: false, groupFiltering: false })).guidedTool,
		).toEqual({ eligible: true, reasons: [] });
	});
});

describe('the address', () => {
	test('reads the example of issue 9', () => {
		expect(
			parseAddress('?needs=device-sync,attribute-filtering&forests=1&objects=1500&containers=12&upn=no&groups=yes'),
		).toEqual({
			answers: ANSWERS,
			shown: true,
			ignored: [],
		});
	});

	test('reads a full address, a query without "?", and ignores the fragment', () => {
		const expected = parseAddress('?forests=2').answers;
		expect(
			parseAddress('https://intranet.example/it/migrate-to-cloud-sync/?forests=2#check-your-readiness').answers,
		).toEqual(expected);
		expect(parseAddress('forests=2').answers).toEqual(expected);
		expect(parseAddress('?x=1#forests=3').answers.forests).toBeNull();
	});

	test('reads several needs parameters together, as a form sent without JavaScript gives them', () => {
		expect(parseAddress('?needs=device-sync&needs=attribute-filtering&forests=').answers.needs).toEqual([
			'device-sync',
			'attribute-filtering',
		]);
	});

	test('shows no result for an address without readiness parameters', () => {
		expect(parseAddress('?q=gmsa&tool=cloud-sync')).toEqual(initialState());
		expect(parseAddress('')).toEqual(initialState());
	});

	test('shows the result for any readiness parameter, even an empty one', () => {
		expect(parseAddress('?upn=').shown).toBe(true);
	});

	test('reads a yes/no question missing or empty in the address as unanswered, not as No', () => {
		expect(parseAddress('?forests=1').answers).toMatchObject({ customUpn: null, groupFiltering: null });
		expect(parseAddress('?upn=&groups=').answers).toMatchObject({ customUpn: null, groupFiltering: null });
		expect(parseAddress('?upn=no&groups=YES').answers).toMatchObject({ customUpn: false, groupFiltering: true });
	});

	test('leaves out what it cannot use and says so, one phrase each', () => {
		const state = parseAddress(
			'?needs=device-sync,warp-drive,DEVICE-SYNC&forests=two&objects=-5&containers=1.5&upn=maybe&groups=YES&forests=3',
		);
		expect(state.answers).toEqual({
			needs: ['device-sync'],
			forests: null,
			objects: null,
			containers: null,
			customUpn: null,
			groupFiltering: true,
		});
		expect(state.ignored).toEqual([
			'needs: "warp-drive" is not a need id',
			'forests is given 2 times; the first counts',
			'forests="two" is not a whole number',
			'objects="-5" is not a whole number',
			'containers="1.5" is not a whole number',
			'upn="maybe" is not yes or no',
		]);
	});

	test('cuts what it quotes from a hostile address, and never throws', () => {
		const state = parseAddress(`?forests=${'9'.repeat(5000)}&upn=${'%'.repeat(10)}`);
		expect(state.answers.forests).toBeNull();
		expect(state.ignored.every((phrase) => phrase.length < 120)).toBe(true);
		expect(() => parseAddress('?%E0%A4%A=1&needs=%')).not.toThrow();
	});

	test('writes the answers in a fixed order, need commas unescaped, and reads back the same', () => {
		const address = formatAddress('/migrate-to-cloud-sync/', { answers: ANSWERS, shown: true });
		expect(address).toBe(
			'/migrate-to-cloud-sync/?needs=device-sync,attribute-filtering&forests=1&objects=1500&containers=12&upn=no&groups=yes',
		);
		expect(parseAddress(address)).toEqual({ answers: ANSWERS, shown: true, ignored: [] });
	});

	test('leaves out a figure not given, and keeps other parameters and the fragment', () => {
		const answers = { ...ANSWERS, needs: [], objects: null, containers: 'invalid' } as const;
		expect(formatAddress('https://x.example/m/?lang=en&forests=9#check', { answers, shown: true })).toBe(
			'https://x.example/m/?lang=en&forests=1&upn=no&groups=yes#check',
		);
	});

	test('writes a yes/no question only once it is answered', () => {
		const answers = { ...ANSWERS, needs: [], objects: null, containers: null, customUpn: null } as const;
		expect(formatAddress('/m/', { answers, shown: true })).toBe('/m/?forests=1&groups=yes');
		expect(formatAddress('/m/?upn=no', { answers: { ...answers, groupFiltering: null }, shown: true })).toBe(
			'/m/?forests=1',
		);
	});

	test('removes every readiness parameter while no result shows', () => {
		expect(formatAddress('/m/?needs=device-sync&upn=no&a=b#x', initialState())).toBe('/m/?a=b#x');
		expect(formatAddress('/m/?groups=yes', initialState())).toBe('/m/');
	});
});
