// Sizes for the bench: the JavaScript a built page loads first, and where the embed module's
// gzip kilobytes go.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { decode } from '@jridgewell/sourcemap-codec';
import { build } from 'esbuild';
import { inlineCssForEsbuild, trimWidgetDataForEsbuild } from '../../src/integrations/embed/widget-data.ts';
import { embedParts, textBySource } from './embed-parts.mjs';

/** @param {Uint8Array | string} bytes */
export const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;
/** @param {number} bytes */
export const kb = (bytes) => bytes / 1024;

/** Every .html file under `dist`, as a site path such as `get-started/index.html`. */
export function htmlPages(dist) {
	const pages = [];
	(function walk(dir) {
		for (const name of readdirSync(dir)) {
			const path = join(dir, name);
			if (statSync(path).isDirectory()) walk(path);
			else if (name.endsWith('.html')) pages.push(relative(dist, path).split(sep).join('/'));
		}
	})(dist);
	return pages.sort();
}

/**
 * A script a page runs: its key (its file name with content hash, or `inline:` and a hash of its
 * text), its text, its gzip size, and the keys of the page's scripts that import it.
 * @typedef {{ key: string, text: string, gz: number, importedBy: string[] }} PageScript
 */

/**
 * The external scripts of a page with their static imports; with `whenUsed`, also what they import
 * dynamically (`import("./x.js")`) or start as a worker (`new Worker(new URL("/_astro/x.js", …))`).
 * @returns {PageScript[]}
 */
function externalScripts(dist, htmlPath, whenUsed) {
	const html = readFileSync(join(dist, htmlPath), 'utf-8');
	/** @type {Map<string, PageScript>} */
	const scripts = new Map();
	const queue = [...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((match) => ({
		path: match[1].replace(/^\//, ''),
		from: undefined,
	}));
	const imports = whenUsed
		? /(?:import|from)\s*\(?\s*["'`]\.\/([^"'`]+\.js)["'`]/g
		: /(?:import|from)\s*["']\.\/([^"']+\.js)["']/g;
	while (queue.length > 0) {
		const { path, from } = queue.shift();
		const known = scripts.get(path);
		if (known) {
			if (from && !known.importedBy.includes(from)) known.importedBy.push(from);
			continue;
		}
		if (!existsSync(join(dist, path))) continue;
		const text = readFileSync(join(dist, path), 'utf-8');
		const key = path.split('/').pop();
		scripts.set(path, { key, text, gz: gzip(text), importedBy: from ? [from] : [] });
		for (const match of text.matchAll(imports))
			queue.push({ path: join(path, '..', match[1]).split(sep).join('/'), from: key });
		if (!whenUsed) continue;
		for (const match of text.matchAll(/new Worker\(\s*new URL\(\s*["'`]\/?([^"'`]+\.js)["'`]/g))
			queue.push({ path: match[1], from: key });
	}
	return [...scripts.values()];
}

/**
 * The scripts a page runs on load: its external scripts with their static imports, and its inline
 * scripts.
 * @returns {PageScript[]}
 */
export function pageScripts(dist, htmlPath) {
	const html = readFileSync(join(dist, htmlPath), 'utf-8');
	const scripts = externalScripts(dist, htmlPath, false);
	for (const [, text] of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
		if (text.trim() === '') continue;
		const key = `inline:${createHash('sha1').update(text).digest('hex').slice(0, 12)}`;
		scripts.push({ key, text, gz: gzip(text), importedBy: [] });
	}
	return scripts;
}

/**
 * The scripts a page loads only when used (dynamic imports and workers, with their imports), less
 * what it runs on load.
 * @returns {PageScript[]}
 */
export function lazyScripts(dist, htmlPath) {
	const first = new Set(pageScripts(dist, htmlPath).map((script) => script.key));
	return externalScripts(dist, htmlPath, true).filter((script) => !first.has(script.key));
}

/** The gzip size of everything a page runs on load. */
export const pageJs = (dist, htmlPath) => pageScripts(dist, htmlPath).reduce((sum, script) => sum + script.gz, 0);

const EMBED_ENTRY = 'src/embed/sync-tool-picker.ts';

/**
 * Where the embed module's bytes go: the module bundled as embed-build bundles it, with esbuild's
 * metafile and a source map, and its inputs grouped into parts (scripts/bench/embed-parts.mjs).
 * @returns {Promise<{ raw: number, total: number, parts: Array<{ part: string, raw: number, gz: number }>, matchesDist: boolean }>}
 */
export async function embedBreakdown(root, dist) {
	const result = await build({
		entryPoints: [join(root, EMBED_ENTRY)],
		// At the root, so that the source map names each input as the metafile does (relative to the root).
		absWorkingDir: root,
		outfile: join(root, 'sync-tool-picker.js'),
		bundle: true,
		format: 'esm',
		target: 'es2022',
		minify: true,
		legalComments: 'none',
		write: false,
		metafile: true,
		// External: the module's own bytes stay as shipped, with no sourceMappingURL comment.
		sourcemap: 'external',
		define: { __EMBED_LINK_ORIGINS__: '[]' },
		plugins: [trimWidgetDataForEsbuild, inlineCssForEsbuild],
		logLevel: 'silent',
	});
	const module = result.outputFiles.find((file) => file.path.endsWith('.js'));
	const map = JSON.parse(result.outputFiles.find((file) => file.path.endsWith('.js.map')).text);
	const output = Object.values(result.metafile.outputs).find((entry) => entry.entryPoint !== undefined);
	const total = gzip(module.contents);
	const shipped = readFileSync(join(dist, 'embed/sync-tool-picker.js'));
	return {
		raw: module.contents.length,
		total,
		parts: embedParts({
			inputs: output.inputs,
			texts: textBySource(module.text, decode(map.mappings), map.sources),
			rawTotal: module.contents.length,
			gzipTotal: total,
		}),
		matchesDist: Buffer.compare(Buffer.from(module.contents), shipped) === 0,
	};
}
