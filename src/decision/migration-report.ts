/**
 * The migration readiness check's answer, explained: the verdict in words, what stays on Connect
 * Sync and why, what only Cloud Sync meets, and each condition of the guided migration tool that
 * failed, in a sentence with its source. Pure; the readiness island and its Markdown export both
 * read it, so they never word a result differently.
 */
import { capabilityById } from './capabilities';
import {
	GUIDED_TOOL_BLOCKS,
	GUIDED_TOOL_LIMITS,
	assessMigration,
	type GuidedToolReason,
	type MigrationAssessment,
	type MigrationInput,
	type MigrationVerdict,
} from './migration';
import { recommend } from './recommend';
import type { Offer, Reason, Unsupported } from './recommendation';
import type { NeedId } from '../data/ids';
import { capabilityAnchor } from '../data/site-contracts';

/** The verdict as the result's title, and one sentence on what it means. */
export const VERDICT_TEXT: Readonly<Record<MigrationVerdict, { title: string; text: string }>> = {
	move: {
		title: 'Move everything to Cloud Sync',
		text: 'Cloud Sync meets every need you ticked, according to the comparison table.',
	},
	partial: {
		title: 'Move part to Cloud Sync, keep part on Connect Sync',
		text: 'Some of your needs only Connect Sync meets and some only Cloud Sync: run both side by side, each object in the scope of exactly one tool.',
	},
	stay: {
		title: 'Stay on Connect Sync for now',
		text: 'Connect Sync does something you need that Cloud Sync meets only in part or not at all. Objects that depend on none of these could still move, as long as each object is in the scope of exactly one tool.',
	},
};

/** The title and sentence when nothing is ticked: the verdict would rest on no answer at all. */
export const NOTHING_TICKED_TEXT = {
	title: 'Nothing ticked keeps you on Connect Sync',
	text: 'You have not ticked anything your Connect Sync does, so nothing in the comparison table holds you to it yet. Tick what your installation does for a verdict that rests on it.',
} as const;

/**
 * The verdict in words for one report: the title and sentence of its verdict, never claiming more
 * than the answers allow. With nothing ticked it says so instead of "every need you ticked", and
 * when a ticked need is met by neither tool it says that this part of the plan is not covered.
 */
export function verdictWords(report: MigrationReport): { title: string; text: string } {
	const { assessment, unsupported } = report;
	if (assessment.needs.length === 0) return NOTHING_TICKED_TEXT;
	const words = VERDICT_TEXT[assessment.verdict];
	if (unsupported.length === 0) return words;
	const neither = `Neither tool meets ${unsupported.length === 1 ? 'one need' : `${unsupported.length} needs`} you ticked (listed below): plan ${unsupported.length === 1 ? 'it' : 'them'} apart.`;
	if (assessment.verdict === 'move') {
		return {
			title: words.title,
			text: `Cloud Sync meets every need you ticked that either tool meets, according to the comparison table. ${neither}`,
		};
	}
	return { title: words.title, text: `${words.text} ${neither}` };
}

/** A need named in the result, with the sentence that explains it and its source. */
export interface ReportedNeed {
	/** The need id, also the comparison row's id (`#cap-<id>`). */
	need: string;
	/** The need's label. */
	label: string;
	/** Why, in one sentence (the comparison row's summary). */
	text: string;
	/** The Microsoft Learn page that states it. */
	source: string;
	/** That page's date, YYYY-MM-DD. */
	asOf: string;
	/** The comparison row's anchor, without `#`. */
	anchor: string | null;
	/** What Cloud Sync offers in part, when it meets the need only in part. */
	otherOffers?: Offer;
}

/** One condition of the guided migration tool that failed, explained. */
export interface GuidedToolFailure {
	/** The reason id of `assessMigration()` (`forests`, `objects-unknown`, a need id, …). */
	reason: GuidedToolReason;
	/** A short name for the condition. */
	label: string;
	/** What failed and what the tool allows, in one sentence. */
	text: string;
	/** The comparison row's anchor for a need, without `#`; null for the tool's own limits. */
	anchor: string | null;
}

/** The explained result of a readiness check. */
export interface MigrationReport {
	/** The engine's assessment, unchanged. */
	assessment: MigrationAssessment;
	/** The blockers: hard needs that keep their part of the estate on Connect Sync. */
	stays: ReportedNeed[];
	/** Hard needs only Cloud Sync meets: with "partial", what moves for certain. */
	moves: ReportedNeed[];
	/** Needs neither tool meets. */
	unsupported: ReportedNeed[];
	/** The guided migration tool: each failed condition explained (empty when it applies). */
	guidedTool: { eligible: boolean; failures: GuidedToolFailure[] };
}

/** The guided tool's page, for citing every one of its conditions. */
export const GUIDED_TOOL_SOURCE = { source: GUIDED_TOOL_LIMITS.source, asOf: GUIDED_TOOL_LIMITS.asOf } as const;

/** What the result says when the guided tool applies: its conditions, from its limits. */
export const GUIDED_TOOL_CONDITIONS_MET = `Your answers meet each of its conditions: exactly ${GUIDED_TOOL_LIMITS.forests} forest, no more than ${formatCount(GUIDED_TOOL_LIMITS.inScopeObjects)} objects in scope, no more than ${GUIDED_TOOL_LIMITS.containersPerDomain} included containers in each domain, no custom UPN, no group filtering, and none of the features it blocks on. Its own readiness review, the first step of the migration, has the last word.`;

