/**
 * The decision tree checked as a graph: no cycle, every question reachable, no path too long, every
 * need reachable. Typed structurally, as the graph walk is, so that it does not import the tree's schema.
 */
import type { z } from 'astro/zod';
import { analyseTree, type GraphQuestion } from '../tree-graph';
import { needIds } from './capabilities';

/** The most questions any reader answers on one path through the tree. */
export const MAX_PATH_QUESTIONS = 8;

/** The parts of a question the checks read: where it leads, and the needs each answer implies. */
interface ShapedQuestion extends GraphQuestion {
	readonly notSure: { readonly next?: string | null | undefined; readonly implies: readonly string[] };
	readonly options: ReadonlyArray<{ readonly next?: string | null | undefined; readonly implies: readonly string[] }>;
}

/** The parts of a tree the checks read. */
interface ShapedTree {
	readonly start: string;
	readonly questions: readonly ShapedQuestion[];
}

/** Graph checks: no cycle, every question reachable, no path too long, every need reachable. */
export function checkTreeShape(tree: ShapedTree, ctx: z.RefinementCtx): void {
	if (!tree.questions.some((question) => question.id === tree.start)) return;
	const { longest, cycle } = analyseTree(tree);
	const longestPath = longest.get(tree.start) ?? [];
	if (cycle) {
		ctx.addIssue({
			code: 'custom',
			path: ['questions'],
			message: `the questions form a cycle (${cycle.join(' → ')}); point "next" forward so that every path ends`,
		});
		return;
	}
	tree.questions.forEach((question, index) => {
		if (!longest.has(question.id)) {
			ctx.addIssue({
				code: 'custom',
				path: ['questions', index, 'id'],
				message: `question "${question.id}" cannot be reached from "${tree.start}"; point some "next" at it or remove it`,
			});
		}
	});
	if (longestPath.length > MAX_PATH_QUESTIONS) {
		ctx.addIssue({
			code: 'custom',
			path: ['questions'],
			message: `the longest path has ${longestPath.length} questions (${longestPath.join(' → ')}); a reader answers at most ${MAX_PATH_QUESTIONS}, so merge questions or branch so fewer apply`,
		});
	}
	const implied = new Set<string>();
	for (const question of tree.questions) {
		if (!longest.has(question.id)) continue;
		for (const need of [...question.notSure.implies, ...question.options.flatMap((option) => option.implies)])
			implied.add(need);
	}
	for (const need of needIds) {
		if (!implied.has(need)) {
			ctx.addIssue({
				code: 'custom',
				path: ['questions'],
				message: `need "${need}" is implied by no answer; add it to the "implies" of an option a reader can reach`,
			});
		}
	}
}
