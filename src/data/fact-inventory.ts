/**
 * The site's facts as `npm run facts`, `npm run sources` and the build's warning read them: every
 * entry of the fact files with its check date and cited addresses, the time-bound statements, the
 * source register's titles and the ids that prose quotes. Pure (no file system, no zod): the callers
 * feed it parsed JSON and page text.
 */
import type { FactFile } from './fact-files.ts';
import { isIsoDate, type TimeBoundStatement } from './time-bound.ts';

/** One entry of a fact file, as `npm run facts` lists it. */
export interface FactEntry {
	/** The data file, relative to the project root. */
	file: string;
	/** `req-…`, `cap-…`, `change-…`: the entry's anchor on its page; `guidance-…` for a fact no page lists as a row. */
	anchor: string;
	/** Where readers see it as a row: route and anchor; null when no page lists it (the picker cites it). */
	where: string | null;
	/** When someone last compared it with its source. */
	checked: string;
	/** Every address the entry cites (its own source first), once each. */
	sources: string[];
}

/** A statement that turns on a date, with where it lives and when it was last checked. */
export interface TimeBoundFact {
	/** The entry it belongs to. */
	entry: FactEntry;
	/** The statement's id, when prose quotes it with `<TimeBound id>`. */
	id: string | undefined;
	statement: TimeBoundStatement;
	/** When someone last compared it with its source (its own check date, or its entry's). */
	checked: string;
	/** The address that states it. */
	source: string;
}

/** Everything `collectFacts` found in the fact files. */
export interface FactInventory {
	entries: FactEntry[];
	timeBound: TimeBoundFact[];
	/** Entries it could not read, each named; the build's own validation says more. */
	problems: string[];
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
	typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

function asTimeBound(value: unknown): TimeBoundStatement | undefined {
	if (!isObject(value)) return undefined;
	const [date, before, after] = [text(value['date']), text(value['before']), text(value['after'])];
	return date && isIsoDate(date) && before && after ? { date, before, after } : undefined;
}

/** Reads the entries and time-bound statements of each fact file's parsed JSON. */
export function collectFacts(files: ReadonlyArray<{ file: FactFile; json: unknown }>): FactInventory {
	const inventory: FactInventory = { entries: [], timeBound: [], problems: [] };
	for (const { file, json } of files) {
		if (!Array.isArray(json)) {
			inventory.problems.push(`${file.file}: not a JSON array of entries`);
			continue;
		}
		json.forEach((raw: unknown, index) => {
			const id = isObject(raw) ? text(raw['id']) : undefined;
			const checked = isObject(raw) ? text(raw['checked']) : undefined;
			const source = isObject(raw) ? text(raw['source']) : undefined;
			if (!isObject(raw) || !id || !checked || !isIsoDate(checked) || !source) {
				inventory.problems.push(
					`${file.file}: entry #${index + 1}${id ? ` "${id}"` : ''} has no valid id, source or checked date`,
				);
				return;
			}
			const anchor = `${file.anchorPrefix}${id}`;
			const updates = Array.isArray(raw['updates']) ? raw['updates'].filter(isObject) : [];
			const support = isObject(raw['support']) ? Object.values(raw['support']).filter(isObject) : [];
			const cited = [
				source,
				...updates.map((update) => text(update['source'])),
				...support.map((cell) => text(cell['source'])),
			];
			const entry: FactEntry = {
				file: file.file,
				anchor,
				where: file.route === null ? null : `${file.route}#${anchor}`,
				checked,
				sources: [...new Set(cited.filter((address): address is string => address !== undefined))],
			};
			inventory.entries.push(entry);
			const own = asTimeBound(raw['timeBound']);
			// An entry's own statement is named by its entry; prose quotes only updates by id.
			if (own) inventory.timeBound.push({ entry, id: undefined, statement: own, checked, source });
			for (const update of updates) {
				const statement = asTimeBound(update['timeBound']);
				if (!statement) continue;
				const updateChecked = text(update['checked']);
				inventory.timeBound.push({
					entry,
					id: text(update['id']),
					statement,
					checked: updateChecked && isIsoDate(updateChecked) ? updateChecked : checked,
					source: text(update['source']) ?? source,
				});
			}
		});
	}
	return inventory;
}

/** Page titles by address, from the source register. */
export type SourceTitles = ReadonlyMap<string, string>;

/** The titles of the source register's parsed JSON; entries without an address and a title are skipped. */
export function sourceTitles(register: unknown): SourceTitles {
	const pages = Array.isArray(register) ? register.filter(isObject) : [];
	return new Map(
		pages.flatMap((page) => {
			const [address, title] = [text(page['id']), text(page['title'])];
			return address && title ? [[address, title] as const] : [];
		}),
	);
}

/** The ids that MDX pages quote with `<TimeBound id="…" />`, with the files that quote each. */
export function findProseUses(pages: ReadonlyArray<{ file: string; text: string }>): Map<string, string[]> {
	const uses = new Map<string, string[]>();
	for (const { file, text: source } of pages) {
		for (const match of source.matchAll(/<TimeBound\s+[^>]*\bid=["']([^"']+)["']/g)) {
			const id = match[1]!;
			uses.set(id, [...new Set([...(uses.get(id) ?? []), file])]);
		}
	}
	return uses;
}
