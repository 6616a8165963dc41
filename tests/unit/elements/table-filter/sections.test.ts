import { describe, expect, test } from 'vitest';
import { hiddenBlocks, type ContentBlock } from '../../../../src/elements/table-filter/sections';

// A page like /prerequisites/: two h2 sections, each with h3 subsections holding one table each.
//  0 h2 Cloud Sync · 1 intro · 2 h3 hardware · 3 table 0 · 4 h3 accounts · 5 intro · 6 table 1
//  7 h2 Connect Sync · 8 h3 hardware · 9 table 2 · 10 h2 Next steps · 11 list
const page: ContentBlock[] = [
	{ level: 2, tables: [] },
	{ level: 0, tables: [] },
	{ level: 3, tables: [] },
	{ level: 0, tables: [0] },
	{ level: 3, tables: [] },
	{ level: 0, tables: [] },
	{ level: 0, tables: [1] },
	{ level: 2, tables: [] },
	{ level: 3, tables: [] },
	{ level: 0, tables: [2] },
	{ level: 2, tables: [] },
	{ level: 0, tables: [] },
];
const hiddenIndexes = (blocks: readonly ContentBlock[], empty: boolean[]) =>
	hiddenBlocks(blocks, empty).flatMap((hidden, index) => (hidden ? [index] : []));

describe('hiddenBlocks', () => {
	test('hides nothing while every table has a row to show', () => {
		expect(hiddenIndexes(page, [false, false, false])).toEqual([]);
	});

	test('hides an empty table with its h3 heading and intro, and keeps the rest of its h2 section', () => {
		expect(hiddenIndexes(page, [false, true, false])).toEqual([4, 5, 6]);
	});

	test('hides a whole h2 section, its intro and subsections, when all its tables are empty', () => {
		expect(hiddenIndexes(page, [true, true, false])).toEqual([0, 1, 2, 3, 4, 5, 6]);
	});

	test('never hides a section without tables, even when every table is empty', () => {
		expect(hiddenIndexes(page, [true, true, true])).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
	});

	test('treats a block holding a table in a wrapper (an Aside, Tabs) like the table itself', () => {
		// 0 h2 · 1 Aside holding tables 0 and 1 · 2 h2 · 3 table 2
		const blocks: ContentBlock[] = [
			{ level: 2, tables: [] },
			{ level: 0, tables: [0, 1] },
			{ level: 2, tables: [] },
			{ level: 0, tables: [2] },
		];
		expect(hiddenIndexes(blocks, [true, false, false])).toEqual([]);
		expect(hiddenIndexes(blocks, [true, true, false])).toEqual([0, 1]);
	});

	test('hides a table block before any heading only when it is empty', () => {
		const blocks: ContentBlock[] = [
			{ level: 0, tables: [] },
			{ level: 0, tables: [0] },
			{ level: 3, tables: [] },
			{ level: 0, tables: [1] },
		];
		expect(hiddenIndexes(blocks, [true, false])).toEqual([1]);
		expect(hiddenIndexes(blocks, [false, true])).toEqual([2, 3]);
	});
});
