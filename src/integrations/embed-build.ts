/**
 * Astro integration: after the build, bundles the embeddable picker into dist/embed/: the
 * self-contained ES module `sync-tool-picker.js` (engine, data, element and styles, no imports
 * left) and `frame.js`, the classic script of the iframe page.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readFile } from 'node:fs/promises';
import { build, type Plugin } from 'esbuild';
import { REQUIREMENTS_FILE, trimRequirements } from '../build/checklist-data';

/** Ships only the requirement fields the checklist shows (see src/build/checklist-data.ts). */
const trimRequirementsPlugin: Plugin = {
	name: 'trim-requirements-json',
	setup(builder) {
		builder.onLoad({ filter: REQUIREMENTS_FILE }, async ({ path }) => ({
			contents: trimRequirements(await readFile(path, 'utf-8')),
			loader: 'json',
		}));
	},
};

/** What is built, from which entry, in which format. */
const BUNDLES = [
	{ entry: '../embed/sync-tool-picker.ts', output: 'embed/sync-tool-picker.js', format: 'esm' },
	{ entry: '../embed/frame.ts', output: 'embed/frame.js', format: 'iife' },
] as const;

/** The integration. */
export function embedBuild(): AstroIntegration {
	return {
		name: 'embed-build',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				for (const bundle of BUNDLES) {
					const result = await build({
						entryPoints: [fileURLToPath(new URL(bundle.entry, import.meta.url))],
						outfile: fileURLToPath(new URL(bundle.output, dir)),
						bundle: true,
						format: bundle.format,
						target: 'es2022',
						minify: true,
						legalComments: 'none',
						logLevel: 'silent',
						metafile: true,
						plugins: [trimRequirementsPlugin],
					});
					const bytes = Object.values(result.metafile.outputs).reduce((sum, output) => sum + output.bytes, 0);
					logger.info(`Wrote dist/${bundle.output} (${bytes} bytes before compression).`);
				}
			},
		},
	};
}
