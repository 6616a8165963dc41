// `npm run bench` on a stand-in dist/: its exit code and the budget it names.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { PROJECT_ROOT } from '../support/astro-build';

describe('npm run bench', () => {
	const dist = join(PROJECT_ROOT, `tests/.tmp/bench-dist-${process.pid}`);
	mkdirSync(join(dist, 'embed'), { recursive: true });
	writeFileSync(join(dist, 'index.html'), '<!doctype html><title>x</title>');
	// Random bytes do not compress: about 20 KB gzip.
	writeFileSync(join(dist, 'embed/sync-tool-picker.js'), randomBytes(20_000).toString('base64'));
	afterAll(() => rmSync(dist, { recursive: true, force: true }));
	const bench = (...args: string[]) =>
		spawnSync(process.execPath, [join(PROJECT_ROOT, 'scripts/bench.mjs'), dist, '--only', 'embed', ...args], {
			cwd: PROJECT_ROOT,
			encoding: 'utf-8',
		});

	test('exits non-zero and names the budget when one is exceeded', () => {
		const run = bench('--budget', 'embed=1');
		expect(run.stdout).toMatch(/OVER embed: .* \(budget 1 KB\)/);
		expect(run.stdout).toContain('1 budget exceeded: embed.');
		expect(run.status).toBe(1);
	}, 60_000);

	test('exits zero when every measured budget holds', () => {
		const run = bench('--budget', 'embed=100');
		expect(run.stdout).toMatch(/ok {3}embed: /);
		expect(run.status).toBe(0);
	}, 60_000);
});
