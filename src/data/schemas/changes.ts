/** The shape of "What changed" (content/data/changes.json): fact changes with the rows they changed. */
import { z } from 'astro/zod';
import { CAPABILITY_PREFIX, REQUIREMENT_PREFIX, capabilityAnchor, requirementAnchor } from '../site-contracts';
import { AsOfSchema, CheckedSchema, exactlyOneWording, IdSchema, SourceSchema, TimeBoundSchema } from './primitives';

/** An example of each kind of row anchor, for the messages. */
const EXAMPLE_ROWS = `"${requirementAnchor('connect-sync-server')}" or "${capabilityAnchor('device-sync')}"`;

/** A link to a table row: a requirement's anchor (requirement and feature tables) or a capability's (the comparison). */
export const RowAnchorSchema = z
	.string()
	.regex(
		new RegExp(`^(?:${REQUIREMENT_PREFIX}|${CAPABILITY_PREFIX})[a-z0-9]+(?:-[a-z0-9]+)*$`),
		`must be a row anchor such as ${EXAMPLE_ROWS}`,
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
		rows: z
			.array(RowAnchorSchema)
			.min(1, `needs at least one row it changed, e.g. "${requirementAnchor('connect-sync-server')}"`),
		/** The Microsoft Learn page that states it. */
		source: SourceSchema,
		/** When that page stated it. */
		asOf: AsOfSchema,
		/** When someone last compared it with its source. */
		checked: CheckedSchema,
	})
	.superRefine(exactlyOneWording);

export type Change = z.infer<typeof ChangeSchema>;
