// `npm run sources` end to end: the script run on a copy of the register against a stand-in for
// Microsoft Learn on loopback, for its report, its exit codes, `--record`, and its one-line
// messages for a dead proxy, a missing network and a broken register. Never the internet.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { SOURCES_FILE } from '../../src/data/fact-files';
import { localDay } from '../../src/data/time-bound';
import { LEARN_ORIGIN } from '../../src/sources-watch/observe';
import { PROJECT_ROOT } from '../support/astro-build';
import { closedPort, startFixtureServer, type FixtureServer } from '../support/sources-fixture-server';
import { facts } from '../support/load-facts';

const APRIL_2025 = {
	msDate: '2025-04-09',
	updatedAt: '2025-04-10T17:22:00Z',
	gitCommitId: '3f1c0de2a9b84e5f6a7b8c9d0e1f2a3b4c5d6e7f',
	recorded: '2026-11-27',
};
const JANUARY_2026 = {
	msDate: '2026-01-12',
	updatedAt: '2026-01-12T09:05:00Z',
	gitCommitId: '9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d',
};

// Real register pages, so the report names real facts: the changed one is cited by a picker need.
const register = JSON.parse(readFileSync(join(PROJECT_ROOT, SOURCES_FILE), 'utf8')) as Array<{ id: string }>;
const pickerSource = facts.capabilities.find((row) => row.selectable)!.source;
const others = register.map((page) => page.id).filter((address) => address !== pickerSource);
const roles = {
	changed: pickerSource,
	unchanged: others[0]!,
	moved: others[1]!,
	vanished: others[2]!,
	malformed: others[3]!,
	slow: others[4]!,
	fresh: others[5]!,
};
const path = (address: string) => address.slice(LEARN_ORIGIN.length);
const entries = Object.entries(roles).map(([role, address]) => ({
	...register.find((page) => page.id === address),
	...(role === 'fresh' ? {} : { seen: APRIL_2025 }),
}));
const registerText = `${JSON.stringify(entries, null, '\t')}\n`;

let server: FixtureServer;
let folder: string;
let registerFile: string;

beforeAll(async () => {
	server = await startFixtureServer({
		[path(roles.changed)]: { page: 'article-2026.html' },
		// Learn sends a page without a locale to the reader's own: not a move.
		[path(roles.unchanged)]: { redirect: `/en-us${path(roles.unchanged)}`, status: 302 },
		[`/en-us${path(roles.unchanged)}`]: { page: 'article-2025.html' },
		[path(roles.moved)]: { redirect: '/en-us/entra/identity/hybrid/moved-here', status: 301 },
		'/en-us/entra/identity/hybrid/moved-here': { page: 'article-2025.html' },
		[path(roles.vanished)]: { status: 404 },
		[path(roles.malformed)]: { page: 'malformed.html' },
		[path(roles.slow)]: { hold: true },
		[path(roles.fresh)]: { page: 'article-2025.html' },
	});
	folder = mkdtempSync(join(tmpdir(), 'sources-watch-'));
	registerFile = join(folder, 'sources.json');
	writeFileSync(registerFile, registerText);
});
afterAll(async () => {
	await server.close();
	rmSync(folder, { recursive: true, force: true });
});

/** The environment without the machine's proxy settings, plus `extra`. */
function environment(extra: Record<string, string>): NodeJS.ProcessEnv {
	const env = { ...process.env };
	for (const name of ['http_proxy', 'HTTP_PROXY', 'https_proxy', 'HTTPS_PROXY', 'no_proxy', 'NO_PROXY'])
		delete env[name];
	return { ...env, ...extra };
}

/** Runs the script (asynchronously: the stand-in server answers from this process). */
async function run(args: string[], extra: Record<string, string> = { SOURCES_ORIGIN: server.origin }) {
	const script = join(PROJECT_ROOT, 'scripts/sources.ts');
	const command = [script, '--register', registerFile, '--timeout', '1.5', '--retries', '0', ...args];
	try {
		const { stdout, stderr } = await promisify(execFile)(process.execPath, command, { env: environment(extra) });
		return { code: 0, stdout, stderr };
	} catch (error) {
		const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
		return { code, stdout, stderr };
	}
}

/** The addresses listed under a report heading, up to the next heading. */
function listedUnder(report: string, heading: string): string[] {
	const section = report
		.split('\n\n')
		.filter((block) => block.startsWith(`${heading} (`))
		.join('\n');
	const own = section.split(/\n(?=[A-Z])/)[0] ?? '';
	return [...own.matchAll(/https:\/\/learn\.microsoft\.com\/\S+?(?=>|$)/gm)].map((match) => match[0]);
}

