/**
 * The data files that hold facts, and where readers see each one: the one list that `npm run facts`,
 * the build's freshness warning, the change list's row links and `<TimeBound id>` all read. A new
 * fact file is one line here. Routes and prefixes come from the site's contracts. Pure, so Node runs
 * it without a bundler (`node scripts/facts.ts`).
 */
import {
	CAPABILITY_PREFIX,
	CHOOSE_A_SYNC_TOOL_PAGE,
	CHANGE_PREFIX,
	GUIDANCE_PREFIX,
	PAGES,
	PREREQUISITES_PAGE,
	REQUIREMENT_PREFIX,
	siteRoute,
	type AnchorPrefix,
	type SiteRoute,
} from './site-contracts.ts';

/** A content collection of facts and where its rows are shown. */
export interface FactFile {
	/** The content collection name in src/content.config.ts. */
	collection:
		| 'requirements'
		| 'configureFeatures'
		| 'network'
		| 'topologies'
		| 'operations'
		| 'capabilities'
		| 'changes'
		| 'guidance';
	/** The file, relative to the project root. */
	file: string;
	/**
	 * The prefix of each entry's name in reports: its anchor on its page (`req-`, `cap-`, `change-`),
	 * or, for facts no page lists as rows, a prefix of its own (`guidance-`).
	 */
	anchorPrefix: AnchorPrefix;
	/** The page that shows the entries as rows, as a site route; null when no page does (the picker cites them). */
	route: SiteRoute | null;
	/**
	 * How the picker shows the entries, when it does: "answers" (a row is a need its questions'
	 * answers imply), "checklist" (its result's prerequisites checklist), "reasons" (its result's reasons).
	 */
	picker?: 'answers' | 'checklist' | 'reasons';
}

/** A fact file whose entries are rows on a page. */
export type PagedFactFile = FactFile & { route: SiteRoute };

/** Every file of facts, in the order `npm run facts` reads them. */
export const FACT_FILES: readonly FactFile[] = [
	{
		collection: 'requirements',
		file: 'content/data/requirements.json',
		anchorPrefix: REQUIREMENT_PREFIX,
		route: siteRoute(PREREQUISITES_PAGE),
		picker: 'checklist',
	},
	{
		collection: 'configureFeatures',
		file: 'content/data/configure-features.json',
		anchorPrefix: REQUIREMENT_PREFIX,
		route: siteRoute(PAGES.configure),
	},
	{
		collection: 'network',
		file: 'content/data/network.json',
		anchorPrefix: REQUIREMENT_PREFIX,
		route: siteRoute(PAGES.network),
	},
	{
		collection: 'topologies',
		file: 'content/data/topologies.json',
		anchorPrefix: REQUIREMENT_PREFIX,
		route: siteRoute(PAGES.topologies),
	},
	{
		collection: 'operations',
		file: 'content/data/operations.json',
		anchorPrefix: REQUIREMENT_PREFIX,
		route: siteRoute(PAGES.operate),
	},
	{
		collection: 'capabilities',
		file: 'content/data/capabilities.json',
		anchorPrefix: CAPABILITY_PREFIX,
		route: siteRoute(CHOOSE_A_SYNC_TOOL_PAGE),
		picker: 'answers',
	},
	{
		collection: 'changes',
		file: 'content/data/changes.json',
		anchorPrefix: CHANGE_PREFIX,
		route: siteRoute(PAGES.changes),
	},
	// Microsoft's general advice, which the picker gives as reasons: sourced and checked like any fact.
	{
		collection: 'guidance',
		file: 'content/data/guidance.json',
		anchorPrefix: GUIDANCE_PREFIX,
		route: null,
		picker: 'reasons',
	},
];

/** The source register: every Microsoft Learn address a fact cites, with its title. */
export const SOURCES_FILE = 'content/data/sources.json';

/** The fact files whose entries are table rows (requirements, features, capabilities). */
export const ROW_FILES: readonly PagedFactFile[] = FACT_FILES.filter(
	(file): file is PagedFactFile => file.route !== null && file.collection !== 'changes',
);
