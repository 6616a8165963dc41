/**
 * The build's "today": the day time-bound statements are worded for when a page is read without
 * JavaScript. It is the UTC day of the build, or of `SOURCE_DATE_EPOCH` (seconds since 1970, the
 * reproducible-builds convention) when that is set, so a build can be repeated for a given day.
 */
import { utcDay } from './time-bound';

/** Where the day is kept for the rest of the process (see `buildDay`). */
export const BUILD_DAY_KEY = Symbol.for('hybrid-sync-guide.build-day');

/** Reads the build's day from `env`, falling back to `now`. */
export function buildDayFrom(env: Record<string, string | undefined>, now: Date): string {
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

/**
 * The day of this build, worked out on the first call and the same for every later one, so a build
 * that runs across midnight UTC words every page, and its freshness warning, for one day. It is
 * kept on `globalThis`: Astro loads the integrations and the pages as separate module instances.
 */
export function buildDay(): string {
	const store = globalThis as { [BUILD_DAY_KEY]?: string };
	return (store[BUILD_DAY_KEY] ??= buildDayFrom(process.env, new Date()));
}