describe('npm run sources', () => {
	test('lists exactly the changed, moved and vanished pages, with their facts, and exits 1', async () => {
		const { code, stdout } = await run([]);
		expect(code).toBe(1);
		const changedBlock = stdout.slice(stdout.indexOf('Changed (1)'), stdout.indexOf('Moved (1)'));
		expect(changedBlock).toContain(roles.changed);
		expect(changedBlock).toMatch(/ms\.date 9 Apr 2025 -> 12 Jan 2026/);
		expect(changedBlock).toMatch(/cited by \d+ facts?: .*cap-/);
		expect(changedBlock).toMatch(/\n {4}1\. picker question "/);
		expect(stdout).toContain(
			`${roles.moved}\n    now at https://learn.microsoft.com/entra/identity/hybrid/moved-here\n`,
		);
		expect(stdout).toContain(`${roles.vanished}\n    answers HTTP 404\n`);
		expect(stdout).toContain(`<${roles.malformed}>: the page has none of the <meta> elements`);
		expect(stdout).toContain(`<${roles.slow}>: no answer within 1.5 s`);
		expect(listedUnder(stdout, 'Never recorded')).toEqual([roles.fresh]);
		expect(stdout).not.toContain(roles.unchanged);
		expect(stdout).toMatch(/\nUnchanged: 1\.\nNeeds a re-read: 3\.\n$/);
	});

	test('--record stores what it saw of the changed and never-recorded pages, and nothing else', async () => {
		const { code, stdout } = await run(['--record']);
		expect(code).toBe(1);
		expect(stdout).toContain('Recorded 2 pages in');
		const today = localDay(new Date());
		const expected = entries.map((entry) =>
			entry.id === roles.changed || entry.id === roles.fresh
				? { ...entry, seen: { ...JANUARY_2026, recorded: today } }
				: entry,
		);
		// The fresh page served the April 2025 version.
		const fresh = expected.find((entry) => entry.id === roles.fresh)!;
		fresh.seen = { ...APRIL_2025, recorded: today };
		expect(readFileSync(registerFile, 'utf8')).toBe(`${JSON.stringify(expected, null, '\t')}\n`);

		const again = await run([roles.changed, roles.unchanged, roles.fresh]);
		expect(again.code).toBe(0);
		expect(again.stdout).toMatch(
			/Checked 3 source pages[\s\S]*\nUnchanged: 3\.\nNothing changed, moved or vanished\.\n$/,
		);
	});

	test('names a dead proxy in one sentence and exits 3', async () => {
		const port = await closedPort();
		const { code, stdout, stderr } = await run([], {
			SOURCES_ORIGIN: server.origin,
			HTTP_PROXY: `http://127.0.0.1:${port}`,
		});
		expect(code).toBe(3);
		expect(stdout).toBe('');
		expect(stderr.trim().split('\n')).toEqual([
			'Checking 7 pages on ' + server.origin + '...',
			`npm run sources: No page could be checked: the proxy http://127.0.0.1:${port} (HTTP_PROXY) refused the connection. Check that the proxy is running and that the variable names it, or, if this network needs no proxy, unset it.`,
		]);
	});

	test('says plainly that there is no network, and exits 3', async () => {
		const port = await closedPort();
		const { code, stderr } = await run([], { SOURCES_ORIGIN: `http://127.0.0.1:${port}` });
		expect(code).toBe(3);
		expect(stderr).toContain(
			`npm run sources: No network: none of the 7 pages could be reached; 127.0.0.1:${port} refused the connection.`,
		);
	});

	test('names a broken register, or an address it does not hold, and exits 2', async () => {
		const broken = join(folder, 'broken.json');
		writeFileSync(broken, '[\n\t{ "id": "https://learn.microsoft.com/x", }\n]\n');
		const parsed = await run(['--register', broken]);
		expect(parsed.code).toBe(2);
		expect(parsed.stderr).toMatch(/^npm run sources: \S*broken\.json: .*line 2/m);
		expect(parsed.stderr).not.toMatch(/^\s+at /m);
		const unknown = await run(['https://learn.microsoft.com/not/registered']);
		expect(unknown).toMatchObject({ code: 2, stderr: expect.stringContaining('not in ') });
	});
});
