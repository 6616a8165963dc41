import { defineConfig } from 'vitest/config';

// Tests by layer, each run once by `npm test` at the cheapest point that can see its behaviour:
// unit (pure, in process: no child process, no build, no browser), scripts (the package's
// command-line scripts run as npm runs them), build (real builds that must fail or succeed),
// dist (Node reading the built site in dist/, no browser), and e2e (Debian's Chromium against the
// built site; see tests/e2e/global-setup.ts).
export default defineConfig({
	test: {
		projects: [
			{
				test: {
					name: 'unit',
					include: ['tests/unit/**/*.test.ts'],
					environment: 'node',
					// The unit files are pure, and worker threads start faster than child processes.
					pool: 'threads',
					// Vitest's default is one worker fewer than the cores: one, on a 2-core machine. The main
					// thread mostly waits while the workers import and run, so two keep both cores busy.
					maxWorkers: 2,
					testTimeout: 60_000,
				},
			},
			{
				test: {
					name: 'scripts',
					include: ['tests/scripts/**/*.test.ts'],
					environment: 'node',
					testTimeout: 60_000,
				},
			},
			{
				test: {
					name: 'build',
					include: ['tests/build/**/*.test.ts'],
					environment: 'node',
					// A build per test (Astro, esbuild or the TypeScript compiler), on a loaded 2-core machine.
					testTimeout: 240_000,
				},
			},
			{
				test: {
					name: 'dist',
					include: ['tests/dist/**/*.test.ts'],
					environment: 'node',
				},
			},
			{
				test: {
					name: 'e2e',
					include: ['tests/e2e/**/*.e2e.ts'],
					environment: 'node',
					testTimeout: 120_000,
					hookTimeout: 300_000,
					// A loaded 2-core CI machine can take over a second for one page.evaluate.
					expect: { poll: { timeout: 10_000 } },
					// One Chromium and one static server of dist/ for every file (tests/e2e/global-setup.ts).
					globalSetup: ['tests/e2e/global-setup.ts'],
					// Three files at a time: the tests mostly wait on Chromium (pages load, idle, paint), so a
					// 2-core machine runs more of them side by side (454 s against 526 s with two).
					maxWorkers: 3,
				},
			},
		],
	},
});
