/** The readiness check's interface text, in one place (the form's own text is in MigrationReadiness.astro). */
export const STRINGS = {
	resultHeading: 'Your readiness',
	stays: 'What stays on Connect Sync, and why',
	moves: 'What only Cloud Sync meets',
	unsupported: 'Needs neither tool meets',
	guidedTool: 'The guided migration tool',
	applies: 'Applies to your installation.',
	doesNotApply: 'Does not apply, for these reasons:',
	otherOffers: (tool: string) => `What ${tool} offers instead: `,
	comparisonRow: 'comparison row',
	sideBySide: 'How both tools run side by side',
	ignored: (phrases: readonly string[]) =>
		`Some of the address you opened was not understood and was left out: ${phrases.join('; ')}.`,
	announced: (verdict: string, applies: boolean) =>
		`${verdict}. Guided migration tool: ${applies ? 'applies' : 'does not apply'}.`,
	cleared: 'Answers cleared.',
	copyLink: 'Copy link',
	copyMarkdown: 'Copy as Markdown',
	linkCopied: 'Link copied.',
	markdownCopied: 'Markdown copied.',
} as const;
