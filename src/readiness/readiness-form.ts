/**
 * The readiness form's controls, read into answers and written back from them. The element finds
 * them by name inside its own form; the state (readiness-state.ts) decides what they show.
 */
import { normaliseNeeds } from '../decision';
import type { ReadinessAnswers } from '../decision/readiness-answers';
import { ADDRESS_PARAMS, NO_ANSWERS, readCount } from './readiness-state';

/** The form controls the element reads, found by name inside its own form. */
export interface ReadinessControls {
	form: HTMLFormElement;
	needs: HTMLInputElement[];
	counts: Record<'forests' | 'objects' | 'containers', HTMLInputElement>;
	flags: Record<'customUpn' | 'groupFiltering', HTMLInputElement[]>;
}

/** The form's controls, or undefined when one is missing. */
export function findControls(form: HTMLFormElement): ReadinessControls | undefined {
	const named = (name: string) => [...form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)];
	const names = ADDRESS_PARAMS;
	const [forests, objects, containers] = [names.forests, names.objects, names.containers].map((name) => named(name)[0]);
	const upn = named(names.customUpn);
	const groups = named(names.groupFiltering);
	if (!forests || !objects || !containers || upn.length === 0 || groups.length === 0) return undefined;
	return {
		form,
		needs: named(names.needs),
		counts: { forests, objects, containers },
		flags: { customUpn: upn, groupFiltering: groups },
	};
}

/** The answers the controls hold. */
export function readForm(controls: ReadinessControls | undefined): ReadinessAnswers {
	if (!controls) return NO_ANSWERS;
	const ticked = controls.needs.filter((input) => input.checked).map((input) => input.value);
	// A group with no radio checked is a question not answered: null, never No.
	const flag = (inputs: HTMLInputElement[]) => {
		const checked = inputs.find((input) => input.checked)?.value;
		return checked === 'yes' ? true : checked === 'no' ? false : null;
	};
	return {
		needs: normaliseNeeds(ticked).needs,
		forests: readCount(controls.counts.forests.value),
		objects: readCount(controls.counts.objects.value),
		containers: readCount(controls.counts.containers.value),
		customUpn: flag(controls.flags.customUpn),
		groupFiltering: flag(controls.flags.groupFiltering),
	};
}

/** Sets the controls to `answers`. */
export function writeForm(controls: ReadinessControls | undefined, answers: ReadinessAnswers): void {
	if (!controls) return;
	for (const input of controls.needs) input.checked = answers.needs.includes(input.value as never);
	for (const field of ['forests', 'objects', 'containers'] as const) {
		const value = answers[field];
		controls.counts[field].value = typeof value === 'number' ? String(value) : '';
	}
	for (const field of ['customUpn', 'groupFiltering'] as const) {
		const value = answers[field];
		const checked = value === null ? null : value ? 'yes' : 'no';
		for (const input of controls.flags[field]) input.checked = input.value === checked;
	}
}
