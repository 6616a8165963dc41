/**
 * The one place a fact's shape is defined. Astro's content collections, the unit tests and the
 * decision engine's types all read these schemas; types come from `z.infer`, never written twice.
 */
import { z } from 'astro/zod';
import { DATE_PLACEHOLDER, isIsoDate } from './time-bound';
import { analyseTree } from './tree-graph';
import { NEED_IDS, NEED_KINDS, SUPPORT_LEVELS, TOOL_IDS } from './ids';
import { COMMIT_ID } from './commit-id';

/** Stable kebab-case id: it becomes part of a URL anchor, so it must never change once published. */
export const IdSchema = z
	.string()
	.regex(
		/^[a-z0-9]+(?:-[a-z0-9]+)*$/,
		'must be kebab-case (lower-case letters, digits and single hyphens), e.g. "agent-server"',
	);

/**
 * An https://learn.microsoft.com/ address, without a locale: every fact cites Microsoft's own public
 * page, and content/data/sources.json gives each cited address the page title readers see.
 */
export const LearnAddressSchema = z
	.string()
	// Said on its own: a space pasted at either end is invisible, and "not a Learn address" would mislead.
	.refine((address) => !/^\s/.test(address), { message: 'starts with a space; delete it', abort: true })
	.refine((address) => !/\s$/.test(address), { message: 'ends with a space; delete it', abort: true })
	.regex(/^https:\/\/learn\.microsoft\.com\/\S+$/, {
		message:
			'must be an https://learn.microsoft.com/ address, e.g. "https://learn.microsoft.com/entra/identity/hybrid/cloud-sync/what-is-cloud-sync"',
		abort: true,
	})
	.refine(
		(address) => !/^https:\/\/learn\.microsoft\.com\/[a-z]{2}-[a-z]{2}\//.test(address),
		'has a locale ("/en-us/"); drop it, so readers get Microsoft Learn in their own language',
	);

/**
 * Where a fact comes from: the public Microsoft Learn address of the page that states it (for a
 * fact from one of our seed documents, the address of the page the seed was taken from).
 */
export const SourceSchema = LearnAddressSchema;

/** A calendar date as YYYY-MM-DD. */
const DateSchema = z
	.string()
	.regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date written YYYY-MM-DD, e.g. "2023-03-01"', abort: true })
	.refine(isIsoDate, 'is not a calendar date; write a real day as YYYY-MM-DD, e.g. "2023-03-01"');

/** The date the fact was stated by its source, as YYYY-MM-DD. */
export const AsOfSchema = DateSchema;

/**
 * The date someone last compared the fact with its source, as YYYY-MM-DD. Distinct from `asOf`
 * (when the source stated it): `npm run facts` lists facts by this date and flags old checks.
 */
export const CheckedSchema = AsOfSchema;

/**
 * A statement that turns on a date (a deadline, a retirement, a preview, an end of support). It is
 * stored with both wordings, so a page read before the date and one read after it are both true;
 * `{date}` in either wording is replaced by the date, written out.
 */
export const TimeBoundSchema = z
	.strictObject({
		/** The day the statement turns, YYYY-MM-DD: from this day on, `after` applies. */
		date: DateSchema,
		/** The wording before the date, e.g. "stops synchronising on {date}; upgrade before then". */
		before: z.string().min(1),
		/** The wording from the date on, e.g. "has not synchronised since {date}". */
		after: z.string().min(1),
	})
	.superRefine((statement, ctx) => {
		for (const side of ['before', 'after'] as const) {
			const unknown = statement[side].match(/\{[^}]*\}/g)?.find((placeholder) => placeholder !== DATE_PLACEHOLDER);
			if (unknown) {
				ctx.addIssue({
					code: 'custom',
					path: [side],
					message: `"${unknown}" is not a placeholder; write ${DATE_PLACEHOLDER} where the date goes, or the date itself`,
				});
			}
		}
		if (statement.before === statement.after) {
			ctx.addIssue({
				code: 'custom',
				path: ['after'],
				message: 'is the same as "before"; say what is true once the date has passed',
			});
		}
	});

