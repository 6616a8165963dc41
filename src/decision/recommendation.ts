/** The shape of a recommendation: the tool, and every reason, trade-off and gap with its source. */
import type { NeedId, ToolId } from '../data/ids';

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
	/** For a hard need the other tool meets only in part: what that tool offers instead. */
	otherOffers?: Offer;
}

/** What a tool offers for a need it meets only in part ("limited"). */
export interface Offer {
	/** The tool. */
	tool: ToolId;
	/** What it offers, in one sentence. */
	text: string;
	/** The Microsoft Learn page that states it. */
	source: string;
	/** The page's date, YYYY-MM-DD. */
	asOf: string;
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
