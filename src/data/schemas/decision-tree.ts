/**
 * The decision tree's shape (content/data/decision-tree.json): questions whose answers imply needs.
 * Ids, `next` targets and implied needs are checked here; the graph's shape in ./tree-shape.
 */
import { z } from 'astro/zod';
import { NeedIdSchema, needIds } from './capabilities';
import { didYouMean } from './did-you-mean';
import { IdSchema } from './primitives';
import { checkTreeShape } from './tree-shape';

/** The reserved answer id for "not sure"; no option may use it. */
export const NOT_SURE_ID = 'not-sure';

/** A question id reference: the id of another question, or null where the tree ends. */
const NextSchema = IdSchema.nullable();

/** One answer a reader can pick. */
export const TreeOptionSchema = z.strictObject({
	/** Stable id within its question; it appears in saved answers. */
	id: IdSchema.refine(
		(id) => id !== NOT_SURE_ID,
		`"${NOT_SURE_ID}" is reserved for the question's "notSure" answer; give the option another id`,
	),
	/** The answer as the reader sees it. */
	label: z.string().min(1),
	/** A hint shown under the answer. */
	help: z.string().min(1).optional(),
	/** The needs this answer implies (need ids, checked against the capabilities by the tree); may be empty. */
	implies: z.array(IdSchema),
	/** Overrides the question's `next` when this answer is chosen (null ends the tree). For a multiple-choice question, the first chosen option in option order that has a `next` wins. */
	next: NextSchema.optional(),
});

/** The "not sure" answer every question has; it says what it assumes. */
export const NotSureSchema = z.strictObject(
	{
		/** The answer as the reader sees it, e.g. "Not sure". */
		label: z.string().min(1),
		/** What the tree assumes for a reader who is not sure, in a sentence the reader sees. */
		assumes: z.string().min(1),
		/** The needs that assumption implies (need ids, checked against the capabilities by the tree); may be empty. */
		implies: z.array(IdSchema),
		/** Overrides the question's `next` for this answer (null ends the tree). */
		next: NextSchema.optional(),
	},
	{
		error: (issue) =>
			issue.input === undefined
				? 'every question needs a "notSure" answer; add one with "label", "assumes" (what it assumes) and "implies"'
				: undefined,
	},
);

/** One question of the decision tree. */
export const QuestionSchema = z.strictObject({
	/** Stable id; it appears in saved answers. */
	id: IdSchema,
	/** The question as the reader sees it. */
	prompt: z.string().min(1),
	/** A hint shown under the question. */
	help: z.string().min(1).optional(),
	/** "single": exactly one option; "multiple": any number of options, none meaning "none of these". */
	kind: z.enum(['single', 'multiple']),
	/** The answers, in display order. */
	options: z.array(TreeOptionSchema).min(2, 'needs at least two options'),
	/** The "not sure" answer. */
	notSure: NotSureSchema,
	/** The question that follows unless the chosen answer overrides it; null ends the tree. */
	next: NextSchema,
});

/** The decision tree: questions whose answers imply needs, ending in a recommendation. */
export const DecisionTreeSchema = z
	.strictObject({
		/** The first question's id. */
		start: IdSchema,
		/** Every question, in any order. */
		questions: z.array(QuestionSchema).min(1, 'needs at least one question'),
	})
	.superRefine((tree, ctx) => {
		const ids = tree.questions.map((question) => question.id);
		const known = new Set<string>();
		tree.questions.forEach((question, index) => {
			if (known.has(question.id)) {
				ctx.addIssue({
					code: 'custom',
					path: ['questions', index, 'id'],
					message: `question id "${question.id}" is used twice; give each question its own id`,
				});
			}
			known.add(question.id);
		});
		const checkNeeds = (implies: readonly string[], path: (string | number)[], where: string) => {
			implies.forEach((need, needIndex) => {
				if (NeedIdSchema.safeParse(need).success) return;
				ctx.addIssue({
					code: 'custom',
					path: [...path, needIndex],
					message: `${where}: implies "${need}", which is not a need id${didYouMean(need, needIds)}; use the id of a selectable row in content/data/capabilities.json`,
				});
			});
		};
		const checkNext = (next: string | null | undefined, path: (string | number)[], where: string) => {
			if (next === null || next === undefined || known.has(next)) return;
			ctx.addIssue({
				code: 'custom',
				path,
				message: `${where}: next "${next}" is not a question id${didYouMean(next, ids)}; point it at a question in "questions" or use null to end the tree`,
			});
		};
		if (!known.has(tree.start)) {
			ctx.addIssue({
				code: 'custom',
				path: ['start'],
				message: `start "${tree.start}" is not a question id${didYouMean(tree.start, ids)}; set it to the id of the first question`,
			});
		}
		tree.questions.forEach((question, index) => {
			checkNext(question.next, ['questions', index, 'next'], `question "${question.id}"`);
			checkNext(
				question.notSure.next,
				['questions', index, 'notSure', 'next'],
				`question "${question.id}", "not sure"`,
			);
			checkNeeds(
				question.notSure.implies,
				['questions', index, 'notSure', 'implies'],
				`question "${question.id}", "not sure"`,
			);
			const optionIds = new Set<string>();
			question.options.forEach((option, optionIndex) => {
				if (optionIds.has(option.id)) {
					ctx.addIssue({
						code: 'custom',
						path: ['questions', index, 'options', optionIndex, 'id'],
						message: `question "${question.id}": option id "${option.id}" is used twice; give each option its own id`,
					});
				}
				optionIds.add(option.id);
				checkNext(
					option.next,
					['questions', index, 'options', optionIndex, 'next'],
					`question "${question.id}", option "${option.id}"`,
				);
				checkNeeds(
					option.implies,
					['questions', index, 'options', optionIndex, 'implies'],
					`question "${question.id}", option "${option.id}"`,
				);
			});
		});
		checkTreeShape(tree, ctx);
	});

export type TreeOption = z.infer<typeof TreeOptionSchema>;
export type NotSure = z.infer<typeof NotSureSchema>;
export type Question = z.infer<typeof QuestionSchema>;
export type DecisionTree = z.infer<typeof DecisionTreeSchema>;
