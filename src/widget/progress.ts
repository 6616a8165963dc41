/** How many questions can still come, for the progress indicator ("Question 3 of up to 6"). */
import { TREE, questionById } from '../decision';

const longest = new Map<string, number>();

/** The most questions on any path from this one to the end, counting it; 0 for an unknown id. */
export function longestPathFrom(id: string, seen: ReadonlySet<string> = new Set()): number {
	const cached = longest.get(id);
	if (cached !== undefined) return cached;
	const question = questionById(id, TREE);
	if (!question || seen.has(id)) return 0;
	const visiting = new Set(seen).add(id);
	const nexts = new Set<string | null>([
		question.next,
		question.notSure.next === undefined ? question.next : question.notSure.next,
		...question.options.map((option) => (option.next === undefined ? question.next : option.next)),
	]);
	const rest = Math.max(0, ...[...nexts].map((next) => (next === null ? 0 : longestPathFrom(next, visiting))));
	longest.set(id, rest + 1);
	return rest + 1;
}
