/**
 * The sentence that tells a reader which day a page's dated statements are worded for: the build's
 * day in the server HTML (no JavaScript), the reader's own day once <time-bound-today> has run.
 * Pure, so the server component and the element say exactly the same thing.
 */
import { formatLongDate } from '../data/time-bound';

/** The note as built: worded for the day this copy of the site was built. */
export function builtDayNote(builtDay: string): string {
	return `Deadlines on this page are worded for ${formatLongDate(builtDay)}, the day this copy of the guide was built; with JavaScript on, they follow your device's date.`;
}

/**
 * The note once the reader's clock is known. Read on the day it was built, the page keeps the built
 * note word for word (still true), so the paragraph does not reflow as the script starts.
 */
export function readerDayNote(builtDay: string, readerDay: string): string {
	if (readerDay === builtDay) return builtDayNote(builtDay);
	return `Deadlines on this page are worded for today, ${formatLongDate(readerDay)}, by your device's date; this copy of the guide was built on ${formatLongDate(builtDay)}.`;
}
