/**
 * The decision tree as a graph: where each question can lead, the longest path from each question,
 * and the first cycle if there is one. One depth-first walk, shared by the schema checks
 * (src/data/schemas/tree-shape.ts), the picker's progress and the tests. Pure, and typed structurally so it
 * needs neither the data nor zod.
 */

/** The parts of a question the graph reads. */
export interface GraphQuestion {
	readonly id: string;
	readonly next: string | null;
	readonly notSure: { readonly next?: string | null | undefined };
	readonly options: ReadonlyArray<{ readonly next?: string | null | undefined }>;
}

/** The parts of a tree the graph reads. */
export interface GraphTree {
	readonly start: string;
	readonly questions: readonly GraphQuestion[];
}

/** What one walk of the tree finds. */
export interface TreeGraph {
	/** For each question reachable from the start, the longest path (question ids) from it to an end. */
	readonly longest: ReadonlyMap<string, readonly string[]>;
	/** The first cycle met (its question ids, the first repeated at the end), or undefined. */
	readonly cycle: readonly string[] | undefined;
}

/** Every question an answer to this one can lead to (its own `next` and each override), without ends. */
export function successors(question: GraphQuestion): string[] {
	const targets = [question.next, question.notSure.next, ...question.options.map((option) => option.next)];
	return [...new Set(targets.filter((target): target is string => typeof target === 'string'))];
}

/**
 * Walks the tree depth first from its start. A `next` to a missing question counts as an end (the
 * schema reports it separately); a question met again while still on the path closes a cycle.
 */
export function analyseTree(tree: GraphTree): TreeGraph {
	const byId = new Map(tree.questions.map((question) => [question.id, question]));
	const longest = new Map<string, string[]>();
	const onPath: string[] = [];
	let cycle: string[] | undefined;
	const visit = (id: string): string[] => {
		const known = longest.get(id);
		if (known) return known;
		const question = byId.get(id);
		if (!question) return [];
		if (onPath.includes(id)) {
			cycle ??= [...onPath.slice(onPath.indexOf(id)), id];
			return [];
		}
		onPath.push(id);
		let best: string[] = [];
		for (const next of successors(question)) {
			const path = visit(next);
			if (path.length > best.length) best = path;
		}
		onPath.pop();
		const path = [id, ...best];
		longest.set(id, path);
		return path;
	};
	visit(tree.start);
	return { longest, cycle };
}
