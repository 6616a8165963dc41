/**
 * Astro integration: bundles the embeddable picker into dist/embed/: the self-contained ES module
 * `sync-tool-picker.js` (engine, data, element and styles, no imports left) with its type
 * declarations `sync-tool-picker.d.ts`, and `frame.js`, the classic script of the iframe page.
 *
 * Pages render before `astro:build:done`, yet /embed/ prints the module's Subresource Integrity
 * hash: so the bundles are built once, in memory, the first time anything needs them. The /embed/
 * page reads the hash through the virtual module `virtual:sync-tool-picker-embed`, and
 * `astro:build:done` writes those very bytes.
 */
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { embedDeclarations } from './embed-declarations';
import { inlineCssForEsbuild, trimWidgetDataForEsbuild } from './widget-data';

/** The virtual module that tells pages about the built embed. */
export const EMBED_MODULE_ID = 'virtual:sync-tool-picker-embed';

/** What is built, from which entry, in which format. */
const BUNDLES = [
	{ entry: '../../embed/sync-tool-picker.ts', output: 'embed/sync-tool-picker.js', format: 'esm' },
	{ entry: '../../embed/frame.ts', output: 'embed/frame.js', format: 'iife' },
] as const;

const MODULE_ENTRY = fileURLToPath(new URL(BUNDLES[0].entry, import.meta.url));

/** The built embed: each bundle's bytes by output path, the module's SRI hash and its declarations. */
export interface EmbedBuild {
	files: Map<string, Uint8Array>;
	/** `sha384-…` of embed/sync-tool-picker.js, for a `<script integrity>`. */
	integrity: string;
}

/** The Subresource Integrity value of some bytes (SHA-384, as browsers and the snippet use). */
export function subresourceIntegrity(bytes: Uint8Array): string {
	return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}

/** Bundles both entries in memory (nothing is written). */
export async function buildEmbed(linkOrigins: readonly string[]): Promise<EmbedBuild> {
	const files = new Map<string, Uint8Array>();
	for (const bundle of BUNDLES) {
		const result = await build({
			entryPoints: [fileURLToPath(new URL(bundle.entry, import.meta.url))],
			outfile: bundle.output,
			write: false,
			bundle: true,
			format: bundle.format,
			target: 'es2022',
			minify: true,
			legalComments: 'none',
			logLevel: 'silent',
			define: { __EMBED_LINK_ORIGINS__: JSON.stringify(linkOrigins) },
			plugins: [trimWidgetDataForEsbuild, inlineCssForEsbuild],
		});
		const [output] = result.outputFiles;
		if (!output) throw new Error(`esbuild wrote nothing for ${bundle.entry}.`);
		files.set(bundle.output, output.contents);
	}
	const module = files.get(BUNDLES[0].output) ?? new Uint8Array();
	return { files, integrity: subresourceIntegrity(module) };
}

/**
 * The integration.
 * @param linkOrigins the origins the frame's links may point to besides the site's (`parseLinkOrigins`)
 */
export function embedBuild(linkOrigins: readonly string[] = []): AstroIntegration {
	let built: Promise<EmbedBuild> | undefined;
	let building = false;
	// One build per `astro build`, so the hash on /embed/ and the written file cannot differ; in
	// `astro dev` each page load builds afresh, so the hash follows source changes.
	const embed = () => (building ? (built ??= buildEmbed(linkOrigins)) : buildEmbed(linkOrigins));
	return {
		name: 'embed-build',
		hooks: {
			'astro:config:setup': ({ command, updateConfig }) => {
				building = command === 'build';
				const resolvedId = `\0${EMBED_MODULE_ID}`;
				updateConfig({
					vite: {
						plugins: [
							{
								name: 'sync-tool-picker-embed',
								resolveId: (id: string) => (id === EMBED_MODULE_ID ? resolvedId : undefined),
								load: async (id: string) =>
									id === resolvedId
										? `export const integrity = ${JSON.stringify((await embed()).integrity)};`
										: undefined,
							},
						],
					},
				});
			},
			'astro:build:done': async ({ dir, logger }) => {
				const { files, integrity } = await embed();
				for (const [path, bytes] of files) {
					const target = fileURLToPath(new URL(path, dir));
					await mkdir(dirname(target), { recursive: true });
					await writeFile(target, bytes);
					logger.info(`Wrote dist/${path} (${bytes.length} bytes before compression).`);
				}
				const declarations = fileURLToPath(new URL('embed/sync-tool-picker.d.ts', dir));
				await writeFile(declarations, await embedDeclarations(MODULE_ENTRY));
				logger.info(`Wrote dist/embed/sync-tool-picker.d.ts; the module's integrity is ${integrity}.`);
			},
		},
	};
}
