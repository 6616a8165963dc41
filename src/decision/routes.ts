/**
 * The site's routes and anchor formats, in one place: the picker's links, the Markdown export and
 * the Astro components build every address from here, so a page move or an anchor change is one edit.
 */
import type { ToolId } from '../data/ids';

/** The pages the picker links to, relative to the site's root (which may be a base path). */
export const PAGES = {
	/** The picker and the comparison table. */
	chooseASyncTool: 'choose-a-sync-tool/',
	/** Every prerequisite row. */
	prerequisites: 'prerequisites/',
	/** The install paths of both tools. */
	getStarted: 'get-started/',
} as const;

/** The id of the comparison table's section on the picker's page. */
export const COMPARISON_ANCHOR = 'comparison';

/** The anchor of a capability's row in the comparison table, without `#`: `cap-<id>`. */
export function capabilityAnchor(id: string): string {
	return `cap-${id}`;
}

/** The anchor of a requirement's row on the prerequisites or configure page, without `#`: `req-<id>`. */
export function requirementAnchor(id: string): string {
	return `req-${id}`;
}

/** The anchor of a tool's install path on the get-started page, without `#`. */
export function installPathAnchor(tool: ToolId): string {
	return `microsoft-entra-${tool}-path`;
}

/** An address on the site: its root (`/`, `/base/` or an absolute address ending in `/`), a page and an optional anchor. */
export function sitePath(root: string, page: string, anchor?: string): string {
	return `${root}${page}${anchor ? `#${anchor}` : ''}`;
}