/** A whole number with thousands separated by commas, as the site's prose writes them ("2,000"), whatever the locale. */
export function formatCount(value: number): string {
	return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function reported(item: Reason | Unsupported): ReportedNeed {
	const { need, label, text, source, asOf, anchor } = item;
	const entry: ReportedNeed = { need: need ?? '', label, text, source, asOf, anchor };
	if ('otherOffers' in item && item.otherOffers) entry.otherOffers = item.otherOffers;
	return entry;
}

/** The sentence for one failed condition; `input` gives the figure the reader entered. */
export function explainGuidedToolReason(
	reason: GuidedToolReason,
	input: MigrationInput,
	assessment: MigrationAssessment,
): GuidedToolFailure {
	const { forests, inScopeObjects, containersPerDomain } = GUIDED_TOOL_LIMITS;
	const unusable = (field: keyof MigrationInput) => assessment.invalid.includes(field);
	const condition = (label: string, text: string): GuidedToolFailure => ({ reason, label, text, anchor: null });
	switch (reason) {
		case 'forests':
			return condition(
				'Forests',
				`You gave ${formatCount(input.forests ?? 0)} forests; the tool moves exactly ${forests} Active Directory forest.`,
			);
		case 'forests-unknown':
			return condition(
				'Forests',
				`${unusable('forests') ? 'The number of forests is not a whole number' : 'The number of forests is missing'}: the tool moves exactly ${forests} forest.`,
			);
		case 'objects':
			return condition(
				'Objects in scope',
				`You gave ${formatCount(input.inScopeObjects ?? 0)} objects in scope; the tool moves no more than ${formatCount(inScopeObjects)}.`,
			);
		case 'objects-unknown':
			return condition(
				'Objects in scope',
				`${unusable('inScopeObjects') ? 'The number of objects in scope is not a whole number' : 'The number of objects in scope is missing'}: the tool moves no more than ${formatCount(inScopeObjects)}.`,
			);
		case 'containers':
			return condition(
				'Included containers',
				`You gave ${formatCount(input.maxContainersPerDomain ?? 0)} included containers in one domain; the tool allows no more than ${containersPerDomain} in each domain.`,
			);
		case 'containers-unknown':
			return condition(
				'Included containers',
				`${unusable('maxContainersPerDomain') ? 'The number of included containers is not a whole number' : 'The number of included containers per domain is missing'}: the tool allows no more than ${containersPerDomain} in each domain.`,
			);
		case 'custom-upn':
			return condition(
				'Custom UPN',
				'Your users sign in with a custom user principal name (UPN), which the tool blocks on.',
			);
		case 'custom-upn-unknown':
			return condition(
				'Custom UPN',
				'Whether your users sign in with a custom UPN is not known; the tool blocks on one.',
			);
		case 'group-filtering':
			return condition('Group filtering', 'Connect Sync filters by group membership, which the tool blocks on.');
		case 'group-filtering-unknown':
			return condition('Group filtering', 'Whether Connect Sync filters by group is not known; the tool blocks on it.');
		case 'needs-unknown':
			return condition(
				'What Connect Sync does',
				`${unusable('needs') ? 'The needs given are not a list' : 'Nothing is ticked under what your Connect Sync does today'}; the tool applies only without the features it blocks on.`,
			);
		case 'verdict':
			return condition(
				'Part stays on Connect Sync',
				'The tool hands synchronisation over to Cloud Sync and leaves Connect Sync in staging mode, where it exports nothing.',
			);
	}
	const capability = capabilityById(reason);
	const label = capability?.label ?? reason;
	const anchor = capability ? capabilityAnchor(capability.id) : null;
	const blockName = GUIDED_TOOL_BLOCKS[reason as NeedId];
	const text = blockName
		? `The tool blocks on ${blockName}.`
		: reason === 'multiple-connected-forests'
			? `You ticked several forests but gave the number of forests as ${forests}; the tool moves exactly ${forests} Active Directory forest, so check which answer is right.`
			: 'This stays on Connect Sync, but the tool hands synchronisation over to Cloud Sync and leaves Connect Sync in staging mode, where it exports nothing.';
	return { reason, label, text, anchor };
}

/** Assesses a move (see `assessMigration`) and explains every part of the answer. Never throws. */
export function explainMigration(input: MigrationInput): MigrationReport {
	const assessment = assessMigration(input);
	const recommendation = recommend(assessment.needs);
	const hardReasonsFor = (tool: 'connect-sync' | 'cloud-sync') =>
		recommendation.reasons.filter((reason) => reason.kind === 'hard' && reason.tool === tool).map(reported);
	const blockers = new Set<string>(assessment.blockers);
	return {
		assessment,
		stays: hardReasonsFor('connect-sync').filter((item) => blockers.has(item.need)),
		moves: assessment.verdict === 'stay' ? [] : hardReasonsFor('cloud-sync'),
		unsupported: recommendation.unsupported.map(reported),
		guidedTool: {
			eligible: assessment.guidedTool.eligible,
			failures: assessment.guidedTool.reasons.map((reason) => explainGuidedToolReason(reason, input, assessment)),
		},
	};
}
