// What `npm run sources` prints and exits with, given what became of each source.
import { describe, expect, test } from 'vitest';
import type { FactEntry } from '../../../src/data/fact-inventory';
import type { SourceState } from '../../../src/sources-watch/observe';
import type { RegisteredSource } from '../../../src/sources-watch/register';
import {
	exitCode,
	formatRecordSummary,
	formatWatchReport,
	nothingReached,
	type WatchResult,
} from '../../../src/sources-watch/report';
import type { SourceUses } from '../../../src/sources-watch/where-shown';

const LEARN = 'https://learn.microsoft.com/entra/identity/hybrid';
const VERSION = { msDate: '2025-04-09', updatedAt: '2025-04-10T17:22:00Z', gitCommitId: 'a'.repeat(40) };

function source(path: string, title: string, recorded = true): RegisteredSource {
	return { address: `${LEARN}/${path}`, title, seen: recorded ? { ...VERSION, recorded: '2026-11-27' } : null };
}
const result = (registered: RegisteredSource, state: SourceState): WatchResult => ({ source: registered, state });
const fact = (anchor: string): FactEntry => ({
	file: 'f.json',
	anchor,
	where: null,
	checked: '2026-11-27',
	sources: [],
});

const prerequisites = source(
	'connect/how-to-connect-install-prerequisites',
	'Prerequisites for Microsoft Entra Connect',
);
const ports = source('connect/reference-connect-ports', 'Hybrid identity required ports and protocols');
const guide = source('cloud-sync/connect-to-cloud-sync-decision-guide', 'Decision guide');
const retired = source('connect/how-to-connect-health-agent-install', 'Install the Connect Health agents');
const fresh = source('cloud-sync/what-is-cloud-sync', 'What is Cloud Sync?', false);
const broken = source('cloud-sync/how-to-install', 'Install the provisioning agent');
const slow = source('cloud-sync/how-to-configure', 'Configure Cloud Sync');
const quiet = source('whatis-hybrid-identity', 'What is hybrid identity?');

const changed = result(prerequisites, {
	kind: 'changed',
	version: { ...VERSION, msDate: '2026-01-12', gitCommitId: 'b'.repeat(40) },
	changes: [
		{ meta: 'ms.date', recorded: '2025-04-09', now: '2026-01-12' },
		{ meta: 'git_commit_id', recorded: 'a'.repeat(40), now: 'b'.repeat(40) },
	],
});
const changedToo = result(ports, {
	kind: 'changed',
	version: { ...VERSION, updatedAt: '2026-02-01T08:00:00Z' },
	changes: [{ meta: 'updated_at', recorded: VERSION.updatedAt, now: '2026-02-01T08:00:00Z' }],
});
const moved = result(guide, { kind: 'moved', to: `${LEARN}/cloud-sync/choose-a-sync-tool` });
const vanished = result(retired, { kind: 'vanished', status: 404, via: null });
const neverRecorded = result(fresh, { kind: 'never-recorded', version: VERSION });
const unreadable = result(broken, { kind: 'unreadable', problem: 'has an empty updated_at' });
const unreachable = result(slow, { kind: 'unreachable', failure: { reason: 'no answer within 20 s', scope: 'page' } });
const unchanged = result(quiet, { kind: 'unchanged', version: VERSION });

const uses = new Map<string, SourceUses>([
	[
		prerequisites.address,
		{
			facts: [fact('cap-device-sync'), fact('req-connect-sync-server')],
			places: [
				{ kind: 'picker', where: 'picker question "devices"', what: 'cap-device-sync' },
				{ kind: 'table', where: '/prerequisites/#req-connect-sync-server', what: 'content/data/requirements.json' },
				{ kind: 'page', where: '/get-started/', what: 'content/docs/get-started.mdx: links to it' },
			],
		},
	],
	[
		ports.address,
		{
			facts: [fact('req-outbound-443')],
			places: [{ kind: 'table', where: '/network/#req-outbound-443', what: 'content/data/network.json' }],
		},
	],
]);

