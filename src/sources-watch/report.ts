/**
 * What `npm run sources` prints, and the code it exits with: the sources that changed, moved or
 * vanished, each with the facts that cite it and the places to re-read in order; then the ones it
 * could not check, the ones never recorded, and a count of the unchanged. Pure.
 */
import { formatShortDate, isIsoDate } from '../data/time-bound.ts';
import { NEEDS_A_LOOK, type MarkChange, type SourceState } from './observe.ts';
import type { RegisteredSource } from './register.ts';
import { firstPlaceRank, type SourceUses } from './where-shown.ts';

/** A source and what became of it. */
export interface WatchResult {
	source: RegisteredSource;
	state: SourceState;
}

/** Exit codes: 1 when a page needs a re-read, 3 when some could not be checked; 2 is the script's (bad usage). */
export const EXIT = { ok: 0, needsALook: 1, usage: 2, notChecked: 3 } as const;

/** The code the watch exits with: a scheduled job fails on anything that needs a person. */
export function exitCode(results: readonly WatchResult[]): number {
	if (results.some(({ state }) => NEEDS_A_LOOK.has(state.kind))) return EXIT.needsALook;
	if (results.some(({ state }) => state.kind === 'unreadable' || state.kind === 'unreachable')) return EXIT.notChecked;
	return EXIT.ok;
}

/**
 * One sentence when no request reached anything (no network, or a dead proxy), so the report does
 * not list every page with the same failure; null when at least one request got through.
 */
export function nothingReached(results: readonly WatchResult[]): string | null {
	const failures = results.flatMap(({ state }) =>
		state.kind === 'unreachable' && state.failure.scope !== 'page' ? [state.failure] : [],
	);
	if (failures.length === 0 || failures.length < results.length) return null;
	const proxy = failures.find((failure) => failure.scope === 'proxy');
	if (proxy) {
		return `No page could be checked: ${proxy.reason}. Check that the proxy is running and that the variable names it, or, if this network needs no proxy, unset it.`;
	}
	return `No network: none of the ${results.length} pages could be reached; ${failures[0]!.reason}. Check this computer's connection; behind a proxy, set HTTPS_PROXY.`;
}

const MARK_VALUE: Record<MarkChange['meta'], (value: string) => string> = {
	// A hand-edited record may hold anything: a value that is no date is shown as it is.
	'ms.date': (value) => (isIsoDate(value) ? formatShortDate(value) : value),
	updated_at: (value) => value,
	git_commit_id: (value) => value.slice(0, 12),
};

function describeChange({ meta, recorded, now }: MarkChange): string {
	const value = (mark: string | undefined) => (mark === undefined ? '(none)' : MARK_VALUE[meta](mark));
	return `${meta} ${value(recorded)} -> ${value(now)}`;
}

function stateLine(source: RegisteredSource, state: SourceState): string {
	switch (state.kind) {
		case 'changed':
			return `${state.changes.map(describeChange).join('; ')} (recorded ${formatShortDate(source.seen!.recorded)})`;
		case 'moved':
			return `now at ${state.to}`;
		case 'vanished':
			return `answers HTTP ${state.status}${state.via ? ` after a redirect to ${state.via}` : ''}`;
		default:
			return state.kind;
	}
}

function sourceBlock(result: WatchResult, uses: SourceUses | undefined): string[] {
	const { source, state } = result;
	const facts = uses?.facts ?? [];
	const places = uses?.places ?? [];
	return [
		`  ${source.title}`,
		`  ${source.address}`,
		`    ${stateLine(source, state)}`,
		facts.length
			? `    cited by ${facts.length} fact${facts.length > 1 ? 's' : ''}: ${facts.map((fact) => fact.anchor).join(', ')}`
			: '    cited by no fact',
		...(places.length
			? places.map((place, index) => `    ${index + 1}. ${place.where}: ${place.what}`)
			: ['    shown nowhere on the site']),
		'',
	];
}

const GROUPS = [
	{ kind: 'changed', heading: 'Changed', advice: 're-read the page, then each place below, in order' },
	{ kind: 'moved', heading: 'Moved', advice: 'cite the new address (sources.json and the facts), then re-read' },
	{ kind: 'vanished', heading: 'Vanished', advice: 'find where Microsoft states these facts now, or retire them' },
] as const;

/** Why a source could not be checked, in a phrase. */
function notCheckedReason(state: SourceState): string {
	if (state.kind === 'unreadable') return `the page ${state.problem}`;
	if (state.kind === 'unreachable') return state.failure.reason;
	return state.kind;
}

/** The report, given each source's result and where its facts show. */
export function formatWatchReport(results: readonly WatchResult[], uses: ReadonlyMap<string, SourceUses>): string {
	const blocked = nothingReached(results);
	if (blocked) return blocked;
	const ordered = results.toSorted(
		(a, b) =>
			firstPlaceRank(uses.get(a.source.address)) - firstPlaceRank(uses.get(b.source.address)) ||
			a.source.title.localeCompare(b.source.title),
	);
	const having = (...kinds: Array<SourceState['kind']>) => ordered.filter(({ state }) => kinds.includes(state.kind));
	const lines = [
		`Checked ${results.length} source page${results.length === 1 ? '' : 's'} against what was recorded when their facts were last re-checked.`,
		'',
	];
	for (const { kind, heading, advice } of GROUPS) {
		const group = having(kind);
		if (group.length === 0) continue;
		lines.push(
			`${heading} (${group.length}): ${advice}`,
			...group.flatMap((result) => sourceBlock(result, uses.get(result.source.address))),
		);
	}
	const notChecked = having('unreadable', 'unreachable');
	if (notChecked.length) {
		lines.push(
			`Could not check (${notChecked.length}):`,
			...notChecked.map(({ source, state }) => `  ${source.title} <${source.address}>: ${notCheckedReason(state)}`),
			'',
		);
	}
	const never = having('never-recorded');
	if (never.length) {
		lines.push(
			`Never recorded (${never.length}): nothing to compare with yet; once their facts are re-checked, "npm run sources -- --record" records them.`,
			...never.map(({ source }) => `  ${source.title} <${source.address}>`),
			'',
		);
	}
	const needsALook = results.filter(({ state }) => NEEDS_A_LOOK.has(state.kind)).length;
	lines.push(
		`Unchanged: ${having('unchanged').length}.`,
		needsALook === 0 ? 'Nothing changed, moved or vanished.' : `Needs a re-read: ${needsALook}.`,
	);
	return lines.join('\n');
}

/** What `--record` says after writing the register: what it recorded, what kept its record, what it left and why. */
export function formatRecordSummary(
	results: readonly WatchResult[],
	recorded: readonly string[],
	file: string,
	today: string,
): string {
	const kept = results.filter(({ state }) => state.kind === 'unchanged').length;
	const left = results.filter(({ source, state }) => state.kind !== 'unchanged' && !recorded.includes(source.address));
	return [
		`Recorded ${recorded.length} page${recorded.length === 1 ? '' : 's'} in ${file}, seen ${formatShortDate(today)}; ${kept} unchanged kept ${kept === 1 ? 'its' : 'their'} record.`,
		...(left.length
			? [
					`Not recorded (${left.length}): cite a moved or vanished page's facts elsewhere first; a page that could not be checked has nothing to record.`,
					...left.map(
						({ source, state }) =>
							`  ${source.title} <${source.address}>: ${NEEDS_A_LOOK.has(state.kind) ? state.kind : notCheckedReason(state)}`,
					),
				]
			: []),
	].join('\n');
}
