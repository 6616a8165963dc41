import { describe, expect, test } from 'vitest';
import { BUNDLE_GLUE, embedPartOf, embedParts, shareOut, textBySource } from '../../../scripts/bench/embed-parts.mjs';

describe('embedPartOf', () => {
	test.each([
		['content/data/requirements.json', 'data: requirement rows with their caveats (checklist)'],
		['content/data/decision-tree.json', 'data: questions and answers'],
		['content/data/network.json', 'data: network.json'],
		['inline-css:/work/site/src/widget/picker.css', 'styles (minified CSS)'],
		['src/decision/recommend.ts', 'code: engine (src/decision, src/data)'],
		['src/data/time-bound.ts', 'code: engine (src/decision, src/data)'],
		['src/widget/result-view.ts', 'code: element, views and kit (src/elements, src/widget)'],
		['src/elements/sync-tool-picker/define.ts', 'code: element, views and kit (src/elements, src/widget)'],
		['src/embed/sync-tool-picker.ts', 'code: embed entry (src/embed)'],
		['src\\decision\\tree.ts', 'code: engine (src/decision, src/data)'],
		['node_modules/some-package/index.js', 'other: node_modules/some-package/index.js'],
	])('puts %s in "%s"', (input, part) => {
		expect(embedPartOf(input)).toBe(part);
	});
});

describe('shareOut', () => {
	test('gives whole shares in proportion that add up to the total, the largest remainders rounded up', () => {
		expect(shareOut([1, 1, 1], 10)).toEqual([4, 3, 3]);
		expect(shareOut([50, 30, 20], 7)).toEqual([4, 2, 1]);
		expect(shareOut([3, 0], 5)).toEqual([5, 0]);
	});

	test('gives nothing to anyone when there is no weight', () => {
		expect(shareOut([0, 0], 9)).toEqual([0, 0]);
	});
});

describe('textBySource', () => {
	test('gives each source the text from its segments to the next, and unmapped text to none', () => {
		// Line 1: "ab" unmapped, "cde" from a.ts, "fg" from b.ts; line 2: "hi" from a.ts, "j" with no source.
		const texts = textBySource(
			'abcdefg\nhij',
			[
				[
					[2, 0, 0, 0],
					[5, 1, 0, 0],
				],
				[[0, 0, 1, 0], [2]],
			],
			['a.ts', 'b.ts'],
		);
		expect(Object.fromEntries(texts)).toEqual({ '': 'abj', 'a.ts': 'cdehi', 'b.ts': 'fg' });
	});
});

describe('embedParts', () => {
	const inputs = {
		'content/data/requirements.json': { bytesInOutput: 6000 },
		'content/data/capabilities.json': { bytesInOutput: 3000 },
		'src/decision/recommend.ts': { bytesInOutput: 2000 },
		'src/data/ids.ts': { bytesInOutput: 500 },
		'src/widget/picker-state.ts': { bytesInOutput: 1500 },
		'inline-css:/site/src/widget/picker.css': { bytesInOutput: 800 },
		'src/decision/index.ts': { bytesInOutput: 0 },
	};
	// Each input's text is its name in angle brackets; the "compressed size" of a text is its length.
	const texts = new Map([...Object.keys(inputs), ''].map((input) => [input, input === '' ? 'glue' : `<${input}>`]));
	const parts = (gzipTotal: number) =>
		embedParts({ inputs, texts, rawTotal: 14_000, gzipTotal, compressedSize: (text) => text.length });

	test('sums the minified bytes per part and names what no input accounts for', () => {
		expect(Object.fromEntries(parts(1000).map(({ part, raw }) => [part, raw]))).toEqual({
			'data: requirement rows with their caveats (checklist)': 6000,
			'data: comparison rows (reasons, trade-offs, gaps)': 3000,
			'code: engine (src/decision, src/data)': 2500,
			'code: element, views and kit (src/elements, src/widget)': 1500,
			'styles (minified CSS)': 800,
			[BUNDLE_GLUE]: 200,
		});
	});

	test("shares the gzip size out by the compressed size of each part's own text, the most first", () => {
		// Weights: the engine's two texts 27 + 17 = 44, the element's 28, the styles' 40, the requirements' 32, the comparison rows' 32, the glue's 4.
		expect(parts(180).map(({ part, gz }) => [part, gz])).toEqual([
			['code: engine (src/decision, src/data)', 44],
			['styles (minified CSS)', 40],
			['data: requirement rows with their caveats (checklist)', 32],
			['data: comparison rows (reasons, trade-offs, gaps)', 32],
			['code: element, views and kit (src/elements, src/widget)', 28],
			[BUNDLE_GLUE, 4],
		]);
	});

	test('adds up to the module in both columns', () => {
		const shared = parts(5_003);
		expect(shared.reduce((sum, part) => sum + part.raw, 0)).toBe(14_000);
		expect(shared.reduce((sum, part) => sum + part.gz, 0)).toBe(5_003);
	});

	test('has no glue part when the inputs account for every byte', () => {
		const entry = 'src/embed/sync-tool-picker.ts';
		expect(
			embedParts({
				inputs: { [entry]: { bytesInOutput: 10 } },
				texts: new Map([[entry, 'x']]),
				rawTotal: 10,
				gzipTotal: 4,
			}),
		).toEqual([{ part: 'code: embed entry (src/embed)', raw: 10, gz: 4 }]);
	});

	test('refuses a metafile whose inputs come to more than the module', () => {
		const entry = 'src/embed/sync-tool-picker.ts';
		expect(() =>
			embedParts({ inputs: { [entry]: { bytesInOutput: 11 } }, texts: new Map(), rawTotal: 10, gzipTotal: 4 }),
		).toThrow("The metafile's inputs come to 11 bytes, more than the module's 10.");
	});
});
