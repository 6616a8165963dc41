import { describe, expect, test } from 'vitest';
import {
	formatFilterState,
	matchesQuery,
	normaliseText,
	parseFilterState,
	queryWords,
} from '../../../src/table-filter/filter-state';

const tools = ['cloud-sync', 'connect-sync'];
const categories = ['hardware-software', 'accounts'];

describe('matchesQuery', () => {
	test.each([
		['.net', 'Windows Server with .NET 4.7.1 runtime', true],
		['NET 4.7.1', 'Windows Server with .NET 4.7.1 runtime', true],
		['gmsa', 'Group managed service account (gMSA)', true],
		['réseau', 'reseau', true],
		['Reseau', 'Réseau local', true],
		['localdb express', 'SQL Server 2019 Express LocalDB', true],
		['localdb oracle', 'SQL Server 2019 Express LocalDB', false],
		['', 'anything', true],
	])('query %j against %j matches: %s', (query, text, expected) => {
		expect(matchesQuery(text, queryWords(query))).toBe(expected);
	});

	test('ignores case and accents on both sides', () => {
		expect(normaliseText('ÉLÈVE Année')).toBe('eleve annee');
	});
});

describe('parseFilterState', () => {
	test('reads a complete, valid state', () => {
		expect(parseFilterState('?q=agent&tool=cloud-sync&category=accounts', tools, categories)).toEqual({
			state: { query: 'agent', tool: 'cloud-sync', category: 'accounts' },
			ignored: [],
		});
	});

	test('ignores an unknown tool and says so', () => {
		const { state, ignored } = parseFilterState('?tool=dirsync', tools, categories);
		expect(state.tool).toBe('');
		expect(ignored).toEqual(['tool="dirsync" is not one of cloud-sync, connect-sync and was ignored']);
	});

	test('keeps the first of repeated values and reports the repetition', () => {
		const { state, ignored } = parseFilterState('?category=accounts&category=nope', tools, categories);
		expect(state.category).toBe('accounts');
		expect(ignored).toHaveLength(1);
	});

	test('drops an over-long query instead of filtering on it', () => {
		const { state, ignored } = parseFilterState(`?q=${'a'.repeat(500)}`, tools, categories);
		expect(state.query).toBe('');
		expect(ignored[0]).toMatch(/longer than 200/);
	});

	test.each(['', '?', '?q', '?%E0%A4%A', '?tool=&category=', '?&&=&'])('never throws on %j', (search) => {
		expect(() => parseFilterState(search, tools, categories)).not.toThrow();
	});
});

describe('formatFilterState', () => {
	test('writes only the filters that are set and keeps other parameters and the hash', () => {
		const url = formatFilterState('https://intranet.example/it/hybrid-sync/prerequisites/?lang=en#req-x', {
			query: ' gMSA ',
			tool: 'cloud-sync',
			category: '',
		});
		expect(url).toBe('https://intranet.example/it/hybrid-sync/prerequisites/?lang=en&q=gMSA&tool=cloud-sync#req-x');
	});

	test('removes filters that were cleared', () => {
		expect(formatFilterState('https://x.example/p/?q=a&tool=cloud-sync', { query: '', tool: '', category: '' })).toBe(
			'https://x.example/p/',
		);
	});
});
