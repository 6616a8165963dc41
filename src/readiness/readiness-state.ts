/**
 * The readiness check's state, as pure functions: the reader's answers, whether a result is shown,
 * what an opened address held that was not understood, and the address that shares the answers
 * (`?needs=a,b&forests=1&objects=1500&containers=12&upn=no&groups=no`; a yes/no question not answered is left out). No DOM: the element reads
 * the form into answers, and renders the state a function here returns.
 */
import { parseNeedsParam, type MigrationInput } from '../decision';
import type { Count, ReadinessAnswers } from '../decision/readiness-answers';

/** What the check shows. */
export interface ReadinessState {
	/** The answers, as the form holds them. */
	readonly answers: ReadinessAnswers;
	/** True once the reader has answered anything, or the page opened on an address with answers. */
	readonly shown: boolean;
	/** Phrases for the parts of the opened address that were not understood; cleared by the reader's next answer. */
	readonly ignored: readonly string[];
}

/** The query parameter of each answer. */
export const ADDRESS_PARAMS = {
	needs: 'needs',
	forests: 'forests',
	objects: 'objects',
	containers: 'containers',
	customUpn: 'upn',
	groupFiltering: 'groups',
} as const satisfies Record<keyof ReadinessAnswers, string>;

type CountField = 'forests' | 'objects' | 'containers';
type FlagField = 'customUpn' | 'groupFiltering';
const COUNT_FIELDS: readonly CountField[] = ['forests', 'objects', 'containers'];
const FLAG_FIELDS: readonly FlagField[] = ['customUpn', 'groupFiltering'];

/** Longest parameter value read; the rest is ignored, so a hostile address cannot stall the page. */
const MAX_VALUE_LENGTH = 2000;

/** Nothing answered: no need, no figure, neither yes/no question. */
export const NO_ANSWERS: ReadinessAnswers = {
	needs: [],
	forests: null,
	objects: null,
	containers: null,
	customUpn: null,
	groupFiltering: null,
};

/** Nothing answered and no result shown. */
export function initialState(): ReadinessState {
	return { answers: NO_ANSWERS, shown: false, ignored: [] };
}

/** The reader answered: the result shows these answers, and the opened address's notes are done with. */
export function answer(answers: ReadinessAnswers): ReadinessState {
	return { answers, shown: true, ignored: [] };
}

/** "Clear answers": back to the start, with no result. */
export function clear(): ReadinessState {
	return initialState();
}

/** A count from what the reader typed: blank is none, digits a whole number, anything else invalid. */
export function readCount(text: string): Count {
	const trimmed = text.trim();
	if (trimmed === '') return null;
	if (!/^\d+$/.test(trimmed)) return 'invalid';
	const value = Number(trimmed);
	return Number.isSafeInteger(value) ? value : 'invalid';
}

/**
 * The answers as `assessMigration()` takes them: an invalid count goes in as NaN, which it reports;
 * a figure or question not answered is left undefined, which it reports as unknown.
 */
export function toMigrationInput(answers: ReadinessAnswers): MigrationInput {
	const count = (value: Count) => (value === 'invalid' ? Number.NaN : (value ?? undefined));
	return {
		needs: [...answers.needs],
		forests: count(answers.forests),
		inScopeObjects: count(answers.objects),
		maxContainersPerDomain: count(answers.containers),
		customUpn: answers.customUpn ?? undefined,
		groupFiltering: answers.groupFiltering ?? undefined,
	};
}

const quoted = (value: string) => `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;

/**
 * The state of an address (a URL, or its query string). Tolerant: a value it cannot use is left
 * out and reported in `ignored`, one phrase each; nothing throws. The result shows when the
 * address holds any readiness parameter.
 */
export function parseAddress(input: string): ReadinessState {
	let params: URLSearchParams;
	try {
		const query = input.includes('?') ? input.slice(input.indexOf('?') + 1) : input;
		params = new URLSearchParams(query.split('#', 1)[0] ?? '');
	} catch {
		return initialState();
	}
	const ignored: string[] = [];
	const first = (name: string): string | undefined => {
		const values = params.getAll(name);
		if (values.length > 1) ignored.push(`${name} is given ${values.length} times; the first counts`);
		return values[0]?.slice(0, MAX_VALUE_LENGTH);
	};
	const shown = Object.values(ADDRESS_PARAMS).some((name) => params.has(name));

	// Several `needs` are read together: a form sent without JavaScript gives one per ticked box.
	const { needs, unknown } = parseNeedsParam(params.getAll(ADDRESS_PARAMS.needs).join(','));
	for (const id of unknown) ignored.push(`needs: ${quoted(id)} is not a need id`);

	const counts = {} as Record<CountField, Count>;
	for (const field of COUNT_FIELDS) {
		const name = ADDRESS_PARAMS[field];
		const value = first(name) ?? '';
		const count = readCount(value);
		counts[field] = count === 'invalid' ? null : count;
		if (count === 'invalid') ignored.push(`${name}=${quoted(value)} is not a whole number`);
	}
	// Missing, empty or not understood: unanswered, never No.
	const flags = {} as Record<FlagField, boolean | null>;
	for (const field of FLAG_FIELDS) {
		const name = ADDRESS_PARAMS[field];
		const value = (first(name) ?? '').trim().toLowerCase();
		flags[field] = value === 'yes' ? true : value === 'no' ? false : null;
		if (value !== '' && value !== 'yes' && value !== 'no') ignored.push(`${name}=${quoted(value)} is not yes or no`);
	}
	return { answers: { needs, ...counts, ...flags }, shown, ignored };
}

/**
 * `base` (an address, or '') with the readiness parameters set to `answers` while a result shows,
 * and removed when none does; other parameters and the fragment are kept. Need ids are kebab-case,
 * so their commas stay readable instead of becoming %2C.
 */
export function formatAddress(base: string, state: Pick<ReadinessState, 'answers' | 'shown'>): string {
	const hashStart = base.indexOf('#');
	const hash = hashStart >= 0 ? base.slice(hashStart) : '';
	const beforeHash = hashStart >= 0 ? base.slice(0, hashStart) : base;
	const queryStart = beforeHash.indexOf('?');
	const path = queryStart >= 0 ? beforeHash.slice(0, queryStart) : beforeHash;
	const ours = new Set<string>(Object.values(ADDRESS_PARAMS));
	const kept = (queryStart >= 0 ? beforeHash.slice(queryStart + 1) : '')
		.split('&')
		.filter((pair) => pair !== '' && !ours.has(paramName(pair)));
	const { answers } = state;
	const params: string[] = [];
	if (state.shown) {
		if (answers.needs.length > 0) params.push(`${ADDRESS_PARAMS.needs}=${answers.needs.join(',')}`);
		for (const field of COUNT_FIELDS) {
			const value = answers[field];
			if (typeof value === 'number') params.push(`${ADDRESS_PARAMS[field]}=${value}`);
		}
		for (const field of FLAG_FIELDS) {
			const value = answers[field];
			if (value !== null) params.push(`${ADDRESS_PARAMS[field]}=${value ? 'yes' : 'no'}`);
		}
	}
	const all = [...kept, ...params];
	return `${path}${all.length > 0 ? `?${all.join('&')}` : ''}${hash}`;
}

/** A query pair's decoded name; URLSearchParams decodes `+` and %-escapes, and never throws on a bad one. */
function paramName(pair: string): string {
	return new URLSearchParams(pair).keys().next().value ?? '';
}
