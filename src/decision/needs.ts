/** The needs a reader can have (the selectable capabilities) and tolerant normalisation of need ids. */
import type { NeedId, NeedKind } from '../data/ids';
import { CAPABILITIES } from './capabilities';

/** A need a reader can pick. */
export interface Need {
	/** The need id, which is also the capability id. */
	readonly id: NeedId;
	/** The need in a few words. */
	readonly label: string;
	/** "hard" needs decide the tool; "soft" needs only add reasons or trade-offs. */
	readonly kind: NeedKind;
}

// From the data rather than NEED_IDS, so the bundles need not carry the list twice; the unit tests
// keep the two equal.
const needIdSet: ReadonlySet<string> = new Set(CAPABILITIES.filter((row) => row.selectable).map((row) => row.id));

/** True when `id` is exactly a need id; narrows it to `NeedId`. */
export function isNeedId(id: string): id is NeedId {
	return needIdSet.has(id);
}

/** Every need, in comparison-table order. */
export const NEEDS: readonly Need[] = CAPABILITIES.flatMap(({ id, label, need, selectable }) =>
	selectable && isNeedId(id) ? [{ id, label, kind: need }] : [],
);

const order = new Map<string, number>(NEEDS.map((need, index) => [need.id, index]));

/** Need ids in a normalised set, and what was not recognised. */
export interface NormalisedNeeds {
	/** Known need ids, each once, in comparison-table order. */
	needs: NeedId[];
	/** Entries that are not need ids, each once, as given (trimmed). */
	unknown: string[];
}

/** Longest entry kept in `unknown`; longer ones are cut, so hostile input cannot bloat results. */
export const MAX_UNKNOWN_LENGTH = 64;
/** Most entries kept in `unknown`. */
export const MAX_UNKNOWN_ENTRIES = 20;

/**
 * Normalises need ids from any source: trims, lower-cases, drops empty entries and duplicates,
 * and reports the rest in `unknown`. Never throws, whatever it is given.
 */
export function normaliseNeeds(input: Iterable<unknown> | null | undefined): NormalisedNeeds {
	// Flags by table position, so the result comes out in table order without sorting.
	const found: boolean[] = new Array<boolean>(NEEDS.length).fill(false);
	const unknown = new Set<string>();
	const take = (entry: unknown) => {
		const exact = typeof entry === 'string' ? order.get(entry) : undefined;
		if (exact !== undefined) {
			found[exact] = true;
			return;
		}
		const text = asText(entry).trim();
		if (text === '') return;
		const index = order.get(text.toLowerCase());
		if (index !== undefined) found[index] = true;
		else if (unknown.size < MAX_UNKNOWN_ENTRIES) {
			unknown.add(text.length > MAX_UNKNOWN_LENGTH ? `${text.slice(0, MAX_UNKNOWN_LENGTH)}…` : text);
		}
	};
	forEachEntry(input, take);
	const needs: NeedId[] = [];
	found.forEach((isFound, index) => {
		const need = NEEDS[index];
		if (isFound && need) needs.push(need.id);
	});
	return { needs, unknown: [...unknown] };
}

/** An entry as text; a value whose conversion throws is named by its type. */
function asText(entry: unknown): string {
	if (typeof entry === 'string') return entry;
	try {
		return String(entry);
	} catch {
		return typeof entry;
	}
}

/** Visits anything iterable; a string counts as one entry, anything else as none. */
function forEachEntry(input: unknown, visit: (entry: unknown) => void): void {
	if (input === null || input === undefined) return;
	if (typeof input === 'string') {
		visit(input);
		return;
	}
	if (Array.isArray(input)) {
		for (const entry of input) visit(entry);
		return;
	}
	if (typeof (input as { [Symbol.iterator]?: unknown })[Symbol.iterator] !== 'function') return;
	try {
		for (const entry of input as Iterable<unknown>) visit(entry);
	} catch {
		// A hostile iterable (a throwing getter or generator) ends the list instead of the page.
	}
}
