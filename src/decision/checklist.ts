/**
 * The prerequisites checklist of a recommendation, built from the requirement rows
 * (content/data/requirements.json): each row's name, and its caveats, so a line never promises
 * more than the row does (the seed's "Windows Server 2016 or later" comes with "Windows Server
 * 2025 is not supported"). A caveat that turns on a date is worded for the reader's day.
 */
import { requirementsJson } from './data-files';
import { TOOL_IDS, type ToolId } from '../data/ids';
import { localDay, timeBoundText, type TimeBoundStatement } from '../data/time-bound';
import type { RecommendedTool } from './recommendation';
import { requirementAnchor } from '../data/site-contracts';

/** The fields of a requirement row the checklist reads (the bundles ship only these). */
interface RequirementRow {
	readonly id: string;
	readonly tool: ToolId;
	readonly requirement: string;
	readonly details?: readonly string[];
	readonly updates?: ReadonlyArray<{
		readonly text?: string;
		readonly timeBound?: TimeBoundStatement;
		readonly source: string;
		readonly asOf: string;
	}>;
	/** The needs that put the row in a checklist (a licence for one feature); absent: always. */
	readonly whenNeeds?: readonly string[];
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
	/** What later Microsoft pages add or change: each statement, its page's address, and the page's date (YYYY-MM-DD). */
	updates: Array<{ text: string; source: string; asOf: string }>;
	/** The row's anchor on the prerequisites page, without `#`. */
	anchor: string;
}

/**
 * The checklist for one tool, or for both side by side (Connect Sync's rows first), in data order,
 * with each statement that turns on a date worded for `today` (YYYY-MM-DD; by default the day on
 * the clock of the device that runs it: the reader's day). A row that matters only for a feature
 * (a licence for password writeback) is listed only when `needs` holds one of its `whenNeeds`.
 */
export function checklistFor(
	tool: RecommendedTool,
	needs: readonly string[],
	today = localDay(new Date()),
): ChecklistItem[] {
	const tools: readonly ToolId[] = tool === 'both' ? TOOL_IDS : [tool];
	const applies = (row: RequirementRow): boolean =>
		row.whenNeeds === undefined || row.whenNeeds.some((need) => needs.includes(need));
	return tools.flatMap((each) =>
		REQUIREMENTS.filter((row) => row.tool === each && applies(row)).map((row) => ({
			id: row.id,
			tool: row.tool,
			text: row.requirement,
			details: [...(row.details ?? [])],
			updates: (row.updates ?? []).map(({ text, timeBound, source, asOf }) => ({
				text: timeBound ? timeBoundText(timeBound, today) : (text ?? ''),
				source,
				asOf,
			})),
			anchor: requirementAnchor(row.id),
		})),
	);
}
