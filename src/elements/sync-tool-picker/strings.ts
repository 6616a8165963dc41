/** The picker's interface text, in one place. Imports nothing but the tools' names, so a page script can use it alone. */
import type { RecommendedTool } from '../../decision/recommendation';
import { TOOL_NAMES } from '../../decision/tools';

export const STRINGS = {
	next: 'Next',
	back: 'Back',
	startOver: 'Start over',
	chooseAny: 'Tick every answer that applies, or none. Ticking “Not sure” clears the others.',
	chooseOne: 'Choose one answer, or “Not sure”, then select Next.',
	notSureCleared: (count: number) => `“Not sure” cleared ${count} other answer${count === 1 ? '' : 's'}.`,
	notSureUnticked: '“Not sure” unticked.',
	progress: (step: number, total: number) => `Question ${step} of up to ${total}`,
	resultHeading: 'Recommended sync tool',
	bothTools: 'Both tools, side by side',
	announced: (tool: string) => `Recommendation ready: ${tool}.`,
	reasons: 'Why',
	tradeoffs: 'Trade-offs to check',
	unsupported: 'Needs neither tool meets',
	assumptions: 'What “Not sure” assumed',
	nextSteps: 'Next steps',
	followPath: (tool: string) => `Follow the ${tool} path in Get started`,
	checklist: 'Prerequisites checklist',
	checklistIntro:
		'Check each of these before you install; every line links to its requirement row. Licences needed only for features you did not choose are under Licences on the prerequisites page.',
	otherOffers: (tool: string) => `What ${tool} offers instead: `,
	yourAnswers: 'Your answers',
	fromLink: (labels: string[]) => `This result comes from the needs in the link you opened: ${labels.join('; ')}.`,
	noNeedsInLink: 'The link you opened names no needs, so this is Microsoft’s general recommendation.',
	unknownNeeds: (ids: string[]) =>
		`These need ids in the link were not recognised and were ignored: ${ids.join(', ')}.`,
	noneOfThese: 'None of these',
	notSure: 'Not sure',
	change: 'Change',
	changeLabel: (prompt: string) => `Change answer: ${prompt}`,
	/** A citation: the page's title where the host gave it, and the date it said so ("9 Apr 2025"). */
	source: (title: string | undefined, date: string) => `${title ?? 'Microsoft Learn'}, ${date}`,
	copyLink: 'Copy link',
	copyMarkdown: 'Copy as Markdown',
	print: 'Print',
	linkCopied: 'Link copied.',
	markdownCopied: 'Markdown copied.',
} as const;

/** The name a result shows for a recommended tool: its product name, or both side by side. */
export function toolTitle(tool: RecommendedTool): string {
	return tool === 'both' ? STRINGS.bothTools : TOOL_NAMES[tool];
}