describe('formatWatchReport', () => {
	const report = formatWatchReport(
		[unchanged, changedToo, vanished, neverRecorded, changed, moved, unreadable, unreachable],
		uses,
	);

	test('lists a changed source with what changed, its facts and its places in order', () => {
		expect(report).toContain(
			[
				'Changed (2): re-read the page, then each place below, in order',
				'  Prerequisites for Microsoft Entra Connect',
				`  ${prerequisites.address}`,
				'    ms.date 9 Apr 2025 -> 12 Jan 2026; git_commit_id aaaaaaaaaaaa -> bbbbbbbbbbbb (recorded 27 Nov 2026)',
				'    cited by 2 facts: cap-device-sync, req-connect-sync-server',
				'    1. picker question "devices": cap-device-sync',
				'    2. /prerequisites/#req-connect-sync-server: content/data/requirements.json',
				'    3. /get-started/: content/docs/get-started.mdx: links to it',
				'',
				'  Hybrid identity required ports and protocols',
			].join('\n'),
		);
	});

	test('puts changed, moved and vanished sources in that order, and a source shown in the picker before one that is not', () => {
		const headings = report.split('\n').filter((line) => /^\S/.test(line));
		expect(headings.slice(0, 4)).toEqual([
			'Checked 8 source pages against what was recorded when their facts were last re-checked.',
			'Changed (2): re-read the page, then each place below, in order',
			'Moved (1): cite the new address (sources.json and the facts), then re-read',
			'Vanished (1): find where Microsoft states these facts now, or retire them',
		]);
		expect(report.indexOf(prerequisites.title)).toBeLessThan(report.indexOf(ports.title));
	});

	test('gives a moved source its new address and a vanished one its status', () => {
		expect(report).toContain(
			`  ${guide.address}\n    now at ${LEARN}/cloud-sync/choose-a-sync-tool\n    cited by no fact\n    shown nowhere on the site`,
		);
		expect(report).toContain(`  ${retired.address}\n    answers HTTP 404\n`);
	});

	test('lists what it could not check with why, what was never recorded, and counts the unchanged', () => {
		expect(report).toContain(
			[
				'Could not check (2):',
				`  Configure Cloud Sync <${slow.address}>: no answer within 20 s`,
				`  Install the provisioning agent <${broken.address}>: the page has an empty updated_at`,
				'',
				'Never recorded (1): nothing to compare with yet; once their facts are re-checked, "npm run sources -- --record" records them.',
				`  What is Cloud Sync? <${fresh.address}>`,
				'',
				'Unchanged: 1.',
				'Needs a re-read: 4.',
			].join('\n'),
		);
		expect(report).not.toContain(quiet.address);
	});

	test('says so when nothing needs a re-read', () => {
		expect(formatWatchReport([unchanged, neverRecorded], new Map())).toMatch(
			/\nUnchanged: 1\.\nNothing changed, moved or vanished\.$/,
		);
	});

	test('names a vanished page reached through a redirect', () => {
		const redirected = result(retired, { kind: 'vanished', status: 410, via: `${LEARN}/retired` });
		expect(formatWatchReport([redirected], new Map())).toContain(
			`answers HTTP 410 after a redirect to ${LEARN}/retired`,
		);
	});
});

describe('exitCode', () => {
	test('is 1 when a page changed, moved or vanished, whatever else happened', () => {
		for (const needing of [changed, moved, vanished]) expect(exitCode([unchanged, unreachable, needing])).toBe(1);
	});

	test('is 3 when nothing changed but a page could not be checked', () => {
		expect(exitCode([unchanged, unreadable])).toBe(3);
		expect(exitCode([unchanged, unreachable])).toBe(3);
	});

	test('is 0 when every page is unchanged or never recorded', () => {
		expect(exitCode([unchanged, neverRecorded])).toBe(0);
	});
});

describe('nothingReached', () => {
	const failed = (registered: RegisteredSource, scope: 'network' | 'proxy' | 'page', reason: string) =>
		result(registered, { kind: 'unreachable', failure: { reason, scope } });

	test('says "no network" in one sentence when no request reached anything', () => {
		const offline = [ports, guide].map((page) => failed(page, 'network', 'learn.microsoft.com refused the connection'));
		expect(nothingReached(offline)).toBe(
			"No network: none of the 2 pages could be reached; learn.microsoft.com refused the connection. Check this computer's connection; behind a proxy, set HTTPS_PROXY.",
		);
	});

	test('names the proxy when the proxy failed', () => {
		const reason = 'the proxy http://127.0.0.1:9 (HTTPS_PROXY) refused the connection';
		expect(nothingReached([failed(ports, 'proxy', reason), failed(guide, 'proxy', reason)])).toBe(
			'No page could be checked: the proxy http://127.0.0.1:9 (HTTPS_PROXY) refused the connection. Check that the proxy is running and that the variable names it, or, if this network needs no proxy, unset it.',
		);
	});

	test('is silent when a request got through or a failure was the page’s own', () => {
		expect(nothingReached([failed(ports, 'network', 'x'), unchanged])).toBeNull();
		expect(nothingReached([failed(ports, 'network', 'x'), unreachable])).toBeNull();
		expect(nothingReached([])).toBeNull();
	});
});

describe('formatRecordSummary', () => {
	test('counts what it recorded and kept, and lists what it left with why', () => {
		const summary = formatRecordSummary(
			[changed, neverRecorded, unchanged, moved, unreachable],
			[prerequisites.address, fresh.address],
			'content/data/sources.json',
			'2026-12-01',
		);
		expect(summary).toBe(
			[
				'Recorded 2 pages in content/data/sources.json, seen 1 Dec 2026; 1 unchanged kept its record.',
				"Not recorded (2): cite a moved or vanished page's facts elsewhere first; a page that could not be checked has nothing to record.",
				`  Decision guide <${guide.address}>: moved`,
				`  Configure Cloud Sync <${slow.address}>: no answer within 20 s`,
			].join('\n'),
		);
	});
});
