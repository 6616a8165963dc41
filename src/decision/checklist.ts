/**
 * The prerequisites checklist of a recommendation, built from the requirement rows
 * (content/data/requirements.json): each row's name, and its caveats, so a line never promises
 * more than the row does (the seed's "Windows Server 2016 or later" comes with "Windows Server
 * 2025 is not supported").
 */
import requirementsJson from '../../content/data/requirements.json';
import { TOOL_IDS, type ToolId } from '../data/ids';
import type { RecommendedTool } from './recommendation';
import { requirementAnchor } from './routes';

/** The fields of a requirement row the checklist reads (the bundles ship only these). */
interface RequirementRow {
	readonly id: string;
	readonly tool: ToolId;
	readonly requirement: string;
	readonly details?: readonly string[];
	readonly updates?: ReadonlyArray<{ readonly text?: string }>;
}

// Validated by the content collection and tests/unit/data/requirements-data.test.ts.
const REQUIREMENTS = requirementsJson as readonly RequirementRow[];

/** One line of the checklist. */
export interface ChecklistItem {
	/** The requirement row's id. */
	id: string;
	/** The tool the row belongs to. */
	tool: ToolId;
	/** What to have in place, in a few words. */
	text: string;
	/** The row's details as its source states them. */
	details: string[];
	/** What Microsoft's current pages add or change, each a sentence. */
	current: string[];
	/** The row's anchor on the prerequisites page, without `#`. */
	anchor: string;
}

/** The checklist for one tool, or for both side by side (Connect Sync's rows first), in data order. */
export function checklistFor(tool: RecommendedTool): ChecklistItem[] {
	const tools: readonly ToolId[] = tool === 'both' ? TOOL_IDS : [tool];
	return tools.flatMap((each) =>
		REQUIREMENTS.filter((row) => row.tool === each).map((row) => ({
			id: row.id,
			tool: row.tool,
			text: row.requirement,
			details: [...(row.details ?? [])],
			// A dated statement without plain text waits for the time-bound wording (issue 12).
			current: (row.updates ?? []).flatMap((update) => (typeof update.text === 'string' ? [update.text] : [])),
			anchor: requirementAnchor(row.id),
		})),
	);
}
