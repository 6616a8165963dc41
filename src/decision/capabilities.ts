/** The comparison table as typed data: content/data/capabilities.json, read without zod. */
import { capabilitiesJson } from './data-files';
import type { Capability } from '../data/schemas/capabilities';

/**
 * Every row of the comparison table, in table order. The cast is safe because the unit tests
 * (tests/unit/decision/data-integrity.test.ts) and the content collection validate the file
 * against CapabilitySchema; the engine must not ship zod.
 */
export const CAPABILITIES: readonly Capability[] = capabilitiesJson as readonly Capability[];

const byId = new Map(CAPABILITIES.map((capability) => [capability.id, capability]));

/** The capability with this id, or undefined. */
export function capabilityById(id: string): Capability | undefined {
	return byId.get(id);
}
