/**
 * The readiness check's event and its `detail`: a versioned shape built from the engine's
 * assessment, namespaced by tag, bubbling and composed like the picker's.
 */
import type { MigrationAssessment, MigrationVerdict, NeedId } from '../decision';
import type { ReadinessAnswers } from '../decision/readiness-answers';

/**
 * Fired each time the reader changes an answer (the result then shows their answers), and once
 * after the document has loaded when the page opens on an address with answers. Never fired by
 * "Clear answers", which removes the result, nor by scripts.
 */
export const RESULT_EVENT = 'migration-readiness:result';

/** The version of the detail's shape; raised only when a field changes meaning or goes away. */
export const DETAIL_VERSION = 1;

/** `detail` of `migration-readiness:result`, and the value of the element's `result` property. */
export interface MigrationReadinessResultDetail {
	/** The shape's version: 1. */
	version: typeof DETAIL_VERSION;
	/** Move everything, move part, or stay. */
	verdict: MigrationVerdict;
	/** The hard needs that keep their part on Connect Sync, in comparison-table order. */
	blockers: NeedId[];
	/** Whether the guided migration tool applies, and if not, each failed condition's id. */
	guidedTool: { eligible: boolean; reasons: string[] };
	/** The needs ticked, in comparison-table order. */
	needs: NeedId[];
	/**
	 * The figures given: null when missing; NaN never appears (an unusable figure is null and listed in
	 * `invalid`). The two yes/no answers are null while not answered (the guided tool then does not apply).
	 */
	figures: {
		forests: number | null;
		objects: number | null;
		containers: number | null;
		customUpn: boolean | null;
		groupFiltering: boolean | null;
	};
	/** Answers whose value was not usable: `forests`, `inScopeObjects`, `maxContainersPerDomain`. */
	invalid: string[];
	/** An address of the page that opens the check on these answers. */
	shareUrl: string;
}

/** The public detail of an assessment of `answers`. */
export function resultDetail(
	assessment: MigrationAssessment,
	answers: ReadinessAnswers,
	shareUrl: string,
): MigrationReadinessResultDetail {
	const figure = (value: number | null | 'invalid') => (typeof value === 'number' ? value : null);
	return {
		version: DETAIL_VERSION,
		verdict: assessment.verdict,
		blockers: [...assessment.blockers],
		guidedTool: { eligible: assessment.guidedTool.eligible, reasons: [...assessment.guidedTool.reasons] },
		needs: [...assessment.needs],
		figures: {
			forests: figure(answers.forests),
			objects: figure(answers.objects),
			containers: figure(answers.containers),
			customUpn: answers.customUpn,
			groupFiltering: answers.groupFiltering,
		},
		invalid: [...assessment.invalid],
		shareUrl,
	};
}

declare global {
	interface GlobalEventHandlersEventMap {
		'migration-readiness:result': CustomEvent<MigrationReadinessResultDetail>;
	}
}
