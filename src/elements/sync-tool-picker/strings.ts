/** The picker's interface text, in one place. Imports nothing but the tools' names, so a page script can use it alone. */
import type { RecommendedTool } from '../../decision/recommendation';
import { TOOL_NAMES } from '../../decision/tools';

// One export a text, read as `import * as STRINGS`: bundlers then give each a short name.
export const next = 'Next';
export const back = 'Back';
export const startOver = 'Start over';
export const chooseAny = 'Tick every answer that applies, or none. Ticking “Not sure” clears the others.';
export const chooseOne = 'Choose one answer, or “Not sure”, then select Next.';
export const notSureCleared = (count: number) => `“Not sure” cleared ${count} other answer${count === 1 ? '' : 's'}.`;
export const notSureUnticked = '“Not sure” unticked.';
export const progress = (step: number, total: number) => `Question ${step} of up to ${total}`;
export const resultHeading = 'Recommended sync tool';
export const bothTools = 'Both tools, side by side';
export const announced = (tool: string) => `Recommendation ready: ${tool}.`;
export const reasons = 'Why';
export const tradeoffs = 'Trade-offs to check';
export const unsupported = 'Needs neither tool meets';
export const assumptions = 'What “Not sure” assumed';
export const nextSteps = 'Next steps';
export const followPath = (tool: string) => `Follow the ${tool} path in Get started`;
export const checklist = 'Prerequisites checklist';
export const checklistIntro =
	'Check each of these before you install; every line links to its requirement row. Licences needed only for features you did not choose are under Licences on the prerequisites page.';
export const otherOffers = (tool: string) => `What ${tool} offers instead: `;
export const yourAnswers = 'Your answers';
export const fromLink = (labels: string[]) =>
	`This result comes from the needs in the link you opened: ${labels.join('; ')}.`;
export const noNeedsInLink = 'The link you opened names no needs, so this is Microsoft’s general recommendation.';
export const unknownNeeds = (ids: string[]) =>
	`These need ids in the link were not recognised and were ignored: ${ids.join(', ')}.`;
export const noneOfThese = 'None of these';
export const notSure = 'Not sure';
export const change = 'Change';
export const changeLabel = (prompt: string) => `Change answer: ${prompt}`;
/** A citation: the page's title where the host gave it, and the date it said so ("9 Apr 2025"). */
export const source = (title: string | undefined, date: string) => `${title ?? 'Microsoft Learn'}, ${date}`;
export const copyLink = 'Copy link';
export const copyMarkdown = 'Copy as Markdown';
export const print = 'Print';
export const linkCopied = 'Link copied.';
export const markdownCopied = 'Markdown copied.';

/** The name a result shows for a recommended tool: its product name, or both side by side. */
export function toolTitle(tool: RecommendedTool): string {
	return tool === 'both' ? bothTools : TOOL_NAMES[tool];
}
