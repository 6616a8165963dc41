/**
 * The site's contracts, in one place: every route, every row-anchor format and every prose section
 * that code links to. Pages, components, elements, the engine's exports, the build and the tests
 * all read their addresses from here, so a page move or an anchor change is one edit. Pure, with
 * type imports only, so Node runs it without a bundler (scripts/facts.ts reaches it).
 */
import type { ToolId } from './ids.ts';

/** Every page of content/docs, relative to the site's root (which may be a base path): the file path is the route. */
export const PAGES = {
	/** The overview (content/docs/index.mdx). */
	home: '',
	/** The picker and the comparison table. */
	chooseASyncTool: 'choose-a-sync-tool/',
	/** Whether and how to move from Connect Sync, with the readiness check. */
	migrateToCloudSync: 'migrate-to-cloud-sync/',
	/** The install paths of both tools. */
	getStarted: 'get-started/',
	/** The prerequisite rows and the licences. */
	prerequisites: 'prerequisites/',
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

/**
 * The prefix of each kind of row's anchor on its page; `guidance-` names the facts no page lists
 * as rows (the picker cites them), so reports still name them the same way.
 */
export const ANCHOR_PREFIXES = {
	requirement: 'req-',
	capability: 'cap-',
	change: 'change-',
	guidance: 'guidance-',
} as const;

/** The prefix of a row anchor, or of a fact's name in reports. */
export type AnchorPrefix = (typeof ANCHOR_PREFIXES)[keyof typeof ANCHOR_PREFIXES];

/** The anchor of a requirement's row on its page (prerequisites, network, topologies, configure, operate), without `#`. */
export function requirementAnchor(id: string): string {
	return `${ANCHOR_PREFIXES.requirement}${id}`;
}

/** The anchor of a capability's row in the comparison table, without `#`. */
export function capabilityAnchor(id: string): string {
	return `${ANCHOR_PREFIXES.capability}${id}`;
}

/** The anchor of an entry of "What changed", without `#`. */
export function changeAnchor(id: string): string {
	return `${ANCHOR_PREFIXES.change}${id}`;
}

/**
 * The ids of prose headings that code links to. Starlight derives a heading's id from its words,
 * so renaming one of these headings breaks the link; the build's link check reads linkedSections()
 * and fails when one has no heading.
 */
export const SECTION_ANCHORS = {
	/** "Comparison" on the picker's page. */
	comparison: 'comparison',
	/** "The rule while both tools run" on the migration page. */
	bothToolsRun: 'the-rule-while-both-tools-run',
	/** "What keeps part of an estate on Connect Sync" on the migration page. */
	keptOnConnectSync: 'what-keeps-part-of-an-estate-on-connect-sync',
	/** "The guided migration tool" on the migration page. */
	guidedMigrationTool: 'the-guided-migration-tool',
} as const;

/** The id of the comparison table's section on the picker's page. */
export const COMPARISON_ANCHOR = SECTION_ANCHORS.comparison;

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
		{ page: PAGES.chooseASyncTool, anchor: SECTION_ANCHORS.comparison },
		{ page: PAGES.migrateToCloudSync, anchor: SECTION_ANCHORS.bothToolsRun },
		{ page: PAGES.migrateToCloudSync, anchor: SECTION_ANCHORS.keptOnConnectSync },
		{ page: PAGES.migrateToCloudSync, anchor: SECTION_ANCHORS.guidedMigrationTool },
		...tools.map((tool) => ({ page: PAGES.getStarted, anchor: installPathAnchor(tool) })),
	];
}
