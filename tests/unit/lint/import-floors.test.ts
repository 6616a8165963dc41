// The floors of src/ are an ESLint rule (FLOORS in eslint.config.mjs): a module that imports from its
// own floor or a higher one, or takes zod into the engine at run time, fails `npm run lint`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, test } from 'vitest';
import { PROJECT_ROOT } from '../../support/astro-build';

// Plain text, so that TypeScript does not resolve their imports where they lie.
const FIXTURES = join(PROJECT_ROOT, 'tests/fixtures/import-layers');

const eslint = new ESLint({
	cwd: PROJECT_ROOT,
	overrideConfigFile: join(PROJECT_ROOT, 'eslint.config.mjs'),
	// The fixture is linted at a path in src/ where no file stands, so TypeScript cannot type it; the
	// import rule needs no types, and it alone runs.
	overrideConfig: { languageOptions: { parserOptions: { projectService: false } } },
	ruleFilter: ({ ruleId }) => ruleId === 'no-restricted-imports',
});

/** The problems ESLint reports for a fixture's text read as if it stood at `place`: rule and line. */
async function problems(fixture: string, place: string): Promise<Array<[string | null, number]>> {
	const [result] = await eslint.lintText(readFileSync(join(FIXTURES, fixture), 'utf-8'), {
		filePath: join(PROJECT_ROOT, place),
	});
	return (result?.messages ?? []).map((message) => [message.ruleId, message.line]);
}

describe('the import rule of the floors of src/', () => {
	test.each([
		['data-imports-engine.txt', 'src/data/floor-probe.ts', 'the data importing the engine'],
		['schema-imports-picker.txt', 'src/data/schemas/floor-probe.ts', 'a schema importing the picker'],
		['picker-imports-readiness.txt', 'src/elements/sync-tool-picker/floor-probe.ts', 'one element importing another'],
		['readiness-imports-picker.txt', 'src/elements/migration-readiness/floor-probe.ts', 'the same by way of src/'],
		['kit-imports-picker.txt', 'src/elements/kit/floor-probe.ts', 'the elements’ kit importing an element'],
		['engine-imports-schema.txt', 'src/decision/floor-probe.ts', 'the engine running a schema'],
		['engine-imports-zod.txt', 'src/decision/floor-probe.ts', 'the engine running zod'],
	])('reports %s at %s: %s', async (fixture, place) => {
		expect(await problems(fixture, place)).toEqual([['no-restricted-imports', 2]]);
	});

	test.each([
		['data-imports-data.txt', 'src/data/floor-probe.ts', 'the data importing its own folder'],
		['schema-imports-data.txt', 'src/data/schemas/floor-probe.ts', 'a schema importing src/data/time-bound.ts'],
		['engine-imports-data.txt', 'src/decision/floor-probe.ts', 'the engine importing the data and a schema type'],
		['readiness-imports-kit.txt', 'src/elements/migration-readiness/floor-probe.ts', 'an element importing the kit'],
		['schema-imports-zod.txt', 'src/data/schemas/floor-probe.ts', 'a schema importing zod'],
	])('lets %s at %s pass: %s', async (fixture, place) => {
		expect(await problems(fixture, place)).toEqual([]);
	});
});
