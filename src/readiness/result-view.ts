/**
 * The view of a readiness result: the verdict, what stays on Connect Sync and why, what only Cloud
 * Sync meets, the guided migration tool's verdict with each failed condition explained, every
 * statement with its source, and the copy actions. Built with the picker's element builder.
 */
import {
	GUIDED_TOOL_CONDITIONS_MET,
	GUIDED_TOOL_SOURCE,
	TOOL_SHORT_NAMES,
	verdictWords,
	type MigrationReport,
	type ReportedNeed,
} from '../decision';
import { BOTH_TOOLS_RUN_ANCHOR } from '../data/site-contracts';
import { formatShortDate } from '../data/time-bound';
import { button, h } from '../widget/dom';
import type { ReadinessState } from './readiness-state';
import { STRINGS } from './strings';

/** What the view needs besides the result. */
export interface ResultViewContext {
	/** The level of the result's heading, 1–6; its sections use the next. */
	readonly level: number;
	/** The comparison page's address, without a fragment. */
	readonly comparisonHref: string;
	/** The title of a cited Microsoft Learn page, if the page knows it. */
	readonly titleOf: (source: string) => string | undefined;
	/** Copy the address of these answers. */
	readonly copyLink: () => void;
	/** Copy the result as Markdown. */
	readonly copyMarkdown: () => void;
}

const headingTag = (level: number) => `h${Math.min(Math.max(level, 1), 6)}` as 'h3';

/** The result of `report` for `state`, as one element. */
export function resultView(report: MigrationReport, state: ReadinessState, context: ResultViewContext): HTMLElement {
	const { assessment, guidedTool } = report;
	const verdict = verdictWords(report);
	const subheading = (text: string) => h(headingTag(context.level + 1), {}, text);
	const cite = (item: { source: string; asOf: string }) =>
		h(
			'span',
			{ class: 'readiness-source' },
			' (',
			h('a', { href: item.source, rel: 'external' }, context.titleOf(item.source) ?? 'Microsoft Learn'),
			`, ${formatShortDate(item.asOf)})`,
		);
	const rowLink = (anchor: string, label: string) => h('a', { href: `${context.comparisonHref}#${anchor}` }, label);
	const needList = (title: string, kind: string, items: readonly ReportedNeed[]) =>
		items.length > 0 &&
		h(
			'section',
			{ class: 'readiness-needs', 'data-list': kind },
			subheading(title),
			h(
				'ul',
				{},
				items.map((item) =>
					h(
						'li',
						{ 'data-need': item.need },
						item.anchor ? rowLink(item.anchor, item.label) : h('strong', {}, item.label),
						`: ${item.text}`,
						cite(item),
						item.otherOffers &&
							h(
								'p',
								{ class: 'readiness-offer' },
								STRINGS.otherOffers(TOOL_SHORT_NAMES[item.otherOffers.tool]),
								item.otherOffers.text,
								cite(item.otherOffers),
							),
					),
				),
			),
		);

	return h(
		'div',
		{ class: 'readiness-result-body', 'data-verdict': assessment.verdict },
		h(headingTag(context.level), {}, STRINGS.resultHeading),
		h('p', { class: 'readiness-verdict' }, verdict.title),
		h(
			'p',
			{},
			verdict.text,
			assessment.verdict !== 'move' && [' ', h('a', { href: `#${BOTH_TOOLS_RUN_ANCHOR}` }, STRINGS.sideBySide), '.'],
		),
		state.ignored.length > 0 && h('p', { class: 'readiness-note', role: 'note' }, STRINGS.ignored(state.ignored)),
		needList(STRINGS.stays, 'stays', report.stays),
		needList(STRINGS.moves, 'moves', report.moves),
		needList(STRINGS.unsupported, 'unsupported', report.unsupported),
		h(
			'section',
			{ class: 'readiness-guided-tool', 'data-guided-tool': guidedTool.eligible ? 'applies' : 'does-not-apply' },
			subheading(STRINGS.guidedTool),
			h('p', { class: 'readiness-tool-verdict' }, guidedTool.eligible ? STRINGS.applies : STRINGS.doesNotApply),
			guidedTool.eligible
				? h('p', {}, GUIDED_TOOL_CONDITIONS_MET)
				: h(
						'ul',
						{},
						guidedTool.failures.map((failure) =>
							h(
								'li',
								{ 'data-reason': failure.reason },
								failure.anchor ? rowLink(failure.anchor, failure.label) : h('strong', {}, failure.label),
								`: ${failure.text}`,
							),
						),
					),
			h(
				'p',
				{ class: 'readiness-tool-source' },
				'Conditions as stated in ',
				h(
					'a',
					{ href: GUIDED_TOOL_SOURCE.source, rel: 'external' },
					context.titleOf(GUIDED_TOOL_SOURCE.source) ?? 'Microsoft Learn',
				),
				`, ${formatShortDate(GUIDED_TOOL_SOURCE.asOf)}.`,
			),
		),
		h(
			'div',
			{ class: 'readiness-actions' },
			button(STRINGS.copyLink, context.copyLink),
			button(STRINGS.copyMarkdown, context.copyMarkdown),
		),
		h('div', { class: 'readiness-copy-fallback', hidden: true, 'data-copy-fallback': '' }),
	);
}
