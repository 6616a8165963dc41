/**
 * What a Microsoft Learn page says about its own version, read from its HTML head: `ms.date` (the
 * day its author last dated it), `updated_at` (when it was last published) and `git_commit_id`
 * (the commit it was built from). Pure: the HTML comes in as text; htmlparser2 reads it as a browser
 * would, so a page with broken markup still yields the elements it has.
 */
import { Parser } from 'htmlparser2';
import { isIsoDate } from '../data/time-bound.ts';
import { COMMIT_ID } from '../data/commit-id.ts';
import { VERSION_MARKS, type PageVersion } from './page-version.ts';

/** What reading a page's head gave: its version marks, or why they cannot be trusted. */
export type PageVersionReading = { ok: true; version: PageVersion } | { ok: false; problem: string };

/**
 * `ms.date` as YYYY-MM-DD: Learn writes it as the article's front matter has it (`04/09/2025`,
 * `4/9/2025`) or as a time (`2025-04-09T00:00:00Z`). Undefined when it is neither.
 */
export function normaliseMsDate(value: string): string | undefined {
	const american = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
	const day = american
		? `${american[3]}-${american[1]!.padStart(2, '0')}-${american[2]!.padStart(2, '0')}`
		: /^(\d{4}-\d{2}-\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(value)?.[1];
	return day !== undefined && isIsoDate(day) ? day : undefined;
}

/** A value as a report quotes it: short enough for one line. */
function quote(value: string): string {
	return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
}

/** The `content` of each `<meta name>` of interest, the first of each name, in a page's HTML. */
function metaContents(html: string): Map<string, string> {
	const wanted = new Set<string>(VERSION_MARKS.map((mark) => mark.meta));
	const found = new Map<string, string>();
	const parser = new Parser(
		{
			onopentag(name, attributes) {
				const metaName = attributes['name']?.trim().toLowerCase();
				if (name !== 'meta' || metaName === undefined || !wanted.has(metaName) || found.has(metaName)) return;
				found.set(metaName, (attributes['content'] ?? '').trim());
			},
		},
		{ decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
	);
	parser.write(html);
	parser.end();
	return found;
}

/** Reads the version marks of a page; a page with none of them, or with one it cannot read, is a problem. */
export function readPageVersion(html: string): PageVersionReading {
	const contents = metaContents(html);
	if (contents.size === 0) {
		return {
			ok: false,
			problem:
				'has none of the <meta> elements ms.date, updated_at and git_commit_id (is it a Microsoft Learn article?)',
		};
	}
	const version: PageVersion = {};
	const msDate = contents.get('ms.date');
	if (msDate !== undefined) {
		const day = normaliseMsDate(msDate);
		if (day === undefined) return { ok: false, problem: `has an ms.date that is not a date: ${quote(msDate)}` };
		version.msDate = day;
	}
	const updatedAt = contents.get('updated_at');
	if (updatedAt !== undefined) {
		if (updatedAt === '') return { ok: false, problem: 'has an empty updated_at' };
		version.updatedAt = updatedAt;
	}
	const commit = contents.get('git_commit_id');
	if (commit !== undefined) {
		if (!COMMIT_ID.test(commit))
			return { ok: false, problem: `has a git_commit_id that is not a commit id: ${quote(commit)}` };
		version.gitCommitId = commit;
	}
	return { ok: true, version };
}
