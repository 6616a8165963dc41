/**
 * The site's contracts, in one place: every route, every row-anchor format and every prose section
 * that code links to. Pages, components, elements, the engine's exports, the build and the tests
 * all read their addresses from here, so a page move or an anchor change is one edit. Pure, with
 * type imports only, so Node runs it without a bundler (scripts/facts.ts reaches it).
 */
import type { ToolId } from './ids.ts';

// The pages that scripts link to are constants of their own, so that a bundle carries those it
// uses and not the whole table of PAGES (the embed's size has a budget).

/** The picker and the comparison table. */
export const CHOOSE_A_SYNC_TOOL_PAGE = 'choose-a-sync-tool/';

/** The prerequisite rows and the licences. */
export const PREREQUISITES_PAGE = 'prerequisites/';

/** The install paths of both tools. */
export const GET_STARTED_PAGE = 'get-started/';

/** Every page of content/docs, relative to the site's root (which may be a base path): the file path is the route. */
export const PAGES = {
	/** The overview (content/docs/index.mdx). */
	home: '',
	/** The picker and the comparison table. */
	chooseASyncTool: CHOOSE_A_SYNC_TOOL_PAGE,
	/** Whether and how to move from Connect Sync, with the readiness check. */
	migrateToCloudSync: 'migrate-to-cloud-sync/',
	/** The install paths of both tools. */
	getStarted: GET_STARTED_PAGE,
	/** The prerequisite rows and the licences. */
	prerequisites: PREREQUISITES_PAGE,
	/** The network rows. */
	network: 'network/',
	/** The topology rows. */
	topologies: 'topologies/',
	/** The configuration feature rows. */
	configure: 'configure/',
	/** The operation rows. */
	operate: 'operate/',
	/** What directory synchronisation is. */
	directorySynchronization: 'concepts/directory-synchronization/',
	/** What Connect Sync is made of. */
	entraConnectComponents: 'concepts/entra-connect-components/',
	/** Product names and terms. */
	glossary: 'glossary/',
	/** "What changed": the change rows. */
	changes: 'changes/',
	/** How to embed the picker. */
	embed: 'embed/',
	/** How to host the built site. */
	host: 'host/',
} as const;

/** A page of content/docs, relative to the site's root. */
export type Page = (typeof PAGES)[keyof typeof PAGES];

/** A page's route from the site's root, as tests and reports write it: `/prerequisites/`. */
export type SiteRoute = `/${Page}`;

/** The bare iframe page of the embed (src/pages/embed/frame.astro), relative to the site's root. */
export const EMBED_FRAME_PAGE = 'embed/frame/';

/** The not-found page's file, at the root of the build (content/docs/404.mdx). */
export const NOT_FOUND_PAGE = '404.html';

/** An address on the site: its root (`/`, `/base/` or an absolute address ending in `/`), a page and an optional anchor. */
export function sitePath(root: string, page: string, anchor?: string): string {
	return `${root}${page}${anchor ? `#${anchor}` : ''}`;
}

/** A page's route from the site's root: `/prerequisites/`. */
export function siteRoute<P extends string>(page: P): `/${P}` {
	return `/${page}`;
}

/** A page's content entry id, as Starlight's sidebar names it: `prerequisites`, `index` for the overview. */
export function pageSlug(page: Page): string {
	return page === PAGES.home ? 'index' : page.replace(/\/$/, '');
}

/** The prefix of a requirement row's anchor (prerequisites, network, topologies, configure, operate). */
export const REQUIREMENT_PREFIX = 'req-';

/** The prefix of a capability row's anchor in the comparison table. */
export const CAPABILITY_PREFIX = 'cap-';

/** The prefix of an entry's anchor on "What changed". */
export const CHANGE_PREFIX = 'change-';

/** The prefix that names, in reports, the facts no page lists as rows (the picker cites them). */
export const GUIDANCE_PREFIX = 'guidance-';

/** The prefix of a row anchor, or of a fact's name in reports. */
export type AnchorPrefix =
	typeof REQUIREMENT_PREFIX | typeof CAPABILITY_PREFIX | typeof CHANGE_PREFIX | typeof GUIDANCE_PREFIX;

/** The anchor of a requirement's row on its page, without `#`. */
export function requirementAnchor(id: string): string {
	return `${REQUIREMENT_PREFIX}${id}`;
}

/** The anchor of a capability's row in the comparison table, without `#`. */
export function capabilityAnchor(id: string): string {
	return `${CAPABILITY_PREFIX}${id}`;
}

/** The anchor of an entry of "What changed", without `#`. */
export function changeAnchor(id: string): string {
	return `${CHANGE_PREFIX}${id}`;
}

// The ids of prose headings that code links to. Starlight derives a heading's id from its words,
// so renaming one of these headings breaks the link; the build's link check reads linkedSections()
// and fails when one has no heading.

/** "Comparison", the comparison table's section on the picker's page. */
export const COMPARISON_ANCHOR = 'comparison';

/** "The rule while both tools run" on the migration page. */
export const BOTH_TOOLS_RUN_ANCHOR = 'the-rule-while-both-tools-run';

/** "What keeps part of an estate on Connect Sync" on the migration page. */
export const KEPT_ON_CONNECT_SYNC_ANCHOR = 'what-keeps-part-of-an-estate-on-connect-sync';

/** "The guided migration tool" on the migration page. */
export const GUIDED_MIGRATION_TOOL_ANCHOR = 'the-guided-migration-tool';

/** The anchor of a tool's install path on the get-started page (its heading's id), without `#`. */
export function installPathAnchor(tool: ToolId): string {
	return `microsoft-entra-${tool}-path`;
}

/** A prose section that code links to: its page and its heading's id. */
export interface LinkedSection {
	/** The page that holds the heading. */
	readonly page: Page;
	/** The heading's id. */
	readonly anchor: string;
}

/** Every prose section that code links to, for the tools given: the build fails when one has no heading. */
export function linkedSections(tools: readonly ToolId[]): LinkedSection[] {
	return [
		{ page: CHOOSE_A_SYNC_TOOL_PAGE, anchor: COMPARISON_ANCHOR },
		{ page: PAGES.migrateToCloudSync, anchor: BOTH_TOOLS_RUN_ANCHOR },
		{ page: PAGES.migrateToCloudSync, anchor: KEPT_ON_CONNECT_SYNC_ANCHOR },
		{ page: PAGES.migrateToCloudSync, anchor: GUIDED_MIGRATION_TOOL_ANCHOR },
		...tools.map((tool): LinkedSection => ({ page: GET_STARTED_PAGE, anchor: installPathAnchor(tool) })),
	];
}
