import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import capabilities from '../../content/data/capabilities.json';
import * as engine from '../../src/decision';
import { trimWidgetData, trimWidgetDataForEsbuild } from '../../src/integrations/embed/widget-data';
import { PROJECT_ROOT } from '../support/astro-build';

type Engine = typeof engine;
/** Where the trimmed engine is bundled to, so that it can be imported; removed afterwards. */
const outfile = join(PROJECT_ROOT, `tests/.tmp/engine-trimmed-${process.pid}.mjs`);
let trimmed: Engine;
let engineInputs: string[] = [];

beforeAll(async () => {
	// The engine as the bundles ship it: built with the trimmed data, then loaded here.
	mkdirSync(join(PROJECT_ROOT, 'tests/.tmp'), { recursive: true });
	const result = await build({
		entryPoints: [join(PROJECT_ROOT, 'src/decision/index.ts')],
		outfile,
		bundle: true,
		format: 'esm',
		platform: 'neutral',
		logLevel: 'silent',
		metafile: true,
		plugins: [trimWidgetDataForEsbuild],
	});
	engineInputs = Object.keys(result.metafile.inputs);
	trimmed = (await import(pathToFileURL(outfile).href)) as Engine;
}, 60_000);
afterAll(() => rmSync(outfile, { force: true }));

/** Every need alone, every pair, and a spread of larger sets (a fixed, seeded sample). */
function needSets(): string[][] {
	const ids = engine.NEEDS.map((need) => need.id);
	const sets: string[][] = [[], ids, [...ids, 'warp-drive']];
	for (const a of ids) for (const b of ids) sets.push([a, b]);
	let seed = 7;
	const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
	for (let index = 0; index < 300; index++) sets.push(ids.filter(() => random() < 0.25));
	return sets;
}

describe('the engine as bundled', () => {
	test('runs on its own files and the data alone: no package (zod, astro), no DOM module', () => {
		expect(engineInputs.filter((input) => !/^(src\/(decision|data)\/|content\/data\/)/.test(input))).toEqual([]);
		expect(engineInputs.filter((input) => input.startsWith('src/data/schemas/'))).toEqual([]);
	});
});

describe('the data the bundles ship', () => {
	test('gives the same recommendation and Markdown as the full data for every sampled need set', () => {
		const differing = needSets().filter((needs) => {
			const full = engine.recommend(needs);
			const shipped = trimmed.recommend(needs);
			return (
				JSON.stringify(full) !== JSON.stringify(shipped) ||
				engine.recommendationToMarkdown(full, { siteUrl: '/' }) !==
					trimmed.recommendationToMarkdown(shipped, { siteUrl: '/' })
			);
		});
		expect(differing).toEqual([]);
	});

	test('gives the same needs, tree walk and checklist', () => {
		expect(trimmed.NEEDS).toEqual(engine.NEEDS);
		expect(trimmed.TREE).toEqual(engine.TREE);
		for (const tool of ['cloud-sync', 'connect-sync', 'both'] as const) {
			// On both sides of the dated caveats' deadline, so both wordings must survive the trimming.
			for (const today of ['2026-09-29', '2026-09-30']) {
				// With and without the needs that bring in the licence rows.
				for (const needs of [[], ['password-writeback', 'device-writeback', 'group-provisioning-to-ad']]) {
					expect(trimmed.checklistFor(tool, needs, today)).toEqual(engine.checklistFor(tool, needs, today));
				}
			}
		}
	});

	test('leaves out what the picker never shows', () => {
		const rows = JSON.parse(trimWidgetData('content/data/capabilities.json', JSON.stringify(capabilities))) as Array<
			Record<string, unknown>
		>;
		expect(rows.map((row) => row['id'])).toEqual([...engine.NEED_IDS]);
		const text = JSON.stringify(rows);
		expect(text).not.toContain('"checked"');
		expect(rows.find((row) => row['id'] === 'users-groups-contacts')).not.toHaveProperty('summary');
		expect(rows.find((row) => row['id'] === 'attribute-filtering')).toMatchObject({
			support: { 'cloud-sync': { level: 'limited', note: expect.any(String), source: expect.any(String) } },
		});
	});
});
