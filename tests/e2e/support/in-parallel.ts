/**
 * Runs an async step over a list with a few at a time: browser tests that walk every page keep
 * Chromium busy while one page waits on the network, without starting every page at once.
 */

/** Maps `items` with at most `limit` calls of `step` running at once; the results keep the items' order. */
export async function mapInParallel<Item, Result>(
	items: readonly Item[],
	limit: number,
	step: (item: Item) => Promise<Result>,
): Promise<Result[]> {
	const results: Result[] = new Array<Result>(items.length);
	let next = 0;
	const worker = async () => {
		while (next < items.length) {
			const index = next++;
			results[index] = await step(items[index] as Item);
		}
	};
	await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
	return results;
}
