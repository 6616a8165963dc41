/** The two synchronisation tools: ids, names, and what a support level means for the decision. */
import { toolLabels } from '../data/labels';
import { TOOL_IDS, type NeedKind, type SupportLevel, type ToolId } from '../data/ids';

export { TOOL_IDS };

/** Each tool's full product name (one list for the whole site: src/data/labels.ts). */
export const TOOL_NAMES: Readonly<Record<ToolId, string>> = toolLabels;

/** Each tool's short name, for running text. */
export const TOOL_SHORT_NAMES: Readonly<Record<ToolId, string>> = {
	'connect-sync': 'Connect Sync',
	'cloud-sync': 'Cloud Sync',
};

/**
 * Rule: a tool meets a hard need only with full support; "limited" never meets one. A soft need
 * (a preference) is met in part by "limited", which then becomes a trade-off.
 */
export function meets(level: SupportLevel, kind: NeedKind): boolean {
	return level === 'yes' || (level === 'limited' && kind === 'soft');
}
