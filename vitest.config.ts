import { defineConfig } from 'vitest/config';

// Two projects: unit tests in Node, and browser tests that drive Debian's Chromium against the
// built site (see tests/e2e/harness.ts).
export default defineConfig({
	test: {
		projects: [
			{
				test: {
					name: 'unit',
					include: ['tests/unit/**/*.test.ts'],
					environment: 'node',
					// The picker's stylesheets as the build has them (`?inline` strings), for the server-rendered first question.
					css: { include: [/src\/widget\/[^/]+\.css/] },
					testTimeout: 60_000,
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
					// Two files at a time, each with its own browser and server: the tests mostly wait on
					// Chromium, so a 2-core machine runs them faster side by side.
					maxWorkers: 2,
				},
			},
		],
	},
});
