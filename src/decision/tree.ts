/**
 * The decision tree (content/data/decision-tree.json) and a pure walk through it: given the
 * answers so far, which questions were asked, which comes next, and which needs they imply.
 */
import { treeJson } from './data-files';
import type { NeedId } from '../data/ids';
import type { DecisionTree, Question } from '../data/schemas/decision-tree';
import { normaliseNeeds } from './needs';
import { analyseTree, type TreeGraph } from '../data/tree-graph';

/**
 * The decision tree. The cast is safe because the unit tests validate the file against
 * DecisionTreeSchema (ids, references, cycles, path length); the engine must not ship zod.
 */
export const TREE: DecisionTree = treeJson as DecisionTree;

/** The answer id meaning "not sure"; no option uses it. */
export const NOT_SURE = 'not-sure';

/**
 * An answer to one question: the chosen option ids, or `[NOT_SURE]`. For a single-choice
 * question, one id; for a multiple-choice question, any number, none meaning "none of these".
 */
export type Answer = readonly string[];

/** Answers by question id. Answers to questions off the reader's path are ignored. */
export type Answers = Readonly<Partial<Record<string, Answer>>>;

/** One answered question on the path. */
export interface TreeStep {
	/** The question's id. */
	question: string;
	/** The option ids taken into account, in option order; empty for "not sure" or "none of these". */
	options: string[];
	/** True when the reader answered "not sure". */
	notSure: boolean;
	/** The needs this answer implies. */
	implies: NeedId[];
	/** The question that follows, or null when the tree ends here. */
	next: string | null;
}

/** Where a reader stands in the tree. */
export interface TreeWalk {
	/** The answered questions, in order. */
	steps: TreeStep[];
	/** The ids of the answered questions, in order. */
	path: string[];
	/** The next question to ask, or null when the walk is complete. */
	next: string | null;
	/** True when every question on the path is answered and the tree has ended. */
	complete: boolean;
	/** Every need implied so far, each once, in comparison-table order. */
	needs: NeedId[];
	/** What the tree assumed for each "not sure" answer, by question. */
	assumptions: Array<{ question: string; text: string }>;
	/** Answer ids that are not options of their question (or a second option of a single-choice question); they were ignored. */
	ignored: Array<{ question: string; option: string }>;
}

let graph: TreeGraph | undefined;

/**
 * The most questions any path from this question to the end asks, counting it; 0 for an unknown
 * id. Backs the progress indicator ("Question 3 of up to 6").
 */
export function longestPathFrom(id: string): number {
	graph ??= analyseTree(TREE);
	return graph.longest.get(id)?.length ?? 0;
}

/** The question with this id, or undefined. */
export function questionById(id: string, tree: DecisionTree = TREE): Question | undefined {
	return tree.questions.find((question) => question.id === id);
}

/** The option ids of an answer that this question knows, and those it ignores. */
function readAnswer(question: Question, answer: Answer): { notSure: boolean; options: string[]; ignored: string[] } {
	const given = [...new Set(Array.isArray(answer) ? answer.filter((id): id is string => typeof id === 'string') : [])];
	if (given.includes(NOT_SURE)) {
		return { notSure: true, options: [], ignored: given.filter((id) => id !== NOT_SURE) };
	}
	const known = new Set(question.options.map((option) => option.id));
	let options = question.options.map((option) => option.id).filter((id) => given.includes(id));
	let ignored = given.filter((id) => !known.has(id));
	if (question.kind === 'single' && options.length > 1) {
		// A single-choice question keeps the first option the reader gave.
		const first = given.find((id) => known.has(id)) ?? '';
		ignored = [...ignored, ...options.filter((id) => id !== first)];
		options = [first];
	}
	return { notSure: false, options, ignored };
}

/** True when the answer settles the question: "not sure", a single option, or any set for a multiple-choice question. */
export function isAnswered(question: Question, answer: Answer | undefined): boolean {
	if (!Array.isArray(answer)) return false;
	const { notSure, options } = readAnswer(question, answer);
	return notSure || question.kind === 'multiple' || options.length === 1;
}

/**
 * The question that follows an answer. For "not sure", its own `next` if set; otherwise the first
 * chosen option (in option order) that sets `next`; otherwise the question's `next`.
 */
export function nextQuestionId(question: Question, answer: Answer): string | null {
	const { notSure, options } = readAnswer(question, answer);
	if (notSure) return question.notSure.next !== undefined ? question.notSure.next : question.next;
	for (const option of question.options) {
		if (options.includes(option.id) && option.next !== undefined) return option.next;
	}
	return question.next;
}

/** The needs an answer implies. */
export function impliedNeeds(question: Question, answer: Answer): NeedId[] {
	const { notSure, options } = readAnswer(question, answer);
	const implies = notSure
		? question.notSure.implies
		: question.options.filter((option) => options.includes(option.id)).flatMap((option) => option.implies);
	return normaliseNeeds(implies).needs;
}

/**
 * Walks the tree from its start, following the answers, until a question is unanswered or the
 * tree ends. Pure; never throws. A question met twice ends the walk (the data tests rule cycles out).
 */
export function walk(answers: Answers, tree: DecisionTree = TREE): TreeWalk {
	const steps: TreeStep[] = [];
	const assumptions: TreeWalk['assumptions'] = [];
	const ignored: TreeWalk['ignored'] = [];
	const needs: NeedId[] = [];
	let current: string | null = tree.start;
	const seen = new Set<string>();
	while (current !== null && !seen.has(current)) {
		seen.add(current);
		const question = questionById(current, tree);
		const answer =
			typeof answers === 'object' && answers !== null && Object.hasOwn(answers, current) ? answers[current] : undefined;
		if (!question || answer === undefined || !isAnswered(question, answer)) break;
		const read = readAnswer(question, answer);
		const next = nextQuestionId(question, answer);
		const implies = impliedNeeds(question, answer);
		steps.push({ question: current, options: read.options, notSure: read.notSure, implies, next });
		needs.push(...implies);
		if (read.notSure) assumptions.push({ question: current, text: question.notSure.assumes });
		for (const option of read.ignored) ignored.push({ question: current, option });
		current = next;
	}
	const complete = current === null;
	return {
		steps,
		path: steps.map((step) => step.question),
		next: complete ? null : current,
		complete,
		needs: normaliseNeeds(needs).needs,
		assumptions,
		ignored,
	};
}
