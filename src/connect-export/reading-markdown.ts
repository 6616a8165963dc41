/** The reading's summary and file messages as a Markdown section, for the readiness report. */
import { clampHeading, escapeText } from '../decision/markdown-text';
import type { MinimumVersion } from './minimum-version';
import { summariseReading } from './reading-summary';
import type { ExportReading } from './types';

/** Options for `readingToMarkdown`. */
export interface ReadingMarkdownOptions {
	/** The current minimum version, from the dated facts. */
	minimum: MinimumVersion | undefined;
	/** Today, YYYY-MM-DD, for the version's deadline. */
	today: string;
	/** The section's heading level, 1–4 (default 2). */
	headingLevel?: number;
}

/** "What the export files say": every line of the summary, then what was said about single files. */
export function readingToMarkdown(reading: ExportReading, options: ReadingMarkdownOptions): string {
	const heading = '#'.repeat(clampHeading(options.headingLevel));
	const lines = [
		`${heading} What the export files say`,
		'',
		`Read where you ran the check, from ${reading.files.length} file${reading.files.length === 1 ? '' : 's'}; nothing was uploaded.`,
		'',
	];
	for (const line of summariseReading(reading, options.minimum, options.today)) {
		lines.push(`- **${escapeText(line.label)}**: ${escapeText(line.text)}`);
		for (const item of line.items ?? []) lines.push(`  - ${escapeText(item)}`);
	}
	if (reading.messages.length > 0) {
		lines.push('', `${heading}# Files`, '');
		for (const message of reading.messages)
			lines.push(
				`- ${message.level === 'error' ? 'Not read' : 'Note'}: ${escapeText(message.file)}: ${escapeText(message.text)}`,
			);
	}
	return `${lines.join('\n')}\n`;
}
