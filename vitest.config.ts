import { existsSync } from 'node:fs';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The e2e files that open every route, longest-running first. Without timings from an earlier run (a
 * fresh clone), Vitest starts the largest files first; these are small files with long runs, and
 * started last they left the other workers idle at the end of the run.
 */
const ROUTE_SWEEPS = ['pages.e2e.ts', 'dated-facts.e2e.ts', 'tables-fit.e2e.ts', 'layout-shift.e2e.ts'].map(
	(name) => `tests/e2e/${name}`,
);
for (const file of ROUTE_SWEEPS)
	if (!existsSync(new URL(file, import.meta.url)))
		throw new Error(`ROUTE_SWEEPS in vitest.config.ts names ${file}, which is gone.`);

/** Where a file stands in ROUTE_SWEEPS; past its end for every other file. */
function sweepRank(spec: TestSpecification): number {
	const index = ROUTE_SWEEPS.findIndex((file) => spec.moduleId.endsWith(`/${file}`));
	return index < 0 ? ROUTE_SWEEPS.length : index;
}

/**
 * Vitest's order (slowest first from its cached timings, else largest first), with ROUTE_SWEEPS
 * ahead, within their project, while any of them has no timings.
 */
class RouteSweepsFirst extends BaseSequencer {
	override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
		const sorted = await super.sort(files);
		const sweeps = files.filter((spec) => sweepRank(spec) < ROUTE_SWEEPS.length);
		if (sweeps.every((spec) => this.ctx.cache.getTestSpecificationResult(spec))) return sorted;
		const projects = [...new Set(sorted.map((spec) => spec.project.name))];
		const rank = (spec: TestSpecification) =>
			projects.indexOf(spec.project.name) * (ROUTE_SWEEPS.length + 1) + sweepRank(spec);
		return sorted.sort((a, b) => rank(a) - rank(b));
	}
}

// Tests by layer, each run once by `npm test` at the cheapest point that can see its behaviour:
// unit (pure, in process: no child process, no build, no browser), scripts (the package's
// command-line scripts run as npm runs them), build (real builds that must fail or succeed),
// dist (Node reading the built site in dist/, no browser), and e2e (Debian's Chromium against the
// built site; see tests/e2e/global-setup.ts).
export default defineConfig({
	test: {
		sequence: { sequencer: RouteSweepsFirst },
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
					// Each file mostly waits on a child process: two at a time, not Vitest's one on 2 cores.
					maxWorkers: 2,
				},
			},
			{
				test: {
					name: 'build',
					include: ['tests/build/**/*.test.ts'],
					environment: 'node',
					// A build per test (Astro, esbuild or the TypeScript compiler), on a loaded 2-core machine.
					testTimeout: 240_000,
					// Two files at a time: each build is mostly one core, and no two share a folder.
					maxWorkers: 2,
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
