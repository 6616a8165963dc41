// The build's freshness warning, on the real data: the fact-freshness integration run through its hooks.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { BUILD_DAY_KEY } from '../../../../src/data/build-date';
import { FACT_FILES } from '../../../../src/data/fact-files';
import { collectFacts } from '../../../../src/data/fact-inventory';
import { factFreshness } from '../../../../src/integrations/fact-freshness/fact-freshness';
import { PROJECT_ROOT } from '../../../support/astro-build';

describe("the build's freshness warning", () => {
	const forgetBuildDay = () => delete (globalThis as { [BUILD_DAY_KEY]?: string })[BUILD_DAY_KEY];
	afterEach(() => {
		vi.unstubAllEnvs();
		forgetBuildDay();
	});

	test("counts and flags every fact file of the real data, the picker's general advice too", async () => {
		forgetBuildDay();
		vi.stubEnv('SOURCE_DATE_EPOCH', String(Date.UTC(2028, 0, 15) / 1000));
		const integration = factFreshness();
		const logged: Record<'info' | 'warn', string[]> = { info: [], warn: [] };
		const logger = { info: (line: string) => logged.info.push(line), warn: (line: string) => logged.warn.push(line) };
		await integration.hooks['astro:config:done']?.({ config: { root: pathToFileURL(PROJECT_ROOT) } } as never);
		await integration.hooks['astro:build:done']?.({ logger } as never);
		const entries = collectFacts(
			FACT_FILES.map((file) => ({ file, json: JSON.parse(readFileSync(join(PROJECT_ROOT, file.file), 'utf8')) })),
		).entries;
		expect(entries.filter((entry) => entry.anchor.startsWith('guidance-')).length).toBeGreaterThan(0);
		expect(logged.info[0]).toMatch(
			new RegExp(`^${entries.length} facts and \\d+ time-bound statements, worded for 15 January 2028`),
		);
		expect(logged.warn.join('\n')).toMatch(/STALE {2}guidance-cloud-sync-by-default \(content\/data\/guidance\.json\)/);
	});
});
