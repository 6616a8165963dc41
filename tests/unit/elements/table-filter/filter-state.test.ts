import { describe, expect, test } from 'vitest';
import {
	countText,
	formatFilterState,
	normaliseText,
	parseFilterState,
	queryWords,
	rowMatcher,
	type FilterState,
} from '../../../../src/elements/table-filter/filter-state';

const choices = { tool: ['cloud-sync', 'connect-sync'], category: ['hardware-software', 'accounts'] };
const state = (partial: Partial<FilterState>): FilterState => ({ q: '', tool: '', category: '', ...partial });
const row = (text: string, tool = 'cloud-sync', category = 'accounts') => ({
	text: normaliseText(text),
	tool,
	category,
});

describe('rowMatcher', () => {
	test.each([
		['.net', 'Windows Server with .NET 4.7.1 runtime', true],
		['NET 4.7.1', 'Windows Server with .NET 4.7.1 runtime', true],
		['gmsa', 'Group managed service account (gMSA)', true],
		['réseau', 'reseau', true],
		['Reseau', 'Réseau local', true],
		['localdb express', 'SQL Server 2019 Express LocalDB', true],
		['localdb oracle', 'SQL Server 2019 Express LocalDB', false],
		['  ', 'anything', true],
		['', 'anything', true],
	])('shows a row reading %j for the query %j: %s', (query, text, expected) => {
		expect(rowMatcher(state({ q: query }))(row(text))).toBe(expected);
	});

	test('shows only rows of the chosen tool and category, with every query word', () => {
		const matches = rowMatcher(state({ q: 'agent', tool: 'cloud-sync', category: 'accounts' }));
		expect(matches(row('Agent service account'))).toBe(true);
		expect(matches(row('Agent service account', 'connect-sync'))).toBe(false);
		expect(matches(row('Agent server', 'cloud-sync', 'hardware-software'))).toBe(false);
		expect(matches(row('Service account'))).toBe(false);
	});

	// Readers type straight apostrophes, hyphens and quotes; the tables are set with typographic ones.
	test.each([
		["agent's", 'all of the agent’s traffic', true],
		['agents', 'all of the agent’s traffic', true],
		['49152-65535', 'the dynamic RPC range 49152–65535 (TCP)', true],
		['sign-in', 'the sign‑in method', true],
		['"required to configure"', 'this role is “required to configure” Cloud Sync', true],
		["agent's proxy", 'all of the agent’s traffic', false],
		// A dash parts numbers, never joins them: "1–15" holds no "11", "49152–65535" no "1526".
		['11', 'extension attributes 1–15', false],
		['1526', 'the dynamic RPC range 49152–65535 (TCP)', false],
		['15', 'extension attributes 1–15', true],
	])('matches the typed %j against a row reading %j: %s', (query, text, expected) => {
		expect(rowMatcher(state({ q: query }))(row(text))).toBe(expected);
	});

	test('ignores case and accents on both sides', () => {
		expect(normaliseText('ÉLÈVE Année')).toBe('eleve annee');
		expect(queryWords('  Réseau   LOCAL ')).toEqual(['reseau', 'local']);
	});
});

describe('countText', () => {
	test('says how many of how many, with the noun', () => {
		expect(countText(3, 13, 'requirements')).toBe('3 of 13 requirements');
	});
});

describe('parseFilterState', () => {
	test('reads a complete, valid state', () => {
		expect(parseFilterState('?q=agent&tool=cloud-sync&category=accounts', choices)).toEqual({
			state: { q: 'agent', tool: 'cloud-sync', category: 'accounts' },
			ignored: [],
		});
	});

	test('ignores an unknown tool and says so', () => {
		const { state: parsed, ignored } = parseFilterState('?tool=dirsync', choices);
		expect(parsed.tool).toBe('');
		expect(ignored).toEqual(['tool="dirsync" is not one of cloud-sync, connect-sync']);
	});

	test('keeps the first of repeated values and reports the repetition', () => {
		const { state: parsed, ignored } = parseFilterState('?category=accounts&category=nope', choices);
		expect(parsed.category).toBe('accounts');
		expect(ignored).toEqual(['category is given 2 times; the first counts']);
	});

	test('drops an over-long query instead of filtering on it', () => {
		const { state: parsed, ignored } = parseFilterState(`?q=${'a'.repeat(500)}`, choices);
		expect(parsed.q).toBe('');
		expect(ignored).toEqual([`q="${'a'.repeat(40)}" is over 200 characters`]);
	});

	// A link cut short or mangled in an email: the browser reads a broken escape as U+FFFD.
	test.each([
		['?q=%E0%A4%A', 'q="\uFFFD%A" has a broken %-escape'],
		['?q=r%C3%A9seau%C3', 'q="réseau\uFFFD" has a broken %-escape'],
		['?tool=cloud-sync%E0', 'tool="cloud-sync\uFFFD" has a broken %-escape'],
	])('drops %j, whose percent escape is broken, and says so', (search, phrase) => {
		const { state: parsed, ignored } = parseFilterState(search, choices);
		expect(parsed).toEqual(state({}));
		expect(ignored).toEqual([phrase]);
	});

	test.each(['', '?', '?q', '?%E0%A4%A', '?tool=&category=', '?&&=&'])('never throws on %j', (search) => {
		expect(() => parseFilterState(search, choices)).not.toThrow();
	});
});

describe('formatFilterState', () => {
	test('writes only the filters that are set and keeps other parameters and the hash', () => {
		const url = formatFilterState(
			'https://intranet.example/it/hybrid-sync/prerequisites/?lang=en#req-x',
			state({ q: ' gMSA ', tool: 'cloud-sync' }),
		);
		expect(url).toBe('https://intranet.example/it/hybrid-sync/prerequisites/?lang=en&q=gMSA&tool=cloud-sync#req-x');
	});

	test('removes filters that were cleared', () => {
		expect(formatFilterState('https://x.example/p/?q=a&tool=cloud-sync', state({}))).toBe('https://x.example/p/');
	});

	test('round-trips through parseFilterState', () => {
		const chosen = state({ q: 'sql server', tool: 'connect-sync', category: 'accounts' });
		const url = new URL(formatFilterState('https://x.example/p/', chosen));
		expect(parseFilterState(url.search, choices)).toEqual({ state: chosen, ignored: [] });
	});
});
