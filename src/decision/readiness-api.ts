/**
 * The engine's public API for the migration readiness check: the part of index.ts the check needs,
 * and nothing that pulls in the picker's question tree or prerequisites checklist. The check's page
 * imports from here, so its script does not ship the picker's data: the bundler splits by module,
 * not by export, so importing index.ts would bring every module it names.
 */
export { normaliseNeeds } from './needs';
export { parseNeedsParam } from './share-url';
export { TOOL_SHORT_NAMES } from './tools';
export type { NeedId } from '../data/ids';
export type { MigrationAssessment, MigrationInput, MigrationVerdict } from './migration';
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
