/** The requirement-row shape: the requirement, feature and planning tables' facts, and their updates. */
import { z } from 'astro/zod';
import { NeedIdSchema } from './capabilities';
import {
	AsOfSchema,
	CheckedSchema,
	exactlyOneWording,
	IdSchema,
	LinkSchema,
	SourceSchema,
	TimeBoundSchema,
	ToolIdSchema,
} from './primitives';

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

export type Category = z.infer<typeof CategorySchema>;
export type Requirement = z.infer<typeof RequirementSchema>;
export type RequirementInput = z.input<typeof RequirementSchema>;
