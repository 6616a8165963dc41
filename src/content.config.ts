// Wiring only: each collection gets its loader and its schema from src/data/schemas/.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { CapabilitySchema, needRowProblems } from './data/schemas/capabilities';
import { ChangeSchema } from './data/schemas/changes';
import { DecisionTreeSchema } from './data/schemas/decision-tree';
import { PageFrontmatterSchema } from './data/schemas/frontmatter';
import { GuidanceSchema } from './data/schemas/guidance';
import { RequirementSchema } from './data/schemas/requirements';
import { SourcePageSchema } from './data/schemas/sources';
import { strictFileLoader, strictObjectFileLoader } from './data/strict-file-loader';

export const collections = {
	docs: defineCollection({
		loader: glob({ base: './content/docs', pattern: '**/[^_]*.{md,mdx}' }),
		schema: docsSchema({ extend: PageFrontmatterSchema }),
	}),
	sources: defineCollection({
		loader: strictFileLoader('content/data/sources.json', SourcePageSchema),
		schema: SourcePageSchema,
	}),
	changes: defineCollection({
		loader: strictFileLoader('content/data/changes.json', ChangeSchema),
		schema: ChangeSchema,
	}),
	requirements: defineCollection({
		loader: strictFileLoader('content/data/requirements.json', RequirementSchema),
		schema: RequirementSchema,
	}),
	configureFeatures: defineCollection({
		loader: strictFileLoader('content/data/configure-features.json', RequirementSchema),
		schema: RequirementSchema,
	}),
	// Planning facts in the requirement-row shape: /network/, /topologies/ and /operate/.
	network: defineCollection({
		loader: strictFileLoader('content/data/network.json', RequirementSchema),
		schema: RequirementSchema,
	}),
	topologies: defineCollection({
		loader: strictFileLoader('content/data/topologies.json', RequirementSchema),
		schema: RequirementSchema,
	}),
	operations: defineCollection({
		loader: strictFileLoader('content/data/operations.json', RequirementSchema),
		schema: RequirementSchema,
	}),
	capabilities: defineCollection({
		// Checked as a whole too: every need the picker asks about has its selectable row.
		loader: strictFileLoader('content/data/capabilities.json', CapabilitySchema, needRowProblems),
		schema: CapabilitySchema,
	}),
	// The engine imports the guidance as JSON too; loading it here makes a malformed entry fail the build.
	guidance: defineCollection({
		loader: strictFileLoader('content/data/guidance.json', GuidanceSchema),
		schema: GuidanceSchema,
	}),
	// The picker imports the tree as JSON; loading it here too makes a malformed tree fail the build.
	decisionTree: defineCollection({
		loader: strictObjectFileLoader('content/data/decision-tree.json', DecisionTreeSchema, 'tree'),
		schema: DecisionTreeSchema,
	}),
};
