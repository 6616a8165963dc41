/** The `heading-level` rule, one for the picker, its frame and the readiness check. */

/** What a `heading-level` must be, for warnings. */
export const HEADING_LEVEL_RULE = 'use a whole number from 1 to 6';

/** True for a `heading-level` the components take: a digit from 1 to 6 (not "0x3" or "1e0", which Number() reads). */
export function isHeadingLevel(value: string): boolean {
	return /^\s*[1-6]\s*$/.test(value);
}
