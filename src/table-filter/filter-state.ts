/**
 * The pure half of the requirement-table filter: text matching and the filter's URL state.
 * No DOM here, so every rule is unit-tested in Node.
 */

/** What the reader has chosen. Empty strings mean "no filter". */
export interface FilterState {
	query: string;
	tool: string;
	category: string;
}

/** The state read from a URL, with every parameter that was ignored and why. */
export interface ParsedFilterState {
	state: FilterState;
	ignored: string[];
}

/** Lower-cases and strips accents, so "Réseau" matches "reseau" and "LocalDB" matches "localdb". */
export function normaliseText(text: string): string {
	return text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase();
}

/** The words of a query, normalised; punctuation inside words (".NET", "4.7.1") is kept. */
export function queryWords(query: string): string[] {
	return normaliseText(query).split(/\s+/).filter(Boolean);
}

/** True when every word of the query occurs somewhere in the text. */
export function matchesQuery(text: string, words: readonly string[]): boolean {
	const haystack = normaliseText(text);
	return words.every((word) => haystack.includes(word));
}

const MAX_QUERY_LENGTH = 200;

/**
 * Reads `?q=…&tool=…&category=…`. Unknown tools or categories, repeated or over-long values are
 * dropped and reported in `ignored`; nothing throws.
 */
export function parseFilterState(
	search: string,
	tools: readonly string[],
	categories: readonly string[],
): ParsedFilterState {
	const params = new URLSearchParams(search);
	const ignored: string[] = [];
	const pick = (name: string, allowed?: readonly string[]): string => {
		const values = params.getAll(name);
		if (values.length === 0) return '';
		if (values.length > 1) ignored.push(`${name} was given ${values.length} times; the first value is used`);
		const value = (values[0] ?? '').trim();
		if (!allowed) {
			if (value.length > MAX_QUERY_LENGTH) {
				ignored.push(`${name} is longer than ${MAX_QUERY_LENGTH} characters and was ignored`);
				return '';
			}
			return value;
		}
		if (value === '' || allowed.includes(value)) return value;
		ignored.push(`${name}="${value.slice(0, 40)}" is not one of ${allowed.join(', ')} and was ignored`);
		return '';
	};
	return { state: { query: pick('q'), tool: pick('tool', tools), category: pick('category', categories) }, ignored };
}

/** Writes the state into a URL's query string, keeping any other parameters and the hash. */
export function formatFilterState(url: string, state: FilterState): string {
	const next = new URL(url);
	const entries: Array<[string, string]> = [
		['q', state.query.trim()],
		['tool', state.tool],
		['category', state.category],
	];
	for (const [name, value] of entries) {
		if (value) next.searchParams.set(name, value);
		else next.searchParams.delete(name);
	}
	return next.href;
}
