/** The shape of Microsoft's general advice (content/data/guidance.json) that a recommendation cites. */
import { z } from 'astro/zod';
import { TOOL_IDS } from '../ids';
import { AsOfSchema, CheckedSchema, LearnAddressSchema } from './primitives';

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
