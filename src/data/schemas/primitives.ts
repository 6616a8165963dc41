/**
 * The small shapes every fact file is built from: ids, Learn addresses, dates, time-bound statements,
 * tool ids and links. Types come from the schemas (`z.infer`), never written twice.
 */
import { z } from 'astro/zod';
import { TOOL_IDS } from '../ids';
import { DATE_PLACEHOLDER, isIsoDate } from '../time-bound';

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
export const DateSchema = z
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
export function exactlyOneWording(statement: { text?: string | undefined; timeBound?: unknown }, ctx: z.RefinementCtx) {
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