export type TimeBound = z.infer<typeof TimeBoundSchema>;

/** The two synchronisation tools, by their stable ids. */
export const ToolIdSchema = z.enum(TOOL_IDS);

/** Requirement and feature categories; each renders as its own table. */
export const CategorySchema = z.enum([
	'hardware-software',
	'active-directory',
	'tenant',
	'sql-server',
	'accounts',
	'setup',
	'scoping-filtering',
	'attributes',
	'sign-in',
	'writeback',
	'operations',
	// Licences a feature needs (shown on /prerequisites/).
	'licensing',
	// Planning facts: /network/, /topologies/ and /operate/.
	'service-endpoints',
	'domain-controllers',
	'proxy',
	'forests-tenants',
	'servers-agents',
	'side-by-side',
	'sync-cycle',
	'high-availability',
	'upgrades',
	'monitoring',
]);

/** A link to read more, usually a Microsoft Learn page we do not mirror. */
export const LinkSchema = z.strictObject({
	/** The link text. */
	label: z.string().min(1),
	/** An absolute https address. */
	href: z.url({ protocol: /^https$/ }),
});

/**
 * Fields of a statement that is either plain text or turns on a date: exactly one of `text` and
 * `timeBound`. A time-bound statement is worded for the day it is read (src/data/time-bound.ts).
 */
function exactlyOneWording(statement: { text?: string | undefined; timeBound?: unknown }, ctx: z.RefinementCtx) {
	const given = [statement.text !== undefined, statement.timeBound !== undefined].filter(Boolean).length;
	if (given !== 1) {
		ctx.addIssue({
			code: 'custom',
			path: [given === 0 ? 'text' : 'timeBound'],
			message:
				given === 0
					? 'needs "text", or "timeBound" ({ date, before, after }) for a statement that turns on a date'
					: 'has both "text" and "timeBound"; keep "timeBound" for a statement that turns on a date, "text" otherwise',
		});
	}
}

/**
 * What another Microsoft Learn page says where it differs from, or adds to, the row's own source.
 * Readers see it labelled with its date, so an older page is never passed off as current.
 */
export const UpdateSchema = z
	.strictObject({
		/** Stable id, needed only when prose quotes the statement (`<TimeBound id="…" />`). */
		id: IdSchema.optional(),
		/** The statement, in our words. */
		text: z.string().min(1).optional(),
		/** Instead of `text`: a statement that turns on a date, worded before and after it. */
		timeBound: TimeBoundSchema.optional(),
		/** The Microsoft Learn page that states it. */
		source: SourceSchema,
		/** When that page stated it. */
		asOf: AsOfSchema,
		/** When someone last compared it with its source; the row's `checked` when left out. */
		checked: CheckedSchema.optional(),
	})
	.superRefine(exactlyOneWording);

export type Update = z.infer<typeof UpdateSchema>;

/** A need id: the id of a selectable row in content/data/capabilities.json. */
export const NeedIdSchema = z.enum(NEED_IDS, {
	error: (issue) =>
		`"${String(issue.input)}" is not a need id${didYouMean(String(issue.input), NEED_IDS)}; use the id of a selectable row in content/data/capabilities.json`,
});

export type NeedId = z.infer<typeof NeedIdSchema>;

/**
 * One row of a requirement or configuration-feature table. Strict, as every fact's shape is: a
 * misspelt field ("update", "whenNeed") is an error, not a field silently left out of the page.
 */
export const RequirementSchema = z.strictObject({
	/** Stable id; the row's anchor is `#req-<id>`. */
	id: IdSchema,
	/** Which tool the row applies to. */
	tool: ToolIdSchema,
	/** Which table the row belongs to. */
	category: CategorySchema,
	/** The requirement (or feature) in a few words. */
	requirement: z.string().min(1),
	/** The details, one list item each, as the seed states them. */
	details: z.array(z.string().min(1)).min(1, 'needs at least one detail'),
	/** Where Microsoft's current pages differ from the seed, each with its own source and date. */
	updates: z.array(UpdateSchema).default([]),
	/** Further reading on Microsoft Learn. */
	links: z.array(LinkSchema).default([]),
	/** Where the row's facts come from. */
	source: SourceSchema,
	/** When the source stated them. */
	asOf: AsOfSchema,
	/** When someone last compared the row with its source. */
	checked: CheckedSchema,
	/**
	 * For a row that matters only to readers of one feature (a licence for password writeback): the
	 * needs that put it in the picker's checklist. An empty list keeps it out of every checklist (a
	 * feature the picker does not ask about); without the field the row is always listed.
	 */
	whenNeeds: z.array(NeedIdSchema).optional(),
});

