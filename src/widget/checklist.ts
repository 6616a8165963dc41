/** The prerequisites checklist for a recommended tool, read from the requirement data. */
import requirements from '../../content/data/requirements.json';
import type { ToolId } from '../data/schemas';

/** One checklist line: a requirement row and the anchor of that row on the prerequisites page. */
export interface ChecklistEntry {
	id: string;
	tool: ToolId;
	text: string;
	anchor: string;
}

/** The requirement rows of a tool, in data order. */
export function checklistFor(tool: ToolId): ChecklistEntry[] {
	return requirements
		.filter((row) => row.tool === tool)
		.map((row) => ({ id: row.id, tool: row.tool as ToolId, text: row.requirement, anchor: `req-${row.id}` }));
}
