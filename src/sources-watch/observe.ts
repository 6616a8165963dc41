/**
 * What became of a source page since its facts were last re-checked: unchanged, changed (its
 * version marks differ from the register's record), moved (a redirect to another page), vanished
 * (404 or 410), or not checkable (a page without version marks, a failed request). Pure: the
 * network's answer comes in as a PageFetch.
 */
import { readPageVersion } from './page-meta.ts';
import { VERSION_MARKS, type PageVersion } from './page-version.ts';
import type { RegisteredSource } from './register.ts';

/** Where every source lives: facts cite its pages without a locale. */
export const LEARN_ORIGIN = 'https://learn.microsoft.com';

/** Why a request gave no usable answer. */
export interface FetchFailure {
	/** The cause in a phrase, e.g. "no answer within 20 s" or "the name learn.microsoft.com could not be resolved". */
	reason: string;
	/**
	 * What failed: "network" when nothing could be reached (no name resolution, a refused or
	 * unreachable host), "proxy" when the proxy itself failed, "page" when only this request did.
	 */
	scope: 'network' | 'proxy' | 'page';
}

/** What fetching a page gave: its final answer, after any redirects, or a failure. */
export type PageFetch =
	{ kind: 'answer'; status: number; url: string; html: string } | { kind: 'failure'; failure: FetchFailure };

/** One version mark that differs from the record; undefined where the page did not carry it. */
export interface MarkChange {
	meta: (typeof VERSION_MARKS)[number]['meta'];
	recorded: string | undefined;
	now: string | undefined;
}

/** A source's state against the register's record. */
export type SourceState =
	| { kind: 'unchanged'; version: PageVersion }
	| { kind: 'never-recorded'; version: PageVersion }
	| { kind: 'changed'; version: PageVersion; changes: MarkChange[] }
	| { kind: 'moved'; to: string }
	| { kind: 'vanished'; status: number; via: string | null }
	| { kind: 'unreadable'; problem: string }
	| { kind: 'unreachable'; failure: FetchFailure };

/** The states that mean a maintainer must re-read the page: the watch exits non-zero on them. */
export const NEEDS_A_LOOK: ReadonlySet<SourceState['kind']> = new Set(['changed', 'moved', 'vanished']);

/** The URL to fetch for a register address (its fragment dropped): on Learn, or on `origin` (tests only). */
export function fetchUrl(address: string, origin: string): string {
	const page = address.replace(/#.*$/, '');
	return page.startsWith(`${LEARN_ORIGIN}/`) ? `${origin}${page.slice(LEARN_ORIGIN.length)}` : page;
}

/** The address a fetched URL stands for, as facts cite it: back on Learn's origin, without a locale. */
export function learnAddressOf(url: string, origin: string): string {
	const onLearn = url.startsWith(`${origin}/`) ? `${LEARN_ORIGIN}${url.slice(origin.length)}` : url;
	return onLearn.replace(/^(https:\/\/learn\.microsoft\.com)\/[a-z]{2}-[a-z]{2}(?=\/)/i, '$1');
}

/** True when two addresses are one page: Learn ignores case, a trailing slash, the query and the fragment. */
export function samePage(a: string, b: string): boolean {
	const key = (address: string) =>
		address
			.replace(/[?#].*$/, '')
			.replace(/\/+$/, '')
			.toLowerCase();
	return key(a) === key(b);
}

function changesSince(recorded: PageVersion, now: PageVersion): MarkChange[] {
	return VERSION_MARKS.flatMap(({ key, meta }) =>
		recorded[key] === now[key] ? [] : [{ meta, recorded: recorded[key], now: now[key] }],
	);
}

/** The state of `source` given what fetching it gave; `origin` is where it was fetched from. */
export function observe(source: RegisteredSource, fetched: PageFetch, origin = LEARN_ORIGIN): SourceState {
	if (fetched.kind === 'failure') return { kind: 'unreachable', failure: fetched.failure };
	const landedOn = learnAddressOf(fetched.url, origin);
	const moved = !samePage(landedOn, source.address);
	if (fetched.status === 404 || fetched.status === 410) {
		return { kind: 'vanished', status: fetched.status, via: moved ? landedOn : null };
	}
	if (fetched.status !== 200) {
		return { kind: 'unreachable', failure: { reason: `answered HTTP ${fetched.status}`, scope: 'page' } };
	}
	if (moved) return { kind: 'moved', to: landedOn };
	const reading = readPageVersion(fetched.html);
	if (!reading.ok) return { kind: 'unreadable', problem: reading.problem };
	if (source.seen === null) return { kind: 'never-recorded', version: reading.version };
	const changes = changesSince(source.seen, reading.version);
	return changes.length === 0
		? { kind: 'unchanged', version: reading.version }
		: { kind: 'changed', version: reading.version, changes };
}
