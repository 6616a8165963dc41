/**
 * What "Read it from your server" shows: the summary of what the files say, the messages about
 * single files, and beside each answer it filled a mark of where it came from.
 */
import type { SummaryLine } from '../../connect-export/reading-summary';
import type { AnswerOrigins, FileMessage, Finding } from '../../connect-export/types';
import { h } from '../kit/dom';
import type { ReadinessControls } from './readiness-form';

/** The summary and the messages, as one element. */
export function summaryView(lines: readonly SummaryLine[], messages: readonly FileMessage[]): HTMLElement {
	return h(
		'div',
		{ class: 'readiness-export-summary' },
		lines.length > 0 && h('h4', {}, 'What the files say'),
		lines.length > 0 &&
			h(
				'ul',
				{ 'data-export-lines': '' },
				lines.map((line) =>
					h(
						'li',
						{ 'data-warn': line.warn === true, 'data-label': line.label },
						h('strong', {}, `${line.label}: `),
						line.text,
						line.items &&
							line.items.length > 0 &&
							h(
								'ul',
								{},
								line.items.map((item) => h('li', {}, item)),
							),
					),
				),
			),
		messages.length > 0 && h('h4', {}, 'Files'),
		messages.length > 0 &&
			h(
				'ul',
				{ class: 'readiness-export-messages' },
				messages.map((message) =>
					h(
						'li',
						{ 'data-level': message.level, 'data-file': message.file },
						h('strong', {}, message.level === 'error' ? 'Not read: ' : 'Note: '),
						`${message.file}: ${message.text}`,
					),
				),
			),
	);
}

const MARK_TEXT = {
	read: 'read from your files',
	inferred: 'inferred from your files',
	ask: 'not in any export: give it',
} as const;

/** A mark of where an answer came from, inside its label. */
function mark(kind: keyof typeof MARK_TEXT, why: string): HTMLElement {
	return h('span', { class: 'readiness-origin', 'data-origin': kind, title: why }, `(${MARK_TEXT[kind]})`);
}

/** Removes every mark inside `form`. */
export function clearMarks(form: HTMLFormElement): void {
	for (const element of form.querySelectorAll('.readiness-origin')) element.remove();
}

/** Removes the mark of the control `target`, which the reader changed. */
export function clearMarkOf(target: EventTarget | null): void {
	const input = target instanceof HTMLInputElement ? target : null;
	const holder = input?.type === 'radio' ? input.closest('fieldset')?.querySelector('legend') : labelOf(input);
	holder?.querySelector('.readiness-origin')?.remove();
}

/** Where an input's mark goes: in its label's text (a checkbox's label lays out input and text side by side). */
function labelOf(input: HTMLInputElement | null): HTMLElement | null {
	if (!input) return null;
	const label =
		input.closest('label') ??
		(input.id ? (input.form?.querySelector<HTMLElement>(`label[for="${input.id}"]`) ?? null) : null);
	return label?.querySelector<HTMLElement>(':scope > span:not(.readiness-origin)') ?? label;
}

/** Marks each answer `origins` determined with where it came from, and objects in scope as the reader's to give. */
export function markOrigins(controls: ReadinessControls, origins: AnswerOrigins): void {
	clearMarks(controls.form);
	const put = (holder: Element | null | undefined, finding: Finding<unknown>) => {
		if (holder && finding.state !== 'not-determined') holder.append(mark(finding.state, finding.from));
	};
	for (const input of controls.needs) {
		const finding = origins.needs[input.value as keyof AnswerOrigins['needs']];
		if (finding) put(labelOf(input), finding);
	}
	put(labelOf(controls.counts.forests), origins.forests);
	put(labelOf(controls.counts.containers), origins.containers);
	labelOf(controls.counts.objects)?.append(mark('ask', 'No Connect Sync export holds object counts.'));
	put(controls.flags.customUpn[0]?.closest('fieldset')?.querySelector('legend'), origins.customUpn);
	put(controls.flags.groupFiltering[0]?.closest('fieldset')?.querySelector('legend'), origins.groupFiltering);
}
