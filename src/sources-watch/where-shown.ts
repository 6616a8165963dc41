/**
 * Where readers meet what a source page says: the facts that cite it and the places they show, in
 * the order a maintainer should re-read them: the picker first (its questions, then its result),
 * then the rows of the tables on their pages, then prose pages that link to the source or quote one
 * of its statements. Pure: it takes the facts as `collectFacts` found them, the picker's parsed
 * decision tree and the MDX pages' text.
 */
import type { FactFile } from '../data/fact-files.ts';
import type { FactEntry, FactInventory } from '../data/fact-inventory.ts';

/** What kind of place, in the order to re-read them. */
export const PLACE_KINDS = ['picker', 'table', 'page'] as const;

/** One place a source's facts show. */
export interface Place {
	kind: (typeof PLACE_KINDS)[number];
	/** The place, as a maintainer finds it: `picker question "estate"`, `/prerequisites/#req-…`, `/network/`. */
	where: string;
	/** What shows there: the facts' names, the data file of a row, or what a page does with the source. */
	what: string;
}

/** The facts that cite a source, and where they show. */
export interface SourceUses {
	facts: FactEntry[];
	places: Place[];
}

/** A page of prose: its file, relative to the project root, and its text. */
export interface ProsePage {
	file: string;
	text: string;
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
	typeof value === 'object' && value !== null && !Array.isArray(value);
const strings = (value: unknown): string[] =>
	Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

/** The picker's questions in tree order, each with the needs its answers (and "Not sure") imply. */
export function pickerQuestions(tree: unknown): Array<{ id: string; needs: Set<string> }> {
	const questions = isObject(tree) && Array.isArray(tree['questions']) ? tree['questions'].filter(isObject) : [];
	return questions.flatMap((question) => {
		if (typeof question['id'] !== 'string') return [];
		const options = Array.isArray(question['options']) ? question['options'].filter(isObject) : [];
		const notSure = isObject(question['notSure']) ? [question['notSure']] : [];
		const needs = new Set([...options, ...notSure].flatMap((answer) => strings(answer['implies'])));
		return [{ id: question['id'], needs }];
	});
}

/** The route of an MDX page under content/docs/: `content/docs/concepts/sync.mdx` is `/concepts/sync/`. */
export function proseRoute(file: string): string {
	const path = file.replace(/^content\/docs\//, '').replace(/\.mdx?$/, '');
	const route = path === 'index' ? '' : path.replace(/\/index$/, '');
	return route === '' ? '/' : `/${route}/`;
}

/** True when `text` names `address` itself, not a longer address that starts with it. */
function mentions(text: string, address: string): boolean {
	const escaped = address.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	return new RegExp(`${escaped}(?![\\w/-]|\\.\\w)`).test(text);
}

function pickerPlaces(facts: readonly FactEntry[], files: readonly FactFile[], tree: unknown): Place[] {
	const fileOf = new Map(files.map((file) => [file.file, file]));
	const shownBy = (how: FactFile['picker']) => facts.filter((fact) => fileOf.get(fact.file)?.picker === how);
	const needs = new Map(
		shownBy('answers').map((fact) => [fact.anchor.slice(fileOf.get(fact.file)!.anchorPrefix.length), fact]),
	);
	const places: Place[] = pickerQuestions(tree).flatMap(({ id, needs: implied }) => {
		const asked = [...needs].filter(([need]) => implied.has(need)).map(([, fact]) => fact.anchor);
		return asked.length ? [{ kind: 'picker' as const, where: `picker question "${id}"`, what: asked.join(', ') }] : [];
	});
	for (const [how, where] of [
		['checklist', 'picker result, prerequisites checklist'],
		['reasons', 'picker result, reasons'],
	] as const) {
		const shown = shownBy(how).map((fact) => fact.anchor);
		if (shown.length) places.push({ kind: 'picker', where, what: shown.join(', ') });
	}
	return places;
}

/**
 * Every register address's facts and places. `files` says how the picker shows each file's
 * entries; `pages` are the MDX pages; `proseUses` the statement ids each page quotes (findProseUses).
 */
export function usesBySource(
	addresses: readonly string[],
	input: {
		inventory: FactInventory;
		files: readonly FactFile[];
		tree: unknown;
		pages: readonly ProsePage[];
		proseUses: ReadonlyMap<string, readonly string[]>;
	},
): Map<string, SourceUses> {
	const { inventory, files, tree, pages, proseUses } = input;
	return new Map(
		addresses.map((address) => {
			const facts = inventory.entries.filter((entry) => entry.sources.includes(address));
			const tables: Place[] = facts.flatMap((fact) =>
				fact.where === null ? [] : [{ kind: 'table' as const, where: fact.where, what: fact.file }],
			);
			const quoted = inventory.timeBound.filter((fact) => fact.source === address && fact.id !== undefined);
			const prose: Place[] = pages.flatMap(({ file, text }) => {
				const statements = quoted.filter((fact) => proseUses.get(fact.id!)?.includes(file)).map((fact) => fact.id!);
				const does = [
					...(mentions(text, address) ? ['links to it'] : []),
					...(statements.length ? [`quotes ${statements.join(', ')}`] : []),
				];
				return does.length
					? [{ kind: 'page' as const, where: proseRoute(file), what: `${file}: ${does.join('; ')}` }]
					: [];
			});
			return [address, { facts, places: [...pickerPlaces(facts, files, tree), ...tables, ...prose] }];
		}),
	);
}

/** The rank of a source's first place (picker 0, table 1, page 2; 3 for none), for ordering a report. */
export function firstPlaceRank(uses: SourceUses | undefined): number {
	const ranks = (uses?.places ?? []).map((place) => PLACE_KINDS.indexOf(place.kind));
	return ranks.length ? Math.min(...ranks) : PLACE_KINDS.length;
}
