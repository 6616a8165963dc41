/**
 * A Microsoft Learn page's version marks, as its HTML head states them, and what the source register
 * keeps of them (`seen`, whose shape SourceSeenSchema in src/data/schemas/sources.ts defines). No runtime
 * imports: the page reader and the watch name the marks from here.
 */
import type { SourceSeen } from '../data/schemas/sources.ts';

export type { SourceSeen };

/** A page's version marks; a mark the page does not carry is left out. */
export type PageVersion = Omit<SourceSeen, 'recorded'>;

/** The version marks in the order reports name them, with the `<meta name>` of each. */
export const VERSION_MARKS = [
	{ key: 'msDate', meta: 'ms.date' },
	{ key: 'updatedAt', meta: 'updated_at' },
	{ key: 'gitCommitId', meta: 'git_commit_id' },
] as const satisfies ReadonlyArray<{ key: keyof PageVersion; meta: string }>;