/** The collections whose entries have the requirement-row shape, so RequirementTable and TableFilter can show them. */
export type RequirementCollection = 'requirements' | 'configureFeatures' | 'network' | 'topologies' | 'operations';

export type ToolId = z.infer<typeof ToolIdSchema>;
export type Category = z.infer<typeof CategorySchema>;
export type Requirement = z.infer<typeof RequirementSchema>;
export type RequirementInput = z.input<typeof RequirementSchema>;

/**
 * What `npm run sources -- --record` read in a source page's HTML head, on the day a maintainer had
 * re-checked the facts that cite it; `npm run sources` compares the page with it. Written by the
 * script, never by hand. A mark the page did not carry is left out.
 */
export const SourceSeenSchema = z
	.strictObject({
		/** The page's `ms.date` (the day its author last dated it), as YYYY-MM-DD. */
		msDate: DateSchema.optional(),
		/** The page's `updated_at` (when it was last published), as the page writes it. */
		updatedAt: z.string().min(1).optional(),
		/** The page's `git_commit_id`: the commit of Microsoft's docs repository it was built from. */
		gitCommitId: z.string().regex(COMMIT_ID, 'must be a commit id in lower-case hexadecimal').optional(),
		/** The day of the `--record` run. */
		recorded: DateSchema,
	})
	.refine((seen) => [seen.msDate, seen.updatedAt, seen.gitCommitId].some((mark) => mark !== undefined), {
		message: 'needs at least one of msDate, updatedAt and gitCommitId',
	});

export type SourceSeen = z.infer<typeof SourceSeenSchema>;

/**
 * One page of the source register (content/data/sources.json): a Microsoft Learn address that some
 * fact cites, with the title readers see in its citations.
 */
export const SourcePageSchema = z.strictObject({
	/** The page's public address, as facts cite it. */
	id: LearnAddressSchema,
	/** The page's title on Microsoft Learn (its heading). */
	title: z.string().min(1),
	/** For a page one of our seed documents was taken from: the seed's file and the date it bears. */
	seed: z
		.strictObject({
			/** The seed's file name in /work/shared/seeds/, for maintainers; readers never see it. */
			file: z
				.string()
				.regex(/^\d{3}_[0-9a-f]{16}\.txt$/, 'must be a seed file name such as "004_d0e12f0b76525344.txt"'),
			/** The date in the seed's front matter; for an undated page, the day we took it. */
			asOf: AsOfSchema,
		})
		.optional(),
	/** True when the page states no date of its own; its facts' dates are then the days we read it. */
	undated: z.boolean().default(false),
	/** What the page's head said when its facts were last re-checked; written by `npm run sources -- --record`. */
	seen: SourceSeenSchema.optional(),
});

export type SourcePage = z.infer<typeof SourcePageSchema>;

/** A link to a table row: `req-<id>` (requirement and feature tables) or `cap-<id>` (the comparison). */
export const RowAnchorSchema = z
	.string()
	.regex(
		/^(?:req|cap)-[a-z0-9]+(?:-[a-z0-9]+)*$/,
		'must be a row anchor such as "req-connect-sync-server" or "cap-device-sync"',
	);

