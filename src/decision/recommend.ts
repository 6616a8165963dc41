/**
 * The recommendation: which tool, or both side by side, meets a set of needs, and why. The facts
 * come from the comparison table (content/data/capabilities.json); the rules are the small
 * named functions below.
 */
import type { Capability, NeedId, ToolId } from '../data/schemas';
import { CAPABILITIES, capabilityAnchor } from './capabilities';
import { normaliseNeeds } from './needs';
import { TOOL_IDS, meets } from './tools';

/** What the engine recommends: one tool, or both side by side. */
export type RecommendedTool = ToolId | 'both';

/** Where a statement comes from. */
export interface Citation {
	/** The Microsoft Learn page that states it. */
	source: string;
	/** The page's date, YYYY-MM-DD. */
	asOf: string;
	/** The comparison-table row's anchor (`cap-<id>`), or null for general guidance. */
	anchor: string | null;
}

/** Why the recommended tool fits. */
export interface Reason extends Citation {
	/** "hard": a hard need only this tool meets; "soft": a preference it meets; "guidance": Microsoft's general advice. */
	kind: 'hard' | 'soft' | 'guidance';
	/** The need this reason is about, or null for guidance. */
	need: NeedId | null;
	/** The need's label, or a title for guidance. */
	label: string;
	/** The tool the reason speaks for. */
	tool: RecommendedTool;
	/** Why, in one sentence. */
	text: string;
	/** What Microsoft's sources disagree on for this need, when they do. */
	disputed?: string;
}

/** Something the reader gives up or should check with the recommended tool. */
export interface Tradeoff extends Citation {
	/** "limited": the tool meets the need only in part; "missing": a preference the tool does not meet; "disputed": Microsoft's sources disagree on the need. */
	kind: 'limited' | 'missing' | 'disputed';
	/** The need concerned. */
	need: NeedId;
	/** The need's label. */
	label: string;
	/** The recommended tool the trade-off is about, or null when it is about the sources. */
	tool: ToolId | null;
	/** The trade-off, in one sentence. */
	text: string;
	/** What Microsoft's sources disagree on for this need, when they do and `kind` is not "disputed". */
	disputed?: string;
}

/** A need that neither tool meets. */
export interface Unsupported extends Citation {
	/** The need. */
	need: NeedId;
	/** The need's label. */
	label: string;
	/** What the sources say, in one sentence. */
	text: string;
	/** What Microsoft's sources disagree on for this need, when they do. */
	disputed?: string;
}

/** The result of `recommend()`. */
export interface Recommendation {
	/** The recommended tool, or "both" side by side. */
	tool: RecommendedTool;
	/** The known needs considered, each once, in comparison-table order. */
	needs: NeedId[];
	/** The hard needs only one tool meets, by that tool: with "both", which need goes with which tool. */
	split: Record<ToolId, NeedId[]>;
	/** The needs both tools meet (possibly one of them only in part). */
	covered: NeedId[];
	/** Why: hard needs first, then guidance, then preferences. */
	reasons: Reason[];
	/** What the reader gives up or should check. */
	tradeoffs: Tradeoff[];
	/** Needs neither tool meets; the recommendation follows the other needs. */
	unsupported: Unsupported[];
	/** Entries that are not need ids, as given; they are ignored. */
	unknown: string[];
}

/** Source A, the decision guide: Microsoft's current comparison and its general advice. */
const DECISION_GUIDE = {
	source: 'https://learn.microsoft.com/entra/identity/hybrid/cloud-sync/connect-to-cloud-sync-decision-guide',
	asOf: '2025-02-17',
} as const;

/** Microsoft's default when no need forces a tool. */
export const DEFAULT_REASON: Readonly<Reason> = {
	kind: 'guidance',
	need: null,
	label: 'Microsoft recommends Cloud Sync for most organisations',
	tool: 'cloud-sync',
	text: 'No hard need requires Connect Sync, and Microsoft recommends Cloud Sync for most organisations because it builds new synchronisation features mainly on Cloud Sync.',
	...DECISION_GUIDE,
	anchor: null,
};

/** How the two tools share one tenant, for a "both" result. */
export const SIDE_BY_SIDE_REASON: Readonly<Reason> = {
	kind: 'guidance',
	need: null,
	label: 'The two tools can run side by side',
	tool: 'both',
	text: 'Both tools can synchronise to one tenant at the same time, each over its own forests or organisational units, provided each object is in the scope of one tool only.',
	source: 'https://learn.microsoft.com/entra/identity/hybrid/cloud-sync/plan-cloud-sync-topologies',
	asOf: '2024-04-26',
	anchor: null,
};

/** Rule: the tools that meet a capability ("limited" counts as met). */
export function toolsMeeting(capability: Capability): ToolId[] {
	return TOOL_IDS.filter((tool) => meets(capability.support[tool].level));
}

/** Rule: the one tool that alone meets a capability, or undefined when both or neither do. */
export function onlyToolMeeting(capability: Capability): ToolId | undefined {
	const tools = toolsMeeting(capability);
	return tools.length === 1 ? tools[0] : undefined;
}

/**
 * Rule: hard needs only one tool meets decide. Needs of both kinds at once give "both"; none
 * gives Cloud Sync, Microsoft's recommendation for most organisations.
 */
