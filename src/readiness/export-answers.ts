/**
 * The form's answers once the files have been read: every answer the files determine replaces the
 * reader's, the others stay as the reader gave them, and objects in scope (in no export) is kept.
 */
import { normaliseNeeds, type NeedId } from '../decision';
import type { AnswerOrigins, Finding } from '../connect-export/types';
import type { ReadinessAnswers } from '../decision/readiness-answers';

const known = <T>(finding: Finding<T>): finding is Extract<Finding<T>, { value: T }> =>
	finding.state !== 'not-determined';

/** `current` with what `origins` determines filled in. */
export function fillFromExport(current: ReadinessAnswers, origins: AnswerOrigins): ReadinessAnswers {
	const needs = new Set<NeedId>(current.needs);
	for (const [id, finding] of Object.entries(origins.needs) as Array<[NeedId, Finding<boolean>]>) {
		if (!known(finding)) continue;
		if (finding.value) needs.add(id);
		else needs.delete(id);
	}
	return {
		needs: normaliseNeeds(needs).needs,
		forests: known(origins.forests) ? origins.forests.value : current.forests,
		objects: current.objects,
		containers: known(origins.containers) ? origins.containers.value : current.containers,
		customUpn: known(origins.customUpn) ? origins.customUpn.value : current.customUpn,
		groupFiltering: known(origins.groupFiltering) ? origins.groupFiltering.value : current.groupFiltering,
	};
}
