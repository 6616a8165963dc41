/** The view of one question: progress, the answers as native radio buttons or checkboxes, and the actions. */
import { NOT_SURE, type Question } from '../../decision';
import { historyOf, progressOf, type PickerState } from './picker-state';
import * as STRINGS from './strings';
import type { ViewContext } from './view-context';

/** The shown question of `state` as a form; the ticks come from `state.draft`, so a re-render loses none. */
export function questionView(state: PickerState, question: Question, context: ViewContext): HTMLElement {
	const { h, button, heading } = context.dom;
	const { step, total } = progressOf(state);
	const name = `${context.ids}-${question.id}`;
	const helpId = `${name}-help`;
	const noteId = `${name}-note`;
	const errorId = `${name}-error`;
	const progressId = `${name}-progress`;
	const type = question.kind === 'single' ? 'radio' : 'checkbox';

	const option = (value: string, label: string, help: string | undefined) => {
		const labelId = `${name}-${value}-label`;
		const optionHelpId = `${name}-${value}-help`;
		const input = h('input', {
			type,
			name,
			value,
			checked: state.draft.includes(value),
			// Named by the answer text alone; the help is its description, read once.
			'aria-labelledby': labelId,
			'aria-describedby': help && optionHelpId,
		});
		input.addEventListener('change', () => context.actions.tick(value, input.checked));
		return h(
			'label',
			{ class: 'option', part: 'option' },
			input,
			h('span', { id: labelId }, label),
			help && h('span', { class: 'option-help', id: optionHelpId }, help),
		);
	};

	// One segment per question there can be, the answered ones filled: classes, never a style, so the
	// server render's HTML and a host's strict style-src need none.
	const segments = Array.from({ length: total }, (_, index) => h('span', { class: index < step && 'done' }));
	// The heading that receives focus describes itself with the progress, so it is heard once, with the question.
	const title = heading(context.level, question.prompt, true);
	title.setAttribute('aria-describedby', progressId);
	const multiple = question.kind === 'multiple';
	const form = h(
		'form',
		{ part: 'question', novalidate: true },
		h(
			'div',
			{ class: 'progress', part: 'progress' },
			h('span', { id: progressId }, STRINGS.progress(step, total)),
			h('div', { class: 'progress-bar', role: 'presentation' }, segments),
		),
		h(
			'fieldset',
			{
				// The help, what "Not sure" does to the other boxes, and the error when there is one.
				'aria-describedby':
					[question.help && helpId, multiple && noteId, state.missingAnswer && errorId].filter(Boolean).join(' ') ||
					undefined,
			},
			h('legend', {}, title),
			question.help && h('p', { class: 'question-help', id: helpId }, question.help),
			multiple && h('p', { class: 'muted', id: noteId }, STRINGS.chooseAny),
			h(
				'div',
				{ class: 'options' },
				question.options.map((choice) => option(choice.id, choice.label, choice.help)),
				option(NOT_SURE, question.notSure.label, question.notSure.assumes),
			),
			state.missingAnswer && h('p', { class: 'error', id: errorId, role: 'alert' }, STRINGS.chooseOne),
		),
		h(
			'div',
			{ class: 'actions' },
			button(STRINGS.next, context.actions.next, { class: 'primary' }),
			historyOf(state).length > 0 && button(STRINGS.back, context.actions.back),
			Object.keys(state.answers).length > 0 && button(STRINGS.startOver, context.actions.startOver),
		),
	);
	form.addEventListener('submit', (event) => event.preventDefault());
	return form;
}

/** Sets the inputs of a rendered question to the draft, after a tick that unticked others ("Not sure"). */
export function showTicks(view: ParentNode, draft: readonly string[]): void {
	for (const input of view.querySelectorAll('input')) input.checked = draft.includes(input.value);
}

// The server render takes the shown question from here, beside the view that renders it.
export { shownQuestion } from './picker-state';
