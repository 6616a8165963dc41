/**
 * The decision engine's public API. Pure TypeScript: no DOM, no astro:*, no zod at run time.
 * Nothing else in src/decision/ is imported from outside. Its modules have no side effects (package.json's
 * `sideEffects` lists the files that do), so a bundle keeps only the modules whose exports it uses.
 */
export { recommend, decideTool, toolsMeeting } from './recommend';
export { DEFAULT_REASON, SIDE_BY_SIDE_REASON } from './guidance';
export type { Recommendation, RecommendedTool, Reason, Offer, Tradeoff, Unsupported, Citation } from './recommendation';
export { NEEDS, isNeedId, normaliseNeeds } from './needs';
export type { Need, NormalisedNeeds } from './needs';
export { CAPABILITIES, capabilityById } from './capabilities';
export { TOOL_IDS, TOOL_NAMES, TOOL_SHORT_NAMES, meets } from './tools';
export { TREE, NOT_SURE, walk, questionById, nextQuestionId, impliedNeeds, isAnswered, longestPathFrom } from './tree';
export type { Answer, Answers, TreeStep, TreeWalk } from './tree';
export { analyseTree, successors } from '../data/tree-graph';
export type { GraphQuestion, GraphTree, TreeGraph } from '../data/tree-graph';
export { checklistFor } from './checklist';
export { pickerCitedSources } from './cited-sources';
export type { ChecklistItem } from './checklist';
export { NEEDS_PARAM, parseNeedsParam, parseShareUrl, formatNeedsParam, formatShareUrl } from './share-url';
export { recommendationToMarkdown } from './markdown';
export type { MarkdownOptions } from './markdown';
export { NEED_IDS } from '../data/ids';
export type { NeedId, NeedKind, SupportLevel, ToolId } from '../data/ids';
export type { Capability } from '../data/schemas/capabilities';
export type { DecisionTree, Question, TreeOption } from '../data/schemas/decision-tree';
export {
	assessMigration,
	GUIDED_TOOL_LIMITS,
	GUIDED_TOOL_BLOCKING_NEEDS,
	type MigrationAssessment,
	type MigrationInput,
	type MigrationVerdict,
	type GuidedToolReason,
} from './migration';
export {
	explainMigration,
	explainGuidedToolReason,
	formatCount,
	VERDICT_TEXT,
	verdictWords,
	GUIDED_TOOL_SOURCE,
	GUIDED_TOOL_CONDITIONS_MET,
	type MigrationReport,
	type ReportedNeed,
	type GuidedToolFailure,
} from './migration-report';
export { migrationToMarkdown, figuresText, type MigrationMarkdownOptions } from './migration-markdown';
