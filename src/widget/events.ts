/** The picker's events: namespaced by tag, bubbling and composed so hosts can listen anywhere. */
import type { Recommendation, RecommendedTool } from '../decision';

/** Fired when a recommendation is shown, after answering or when opened from `?needs=`. */
export const RESULT_EVENT = 'sync-tool-picker:result';
/** Fired each time the reader confirms an answer with Next. Never fired by programmatic changes. */
export const CHANGE_EVENT = 'sync-tool-picker:change';

/** `detail` of `sync-tool-picker:result`. */
export interface PickerResultDetail {
	tool: RecommendedTool;
	needs: string[];
	reasons: Array<{ need: string | null; text: string }>;
	/** An address of the picker page that opens on this result. */
	shareUrl: string;
	/** The whole result, for hosts that want more. */
	recommendation: Recommendation;
}

/** `detail` of `sync-tool-picker:change`. */
export interface PickerChangeDetail {
	/** The question answered. */
	question: string;
	/** The chosen option ids, or ["not-sure"]. */
	answer: string[];
	/** Every need implied by the answers so far. */
	needs: string[];
}

declare global {
	interface GlobalEventHandlersEventMap {
		'sync-tool-picker:result': CustomEvent<PickerResultDetail>;
		'sync-tool-picker:change': CustomEvent<PickerChangeDetail>;
	}
}
