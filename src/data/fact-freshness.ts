/**
 * How fresh the site's facts are: which were last compared with their source longest ago, which have
 * not been checked for 12 months, and which time-bound statements have turned since their last
 * check. Pure (no file system, no zod): `npm run facts` and the build's warning feed it the facts as
 * ./fact-inventory.ts reads them.
 */
import type { FactEntry, FactInventory, SourceTitles, TimeBoundFact } from './fact-inventory.ts';
import { daysBetween, formatLongDate, formatShortDate } from './time-bound.ts';

/** A fact not compared with its source for this many months is stale. */
export const STALE_AFTER_MONTHS = 12;

/** The day `months` calendar months before `day` (clamped to the month's end). */
export function monthsBefore(day: string, months: number): string {
	const [year, month, date] = day.split('-').map(Number) as [number, number, number];
	const target = new Date(Date.UTC(year, month - 1 - months, 1));
	const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
	target.setUTCDate(Math.min(date, lastDay));
	return target.toISOString().slice(0, 10);
}

/** What needs a person's attention on `today`. */
export interface FreshnessFlags {
	/** Entries not compared with their source for STALE_AFTER_MONTHS months or more. */
	stale: FactEntry[];
	/** Time-bound statements whose date came after their last check and is now past. */
	passed: TimeBoundFact[];
	/** Entries checked on a day that has not come yet: a typing slip in `checked`. */
	future: FactEntry[];
}

/** Flags the stale, the passed and the impossible on `today` (YYYY-MM-DD). */
export function flagFacts(inventory: FactInventory, today: string): FreshnessFlags {
	const staleBefore = monthsBefore(today, STALE_AFTER_MONTHS);
	return {
		stale: inventory.entries.filter((entry) => entry.checked <= staleBefore),
		passed: inventory.timeBound.filter((fact) => fact.checked < fact.statement.date && fact.statement.date <= today),
		future: inventory.entries.filter((entry) => entry.checked > today),
	};
}

/** "4 days", "3 months", "1 year 2 months": how long ago a check was. */
export function describeAge(from: string, today: string): string {
	const days = daysBetween(from, today);
	if (days < 0) return 'in the future';
	if (days === 0) return 'today';
	if (days < 31) return days === 1 ? '1 day' : `${days} days`;
	let months = 0;
	while (monthsBefore(today, months + 1) >= from) months += 1;
	const [years, rest] = [Math.floor(months / 12), months % 12];
	const parts = [years && `${years} year${years > 1 ? 's' : ''}`, rest && `${rest} month${rest > 1 ? 's' : ''}`];
	return parts.filter(Boolean).join(' ') || '1 month';
}

function reread(addresses: readonly string[], titles: SourceTitles): string[] {
	return addresses.map(
		(address) => `      re-read: ${titles.get(address) ?? '(not in the source register)'} <${address}>`,
	);
}

/** How a report names a time-bound statement: its entry, and its own id when that differs. */
export function statementName(fact: TimeBoundFact): string {
	return fact.id ? `${fact.entry.anchor} › ${fact.id}` : fact.entry.anchor;
}

/** The warnings alone, one block per flagged fact: what the build prints and `npm run facts` ends with. */
export function formatFlags(flags: FreshnessFlags, titles: SourceTitles, today: string): string[] {
	const lines: string[] = [];
	for (const entry of flags.stale) {
		lines.push(
			`STALE  ${entry.anchor} (${entry.file}): last checked ${formatShortDate(entry.checked)}, ${describeAge(entry.checked, today)} ago; not checked for ${STALE_AFTER_MONTHS} months.`,
			...reread(entry.sources, titles),
		);
	}
	for (const fact of flags.passed) {
		lines.push(
			`PASSED ${statementName(fact)} (${fact.entry.file}): its date, ${formatLongDate(fact.statement.date)}, has passed since it was last checked on ${formatShortDate(fact.checked)}. Check that the "after" wording is still true, then update its check date.`,
			...reread([fact.source], titles),
		);
	}
	for (const entry of flags.future) {
		lines.push(
			`FUTURE ${entry.anchor} (${entry.file}): checked ${entry.checked}, a day that has not come yet; fix its "checked" date.`,
		);
	}
	return lines;
}

/** The full report of `npm run facts`: every fact by the age of its last check, then the flags. */
export function formatReport(
	inventory: FactInventory,
	titles: SourceTitles,
	today: string,
	proseUses: ReadonlyMap<string, readonly string[]> = new Map(),
): string {
	const flags = flagFacts(inventory, today);
	const byAge = inventory.entries.toSorted(
		(a, b) => a.checked.localeCompare(b.checked) || a.anchor.localeCompare(b.anchor),
	);
	const width = Math.max(...byAge.map((entry) => entry.anchor.length), 4);
	const lines = [
		`Facts by their last check against the source, oldest first (today: ${formatLongDate(today)}; stale after ${STALE_AFTER_MONTHS} months)`,
		'',
		`  ${'checked'.padEnd(12)} ${'ago'.padEnd(16)} ${'fact'.padEnd(width)}  source`,
		...byAge.map(
			(entry) =>
				`  ${formatShortDate(entry.checked).padEnd(12)} ${describeAge(entry.checked, today).padEnd(16)} ${entry.anchor.padEnd(width)}  ${titles.get(entry.sources[0] ?? '') ?? entry.sources[0] ?? ''}`,
		),
		'',
		`Time-bound statements (${inventory.timeBound.length}): worded "before" until their date, "after" from it`,
		...inventory.timeBound.map((fact) => {
			const state = fact.statement.date <= today ? 'passed' : `in ${describeAge(today, fact.statement.date)}`;
			const prose = fact.id ? (proseUses.get(fact.id) ?? []) : [];
			return `  ${formatShortDate(fact.statement.date).padEnd(12)} ${state.padEnd(16)} ${statementName(fact)}, checked ${formatShortDate(fact.checked)}${prose.length ? `; quoted in ${prose.join(', ')}` : ''}`;
		}),
		'',
	];
	const flagged = formatFlags(flags, titles, today);
	const count = flags.stale.length + flags.passed.length + flags.future.length;
	lines.push(
		count === 0
			? `Needs a look: nothing. No fact is ${STALE_AFTER_MONTHS} months past its last check, and no date has passed since its statement was checked.`
			: `Needs a look (${count}):`,
		...flagged.map((line) => `  ${line}`),
	);
	if (inventory.problems.length > 0)
		lines.push('', 'Could not read:', ...inventory.problems.map((problem) => `  ${problem}`));
	return lines.join('\n');
}
