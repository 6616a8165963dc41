import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { embedDeclarations } from '../../src/integrations/embed/embed-declarations';
import { PROJECT_ROOT } from '../support/astro-build';

const DIR = join(PROJECT_ROOT, `tests/.tmp/embed-types-${process.pid}`);

/** Type-checks a host's script against the generated declarations; one line per error. */
function compileConsumer(source: string): string[] {
	const file = join(DIR, 'consumer.ts');
	writeFileSync(file, source);
	const program = ts.createProgram([file], {
		noEmit: true,
		strict: true,
		target: ts.ScriptTarget.ES2022,
		module: ts.ModuleKind.ESNext,
		moduleResolution: ts.ModuleResolutionKind.Bundler,
		lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
		types: [],
	});
	return ts
		.getPreEmitDiagnostics(program)
		.map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
}

let declarations = '';

beforeAll(async () => {
	declarations = await embedDeclarations(join(PROJECT_ROOT, 'src/embed/sync-tool-picker.ts'));
	mkdirSync(DIR, { recursive: true });
	writeFileSync(join(DIR, 'sync-tool-picker.d.ts'), declarations);
}, 60_000);
afterAll(() => rmSync(DIR, { recursive: true, force: true }));

describe('the embed module’s type declarations', () => {
	test('are one self-contained file that needs no package, not even zod', () => {
		expect(declarations).not.toMatch(/^\s*import |import\(|\sfrom ['"]/m);
		expect(declarations).toMatch(/^export \{ .*SyncToolPickerElement.*\};$/m);
	});

	test('let a host script use the element, its events and the engine with full types', () => {
		const errors = compileConsumer(`
			import { NEEDS, defineSyncToolPicker, recommend, type NeedId, type SyncToolPickerResultDetail } from './sync-tool-picker.js';

			const tool: 'cloud-sync' | 'connect-sync' | 'both' = recommend(['device-writeback']).tool;
			const first: NeedId | undefined = NEEDS[0]?.id;
			const Picker = defineSyncToolPicker('intranet-picker');
			document.addEventListener('sync-tool-picker:result', (event) => {
				const version: 1 = event.detail.version;
				const detail: SyncToolPickerResultDetail = event.detail;
				console.log(version, detail.shareUrl.toUpperCase(), detail.reasons[0]?.source);
			});
			document.addEventListener('sync-tool-picker:change', (event) => console.log(event.detail.question));
			const picker = document.createElement('sync-tool-picker');
			picker.headingLevel = 3;
			picker.theme = 'dark';
			const theme: 'light' | 'dark' | 'auto' = picker.theme;
			const shown: string | undefined = picker.result?.tool;
			// @ts-expect-error: not a need id
			const wrong: NeedId = 'warp-drive';
			console.log(tool, first, Picker, theme, shown, wrong);
		`);
		expect(errors).toEqual([]);
	});

	test('reject a host script that misuses them, so the types are not "any"', () => {
		const errors = compileConsumer(`
			import { recommend } from './sync-tool-picker.js';
			const tool: 'cloud-sync' = recommend([]).tool;
			document.addEventListener('sync-tool-picker:result', (event) => event.detail.recommendation);
			document.createElement('sync-tool-picker').headingLevel = 'three';
			console.log(tool);
		`);
		expect(errors).toEqual([
			expect.stringMatching(/Type '.*' is not assignable to type '"cloud-sync"'/),
			expect.stringMatching(/Property 'recommendation' does not exist/),
			expect.stringMatching(/Type 'string' is not assignable to type 'number'/),
		]);
	});

	test('are refused, naming the package, when a public type reaches one such as zod', async () => {
		const entry = join(PROJECT_ROOT, 'tests/fixtures/embed-types/public-zod-type.ts');
		await expect(embedDeclarations(entry)).rejects.toThrow('reach the package "astro/zod" (z)');
	});

	test('are all named on /embed/, so a host learns every export from the page', () => {
		const exported = /^export \{ (.*) \};$/m.exec(declarations)?.[1]?.split(', ') ?? [];
		expect(exported.length).toBeGreaterThan(0);
		const page = readFileSync(join(PROJECT_ROOT, 'content/docs/embed.mdx'), 'utf-8');
		expect(exported.filter((name) => !page.includes(`\`${name}\``))).toEqual([]);
	});
});
