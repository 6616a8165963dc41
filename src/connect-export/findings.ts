/** Builders of findings, and the configuration read before the readiness answers are derived from it. */
import type { ExportReading, Finding } from './types';

export const read = <T>(value: T, from: string): Finding<T> => ({ state: 'read', value, from });
export const inferred = <T>(value: T, from: string): Finding<T> => ({ state: 'inferred', value, from });
export const notDetermined = <T>(why: string): Finding<T> => ({ state: 'not-determined', why });

/** The value of a finding, or undefined when not determined. */
export const valueOf = <T>(finding: Finding<T>): T | undefined =>
	finding.state === 'not-determined' ? undefined : finding.value;

/** A finding of `finding`'s kind and source for a value derived from it. */
export function derive<T, U>(finding: Finding<T>, map: (value: T) => U): Finding<U> {
	return finding.state === 'not-determined' ? finding : { ...finding, value: map(finding.value) };
}

/** The configuration as read, before the readiness answers are derived from it. */
export type ConfigurationReading = Omit<ExportReading, 'format' | 'files' | 'messages' | 'answers' | 'origins'>;
