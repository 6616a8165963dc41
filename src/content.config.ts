// Wiring only: each collection gets its loader and its schema from src/data/schemas.ts.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import {
	CapabilitySchema,
	DecisionTreeSchema,
	GuidanceSchema,
	PageFrontmatterSchema,
	RequirementSchema,
	SeedSchema,
} from './data/schemas';
import { strictFileLoader, strictObjectFileLoader } from './data/strict-file-loader';

export const collections = {
	docs: defineCollection({
		loader: glob({ base: './content/docs', pattern: '**/[^_]*.{md,mdx}' }),
		schema: docsSchema({ extend: PageFrontmatterSchema }),
	}),
	seeds: defineCollection({
		loader: strictFileLoader('content/data/seeds.json', SeedSchema),
		schema: SeedSchema,
	}),
	requirements: defineCollection({
		loader: strictFileLoader('content/data/requirements.json', RequirementSchema),
		schema: RequirementSchema,
	}),
	configureFeatures: defineCollection({
		loader: strictFileLoader('content/data/configure-features.json', RequirementSchema),
		schema: RequirementSchema,
	}),
	capabilities: defineCollection({
		loader: strictFileLoader('content/data/capabilities.json', CapabilitySchema),
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
