/**
 * Runs `astro build` in a child process, for tests that need a real build (the hosting browser
 * tests, the build-failure tests).
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

// Vitest puts these in process.env for import.meta.env; Astro reads import.meta.env from process.env,
// so a build started from a test would inherit BASE_URL=/ (ignoring the base) and NODE_ENV=test.
const TEST_RUNNER_ENV = /^(?:BASE_URL|MODE|DEV|PROD|SSR|TEST|NODE_ENV|FORCE_TTY|VITEST(?:_.*)?)$/;

/** What a build did. */
export interface AstroBuildResult {
	/** The process's exit code (null if it was killed). */
	exitCode: number | null;
	/** stdout and stderr, interleaved, without colours. */
	output: string;
}

/**
 * Builds the project at `root` with the Astro of this repository.
 * @param args further CLI arguments, such as `['--outDir', dir]`
 * @param env extra environment, such as `{ BASE: '/it/hybrid-sync/' }`
 */
export async function runAstroBuild(
	root: string,
	args: string[] = [],
	env: Record<string, string> = {},
): Promise<AstroBuildResult> {
	const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !TEST_RUNNER_ENV.test(name)));
	const output: string[] = [];
	const exitCode = await new Promise<number | null>((done, fail) => {
		const child = spawn(process.execPath, [join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', ...args], {
			cwd: root,
			env: { ...inherited, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...env },
		});
		child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
		child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
		child.on('error', fail);
		child.on('close', done);
	});
	return { exitCode, output: output.join('') };
}
