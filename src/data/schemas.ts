/**
 * The one place a fact's shape is defined. Astro's content collections, the unit tests and the
 * decision engine's types all read these schemas; types come from `z.infer`, never written twice.
 */
import { z } from 'astro/zod';

/** Stable kebab-case id: it becomes part of a URL anchor, so it must never change once published. */
export const IdSchema = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case (lower-case letters, digits and single hyphens), e.g. "agent-server"');

/** Where a fact comes from: a seed file name (`004_….txt`) or a public Microsoft Learn address. */
export const SourceSchema = z
	.string()
	.refine(
		(value) => /^\d{3}_[0-9a-f]{16}\.txt$/.test(value) || /^https:\/\/learn\.microsoft\.com\/\S+$/.test(value),
		'must be a seed file name such as "004_d0e12f0b76525344.txt" or an https://learn.microsoft.com/ address',
	);

/** The date the fact was stated by its source, as YYYY-MM-DD. */
export const AsOfSchema = z
	.string()
	.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD, e.g. "2023-03-01"');

/** The two synchronisation tools, by their stable ids. */
export const ToolIdSchema = z.enum(['cloud-sync', 'connect-sync']);

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
]);

/** A link to read more, usually a Microsoft Learn page we do not mirror. */
export const LinkSchema = z.object({
	/** The link text. */
	label: z.string().min(1),
	/** An absolute https address. */
	href: z.url({ protocol: /^https$/ }),
});

/** What Microsoft's current pages say where it differs from, or adds to, the seed. */
export const UpdateSchema = z.object({
	/** The current statement, in our words. */
	text: z.string().min(1),
	/** Where it is stated today. */
	source: SourceSchema,
	/** When it was stated. */
	asOf: AsOfSchema,
});

/** One row of a requirement or configuration-feature table. */
export const RequirementSchema = z.object({
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
});

export type ToolId = z.infer<typeof ToolIdSchema>;
export type Category = z.infer<typeof CategorySchema>;
export type Requirement = z.infer<typeof RequirementSchema>;
export type RequirementInput = z.input<typeof RequirementSchema>;

/** One seed document: the Microsoft Learn page a seed file was taken from. */
export const SeedSchema = z.object({
	/** The seed's file name, as rows cite it. */
	id: z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/, 'must be a seed file name such as "004_d0e12f0b76525344.txt"'),
	/** The page's title on Microsoft Learn. */
	title: z.string().min(1),
	/** The public address of the page today. */
	href: z.url({ protocol: /^https$/ }),
	/** The date in the seed's front matter; for an undated page, the date we last checked it. */
	asOf: AsOfSchema,
	/** True when the page states no date of its own. */
	undated: z.boolean().default(false),
});

export type Seed = z.infer<typeof SeedSchema>;
