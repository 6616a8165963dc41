/**
 * The build's "today": the day time-bound statements are worded for when a page is read without
 * JavaScript. It is the UTC day of the build, or of `SOURCE_DATE_EPOCH` (seconds since 1970, the
 * reproducible-builds convention) when that is set, so a build can be repeated for a given day.
 */
import { utcDay } from '../data/time-bound';

/** Reads the build's day from `env` (default `process.env`), falling back to `now`. */
export function buildDay(env: Record<string, string | undefined> = process.env, now: Date = new Date()): string {
	const epoch = env['SOURCE_DATE_EPOCH']?.trim();
	if (epoch === undefined || epoch === '') return utcDay(now);
	const seconds = /^\d+$/.test(epoch) ? Number(epoch) : NaN;
	const instant = new Date(seconds * 1000);
	if (!Number.isSafeInteger(seconds) || Number.isNaN(instant.getTime())) {
		throw new Error(
			`SOURCE_DATE_EPOCH="${epoch}" is not a time: set it to whole seconds since 1970-01-01 UTC (for example $(date +%s)), or unset it to build for today.`,
		);
	}
	return utcDay(instant);
}