export function decideTool(split: Readonly<Record<ToolId, readonly NeedId[]>>): RecommendedTool {
	const connect = split['connect-sync'].length > 0;
	const cloud = split['cloud-sync'].length > 0;
	if (connect && cloud) return 'both';
	return connect ? 'connect-sync' : 'cloud-sync';
}

/** Rule: Cloud Sync was chosen by default, because no hard need forced either tool. */
export function nothingForces(tool: RecommendedTool, split: Readonly<Record<ToolId, readonly NeedId[]>>): boolean {
	return tool === 'cloud-sync' && split['cloud-sync'].length === 0 && split['connect-sync'].length === 0;
}

/** The tools a recommendation puts to work. */
export function toolsOf(tool: RecommendedTool): ToolId[] {
	return tool === 'both' ? [...TOOL_IDS] : [tool];
}

function citationOf(capability: Capability): Citation {
	return { source: capability.source, asOf: capability.asOf, anchor: capabilityAnchor(capability.id) };
}

/** A capability with its verdict worked out once, at load. */
interface Assessed {
	capability: Capability;
	meeting: ToolId[];
	only: ToolId | undefined;
	citation: Citation;
}

const assessed = new Map<string, Assessed>(
	CAPABILITIES.map((capability) => [
		capability.id,
		{
			capability,
			meeting: toolsMeeting(capability),
			only: onlyToolMeeting(capability),
			citation: citationOf(capability),
		},
	]),
);

/** Adds what the sources dispute to an item, when there is something. */
function withDispute<T extends { disputed?: string }>(item: T, disputed: string | undefined): T {
	if (disputed !== undefined) item.disputed = disputed;
	return item;
}

/**
 * Recommends Cloud Sync, Connect Sync or both for a set of need ids. Never throws: entries that
 * are not need ids go to `unknown`, duplicates are ignored, ids are trimmed and lower-cased.
 */
export function recommend(input: Iterable<string>): Recommendation {
	const { needs, unknown } = normaliseNeeds(input);
	const entries = needs.flatMap((id) => assessed.get(id) ?? []);

	const split: Record<ToolId, NeedId[]> = { 'connect-sync': [], 'cloud-sync': [] };
	for (const { capability, only } of entries) {
		if (capability.need === 'hard' && only) split[only].push(capability.id);
	}
	const tool = decideTool(split);
	const chosen = toolsOf(tool);

	const needReasons: Reason[] = [];
	const tradeoffs: Tradeoff[] = [];
	const unsupported: Unsupported[] = [];
	const covered: NeedId[] = [];
	// Citation fields are written out, not spread: a spread inside a literal is V8's slow path, and
	// the exhaustive tree test calls recommend() some 400,000 times.
	for (const { capability, meeting, only, citation } of entries) {
		const { id: need, label, summary, disputed } = capability;
		if (meeting.length === 0) {
			const gap: Unsupported = {
				need,
				label,
				text: summary,
				source: citation.source,
				asOf: citation.asOf,
				anchor: citation.anchor,
			};
			unsupported.push(withDispute(gap, disputed));
			continue;
		}
		let disputeShown = false;
		if (only && chosen.includes(only)) {
			const reason: Reason = {
				kind: capability.need,
				need,
				label,
				tool: only,
				text: summary,
				source: citation.source,
				asOf: citation.asOf,
				anchor: citation.anchor,
			};
			needReasons.push(withDispute(reason, disputed));
			disputeShown = true;
		} else if (only) {
			// Only a soft need can get here: a hard one would have put its tool in `chosen`.
			const lacking = chosen[0] ?? only;
			const tradeoff: Tradeoff = {
				kind: 'missing',
				need,
				label,
				tool: lacking,
				text: summary,
				source: citation.source,
				asOf: citation.asOf,
				anchor: citation.anchor,
			};
			tradeoffs.push(withDispute(tradeoff, disputed));
			disputeShown = true;
		} else {
			covered.push(need);
		}
		for (const partial of chosen) {
			const support = capability.support[partial];
			if (support.level !== 'limited') continue;
			const tradeoff: Tradeoff = {
				kind: 'limited',
				need,
				label,
				tool: partial,
				text: support.note ?? summary,
				source: citation.source,
				asOf: citation.asOf,
				anchor: citation.anchor,
			};
			tradeoffs.push(withDispute(tradeoff, disputeShown ? undefined : disputed));
			disputeShown = true;
		}
		if (disputed !== undefined && !disputeShown) {
			tradeoffs.push({
				kind: 'disputed',
				need,
				label,
				tool: null,
				text: disputed,
				source: citation.source,
				asOf: citation.asOf,
				anchor: citation.anchor,
			});
		}
	}

	const guidance = tool === 'both' ? SIDE_BY_SIDE_REASON : nothingForces(tool, split) ? DEFAULT_REASON : undefined;
	const reasons = [
		...needReasons.filter((reason) => reason.kind === 'hard'),
		...(guidance ? [{ ...guidance }] : []),
		...needReasons.filter((reason) => reason.kind === 'soft'),
	];
	return { tool, needs, split, covered, reasons, tradeoffs, unsupported, unknown };
}
