/**
 * The picker's events and their `detail`: a documented, versioned shape that hosts can depend on,
 * built from the engine's result but not the engine's own object. Namespaced by tag, bubbling and
 * composed, so a listener on `document` hears them from inside any shadow root.
 */
import type { NeedId, Recommendation, RecommendedTool, ToolId } from '../../decision';

/** Fired when a recommendation is shown: after the last answer, or on opening with `?needs=` once the document has loaded. */
export const RESULT_EVENT = 'sync-tool-picker:result';
/** Fired each time the reader confirms an answer with Next. Never fired by scripts' changes. */
export const CHANGE_EVENT = 'sync-tool-picker:change';

/** The version of both details' shape; raised only when a field changes meaning or goes away. */
export const DETAIL_VERSION = 1;

/** One cited statement of a result: a reason, a trade-off or a need neither tool meets. */
export interface SyncToolPickerCitedItem {
	/** The need it is about, or null for Microsoft's general advice. */
	need: NeedId | null;
	/** The need's label, or the advice's title. */
	label: string;
	/** The statement, one sentence. */
	text: string;
	/** The Microsoft Learn page that states it. */
	source: string;
	/** That page's date, YYYY-MM-DD. */
	asOf: string;
}

/** `detail` of `sync-tool-picker:result`, and the value of the element's `result` property. */
export interface SyncToolPickerResultDetail {
	/** The shape's version: 1. */
	version: typeof DETAIL_VERSION;
	/** The recommended tool, or both side by side. */
	tool: RecommendedTool;
	/** The need ids decided on, in comparison-table order. */
	needs: NeedId[];
	/** Ids from a `?needs=` link that are not need ids; they were ignored. */
	unknown: string[];
	/** With "both": which hard needs go to which tool (empty lists otherwise, or for the default). */
	split: Record<ToolId, NeedId[]>;
	/** Why: hard needs, then Microsoft's general advice, then preferences. */
	reasons: SyncToolPickerCitedItem[];
	/** What the reader gives up or should check with the recommended tool. */
	tradeoffs: SyncToolPickerCitedItem[];
	/** Needs neither tool meets. */
	unsupported: SyncToolPickerCitedItem[];
	/** An address of the picker's page that opens on this result. */
	shareUrl: string;
}

/** `detail` of `sync-tool-picker:change`. */
export interface SyncToolPickerChangeDetail {
	/** The shape's version: 1. */
	version: typeof DETAIL_VERSION;
	/** The question answered. */
	question: string;
	/** The chosen option ids, or ["not-sure"]; empty for "none of these". */
	answer: string[];
	/** Every need implied by the answers so far. */
	needs: NeedId[];
}

const cited = (items: readonly SyncToolPickerCitedItem[]): SyncToolPickerCitedItem[] =>
	items.map(({ need, label, text, source, asOf }) => ({ need, label, text, source, asOf }));

/** The public detail of a recommendation. */
export function resultDetail(result: Recommendation, shareUrl: string): SyncToolPickerResultDetail {
	return {
		version: DETAIL_VERSION,
		tool: result.tool,
		needs: [...result.needs],
		unknown: [...result.unknown],
		split: { 'connect-sync': [...result.split['connect-sync']], 'cloud-sync': [...result.split['cloud-sync']] },
		reasons: cited(result.reasons),
		tradeoffs: cited(result.tradeoffs),
		unsupported: cited(result.unsupported),
		shareUrl,
	};
}

declare global {
	interface GlobalEventHandlersEventMap {
		'sync-tool-picker:result': CustomEvent<SyncToolPickerResultDetail>;
		'sync-tool-picker:change': CustomEvent<SyncToolPickerChangeDetail>;
	}
}
