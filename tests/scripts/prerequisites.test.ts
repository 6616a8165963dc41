// The prerequisite check that opens `npm test`, run as npm runs it.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { SETUP_COMMAND } from '../../scripts/prerequisites.mjs';
import { PROJECT_ROOT } from '../support/astro-build';

describe('node scripts/prerequisites.mjs', () => {
	const script = join(PROJECT_ROOT, 'scripts/prerequisites.mjs');
	const run = (env: Record<string, string>, ...args: string[]) =>
		spawnSync(process.execPath, [script, ...args], { encoding: 'utf-8', env: { ...process.env, ...env } });

	test('exits non-zero, naming a missing Chromium and the setup command', () => {
		const result = run({ E2E_CHROMIUM: join(PROJECT_ROOT, 'tests/.tmp/no-chromium-here') });
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('Chromium (no ');
		expect(result.stderr).toContain(`Install it with: ${SETUP_COMMAND}`);
	});

	test('prints the Debian packages to install for .ci/setup', () => {
		const result = run({ E2E_CHROMIUM: join(PROJECT_ROOT, 'tests/.tmp/no-chromium-here') }, '--missing-packages');
		expect(result.status).toBe(0);
		expect(result.stdout.trim().split(' ')).toContain('chromium');
	});
});
