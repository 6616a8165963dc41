/** A recommendation as Markdown, to paste into a change ticket: tool, reasons with sources, trade-offs, gaps, checklist. */
import type { ToolId } from '../data/ids';
import { capabilityById } from './capabilities';
import { citationText, clampHeading, codeSpan, escapeText, safeHref } from './markdown-text';
import { checklistFor } from './checklist';
import type { Citation, Recommendation } from './recommendation';
import { CHOOSE_A_SYNC_TOOL_PAGE, PREREQUISITES_PAGE, sitePath } from '../data/site-contracts';
import { TOOL_IDS, TOOL_NAMES, TOOL_SHORT_NAMES } from './tools';

/** Options for `recommendationToMarkdown`. */
export interface MarkdownOptions {
	/**
	 * Address of the site's root, ending in `/`; when given, each cited need links to its comparison
	 * row and each checklist line to its prerequisite row.
	 */
	siteUrl?: string;
	/** Add the prerequisites checklist of the recommended tool(s) (default true). */
	checklist?: boolean;
	/** Heading level of the title, 1–4; sections use the next level. Default 2. */
	headingLevel?: number;
	/** The reader's day, YYYY-MM-DD, for checklist caveats that turn on a date (default: the device's day). */
	today?: string;
	/** The title of a cited page, to name it in its link (default: "Source"). */
	titleOf?: (source: string) => string | undefined;
}

/** The recommendation as Markdown. */
export function recommendationToMarkdown(result: Recommendation, options: MarkdownOptions = {}): string {
	const level = clampHeading(options.headingLevel);
	const title = '#'.repeat(level);
	const section = '#'.repeat(level + 1);
	const lines: string[] = [];
	const site = typeof options.siteUrl === 'string' ? options.siteUrl : undefined;
	const comparisonUrl = site === undefined ? undefined : sitePath(site, CHOOSE_A_SYNC_TOOL_PAGE);
	const cite = (citation: Citation) => citationText(citation, comparisonUrl, options.titleOf?.(citation.source));
	const labelOf = (id: string) => capabilityById(id)?.label ?? id;

	lines.push(`${title} Sync tool: ${toolTitle(result.tool)}`, '');
	lines.push(
		result.needs.length === 0
			? 'Needs considered: none.'
			: `Needs considered: ${result.needs.map((id) => escapeText(labelOf(id))).join('; ')}.`,
	);

	lines.push('', `${section} Why`, '');
	for (const reason of result.reasons) {
		const who = reason.tool === 'both' ? 'both tools' : TOOL_SHORT_NAMES[reason.tool];
		lines.push(`- **${escapeText(reason.label)}** (${who}): ${escapeText(reason.text)} ${cite(reason)}`);
		if (reason.disputed) lines.push(`  - Disputed: ${escapeText(reason.disputed)}`);
		const offer = reason.otherOffers;
		if (offer) {
			const offered = `What ${TOOL_SHORT_NAMES[offer.tool]} offers instead: ${escapeText(offer.text)}`;
			lines.push(`  - ${offered} ${cite({ ...offer, anchor: null })}`);
		}
	}

	if (result.tool === 'both') {
		lines.push('', `${section} Which tool takes which need`, '');
		for (const tool of TOOL_IDS) {
			const needs = result.split[tool].map((id) => escapeText(labelOf(id))).join('; ');
			lines.push(`- ${TOOL_NAMES[tool]}: ${needs}.`);
		}
	}

	if (result.tradeoffs.length > 0) {
		lines.push('', `${section} Trade-offs`, '');
		for (const tradeoff of result.tradeoffs) {
			lines.push(
				`- **${escapeText(tradeoff.label)}** (${tradeoffKind(tradeoff.kind, tradeoff.tool)}): ${escapeText(tradeoff.text)} ${cite(tradeoff)}`,
			);
			if (tradeoff.disputed) lines.push(`  - Disputed: ${escapeText(tradeoff.disputed)}`);
		}
	}

	if (result.unsupported.length > 0) {
		lines.push('', `${section} Not supported by either tool`, '');
		for (const gap of result.unsupported) {
			lines.push(`- **${escapeText(gap.label)}**: ${escapeText(gap.text)} ${cite(gap)}`);
		}
	}

	if (result.unknown.length > 0) {
		lines.push('', `${section} Ignored need ids`, '');
		for (const entry of result.unknown) lines.push(`- ${codeSpan(entry)}`);
	}

	if (options.checklist !== false) {
		lines.push(
			'',
			`${section} Checklist`,
			'',
			'Licences needed only for features not chosen here are under Licences on the prerequisites page.',
			'',
		);
		for (const item of checklistFor(result.tool, result.needs, options.today)) {
			const text = result.tool === 'both' ? `${TOOL_NAMES[item.tool]}: ${item.text}` : item.text;
			const href = site === undefined ? undefined : sitePath(site, PREREQUISITES_PAGE, item.anchor);
			lines.push(`- [ ] ${linkOrText(text, href)}`);
			for (const detail of item.details) lines.push(`  - ${escapeText(detail)}`);
			for (const update of item.updates)
				lines.push(`  - ${escapeText(update.text)} ${cite({ ...update, anchor: null })}`);
		}
	}
	return `${lines.join('\n')}\n`;
}

function toolTitle(tool: Recommendation['tool']): string {
	return tool === 'both'
		? `${TOOL_NAMES['connect-sync']} and ${TOOL_NAMES['cloud-sync']}, side by side`
		: TOOL_NAMES[tool];
}

function tradeoffKind(kind: Recommendation['tradeoffs'][number]['kind'], tool: ToolId | null): string {
	const name = tool ? TOOL_SHORT_NAMES[tool] : '';
	switch (kind) {
		case 'limited':
			return `limited in ${name}`;
		case 'missing':
			return `not in ${name}`;
		case 'disputed':
			return 'sources disagree';
	}
}

function linkOrText(text: string, href: string | undefined): string {
	const safe = safeHref(href);
	return safe ? `[${escapeText(text)}](${safe})` : escapeText(text);
}