/** One entry of "What changed": a fact change that matters to a planner, with the rows it changed. */
export const ChangeSchema = z
	.strictObject({
		/** Stable id; the entry's anchor on the change list. */
		id: IdSchema,
		/** When it changed: the day Microsoft's page stated it, or the day it took effect. */
		date: AsOfSchema,
		/** The change in a few words, e.g. "Connect Sync memory minimum 4 → 6 GB". */
		text: z.string().min(1).optional(),
		/** Instead of `text`: a change that turns on a date (a deadline), worded before and after it. */
		timeBound: TimeBoundSchema.optional(),
		/** The table rows it changed, by anchor; each must exist. */
		rows: z.array(RowAnchorSchema).min(1, 'needs at least one row it changed, e.g. "req-connect-sync-server"'),
		/** The Microsoft Learn page that states it. */
		source: SourceSchema,
		/** When that page stated it. */
		asOf: AsOfSchema,
		/** When someone last compared it with its source. */
		checked: CheckedSchema,
	})
	.superRefine(exactlyOneWording);

export type Change = z.infer<typeof ChangeSchema>;

// ---------------------------------------------------------------------------------------------
// Capabilities (the comparison table) and the decision tree. The decision engine in
// src/decision/ imports only these types; zod runs here at build time and in unit tests.
// ---------------------------------------------------------------------------------------------

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

export type SupportLevel = z.infer<typeof SupportLevelSchema>;
export type NeedKind = z.infer<typeof NeedKindSchema>;
export type ToolSupport = z.infer<typeof ToolSupportSchema>;
export type Capability = z.infer<typeof CapabilitySchema>;

/** The ids of the guidance the engine cites when no single need decides. */
export const GUIDANCE_IDS = ['cloud-sync-by-default', 'side-by-side'] as const;

/** Microsoft's general advice that a recommendation cites when no need decides it alone. */
export const GuidanceSchema = z.strictObject({
	/** Which advice this is; the engine asks for each id by name. */
	id: z.enum(GUIDANCE_IDS, {
		error: (issue) =>
			`"${String(issue.input)}" is not a guidance id; use one of ${GUIDANCE_IDS.map((id) => `"${id}"`).join(', ')}`,
	}),
	/** The advice in a few words, as the result's reason title. */
	label: z.string().min(1),
	/** The tool the advice speaks for: one tool, or both side by side. */
	tool: z.enum([...TOOL_IDS, 'both']),
	/** The advice in one sentence, in our words. */
	text: z.string().min(1),
	/** The Microsoft Learn page that gives the advice. */
	source: LearnAddressSchema,
	/** The date of that page, YYYY-MM-DD. */
	asOf: AsOfSchema,
	/** When someone last compared the entry with its source. */
	checked: CheckedSchema,
});

export type Guidance = z.infer<typeof GuidanceSchema>;

/** The need ids a reader can pick: the ids of the selectable capabilities, in table order (src/data/ids.ts). */
export const needIds = NEED_IDS;

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

function didYouMean(value: string, ids: readonly string[]): string {
	const nearest = nearestId(value, ids);
	return nearest ? ` (did you mean "${nearest}"?)` : '';
}

/** The reserved answer id for "not sure"; no option may use it. */
export const NOT_SURE_ID = 'not-sure';

/** The most questions any reader answers on one path through the tree. */
export const MAX_PATH_QUESTIONS = 8;

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

/** Graph checks: no cycle, every question reachable, no path too long, every need reachable. */
function checkTreeShape(tree: z.infer<typeof DecisionTreeSchema>, ctx: z.RefinementCtx): void {
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

export type TreeOption = z.infer<typeof TreeOptionSchema>;
export type NotSure = z.infer<typeof NotSureSchema>;
export type Question = z.infer<typeof QuestionSchema>;
export type DecisionTree = z.infer<typeof DecisionTreeSchema>;

/** What kind of page a guide page is; a Pagefind filter in the site search. */
export const PageTypeSchema = z.enum(['overview', 'guide', 'concept', 'reference', 'decision']);

/** Extra frontmatter of the guide pages, added to Starlight's own. */
export const PageFrontmatterSchema = z.object({
	/** The page's kind, offered as the search filter "Page type". */
	pageType: PageTypeSchema.default('guide'),
	/** The tools the page is about, offered as the search filter "Tool". */
	tools: z.array(ToolIdSchema).min(1).default(['cloud-sync', 'connect-sync']),
});

export type PageType = z.infer<typeof PageTypeSchema>;
