/**
 * Astro integration: after the build (and after Pagefind and the embed bundles have written their
 * files), gives every page its Content-Security-Policy `<meta>` with the hashes of its inline
 * scripts and styles, then writes the web.config files (dist/web.config and one in each folder
 * the pages can do without) and the nginx and Apache snippets in dist/server-config/ from the
 * finished file list.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentSecurityPolicy, mergeHashes, serializePolicy, type InlineHashes } from './content-security-policy';
import { FRAME_FOLDER, hostingPlan } from './hosting-plan';
import { webConfigFiles } from './iis-web-config';
import { hashSources, inlineContentOf, withPolicyMeta } from './inline-content';
import { apacheConfig, nginxConfig, SERVER_CONFIG_FILES } from './server-snippets';

/** Options of the integration. */
export interface HostingConfigOptions {
	/** The frame-ancestors sources of /embed/frame/ (from `parseFrameAncestors`). */
	frameAncestors: readonly string[];
}

/** Files that must exist before this step runs: it lists them in the server configuration. */
const EXPECTED_EARLIER = ['pagefind/pagefind-entry.json', 'embed/sync-tool-picker.js'];

async function filesUnder(root: string): Promise<string[]> {
	const entries = await readdir(root, { withFileTypes: true, recursive: true });
	return entries
		.filter((entry) => entry.isFile())
		.map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
		.sort();
}

/** The integration; list it after every integration that writes files into dist/. */
export function hostingConfig({ frameAncestors }: HostingConfigOptions): AstroIntegration {
	let base = '/';
	return {
		name: 'hosting-config',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base.endsWith('/') ? config.base : `${config.base}/`;
			},
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const missing = EXPECTED_EARLIER.filter((file) => !existsSync(join(root, file)));
				if (missing.length) {
					throw new Error(
						`hosting-config ran before ${missing.join(' and ')} existed: list it after Starlight and embed-build in astro.config.mjs.`,
					);
				}
				const snippets: string[] = Object.values(SERVER_CONFIG_FILES);
				// A web.config left from an earlier build step would otherwise be listed as a file to serve.
				const files = (await filesUnder(root)).filter(
					(file) => !snippets.includes(file) && !/(^|\/)web\.config$/.test(file),
				);
				const pages = new Map<string, InlineHashes>();
				for (const file of files.filter((name) => name.endsWith('.html'))) {
					const path = join(root, file);
					const html = await readFile(path, 'utf-8');
					const inline = inlineContentOf(html);
					const hashes = {
						scripts: hashSources(inline.scripts),
						styles: hashSources(inline.styles),
						styleAttributes: hashSources(inline.styleAttributes),
					};
					pages.set(file, hashes);
					const policy = serializePolicy(contentSecurityPolicy(hashes, { via: 'meta' }));
					await writeFile(path, withPolicyMeta(html, policy));
				}
				// web.config itself is never served: IIS hides it.
				const served = [...files, ...snippets];
				const plan = hostingPlan({
					files: served,
					base,
					hashes: mergeHashes(pages.values()),
					frameHashes: mergeHashes(
						[...pages].filter(([file]) => file.startsWith(FRAME_FOLDER)).map(([, hashes]) => hashes),
					),
					frameAncestors,
				});
				const webConfigs = webConfigFiles(plan);
				const outputs: Record<string, string> = {
					...webConfigs,
					[SERVER_CONFIG_FILES.nginx]: nginxConfig(plan),
					[SERVER_CONFIG_FILES.apache]: apacheConfig(plan),
				};
				for (const [file, text] of Object.entries(outputs)) {
					await mkdir(dirname(join(root, file)), { recursive: true });
					await writeFile(join(root, file), text);
				}
				logger.info(
					`Gave ${pages.size} pages their Content-Security-Policy; wrote ${[...Object.keys(webConfigs), ...snippets].join(', ')} for ${base} (frame-ancestors of /embed/frame/: ${frameAncestors.join(' ')}).`,
				);
			},
		},
	};
}
