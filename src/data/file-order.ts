/**
 * Entries in the order their data file lists them. Astro's getCollection() returns entries sorted by
 * id, but the tables follow their source's order (the seed's rows, the decision guide's rows) and
 * the change list keeps same-day changes in the order they were written.
 */
import capabilities from '../../content/data/capabilities.json';
import changes from '../../content/data/changes.json';
import configureFeatures from '../../content/data/configure-features.json';
import guidance from '../../content/data/guidance.json';
import network from '../../content/data/network.json';
import operations from '../../content/data/operations.json';
import requirements from '../../content/data/requirements.json';
import topologies from '../../content/data/topologies.json';
import type { FactFile } from './fact-files';

const positions = (entries: ReadonlyArray<{ id: string }>) => new Map(entries.map(({ id }, index) => [id, index]));

const ORDER: Record<FactFile['collection'], ReadonlyMap<string, number>> = {
	requirements: positions(requirements),
	configureFeatures: positions(configureFeatures),
	network: positions(network),
	topologies: positions(topologies),
	operations: positions(operations),
	capabilities: positions(capabilities),
	changes: positions(changes),
	guidance: positions(guidance),
};

/** `entries` of `collection` sorted as its data file lists them. */
export function inFileOrder<T extends { id: string }>(collection: FactFile['collection'], entries: readonly T[]): T[] {
	const order = ORDER[collection];
	return entries.toSorted((a, b) => (order.get(a.id) ?? Infinity) - (order.get(b.id) ?? Infinity));
}
