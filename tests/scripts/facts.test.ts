// `npm run facts` on the real data, run as npm runs it.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { PROJECT_ROOT } from '../support/astro-build';

describe('npm run facts', () => {
	const run = (...args: string[]) =>
		spawnSync(process.execPath, [join(PROJECT_ROOT, 'scripts/facts.ts'), ...args], { encoding: 'utf8' });

	test('lists every fact of the real data and flags them all once a year has passed', () => {
		const result = run('--today', '2028-01-15');
		expect(result.status, result.stderr).toBe(0);
		expect(result.stdout).toMatch(
			/^Facts by their last check against the source, oldest first \(today: 15 January 2028/,
		);
		expect(result.stdout).toContain('req-connect-sync-server');
		expect(result.stdout).toContain('cap-device-sync');
		// The picker's general advice is checked like every fact, though no page lists it as rows.
		expect(result.stdout).toMatch(/STALE {2}guidance-cloud-sync-by-default \(content\/data\/guidance\.json\)/);
		expect(result.stdout).toMatch(
			/STALE {2}req-connect-sync-server .*\n\s+re-read: Prerequisites for integrating with Active Directory </,
		);
		// The script reads the real pages for the statements their prose quotes.
		expect(result.stdout).toMatch(/connect-sync-net-framework, [^\n]*; quoted in content\/docs\/get-started\.mdx/);
	});

	test('refuses a --today that is not a date, saying how to call it', () => {
		const result = run('--today', '27/11/2026');
		expect(result.status).toBe(2);
		expect(result.stderr).toContain('--today "27/11/2026" is not a date written YYYY-MM-DD');
	});
});
