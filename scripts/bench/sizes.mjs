// Sizes for the bench: the JavaScript a built page loads first, and where the embed module's
// gzip kilobytes go.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { pureEngineForEsbuild } from '../../src/build/pure-engine.ts';
import { WIDGET_DATA_FILE, inlineCssForEsbuild, trimWidgetDataForEsbuild } from '../../src/build/widget-data.ts';

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
 * The external scripts of a page with their static imports; with `whenUsed`, also what they import
 * dynamically (`import("./x.js")`) or start as a worker (`new Worker(new URL("/_astro/x.js", …))`).
 * @returns {Array<{ key: string, text: string, gz: number }>}
 */
function externalScripts(dist, htmlPath, whenUsed) {
	const html = readFileSync(join(dist, htmlPath), 'utf-8');
	const scripts = [];
	const seen = new Set();
	const queue = [...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((match) => match[1].replace(/^\//, ''));
	const imports = whenUsed
		? /(?:import|from)\s*\(?\s*["'`]\.\/([^"'`]+\.js)["'`]/g
		: /(?:import|from)\s*["']\.\/([^"']+\.js)["']/g;
	while (queue.length > 0) {
		const path = queue.shift();
		if (seen.has(path) || !existsSync(join(dist, path))) continue;
		seen.add(path);
		const text = readFileSync(join(dist, path), 'utf-8');
		scripts.push({ key: path.split('/').pop(), text, gz: gzip(text) });
		for (const match of text.matchAll(imports)) queue.push(join(path, '..', match[1]).split(sep).join('/'));
		if (!whenUsed) continue;
		for (const match of text.matchAll(/new Worker\(\s*new URL\(\s*["'`]\/?([^"'`]+\.js)["'`]/g)) queue.push(match[1]);
	}
	return scripts;
}

/**
 * The scripts a page runs on load: its external scripts with their static imports, and its inline
 * scripts. Each has a key that is the same for the same script on another build of the same
 * Starlight (file name with content hash, or the inline text's hash), its text and its gzip size.
 * @returns {Array<{ key: string, text: string, gz: number }>}
 */
export function pageScripts(dist, htmlPath) {
	const html = readFileSync(join(dist, htmlPath), 'utf-8');
	const scripts = externalScripts(dist, htmlPath, false);
	for (const [, text] of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
		if (text.trim() === '') continue;
		scripts.push({ key: `inline:${createHash('sha1').update(text).digest('hex').slice(0, 12)}`, text, gz: gzip(text) });
	}
	return scripts;
}

/**
 * The scripts a page loads only when used (dynamic imports and workers, with their imports), less
 * what it runs on load.
 * @returns {Array<{ key: string, text: string, gz: number }>}
 */
export function lazyScripts(dist, htmlPath) {
	const first = new Set(pageScripts(dist, htmlPath).map((script) => script.key));
	return externalScripts(dist, htmlPath, true).filter((script) => !first.has(script.key));
}

/** The gzip size of everything a page runs on load. */
export const pageJs = (dist, htmlPath) => pageScripts(dist, htmlPath).reduce((sum, script) => sum + script.gz, 0);

const EMBED_ENTRY = 'src/embed/sync-tool-picker.ts';

/** Bundles the embed module as embed-build does, with some inputs replaced by empty ones. */
async function bundleEmbed(root, stubbed = new Set()) {
	const stub = {
		name: 'stub',
		setup(builder) {
			builder.onLoad({ filter: WIDGET_DATA_FILE }, ({ path }) => {
				const kind = WIDGET_DATA_FILE.exec(path)?.[1];
				if (!stubbed.has(kind)) return undefined;
				return { contents: kind === 'decision-tree' ? '{"start":"","questions":[]}' : '[]', loader: 'json' };
			});
			builder.onLoad({ filter: /.*/, namespace: 'inline-css' }, () =>
				stubbed.has('styles') ? { contents: 'export default ""', loader: 'js' } : undefined,
			);
		},
	};
	const result = await build({
		entryPoints: [join(root, EMBED_ENTRY)],
		bundle: true,
		format: 'esm',
		target: 'es2022',
		minify: true,
		legalComments: 'none',
		write: false,
		metafile: true,
		define: { __EMBED_LINK_ORIGINS__: '[]' },
		plugins: [stub, pureEngineForEsbuild, trimWidgetDataForEsbuild, inlineCssForEsbuild],
		logLevel: 'silent',
	});
	return { bytes: result.outputFiles[0].contents, metafile: result.metafile };
}

/**
 * Where the embed module's gzip bytes go: each part's share is what removing it saves, taken in
 * turn (data files, then styles), so the shares add up to the whole; the code that remains is
 * split by source folder in proportion to its minified bytes.
 * @returns {Promise<{ total: number, parts: Array<{ part: string, gz: number }>, matchesDist: boolean }>}
 */
export async function embedBreakdown(root, dist) {
	const full = await bundleEmbed(root);
	const shipped = readFileSync(join(dist, 'embed/sync-tool-picker.js'));
	const steps = [
		['requirements', 'data: requirement rows with their caveats (checklist)'],
		['capabilities', 'data: comparison rows (reasons, trade-offs, gaps)'],
		['decision-tree', 'data: questions and answers'],
		['guidance', "data: Microsoft's general advice"],
		['styles', 'styles (minified CSS)'],
	];
	const parts = [];
	const stubbed = new Set();
	let previous = gzip(full.bytes);
	let rest = full;
	for (const [kind, part] of steps) {
		stubbed.add(kind);
		rest = await bundleEmbed(root, stubbed);
		const now = gzip(rest.bytes);
		parts.push({ part, gz: previous - now });
		previous = now;
	}
	const inputs = Object.entries(Object.values(rest.metafile.outputs)[0].inputs);
	const byFolder = new Map();
	for (const [path, { bytesInOutput }] of inputs) {
		const folder = /src\/(decision|elements\/kit|elements\/sync-tool-picker|embed|data)\//.exec(path)?.[1] ?? 'other';
		byFolder.set(folder, (byFolder.get(folder) ?? 0) + bytesInOutput);
	}
	const codeBytes = [...byFolder.values()].reduce((sum, bytes) => sum + bytes, 0) || 1;
	const names = {
		decision: 'code: engine (src/decision, src/data)',
		data: 'code: engine (src/decision, src/data)',
		'elements/sync-tool-picker': 'code: element and views (src/elements/sync-tool-picker)',
		'elements/kit': 'code: element kit (src/elements/kit)',
		embed: 'code: embed entry (src/embed)',
		other: 'code: other',
	};
	const code = new Map();
	for (const [folder, bytes] of byFolder)
		code.set(names[folder], (code.get(names[folder]) ?? 0) + (previous * bytes) / codeBytes);
	// Parts under 0.05 KB would print as 0.0.
	for (const [part, gz] of code) if (gz >= 52) parts.push({ part, gz: Math.round(gz) });
	return { total: gzip(full.bytes), parts, matchesDist: Buffer.compare(Buffer.from(full.bytes), shipped) === 0 };
}
