/**
 * Statements that turn on a date (a deadline, a retirement, an end of support), worded for the day
 * they are read. Pure: no zod, no DOM, no Astro, so the pages (at build time), the <time-bound>
 * element (in the reader's browser), the picker, the embed and `npm run facts` share one rule.
 *
 * The rule for "today": a page is worded for the reader's own calendar day, taken from their
 * device's clock in their time zone; without JavaScript it keeps the wording of the day the site
 * was built. A statement's `date` is the first day its `after` wording applies.
 */

/** A statement with a wording for before its date and one from its date on. */
export interface TimeBoundStatement {
	/** The day the statement turns, YYYY-MM-DD: from this day on, `after` applies. */
	date: string;
	/** The wording before the date; `{date}` stands for the date, written out. */
	before: string;
	/** The wording from the date on; `{date}` stands for the date, written out. */
	after: string;
}

/** A calendar date written YYYY-MM-DD. */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

// One string split once: the shortest way to ship twelve names in the picker's embed.
const MONTHS = 'January February March April May June July August September October November December'.split(' ');

/** The placeholder a wording uses for its date. */
export const DATE_PLACEHOLDER = '{date}';

/** True when `value` is a real calendar date written YYYY-MM-DD (so "2026-02-30" is not). */
export function isIsoDate(value: string): boolean {
	const match = ISO_DATE.exec(value);
	// A date that does not exist rolls over ("2026-02-30" becomes 2 March), so it no longer reads the same.
	return match !== null && utcDay(new Date(Date.UTC(+match[1]!, +match[2]! - 1, +match[3]!))) === value;
}

function parts(isoDate: string): { year: number; month: number; day: number } {
	if (!isIsoDate(isoDate)) throw new RangeError(`"${isoDate}" is not a date written YYYY-MM-DD`);
	const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
	return { year, month, day };
}

/**
 * A date written out in full, the way the site's prose writes it: "30 September 2026".
 * Month names are spelt here rather than by `Intl`, so Node and every browser agree.
 */
export function formatLongDate(isoDate: string): string {
	const { year, month, day } = parts(isoDate);
	return `${day} ${MONTHS[month - 1]} ${year}`;
}

/** A date in short form, for citations and table notes: "30 Sep 2026". */
export function formatShortDate(isoDate: string): string {
	const { year, month, day } = parts(isoDate);
	return `${day} ${MONTHS[month - 1]!.slice(0, 3)} ${year}`;
}

/** The calendar day of `instant` on the clock of the device that runs this code, YYYY-MM-DD. */
export function localDay(instant: Date): string {
	const pad = (value: number) => String(value).padStart(2, '0');
	return `${instant.getFullYear()}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())}`;
}

/** The calendar day of `instant` in UTC, YYYY-MM-DD: the build's "today", whatever the build machine's zone. */
export function utcDay(instant: Date): string {
	return instant.toISOString().slice(0, 10);
}

/** Whether `statement` has turned on `today` (YYYY-MM-DD): true from its date on. */
export function hasPassed(statement: Pick<TimeBoundStatement, 'date'>, today: string): boolean {
	parts(today);
	parts(statement.date);
	// ISO dates of equal length compare as strings in calendar order.
	return today >= statement.date;
}

/** Which of its two wordings `statement` uses on `today`. */
export function timeBoundPhase(statement: TimeBoundStatement, today: string): 'before' | 'after' {
	return hasPassed(statement, today) ? 'after' : 'before';
}

/** Fills `{date}` in `wording` with `isoDate`, written out in full. */
export function fillDate(wording: string, isoDate: string): string {
	return wording.split(DATE_PLACEHOLDER).join(formatLongDate(isoDate));
}

/**
 * The statement worded for `today` (YYYY-MM-DD, or a Date read on the device's own calendar):
 * `before` until the day before its date, `after` from its date on, with `{date}` written out.
 */
export function timeBoundText(statement: TimeBoundStatement, today: string | Date): string {
	const day = typeof today === 'string' ? today : localDay(today);
	return fillDate(statement[timeBoundPhase(statement, day)], statement.date);
}

/** Whole days from `from` to `to` (both YYYY-MM-DD); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
	const a = parts(from);
	const b = parts(to);
	return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000);
}
