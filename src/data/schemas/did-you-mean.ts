/** Suggests the known id nearest to a misspelt one, for error messages. */
function nearestId(value: string, ids: readonly string[]): string | undefined {
	let best: string | undefined;
	let bestDistance = Infinity;
	for (const id of ids) {
		const distance = editDistance(value, id);
		if (distance < bestDistance) [best, bestDistance] = [id, distance];
	}
	return bestDistance <= Math.max(2, Math.floor(value.length / 3)) ? best : undefined;
}

/** Levenshtein distance, small and slow: only used on invalid data. */
function editDistance(a: string, b: string): number {
	let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			current[j] = Math.min(
				(previous[j] ?? 0) + 1,
				(current[j - 1] ?? 0) + 1,
				(previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
			);
		}
		previous = current;
	}
	return previous[b.length] ?? 0;
}

/** " (did you mean …?)" with the known id nearest to a misspelt one, or nothing; for error messages. */
export function didYouMean(value: string, ids: readonly string[]): string {
	const nearest = nearestId(value, ids);
	return nearest ? ` (did you mean "${nearest}"?)` : '';
}
