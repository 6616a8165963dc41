// Wiring only: each collection gets its loader and its schema from src/data/schemas.ts.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { RequirementSchema, SeedSchema } from './data/schemas';
import { strictFileLoader } from './data/strict-file-loader';

export const collections = {
	docs: defineCollection({
		loader: glob({ base: './content/docs', pattern: '**/[^_]*.{md,mdx}' }),
		schema: docsSchema(),
	}),
	requirements: defineCollection({
		loader: strictFileLoader('content/data/requirements.json', RequirementSchema),
		schema: RequirementSchema,
	}),
	seeds: defineCollection({
		loader: strictFileLoader('content/data/seeds.json', SeedSchema),
		schema: SeedSchema,
	}),
	configureFeatures: defineCollection({
		loader: strictFileLoader('content/data/configure-features.json', RequirementSchema),
		schema: RequirementSchema,
	}),
};
