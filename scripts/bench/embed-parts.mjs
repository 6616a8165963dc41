// Where the embed module's bytes go: each input of esbuild's metafile put in a named part (engine
// code, one part per data file, element code, styles), its minified bytes summed per part, and the
// module's gzip size shared out in proportion to how small each part's own text compresses, so that
// the parts add up to the whole.
import { gzipSync } from 'node:zlib';

/** The parts for the data files the engine imports, by file name. */
const DATA_PARTS = {
	requirements: 'data: requirement rows with their caveats (checklist)',
	capabilities: 'data: comparison rows (reasons, trade-offs, gaps)',
	'decision-tree': 'data: questions and answers',
	guidance: "data: Microsoft's general advice",
};

/**
 * What esbuild adds around the inputs (module wrappers, the export list): bytes no input accounts for.
 * The source map gives the export list's text to the entry, so the entry's gzip share carries it.
 */
export const BUNDLE_GLUE = "bundler's glue (exports, wrappers)";

/**
 * The part an input of the metafile belongs to; `input` is its key there, a path relative to the
 * project's root, or `namespace:path` for an input a plugin loads (the styles).
 * @param {string} input
 * @returns {string}
 */
export function embedPartOf(input) {
	const path = input.replace(/\\/g, '/');
	const data = /(?:^|\/)content\/data\/([^/]+)\.json$/.exec(path)?.[1];
	if (data !== undefined) return DATA_PARTS[data] ?? `data: ${data}.json`;
	if (/\.css(?:\?inline)?$/.test(path)) return 'styles (minified CSS)';
	if (/(?:^|\/)src\/(?:decision|data)\//.test(path)) return 'code: engine (src/decision, src/data)';
	if (/(?:^|\/)src\/(?:widget|elements)\//.test(path)) return 'code: element, views and kit (src/elements, src/widget)';
	if (/(?:^|\/)src\/embed\//.test(path)) return 'code: embed entry (src/embed)';
	return `other: ${path}`;
}

/**
 * The output's text by the source it came from, read off the decoded source map: a segment's text
 * runs to the next segment of its line. Text no segment names a source for is under ''.
 * @param {string} output the bundle's text
 * @param {number[][][]} mappings the source map's `mappings`, decoded: per line, segments [column, source, ...]
 * @param {string[]} sources the source map's `sources`
 * @returns {Map<string, string>}
 */
export function textBySource(output, mappings, sources) {
	const texts = new Map();
	const add = (source, text) => texts.set(source, (texts.get(source) ?? '') + text);
	output.split('\n').forEach((line, index) => {
		const segments = mappings[index] ?? [];
		add('', line.slice(0, segments[0]?.[0] ?? line.length));
		segments.forEach((segment, at) => {
			const end = segments[at + 1]?.[0] ?? line.length;
			const source = segment.length > 1 ? (sources[segment[1] ?? -1] ?? '') : '';
			add(source, line.slice(segment[0], end));
		});
	});
	return texts;
}

/**
 * Shares `total` out in proportion to `weights`, in whole units that add up to `total` exactly
 * (largest remainder first; ties go to the earlier entry).
 * @param {number[]} weights
 * @param {number} total
 * @returns {number[]}
 */
export function shareOut(weights, total) {
	const sum = weights.reduce((a, b) => a + b, 0);
	if (sum <= 0) return weights.map(() => 0);
	const exact = weights.map((weight) => (weight * total) / sum);
	const shares = exact.map(Math.floor);
	let left = total - shares.reduce((a, b) => a + b, 0);
	const order = exact
		.map((value, index) => ({ index, rest: value - Math.floor(value) }))
		.sort((a, b) => b.rest - a.rest);
	for (const { index } of order) {
		if (left <= 0) break;
		shares[index] = (shares[index] ?? 0) + 1;
		left -= 1;
	}
	return shares;
}

/** The gzip size of a text at the level the bench measures with, less the gzip format's own header and trailer. */
const gzipSize = (text) => Math.max(0, gzipSync(text, { level: 9 }).length - gzipSync('', { level: 9 }).length);

/**
 * The module's parts, the most gzip bytes first: the minified bytes of each (the metafile's `bytesInOutput`;
 * what no input accounts for is the bundler's glue) and its share of the module's gzip size, in
 * proportion to the gzip size of the part's own text. Both columns add up to the module's totals.
 * @param {{
 *   inputs: Record<string, { bytesInOutput: number }>,
 *   texts: Map<string, string>,
 *   rawTotal: number,
 *   gzipTotal: number,
 *   compressedSize?: (text: string) => number,
 * }} module the metafile's inputs of the module's output, its text by source (`textBySource`), its size and gzip size
 * @returns {Array<{ part: string, raw: number, gz: number }>}
 */
export function embedParts({ inputs, texts, rawTotal, gzipTotal, compressedSize = gzipSize }) {
	const parts = new Map();
	const partOf = (part) => parts.get(part) ?? parts.set(part, { raw: 0, text: '' }).get(part);
	for (const [input, { bytesInOutput }] of Object.entries(inputs)) {
		if (bytesInOutput === 0) continue;
		const part = partOf(embedPartOf(input));
		part.raw += bytesInOutput;
		part.text += texts.get(input) ?? '';
	}
	const accounted = [...parts.values()].reduce((sum, part) => sum + part.raw, 0);
	if (accounted > rawTotal) {
		throw new Error(`The metafile's inputs come to ${accounted} bytes, more than the module's ${rawTotal}.`);
	}
	if (rawTotal > accounted)
		Object.assign(partOf(BUNDLE_GLUE), { raw: rawTotal - accounted, text: texts.get('') ?? '' });
	const named = [...parts].map(([part, { raw, text }]) => ({
		part,
		raw,
		weight: text === '' ? 0 : compressedSize(text),
	}));
	const shares = shareOut(
		named.map((part) => part.weight),
		gzipTotal,
	);
	return named
		.map(({ part, raw }, index) => ({ part, raw, gz: shares[index] ?? 0 }))
		.sort((a, b) => b.gz - a.gz || b.raw - a.raw);
}
