/**
 * The decision data the bundles ship: the engine imports whole JSON files, but the picker shows
 * only part of each. Both bundlers (Vite for the site, esbuild for the embed) pass the files
 * through `trimWidgetData`, so the shipped JavaScript carries what the picker can show and nothing
 * else: no dates of last check, no links, no citations of requirement rows (their caveats keep
 * theirs), no rows a reader cannot pick, no notes or summaries the engine never quotes. A unit test
 * (tests/build/widget-data.test.ts) proves the engine answers the same on trimmed data.
 */
import { readFile } from 'node:fs/promises';
import type { Plugin as EsbuildPlugin } from 'esbuild';
import { transform as minifyCss } from 'lightningcss';

/** The data files the engine imports, as a bundler sees their paths. */
export const WIDGET_DATA_FILE = /content[\\/]data[\\/](capabilities|requirements|guidance|decision-tree)\.json$/;

type Row = Record<string, unknown>;
type Cell = { level?: unknown; note?: unknown; source?: unknown; asOf?: unknown };

/** A selectable capability with only what the engine reads: a cell's note only where it is quoted ("limited"). */
function trimCapability(row: Row): Row {
	const support = (row['support'] ?? {}) as Record<string, Cell>;
	const cells = Object.entries(support);
	const kept: Row = {
		id: row['id'],
		label: row['label'],
		need: row['need'],
		selectable: true,
		support: Object.fromEntries(
			cells.map(([tool, { level, note, source, asOf }]) => [
				tool,
				level === 'limited' ? { level, note, source, asOf } : { level },
			]),
		),
		disputed: row['disputed'],
		source: row['source'],
		asOf: row['asOf'],
	};
	// A need both tools meet in full is only ever listed as covered: its summary is never quoted.
	if (!cells.every(([, cell]) => cell.level === 'yes')) kept['summary'] = row['summary'];
	return kept;
}

/** The JSON of a data file as the bundles ship it; `file` is its path. */
export function trimWidgetData(file: string, json: string): string {
	const kind = WIDGET_DATA_FILE.exec(file)?.[1];
	const data = JSON.parse(json) as unknown;
	if (!Array.isArray(data)) return JSON.stringify(data);
	const rows = data as Row[];
	switch (kind) {
		case 'capabilities':
			return JSON.stringify(rows.filter((row) => row['selectable'] === true).map(trimCapability));
		case 'requirements':
			return JSON.stringify(
				// A row no need brings in (an empty whenNeeds) never reaches a checklist.
				rows
					.filter(({ whenNeeds }) => !(Array.isArray(whenNeeds) && whenNeeds.length === 0))
					.map(({ id, tool, requirement, details, updates, whenNeeds }) => ({
						id,
						tool,
						requirement,
						details,
						whenNeeds,
						// A caveat's wording (or both wordings of one that turns on a date), its page and the page's date.
						updates: Array.isArray(updates)
							? updates.map(({ text, timeBound, source, asOf }: Row) => ({ text, timeBound, source, asOf }))
							: [],
					})),
			);
		case 'guidance':
			return JSON.stringify(rows.map(({ checked: _checked, ...rest }) => rest));
		default:
			return JSON.stringify(rows);
	}
}

/** esbuild plugin (the embed's build). */
export const trimWidgetDataForEsbuild: EsbuildPlugin = {
	name: 'trim-widget-data',
	setup(builder) {
		builder.onLoad({ filter: WIDGET_DATA_FILE }, async ({ path }) => ({
			contents: trimWidgetData(path, await readFile(path, 'utf-8')),
			loader: 'json',
		}));
	},
};

/**
 * Vite plugin (the site's build): trims each file before Vite's JSON plugin turns it into a module,
 * in the browser bundles only. Pages render on the server from the whole files (the tables keep
 * every row, in file order), and nothing rendered there ships as JavaScript.
 */
export function trimWidgetDataForVite() {
	return {
		name: 'trim-widget-data',
		enforce: 'pre' as const,
		transform(code: string, id: string, options?: { ssr?: boolean }) {
			if (options?.ssr || !WIDGET_DATA_FILE.test(id)) return undefined;
			return { code: trimWidgetData(id, code), map: null };
		},
	};
}

/**
 * esbuild plugin (the embed's build): `import css from './x.css?inline'` gives the stylesheet
 * minified, as a string, as Vite does for the site (with Lightning CSS, Vite's own minifier).
 */
export const inlineCssForEsbuild: EsbuildPlugin = {
	name: 'inline-css',
	setup(builder) {
		builder.onResolve({ filter: /\.css\?inline$/ }, ({ path, resolveDir }) => ({
			path: `${resolveDir}/${path.replace(/\?inline$/, '')}`,
			namespace: 'inline-css',
		}));
		builder.onLoad({ filter: /.*/, namespace: 'inline-css' }, async ({ path }) => {
			const { code } = minifyCss({ filename: path, code: await readFile(path), minify: true });
			return { contents: `export default ${JSON.stringify(code.toString().trim())};`, loader: 'js' };
		});
	},
};
