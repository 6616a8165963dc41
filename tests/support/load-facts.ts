// Loads every fact file and the source register through their schemas, for the data tests.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { FACT_FILES, SOURCES_FILE } from '../../src/data/fact-files';
import { CapabilitySchema } from '../../src/data/schemas/capabilities';
import { ChangeSchema } from '../../src/data/schemas/changes';
import { GuidanceSchema } from '../../src/data/schemas/guidance';
import { RequirementSchema, type Requirement } from '../../src/data/schemas/requirements';
import { SourcePageSchema } from '../../src/data/schemas/sources';
import { PROJECT_ROOT } from './astro-build';

function read(file: string): unknown {
	return JSON.parse(readFileSync(join(PROJECT_ROOT, file), 'utf8'));
}

/** The facts of every file in FACT_FILES, parsed, by collection. */
export const facts = {
	requirements: RequirementSchema.array().parse(read('content/data/requirements.json')),
	configureFeatures: RequirementSchema.array().parse(read('content/data/configure-features.json')),
	network: RequirementSchema.array().parse(read('content/data/network.json')),
	topologies: RequirementSchema.array().parse(read('content/data/topologies.json')),
	operations: RequirementSchema.array().parse(read('content/data/operations.json')),
	capabilities: CapabilitySchema.array().parse(read('content/data/capabilities.json')),
	changes: ChangeSchema.array().parse(read('content/data/changes.json')),
	guidance: GuidanceSchema.array().parse(read('content/data/guidance.json')),
} satisfies Record<(typeof FACT_FILES)[number]['collection'], unknown>;

/** The source register. */
export const sources = z.array(SourcePageSchema).parse(read(SOURCES_FILE));

/** Requirement and feature rows with the file they come from. */
export const requirementRows: Array<{ file: string; row: Requirement }> = [
	...facts.requirements.map((row) => ({ file: 'requirements.json', row })),
	...facts.configureFeatures.map((row) => ({ file: 'configure-features.json', row })),
	...facts.network.map((row) => ({ file: 'network.json', row })),
	...facts.topologies.map((row) => ({ file: 'topologies.json', row })),
	...facts.operations.map((row) => ({ file: 'operations.json', row })),
];

/** Every citation in the data: where it is, the address and the date it cites. */
export function citations(): Array<{ where: string; source: string; asOf: string }> {
	const list: Array<{ where: string; source: string; asOf: string }> = [];
	for (const { file, row } of requirementRows) {
		list.push({ where: `${file} ${row.id}`, source: row.source, asOf: row.asOf });
		row.updates.forEach((update, index) =>
			list.push({ where: `${file} ${row.id} updates[${index}]`, source: update.source, asOf: update.asOf }),
		);
	}
	for (const row of facts.capabilities) {
		list.push({ where: `capabilities.json ${row.id}`, source: row.source, asOf: row.asOf });
		for (const [tool, support] of Object.entries(row.support)) {
			if (support.source && support.asOf) {
				list.push({ where: `capabilities.json ${row.id} ${tool} note`, source: support.source, asOf: support.asOf });
			}
		}
	}
	for (const change of facts.changes) {
		list.push({ where: `changes.json ${change.id}`, source: change.source, asOf: change.asOf });
	}
	for (const advice of facts.guidance) {
		list.push({ where: `guidance.json ${advice.id}`, source: advice.source, asOf: advice.asOf });
	}
	return list;
}
