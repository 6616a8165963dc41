/**
 * The source register (content/data/sources.json) as `npm run sources` reads and records it: each
 * page's address and title, and what the page's head said when its facts were last re-checked
 * (`seen`). Pure: it takes and returns parsed JSON. The register's strict shape is SourcePageSchema
 * (src/data/schemas/sources.ts), which the build and the data tests enforce; this reader only takes what
 * the watch needs, and names an entry it cannot use.
 */
import { isIsoDate } from '../data/time-bound.ts';
import { VERSION_MARKS, type SourceSeen } from './page-version.ts';

/** A page of the register, as the watch uses it. */
export interface RegisteredSource {
	/** The page's address, as facts cite it. */
	address: string;
	/** The page's title on Microsoft Learn. */
	title: string;
	/** What was recorded of it; null before its first `--record`. */
	seen: SourceSeen | null;
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

function readSeen(value: unknown): SourceSeen | string {
	if (!isObject(value)) return '"seen" is not an object';
	const recorded = value['recorded'];
	if (typeof recorded !== 'string' || !isIsoDate(recorded)) return '"seen.recorded" is not a date written YYYY-MM-DD';
	const seen: SourceSeen = { recorded };
	for (const { key } of VERSION_MARKS) {
		const mark = value[key];
		if (mark === undefined) continue;
		if (typeof mark !== 'string') return `"seen.${key}" is not a string`;
		seen[key] = mark;
	}
	return seen;
}

/** The register's pages, and a sentence for each entry it cannot use. */
export function readRegister(json: unknown): { sources: RegisteredSource[]; problems: string[] } {
	if (!Array.isArray(json)) return { sources: [], problems: ['is not a JSON array of pages'] };
	const sources: RegisteredSource[] = [];
	const problems: string[] = [];
	json.forEach((entry: unknown, index) => {
		const address = isObject(entry) ? entry['id'] : undefined;
		const title = isObject(entry) ? entry['title'] : undefined;
		const name = `entry #${index + 1}${typeof address === 'string' ? ` "${address}"` : ''}`;
		if (!isObject(entry) || typeof address !== 'string' || typeof title !== 'string') {
			problems.push(`${name} has no "id" address or no "title"`);
			return;
		}
		const seen = entry['seen'] === undefined ? null : readSeen(entry['seen']);
		if (typeof seen === 'string') problems.push(`${name}: ${seen}`);
		else sources.push({ address, title, seen });
	});
	return { sources, problems };
}

/**
 * The register with `seen` set on the pages in `records` and every other key, entry and order kept:
 * `seen` replaces an earlier record where it stood, or goes last in its entry.
 */
export function withRecords(register: readonly unknown[], records: ReadonlyMap<string, SourceSeen>): unknown[] {
	return register.map((entry) => {
		if (!isObject(entry) || typeof entry['id'] !== 'string') return entry;
		const seen = records.get(entry['id']);
		if (seen === undefined) return entry;
		// Marks in report order, then the day: the same key order in every entry.
		const ordered: Json = {};
		for (const { key } of VERSION_MARKS) if (seen[key] !== undefined) ordered[key] = seen[key];
		ordered['recorded'] = seen.recorded;
		return { ...entry, seen: ordered };
	});
}
