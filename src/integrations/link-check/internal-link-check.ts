/**
 * Astro integration: after the build, checks every same-site link and anchor in dist/ (content
 * pages, components, the 404 page alike), and every prose section that scripts link to at run time
 * (src/data/site-contracts.ts), and fails the build on the first broken one.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { findBrokenLinks, findBrokenRunTimeLinks } from './find-broken-links';
import { TOOL_IDS } from '../../data/ids';
import { linkedSections } from '../../data/site-contracts';

async function listFiles(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { withFileTypes: true, recursive: true });
	return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

/** The integration; add it after Starlight so Pagefind's files already exist. */
export function internalLinkCheck(): AstroIntegration {
	let base = '/';
	return {
		name: 'internal-link-check',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base.endsWith('/') ? config.base : `${config.base}/`;
			},
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const pages = new Map<string, string>();
				const files = new Set<string>();
				for (const file of await listFiles(root)) {
					const sitePath = base + relative(root, file).split(sep).join('/');
					files.add(sitePath);
					if (sitePath.endsWith('.html')) {
						pages.set(sitePath.replace(/(^|\/)index\.html$/, '$1'), await readFile(file, 'utf-8'));
					}
				}
				const broken = [
					...findBrokenLinks(pages, files, base),
					...findBrokenRunTimeLinks(pages, base, linkedSections(TOOL_IDS)),
				];
				if (broken.length > 0) {
					const list = broken.map((link) => `  - ${link.page}: "${link.href}" ${link.reason}`).join('\n');
					throw new Error(`${broken.length} broken internal link(s):\n${list}`);
				}
				logger.info(`Checked the internal links of ${pages.size} pages: none broken.`);
			},
		},
	};
}
