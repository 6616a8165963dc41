/**
 * The view of the result: the tool, every reason, trade-off and gap with its source, what the
 * reader's answers assumed, the next steps, the prerequisites checklist with each row's caveats,
 * a summary of the answers, and the actions.
 */
import {
	TOOL_IDS,
	TOOL_NAMES,
	TOOL_SHORT_NAMES,
	capabilityById,
	checklistFor,
	questionById,
	type Citation,
	type Recommendation,
} from '../../decision';
import { GET_STARTED_PAGE, PREREQUISITES_PAGE, installPathAnchor } from '../../data/site-contracts';
import { formatShortDate } from '../../data/time-bound';
import { afterPaint } from '../kit/dom';
import { walkOf, type PickerState } from './picker-state';
import * as STRINGS from './strings';
import { toolTitle } from './strings';
import type { ViewContext } from './view-context';

type Cited = Citation & {
	label: string;
	text: string;
	disputed?: string;
	otherOffers?: Recommendation['reasons'][number]['otherOffers'];
};

const labelOf = (need: string) => capabilityById(need)?.label ?? need;

type Source = { source: string; asOf: string };

/** " (Page title, 9 Apr 2025)", linked to the page: where a statement comes from. */
function sourceView(item: Source, context: ViewContext): HTMLElement {
	const { h } = context.dom;
	const text = STRINGS.source(context.titleOf(item.source), formatShortDate(item.asOf));
	return h('span', { class: 'source' }, ' (', h('a', { href: item.source, rel: 'external' }, text), ')');
}

/** The result of `state` (its recommendation worked out by the caller) as one element. */
export function resultView(state: PickerState, result: Recommendation, context: ViewContext): HTMLElement {
	const { h, button, heading } = context.dom;
	const sub = context.level + 1;
	const tools = result.tool === 'both' ? TOOL_IDS : [result.tool];
	const section = (title: string, part: string, ...children: Array<Node | false | null>) =>
		h('section', { part }, heading(sub, title), ...children);
	const source = (item: Source) => sourceView(item, context);
	const citedList = (title: string, part: string, items: readonly Cited[], itemPart?: string) =>
		items.length > 0 &&
		section(
			title,
			part,
			h(
				'ul',
				{},
				items.map((item) =>
					h(
						'li',
						{ part: itemPart },
						item.anchor
							? h('a', { href: `${context.comparisonHref}#${item.anchor}` }, item.label)
							: h('strong', {}, item.label),
						': ',
						item.text,
						item.disputed && ` ${item.disputed}`,
						source(item),
						item.otherOffers &&
							h(
								'p',
								{ class: 'offer' },
								STRINGS.otherOffers(TOOL_SHORT_NAMES[item.otherOffers.tool]),
								item.otherOffers.text,
								source(item.otherOffers),
							),
					),
				),
			),
		);

	const { link } = state;
	const { assumptions, steps } = walkOf(state);
	return h(
		'div',
		{ class: 'result', part: 'result', 'data-tool': result.tool },
		heading(context.level, STRINGS.resultHeading, true),
		h('p', { class: 'result-tool' }, toolTitle(result.tool)),
		result.tool === 'both' &&
			h(
				'ul',
				{},
				TOOL_IDS.map((tool) =>
					h('li', {}, h('strong', {}, `${TOOL_NAMES[tool]}: `), result.split[tool].map(labelOf).join('; ')),
				),
			),
		link !== null &&
			link.unknown.length > 0 &&
			h('p', { class: 'error', role: 'note' }, STRINGS.unknownNeeds(link.unknown)),
		citedList(STRINGS.reasons, 'reasons', result.reasons, 'reason'),
		citedList(STRINGS.tradeoffs, 'tradeoffs', result.tradeoffs),
		citedList(STRINGS.unsupported, 'unsupported', result.unsupported),
		!link &&
			assumptions.length > 0 &&
			section(
				STRINGS.assumptions,
				'assumptions',
				h(
					'ul',
					{},
					assumptions.map(({ text }) => h('li', {}, text)),
				),
			),
		section(
			STRINGS.nextSteps,
			'next-steps',
			h(
				'ul',
				{},
				tools.map((tool) =>
					h(
						'li',
						{},
						h(
							'a',
							{ href: context.link(GET_STARTED_PAGE, installPathAnchor(tool)) },
							STRINGS.followPath(TOOL_NAMES[tool]),
						),
					),
				),
			),
		),
		// Filled by checklistView once the result has been painted: it is long and below the fold.
		section(
			STRINGS.checklist,
			'checklist-section',
			h('p', { class: 'muted' }, STRINGS.checklistIntro),
			h('div', { 'data-checklist': '' }),
		),
		h(
			'section',
			{ class: 'summary' },
			heading(sub, STRINGS.yourAnswers),
			link
				? h('p', {}, link.needs.length > 0 ? STRINGS.fromLink(link.needs.map(labelOf)) : STRINGS.noNeedsInLink)
				: h(
						'dl',
						{},
						steps.flatMap((step) => {
							const question = questionById(step.question);
							const prompt = question?.prompt ?? step.question;
							const labels = step.notSure
								? [question?.notSure.label ?? STRINGS.notSure]
								: step.options.map((id) => question?.options.find((option) => option.id === id)?.label ?? id);
							return [
								h('dt', {}, prompt),
								h('dd', {}, labels.length > 0 ? labels.join('; ') : STRINGS.noneOfThese),
								h(
									'dd',
									{},
									button(STRINGS.change, () => context.actions.edit(step.question), {
										class: 'link',
										'aria-label': STRINGS.changeLabel(prompt),
									}),
								),
							];
						}),
					),
		),
		h(
			'div',
			{ class: 'actions' },
			button(STRINGS.copyLink, context.actions.copyLink),
			button(STRINGS.copyMarkdown, context.actions.copyMarkdown),
			context.canPrint && button(STRINGS.print, () => window.print()),
			!link && button(STRINGS.back, context.actions.back),
			button(STRINGS.startOver, context.actions.startOver),
		),
		h('div', { class: 'copy-fallback', hidden: true, 'data-copy-fallback': '' }),
	);
}

