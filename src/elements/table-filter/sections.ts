/**
 * Which parts of the filtered content to hide, from which tables have no row left to show. Pure, so
 * the rules are unit-tested in Node; the element reads the blocks from the DOM and writes the result.
 */

/** One top-level block of the content inside the filter, in document order. */
export interface ContentBlock {
	/** 2 or 3 when the block is (or wraps) an h2 or h3, which starts a section; 0 otherwise. */
	level: number;
	/** The indexes of the tables inside the block (directly, or in an Aside, Tabs or any wrapper). */
	tables: readonly number[];
}

/**
 * For each block, whether to hide it: a block whose tables are all empty, and every block of an h2
 * or h3 section whose tables are all empty (its heading and intro with it). A section or block
 * without tables is never hidden: there is nothing in it to filter.
 */
export function hiddenBlocks(blocks: readonly ContentBlock[], emptyTables: readonly boolean[]): boolean[] {
	const allEmpty = (tables: readonly number[]) => tables.length > 0 && tables.every((table) => emptyTables[table]);
	// Each section is the list of its tables, filled in as the walk goes; blocks share their sections' lists.
	let h2: number[] | undefined;
	let h3: number[] | undefined;
	const sectionsOfBlock = blocks.map((block) => {
		if (block.level === 2) [h2, h3] = [[], undefined];
		else if (block.level === 3) h3 = [];
		const sections = [h2, h3].filter((section) => section !== undefined);
		for (const section of sections) section.push(...block.tables);
		return sections;
	});
	return blocks.map((block, index) => allEmpty(block.tables) || (sectionsOfBlock[index] ?? []).some(allEmpty));
}
