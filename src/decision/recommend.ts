/**
 * The recommendation: which tool, or both side by side, meets a set of needs, and why. The facts
 * come from the comparison table (content/data/capabilities.json); the rules are the small
 * named functions below.
 */
import type { NeedId, ToolId } from '../data/ids';
import type { Capability } from '../data/schemas/capabilities';
import { capabilityById } from './capabilities';
import { DEFAULT_REASON, SIDE_BY_SIDE_REASON } from './guidance';
import { NEEDS, normaliseNeeds } from './needs';
import { capabilityAnchor } from '../data/site-contracts';
import { TOOL_IDS, meets } from './tools';
import type { Citation, Offer, Reason, Recommendation, RecommendedTool, Tradeoff, Unsupported } from './recommendation';

/** Rule: the tools that meet a capability; "limited" meets only a soft need (see `meets`). */
export function toolsMeeting(capability: Capability): ToolId[] {
	return TOOL_IDS.filter((tool) => meets(capability.support[tool].level, capability.need));
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

/** What the tools other than `only` offer in part for a capability, with the cell's own source if it has one. */
function offerBesides(capability: Capability, only: ToolId | undefined): Offer | undefined {
	const other = TOOL_IDS.find((tool) => tool !== only && capability.support[tool].level === 'limited');
	if (!only || !other) return undefined;
	const { note, source, asOf } = capability.support[other];
	return {
		tool: other,
		text: note ?? capability.summary,
		source: source ?? capability.source,
		asOf: asOf ?? capability.asOf,
	};
}

/** A capability with its verdict worked out once, at load. */
interface Assessed {
	need: NeedId;
	capability: Capability;
	meeting: ToolId[];
	only: ToolId | undefined;
	citation: Citation;
	offer: Offer | undefined;
}

const assessed = new Map<NeedId, Assessed>(
	NEEDS.flatMap(({ id }): Array<[NeedId, Assessed]> => {
		const capability = capabilityById(id);
		if (!capability) return [];
		const only = onlyToolMeeting(capability);
		const assessment = {
			need: id,
			capability,
			meeting: toolsMeeting(capability),
			only,
			citation: citationOf(capability),
			offer: offerBesides(capability, only),
		};
		return [[id, assessment]];
	}),
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
	for (const { need, capability, only } of entries) {
		if (capability.need === 'hard' && only) split[only].push(need);
	}
	const tool = decideTool(split);
	const chosen = toolsOf(tool);

	const needReasons: Reason[] = [];
	const tradeoffs: Tradeoff[] = [];
	const unsupported: Unsupported[] = [];
	const covered: NeedId[] = [];
	// Citation fields are written out, not spread: a spread inside a literal is V8's slow path, and
	// the exhaustive tree test calls recommend() some 400,000 times.
	for (const { need, capability, meeting, only, citation, offer } of entries) {
		const { label, summary, disputed } = capability;
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
			if (offer) reason.otherOffers = offer;
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
		// A need one tool alone meets names the other's partial offer in its reason instead.
		for (const partial of only ? [] : chosen) {
			const support = capability.support[partial];
			if (support.level !== 'limited') continue;
			const tradeoff: Tradeoff = {
				kind: 'limited',
				need,
				label,
				tool: partial,
				text: support.note ?? summary,
				source: support.source ?? citation.source,
				asOf: support.asOf ?? citation.asOf,
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
