/** The two synchronisation tools: ids, names, and what a support level means for the decision. */
import { toolLabels } from '../data/labels';
import type { SupportLevel, ToolId } from '../data/schemas';

/** Both tools, Connect Sync first as in the comparison table. */
export const TOOL_IDS: readonly ToolId[] = ['connect-sync', 'cloud-sync'];

/** Each tool's full product name (one list for the whole site: src/data/labels.ts). */
export const TOOL_NAMES: Readonly<Record<ToolId, string>> = toolLabels;

/** Each tool's short name, for running text. */
export const TOOL_SHORT_NAMES: Readonly<Record<ToolId, string>> = {
	'connect-sync': 'Connect Sync',
	'cloud-sync': 'Cloud Sync',
};

/** Rule: "limited" counts as met for the decision; the limit becomes a trade-off instead. */
export function meets(level: SupportLevel): boolean {
	return level !== 'no';
}
