// What became of a source page: the state the watch gives each answer, against the register's record.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { fetchUrl, learnAddressOf, observe, samePage, type PageFetch } from '../../../src/sources-watch/observe';
import type { RegisteredSource } from '../../../src/sources-watch/register';
import { PROJECT_ROOT } from '../../support/astro-build';

const ADDRESS = 'https://learn.microsoft.com/entra/identity/hybrid/connect/how-to-connect-install-prerequisites';
const fixture = (file: string) => readFileSync(join(PROJECT_ROOT, 'tests/fixtures/sources-watch', file), 'utf8');
const APRIL_2025 = {
	msDate: '2025-04-09',
	updatedAt: '2025-04-10T17:22:00Z',
	gitCommitId: '3f1c0de2a9b84e5f6a7b8c9d0e1f2a3b4c5d6e7f',
};
const recorded: RegisteredSource = {
	address: ADDRESS,
	title: 'Prerequisites for Microsoft Entra Connect',
	seen: { ...APRIL_2025, recorded: '2026-11-27' },
};

const answer = (html: string, url = ADDRESS, status = 200): PageFetch => ({ kind: 'answer', status, url, html });

describe('observe', () => {
	test('finds a page unchanged when its marks are the recorded ones', () => {
		expect(observe(recorded, answer(fixture('article-2025.html')))).toEqual({ kind: 'unchanged', version: APRIL_2025 });
	});

	test('lists each mark that differs from the record', () => {
		const state = observe(recorded, answer(fixture('article-2026.html')));
		expect(state.kind === 'changed' && state.changes).toEqual([
			{ meta: 'ms.date', recorded: '2025-04-09', now: '2026-01-12' },
			{ meta: 'updated_at', recorded: '2025-04-10T17:22:00Z', now: '2026-01-12T09:05:00Z' },
			{ meta: 'git_commit_id', recorded: APRIL_2025.gitCommitId, now: '9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d' },
		]);
	});

	test('counts a mark that appeared or went as a change', () => {
		const onlyDate = { ...recorded, seen: { msDate: '2025-04-09', recorded: '2026-11-27' } };
		const state = observe(
			onlyDate,
			answer('<meta name="ms.date" content="2025-04-09"><meta name="updated_at" content="x">'),
		);
		expect(state.kind === 'changed' && state.changes).toEqual([{ meta: 'updated_at', recorded: undefined, now: 'x' }]);
	});

	test('reports a page with no record yet as never recorded, not as changed', () => {
		const fresh = { ...recorded, seen: null };
		expect(observe(fresh, answer(fixture('article-2026.html'))).kind).toBe('never-recorded');
	});

	test('follows Learn to its own locale without calling the page moved', () => {
		const localised = answer(fixture('article-2025.html'), `${ADDRESS.replace('.com/', '.com/en-us/')}/`);
		expect(observe(recorded, localised).kind).toBe('unchanged');
	});

	test('reports a redirect to another page as a move, with the new address as facts would cite it', () => {
		const moved = answer(
			fixture('article-2025.html'),
			'https://learn.microsoft.com/en-us/entra/identity/hybrid/connect/prerequisites',
		);
		expect(observe(recorded, moved)).toEqual({
			kind: 'moved',
			to: 'https://learn.microsoft.com/entra/identity/hybrid/connect/prerequisites',
		});
	});

	test('reports 404 and 410 as vanished, naming a redirect that led there', () => {
		expect(observe(recorded, answer('', ADDRESS, 404))).toEqual({ kind: 'vanished', status: 404, via: null });
		const retired = answer('', 'https://learn.microsoft.com/en-us/previous-versions/retired', 410);
		expect(observe(recorded, retired)).toEqual({
			kind: 'vanished',
			status: 410,
			via: 'https://learn.microsoft.com/previous-versions/retired',
		});
	});

	test('reports a page without version marks as unreadable', () => {
		const state = observe(recorded, answer(fixture('malformed.html')));
		expect(state).toEqual({ kind: 'unreadable', problem: expect.stringContaining('has none of the <meta> elements') });
	});

	test('reports another status, or a failed request, as unreachable', () => {
		expect(observe(recorded, answer('', ADDRESS, 503))).toEqual({
			kind: 'unreachable',
			failure: { reason: 'answered HTTP 503', scope: 'page' },
		});
		const failure = { reason: 'no answer within 20 s', scope: 'page' } as const;
		expect(observe(recorded, { kind: 'failure', failure })).toEqual({ kind: 'unreachable', failure });
	});

	test('reads an answer from a stand-in origin as the Learn address it stands for', () => {
		const origin = 'http://127.0.0.1:8123';
		const url = fetchUrl(ADDRESS, origin);
		expect(url).toBe('http://127.0.0.1:8123/entra/identity/hybrid/connect/how-to-connect-install-prerequisites');
		expect(observe(recorded, answer(fixture('article-2025.html'), url), origin).kind).toBe('unchanged');
	});
});

describe('addresses', () => {
	test('fetches a page without its fragment', () => {
		expect(fetchUrl(`${ADDRESS}#verify`, 'https://learn.microsoft.com')).toBe(ADDRESS);
	});

	test('maps a stand-in origin back to Learn and drops a locale, leaving other hosts alone', () => {
		expect(learnAddressOf('http://127.0.0.1:8123/de-de/entra/x', 'http://127.0.0.1:8123')).toBe(
			'https://learn.microsoft.com/entra/x',
		);
		expect(learnAddressOf('https://example.org/en-us/x', 'https://learn.microsoft.com')).toBe(
			'https://example.org/en-us/x',
		);
	});

	test('treats case, a trailing slash, the query and the fragment as the same page', () => {
		expect(samePage(`${ADDRESS.toUpperCase()}/?tabs=x#y`, ADDRESS)).toBe(true);
		expect(samePage(`${ADDRESS}-v2`, ADDRESS)).toBe(false);
	});
});
