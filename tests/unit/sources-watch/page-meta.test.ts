// Reading a Microsoft Learn page's version marks (ms.date, updated_at, git_commit_id) from its HTML.
import { describe, expect, test } from 'vitest';
import { normaliseMsDate, readPageVersion } from '../../../src/sources-watch/page-meta';

const COMMIT = '3f1c0de2a9b84e5f6a7b8c9d0e1f2a3b4c5d6e7f';

function head(...metas: string[]): string {
	return `<!doctype html><html><head><title>A page</title>${metas.join('')}</head><body><p>Text</p></body></html>`;
}

describe('readPageVersion', () => {
	test('reads the three marks, with ms.date as YYYY-MM-DD', () => {
		const html = head(
			'<meta name="ms.date" content="04/09/2025" />',
			'<meta name="updated_at" content="2025-04-10T17:22:00Z" />',
			`<meta name="git_commit_id" content="${COMMIT}" />`,
		);
		expect(readPageVersion(html)).toEqual({
			ok: true,
			version: { msDate: '2025-04-09', updatedAt: '2025-04-10T17:22:00Z', gitCommitId: COMMIT },
		});
	});

	test('reads marks whatever the case, quoting and attribute order, and decodes entities', () => {
		const html = head(
			"<META CONTENT='2026-01-12T00:00:00Z' NAME='ms.date'>",
			'<meta content=2026-01-12T09:05:00Z name=updated_at>',
			`<meta name=" GIT_COMMIT_ID " content="&#x33;${COMMIT.slice(1)}">`,
		);
		expect(readPageVersion(html)).toEqual({
			ok: true,
			version: { msDate: '2026-01-12', updatedAt: '2026-01-12T09:05:00Z', gitCommitId: COMMIT },
		});
	});

	test('keeps the first of a repeated mark, and leaves out one the page does not carry', () => {
		const html = head('<meta name="ms.date" content="1/2/2024">', '<meta name="ms.date" content="12/31/2025">');
		expect(readPageVersion(html)).toEqual({ ok: true, version: { msDate: '2024-01-02' } });
	});

	test('still finds the marks of a page whose markup is broken after them', () => {
		const html = `<html><head><meta name="updated_at" content="2025-04-10T17:22:00Z"><body><div <p>unclosed <a href="/x`;
		expect(readPageVersion(html)).toEqual({ ok: true, version: { updatedAt: '2025-04-10T17:22:00Z' } });
	});

	test('names a page with no version marks as not a Learn article', () => {
		const reading = readPageVersion('<html><head><title>Oops<body><div class="error">Something went wrong');
		expect(reading).toEqual({ ok: false, problem: expect.stringContaining('has none of the <meta> elements ms.date') });
	});

	test('names a mark it cannot read, quoting it', () => {
		expect(readPageVersion(head('<meta name="ms.date" content="next week">'))).toEqual({
			ok: false,
			problem: 'has an ms.date that is not a date: "next week"',
		});
		expect(readPageVersion(head('<meta name="git_commit_id" content="not-a-commit">'))).toEqual({
			ok: false,
			problem: 'has a git_commit_id that is not a commit id: "not-a-commit"',
		});
		expect(readPageVersion(head('<meta name="updated_at" content="  ">'))).toEqual({
			ok: false,
			problem: 'has an empty updated_at',
		});
	});

	test('shortens a long value it quotes to one line', () => {
		const reading = readPageVersion(head(`<meta name="ms.date" content="${'x'.repeat(200)}">`));
		expect(reading.ok ? '' : reading.problem).toBe(`has an ms.date that is not a date: "${'x'.repeat(57)}..."`);
	});
});

describe('normaliseMsDate', () => {
	test.each([
		['04/09/2025', '2025-04-09'],
		['4/9/2025', '2025-04-09'],
		['2025-04-09', '2025-04-09'],
		['2025-04-09T00:00:00Z', '2025-04-09'],
		['2025-04-09 08:30:00+02:00', '2025-04-09'],
	])('reads %s as %s', (value, day) => {
		expect(normaliseMsDate(value)).toBe(day);
	});

	test.each(['13/01/2025', '02/30/2025', '2025-4-9', 'April 9, 2025', ''])('refuses %j', (value) => {
		expect(normaliseMsDate(value)).toBeUndefined();
	});
});
