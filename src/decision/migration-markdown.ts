/** A readiness check's result as Markdown, to paste into a change ticket or a migration plan. */
import { capabilityById } from './capabilities';
import { citationText, clampHeading, codeSpan, escapeText } from './markdown-text';
import type { MigrationInput } from './migration';
import type { Citation } from './recommendation';
import {
	GUIDED_TOOL_CONDITIONS_MET,
	formatCount,
	GUIDED_TOOL_SOURCE,
	verdictWords,
	type MigrationReport,
	type ReportedNeed,
} from './migration-report';
import { CHOOSE_A_SYNC_TOOL_PAGE, sitePath } from '../data/site-contracts';
import { TOOL_SHORT_NAMES } from './tools';

/** Options for `migrationToMarkdown`. */
export interface MigrationMarkdownOptions {
	/** Address of the site's root, ending in `/`; when given, each need links to its comparison row. */
	siteUrl?: string;
	/** An address that opens the check on these answers; when given, the export ends with it. */
	shareUrl?: string;
	/** Heading level of the title, 1–4; sections use the next level. Default 2. */
	headingLevel?: number;
	/** Entries of the address that were not understood, as the check reports them. */
	ignored?: readonly string[];
	/** The title of a cited page, to name it in its link (default: "Source"). */
	titleOf?: (source: string) => string | undefined;
}

/** The guided tool's figures as the reader gave them, one phrase each. */
export function figuresText(input: MigrationInput, invalid: readonly string[]): string[] {
	const count = (field: 'forests' | 'inScopeObjects' | 'maxContainersPerDomain', name: string) => {
		const value = input[field];
		if (invalid.includes(field)) return `${name}: not a whole number`;
		return typeof value === 'number' ? `${name}: ${formatCount(value)}` : `${name}: not given`;
	};
	// A question not answered is said to be so, never written as "no".
	const flag = (field: 'customUpn' | 'groupFiltering', name: string) => {
		const value = input[field];
		if (invalid.includes(field)) return `${name}: not yes or no`;
		return `${name}: ${value === undefined || value === null ? 'not answered' : value ? 'yes' : 'no'}`;
	};
	return [
		count('forests', 'forests'),
		count('inScopeObjects', 'objects in scope'),
		count('maxContainersPerDomain', 'most included containers in one domain'),
		flag('customUpn', 'custom UPN'),
		flag('groupFiltering', 'group filtering'),
	];
}

/** The readiness result as Markdown: verdict, what stays and why, the guided tool's conditions, each with its source. */
export function migrationToMarkdown(
	report: MigrationReport,
	input: MigrationInput,
	options: MigrationMarkdownOptions = {},
): string {
	const level = clampHeading(options.headingLevel);
	const title = '#'.repeat(level);
	const section = '#'.repeat(level + 1);
	const site = typeof options.siteUrl === 'string' ? options.siteUrl : undefined;
	const comparisonUrl = site === undefined ? undefined : sitePath(site, CHOOSE_A_SYNC_TOOL_PAGE);
	const cite = (citation: Citation, rowsUrl?: string) =>
		citationText(citation, rowsUrl, options.titleOf?.(citation.source));
	const { assessment, guidedTool } = report;
	const verdict = verdictWords(report);
	const labelOf = (id: string) => escapeText(capabilityById(id)?.label ?? id);
	const lines: string[] = [`${title} Migration readiness: ${verdict.title}`, '', verdict.text, ''];

	lines.push(
		assessment.needs.length === 0
			? '- Needs ticked: none.'
			: `- Needs ticked: ${assessment.needs.map(labelOf).join('; ')}.`,
		`- Figures for the guided migration tool: ${figuresText(input, assessment.invalid).join('; ')}.`,
	);

	const needList = (heading: string, items: readonly ReportedNeed[]) => {
		if (items.length === 0) return;
		lines.push('', `${section} ${heading}`, '');
		for (const item of items) {
			lines.push(`- **${escapeText(item.label)}**: ${escapeText(item.text)} ${cite(item, comparisonUrl)}`);
			const offer = item.otherOffers;
			if (offer) {
				const offered = `What ${TOOL_SHORT_NAMES[offer.tool]} offers instead: ${escapeText(offer.text)}`;
				lines.push(`  - ${offered} ${cite({ ...offer, anchor: null })}`);
			}
		}
	};
	needList('What stays on Connect Sync', report.stays);
	needList('What only Cloud Sync meets', report.moves);
	needList('Needs neither tool meets', report.unsupported);

	lines.push('', `${section} The guided migration tool: ${guidedTool.eligible ? 'applies' : 'does not apply'}`, '');
	const toolCitation = cite({ ...GUIDED_TOOL_SOURCE, anchor: null });
	if (guidedTool.eligible) {
		lines.push(`${GUIDED_TOOL_CONDITIONS_MET} ${toolCitation}`);
	} else {
		for (const failure of guidedTool.failures) {
			const row = failure.anchor
				? cite({ ...GUIDED_TOOL_SOURCE, anchor: failure.anchor }, comparisonUrl)
				: toolCitation;
			lines.push(`- **${escapeText(failure.label)}**: ${escapeText(failure.text)} ${row}`);
		}
	}

	const ignored = [...new Set([...assessment.unknown, ...(options.ignored ?? [])])];
	if (ignored.length > 0) {
		lines.push('', `${section} Ignored`, '');
		for (const entry of ignored) lines.push(`- ${codeSpan(entry)}`);
	}
	if (typeof options.shareUrl === 'string' && options.shareUrl !== '') {
		lines.push('', `Open this check again: <${options.shareUrl.replace(/[\s<>]/g, encodeURIComponent)}>`);
	}
	return `${lines.join('\n')}\n`;
}
