/**
 * Astro integration: after the build, bundles the embeddable picker (src/embed/sync-tool-picker.ts)
 * into one self-contained, minified ES module at dist/embed/sync-tool-picker.js, with the engine,
 * its data, the element and its styles inlined and no imports left.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';

/** Where the module lands inside the build output. */
export const EMBED_MODULE_PATH = 'embed/sync-tool-picker.js';

/** The integration. */
export function embedBuild(): AstroIntegration {
	return {
		name: 'embed-build',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const entry = fileURLToPath(new URL('../embed/sync-tool-picker.ts', import.meta.url));
				const result = await build({
					entryPoints: [entry],
					outfile: fileURLToPath(new URL(EMBED_MODULE_PATH, dir)),
					bundle: true,
					format: 'esm',
					target: 'es2022',
					minify: true,
					legalComments: 'none',
					logLevel: 'silent',
					metafile: true,
				});
				const bytes = Object.values(result.metafile.outputs).reduce((sum, output) => sum + output.bytes, 0);
				logger.info(`Wrote dist/${EMBED_MODULE_PATH} (${bytes} bytes before compression).`);
			},
		},
	};
}
