/**
 * The decision engine's public API. Pure TypeScript: no DOM, no astro:*, no zod at run time.
 * Nothing else in src/decision/ is imported from outside.
 */
export { recommend, decideTool, toolsMeeting, DEFAULT_REASON, SIDE_BY_SIDE_REASON } from './recommend';
export type { Recommendation, RecommendedTool, Reason, Tradeoff, Unsupported, Citation } from './recommend';
export { NEEDS, isNeedId, normaliseNeeds } from './needs';
export type { Need, NormalisedNeeds } from './needs';
export { CAPABILITIES, capabilityById, capabilityAnchor } from './capabilities';
export { TOOL_IDS, TOOL_NAMES, TOOL_SHORT_NAMES } from './tools';
export { TREE, NOT_SURE, walk, questionById, nextQuestionId, impliedNeeds, isAnswered } from './tree';
export type { Answer, Answers, TreeStep, TreeWalk } from './tree';
export { NEEDS_PARAM, parseNeedsParam, parseShareUrl, formatNeedsParam, formatShareUrl } from './share-url';
export { recommendationToMarkdown } from './markdown';
export type { ChecklistItem, MarkdownOptions } from './markdown';
export type {
	Capability,
	DecisionTree,
	NeedId,
	NeedKind,
	Question,
	SupportLevel,
	ToolId,
	TreeOption,
} from '../data/schemas';
export {
	assessMigration,
	GUIDED_TOOL_LIMITS,
	GUIDED_TOOL_BLOCKING_NEEDS,
	type MigrationAssessment,
	type MigrationInput,
	type MigrationVerdict,
	type GuidedToolReason,
} from './migration';
