/**
 * Connect Sync's current minimum version, from the dated facts (content/data/requirements.json):
 * the one place that names the fact, so moving to a newer minimum is a change of one id.
 */

/** The time-bound fact that holds the minimum version and the day it applies from. */
export const MINIMUM_VERSION_FACT = 'connect-sync-2-6-84-0-deadline';

/** The minimum version, the day versions below it stop synchronising, and its source. */
export interface MinimumVersion {
	version: string;
	date: string;
	source: string;
	asOf: string;
}

const VERSION = /\b\d+\.\d+\.\d+\.\d+\b/;

interface FactShape {
	id?: unknown;
	timeBound?: { date?: unknown; before?: unknown };
	source?: unknown;
	asOf?: unknown;
}

/** The minimum from the requirement rows (each with its `updates`), or undefined when the fact is not there. */
export function minimumVersionFrom(rows: unknown): MinimumVersion | undefined {
	if (!Array.isArray(rows)) return undefined;
	const updates = rows.flatMap((row: { updates?: unknown }) =>
		Array.isArray(row?.updates) ? (row.updates as FactShape[]) : [],
	);
	const fact = updates.find((update) => update?.id === MINIMUM_VERSION_FACT);
	const before = fact?.timeBound?.before;
	const version = typeof before === 'string' ? VERSION.exec(before)?.[0] : undefined;
	const { date } = fact?.timeBound ?? {};
	if (
		!fact ||
		!version ||
		typeof date !== 'string' ||
		typeof fact.source !== 'string' ||
		typeof fact.asOf !== 'string'
	) {
		return undefined;
	}
	return { version, date, source: fact.source, asOf: fact.asOf };
}

/** Negative, zero or positive as version `a` is below, equal to or above `b` (dotted numbers). */
export function compareVersions(a: string, b: string): number {
	const left = a.split('.').map(Number);
	const right = b.split('.').map(Number);
	for (let index = 0; index < Math.max(left.length, right.length); index += 1) {
		const difference = (left[index] ?? 0) - (right[index] ?? 0);
		if (difference !== 0) return difference;
	}
	return 0;
}

/** True when `text` is a dotted version the comparison can read. */
export const isVersion = (text: string): boolean => /^\d+(\.\d+){1,3}$/.test(text.trim());

/** `value` as a minimum version (as the page passes it on), or undefined when it is not one. */
export function asMinimumVersion(value: unknown): MinimumVersion | undefined {
	const { version, date, source, asOf } = (value ?? {}) as Record<string, unknown>;
	const strings = [version, date, source, asOf].every((each) => typeof each === 'string');
	return strings && isVersion(version as string) ? (value as MinimumVersion) : undefined;
}