/**
 * Fills the checklist of a rendered result once it has been painted: the list is long and below
 * the fold, so answering the last question shows the result without waiting for it.
 */
export function fillChecklist(view: Element, result: Recommendation, context: ViewContext, then?: () => void): void {
	const container = view.querySelector('[data-checklist]');
	if (!container) return;
	afterPaint(() => {
		// A later render has replaced the view meanwhile: its own fill comes after.
		if (!view.contains(container)) return;
		container.replaceChildren(...checklistView(result, context));
		then?.();
	});
}

/** The prerequisites checklist of a result: each row of the recommended tool(s), linked, with its caveats. */
function checklistView(result: Recommendation, context: ViewContext): HTMLElement[] {
	const { h, heading } = context.dom;
	const sub = context.level + 1;
	const tools = result.tool === 'both' ? TOOL_IDS : [result.tool];
	return tools.map((tool) =>
		h(
			'div',
			{ part: 'checklist' },
			tools.length > 1 && heading(sub + 1, TOOL_NAMES[tool]),
			h(
				'ul',
				{ class: 'checklist' },
				checklistFor(tool, result.needs, context.today).map((item) =>
					h(
						'li',
						{},
						h('a', { href: context.link(PREREQUISITES_PAGE, item.anchor) }, item.text),
						item.details.length + item.updates.length > 0 &&
							h(
								'ul',
								{ class: 'caveats' },
								item.details.map((detail) => h('li', {}, detail)),
								item.updates.map((update) => h('li', {}, update.text, sourceView(update, context))),
							),
					),
				),
			),
		),
	);
}
