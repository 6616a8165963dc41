/**
 * The comparison table's shape (content/data/capabilities.json), whose selectable rows are the needs a
 * reader can have. The decision engine in src/decision/ imports only these types; zod runs here at
 * build time and in unit tests.
 */
import { z } from 'astro/zod';
import { NEED_IDS, NEED_KINDS, SUPPORT_LEVELS } from '../ids';
import { didYouMean } from './did-you-mean';
import { AsOfSchema, CheckedSchema, IdSchema, LearnAddressSchema, SourceSchema, ToolIdSchema } from './primitives';

/** A need id: the id of a selectable row in content/data/capabilities.json. */
export const NeedIdSchema = z.enum(NEED_IDS, {
	error: (issue) =>
		`"${String(issue.input)}" is not a need id${didYouMean(String(issue.input), NEED_IDS)}; use the id of a selectable row in content/data/capabilities.json`,
});

/** The need ids a reader can pick: the ids of the selectable capabilities, in table order (src/data/ids.ts). */
export const needIds = NEED_IDS;

/** How far a tool supports a capability; "limited" meets a soft need (with a trade-off), never a hard one. */
export const SupportLevelSchema = z.enum(SUPPORT_LEVELS);

/** Whether a need decides the tool ("hard") or only adds reasons and trade-offs ("soft"). */
export const NeedKindSchema = z.enum(NEED_KINDS);

/** One tool's cell in the comparison table. */
export const ToolSupportSchema = z
	.strictObject({
		/** Supported, not supported, or supported with a limit. */
		level: SupportLevelSchema,
		/** The cell's detail in our words: a figure, a condition or the limit. Required when the level is "limited". */
		note: z.string().min(1).optional(),
		/** The Microsoft Learn page that states the note, when it is not the row's own source. */
		source: SourceSchema.optional(),
		/** The date of that page, YYYY-MM-DD; given exactly when `source` is. */
		asOf: AsOfSchema.optional(),
	})
	.superRefine((support, ctx) => {
		if ((support.source === undefined) !== (support.asOf === undefined)) {
			ctx.addIssue({
				code: 'custom',
				path: [support.source === undefined ? 'source' : 'asOf'],
				message: 'a note\'s "source" and "asOf" go together; give both, or neither to cite the row\'s source',
			});
		}
		if (support.source !== undefined && support.note === undefined) {
			ctx.addIssue({
				code: 'custom',
				path: ['note'],
				message: 'a cell with its own "source" needs the "note" that source states',
			});
		}
	});

/** One row of the comparison table; a selectable row is also a need a reader can have. */
export const CapabilitySchema = z
	.strictObject({
		/** Stable id; the row's anchor is `#cap-<id>`, and for a selectable row it is also the need id. */
		id: IdSchema,
		/** The capability in a few words, sentence case. */
		label: z.string().min(1),
		/** One sentence in our words saying what each tool does; the engine quotes it as a reason. */
		summary: z.string().min(1),
		/** "hard" needs decide the tool; "soft" needs (preferences) only add reasons or trade-offs. */
		need: NeedKindSchema,
		/** True when a reader can pick this row as a need (in the picker and in `?needs=`). */
		selectable: z.boolean(),
		/** Support per tool. */
		support: z.strictObject({
			/** Microsoft Entra Connect Sync. */
			'connect-sync': ToolSupportSchema,
			/** Microsoft Entra Cloud Sync. */
			'cloud-sync': ToolSupportSchema,
		}),
		/** What Microsoft's sources disagree on for this row, in one sentence; the table's verdict still decides. */
		disputed: z.string().min(1).optional(),
		/** The Microsoft Learn page that states the row. */
		source: LearnAddressSchema,
		/** The date of that page, YYYY-MM-DD. */
		asOf: AsOfSchema,
		/** When someone last compared the row with its source. */
		checked: CheckedSchema,
	})
	.superRefine((capability, ctx) => {
		for (const tool of ToolIdSchema.options) {
			const support = capability.support[tool];
			if (support.level === 'limited' && support.note === undefined) {
				ctx.addIssue({
					code: 'custom',
					path: ['support', tool, 'note'],
					message: `level "limited" needs a note saying what the limit is; add "note", e.g. "Only basic attribute filtering."`,
				});
			}
		}
	});

/**
 * The capabilities file checked as a whole against NEED_IDS (src/data/ids.ts), the needs the picker's
 * answers imply: the engine skips a need without its row, so a row renamed or removed would let the
 * picker weigh that need as nothing and still build. One line per problem, naming entry and field.
 */
export function needRowProblems(rows: ReadonlyArray<{ id: string; data: { selectable: boolean } }>): string[] {
	const problems: string[] = [];
	const needs: readonly string[] = NEED_IDS;
	const theNeedsFiles = 'src/data/ids.ts and content/data/decision-tree.json';
	rows.forEach(({ id, data }, index) => {
		const entry = `entry "${id}" (#${index + 1})`;
		if (data.selectable && !needs.includes(id)) {
			problems.push(
				`${entry}: field "id": is not a need in src/data/ids.ts${didYouMean(id, needs)}; a selectable row's id is the need the picker asks about, so rename it back, or rename the need in ${theNeedsFiles} too`,
			);
		} else if (!data.selectable && needs.includes(id)) {
			problems.push(
				`${entry}: field "selectable": is false, but the picker asks about "${id}" (src/data/ids.ts); set it to true, or take the need out of ${theNeedsFiles}`,
			);
		}
	});
	for (const need of needs) {
		if (!rows.some((row) => row.id === need)) {
			problems.push(
				`need "${need}" (src/data/ids.ts): no row has this id, so the picker would weigh it as nothing; give its row back this id, or take the need out of ${theNeedsFiles}`,
			);
		}
	}
	return problems;
}

export type ToolSupport = z.infer<typeof ToolSupportSchema>;
export type Capability = z.infer<typeof CapabilitySchema>;
