/**
 * The pure half of the requirement-table filter: text matching, the count, and the filter's URL
 * state. No DOM here, so every rule is unit-tested in Node.
 */

/** The filter's controls, named as their URL parameters: the search text, the tool, the category. */
export const FILTER_NAMES = ['q', 'tool', 'category'] as const;
export type FilterName = (typeof FILTER_NAMES)[number];

/** What the reader has chosen, by control name. Empty strings mean "no filter". */
export type FilterState = Record<FilterName, string>;

/** The state read from a URL, with a phrase for every parameter that was ignored and why. */
export interface ParsedFilterState {
	state: FilterState;
	ignored: string[];
}

/**
 * Lower-cases and strips accents and quotes, so "Réseau" matches "reseau", "LocalDB" "localdb", and
 * "agent's" as a keyboard types it "agent’s" as the tables set it.
 */
export function normaliseText(text: string): string {
	return text
		.normalize('NFD')
		.replace(/[\p{M}\p{Pi}\p{Pf}'"]/gu, '')
		.toLowerCase();
}

/**
 * The words of a query, normalised; dots inside words (".NET", "4.7.1") are kept, and dashes part
 * words, so "49152-65535" finds "49152–65535" in a table, while "11" never finds "1–15".
 */
export function queryWords(query: string): string[] {
	return normaliseText(query)
		.split(/[\s\p{Pd}]+/u)
		.filter(Boolean);
}

/** A row as the filter sees it: its text normalised once (`normaliseText`), its tool and category ids. */
export type FilterableRow = { text: string } & Record<'tool' | 'category', string | undefined>;

/**
 * The test a row must pass to be shown under `state`: its tool and category, and every word of the
 * query somewhere in its text. The query is split into words once, not once per row.
 */
export function rowMatcher(state: FilterState): (row: FilterableRow) => boolean {
	const words = queryWords(state.q);
	return (row) =>
		(!state.tool || row.tool === state.tool) &&
		(!state.category || row.category === state.category) &&
		words.every((word) => row.text.includes(word));
}

/** The count line: "12 of 41 requirements". */
export function countText(shown: number, total: number, noun: string): string {
	return `${shown} of ${total} ${noun}`;
}

const MAX_QUERY_LENGTH = 200;

/**
 * Reads `?q=…&tool=…&category=…`, given the tool and category ids there are to choose from.
 * Unknown ids, repeated and over-long values, and values with a broken %-escape (which the browser
 * reads as U+FFFD, as when a link is cut short) are dropped and reported in `ignored`, one phrase
 * each (the page puts them in a sentence); nothing throws.
 */
export function parseFilterState(
	search: string,
	choices: Record<'tool' | 'category', readonly string[]>,
): ParsedFilterState {
	const params = new URLSearchParams(search);
	const state: FilterState = { q: '', tool: '', category: '' };
	const ignored: string[] = [];
	for (const name of FILTER_NAMES) {
		const [first = '', ...more] = params.getAll(name);
		if (more.length > 0) ignored.push(`${name} is given ${more.length + 1} times; the first counts`);
		const value = first.trim();
		const allowed = name === 'q' ? undefined : choices[name];
		const problem = value.includes('\uFFFD')
			? 'has a broken %-escape'
			: allowed
				? value && !allowed.includes(value) && `is not one of ${allowed.join(', ')}`
				: value.length > MAX_QUERY_LENGTH && `is over ${MAX_QUERY_LENGTH} characters`;
		if (problem) ignored.push(`${name}="${value.slice(0, 40)}" ${problem}`);
		else state[name] = value;
	}
	return { state, ignored };
}

/** Writes the state into a URL's query string, keeping any other parameters and the hash. */
export function formatFilterState(url: string, state: FilterState): string {
	const next = new URL(url);
	for (const name of FILTER_NAMES) {
		const value = state[name].trim();
		if (value) next.searchParams.set(name, value);
		else next.searchParams.delete(name);
	}
	return next.href;
}
