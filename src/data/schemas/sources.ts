/** The source register's shape (content/data/sources.json): each cited Learn page and what its head said. */
import { z } from 'astro/zod';
import { COMMIT_ID } from '../commit-id';
import { AsOfSchema, DateSchema, LearnAddressSchema } from './primitives';

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
