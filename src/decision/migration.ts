/**
 * Migration readiness: for what a Connect Sync installation does today, whether to move it to Cloud
 * Sync (all of it, part of it, or none), which needs hold it back, and whether Microsoft's guided
 * migration tool can do the move. Pure: it reads the comparison table and asks recommend() for the
 * verdict; the rules are the small named functions below.
 */
import type { NeedId } from '../data/ids';
import type { Capability } from '../data/schemas/capabilities';
import { CAPABILITIES } from './capabilities';
import { recommend } from './recommend';
import type { RecommendedTool } from './recommendation';

/** Move everything to Cloud Sync, move part of it (the rest stays on Connect Sync), or stay. */
export type MigrationVerdict = 'move' | 'partial' | 'stay';

/** What the reader tells the check. Every field is read defensively: a bad value is reported, never thrown. */
export interface MigrationInput {
	/** What Connect Sync does today, as need ids; unknown ids are ignored and listed in `unknown`. */
	needs: string[];
	/** How many Active Directory forests Connect Sync synchronises. */
	forests?: number | undefined;
	/** How many objects are in Connect Sync's scope. */
	inScopeObjects?: number | undefined;
	/** The most organisational units (containers) included in any one domain. */
	maxContainersPerDomain?: number | undefined;
	/** True when users sign in with a UPN that Connect Sync builds from another attribute; left out when not known. */
	customUpn?: boolean | undefined;
	/** True when Connect Sync filters by group membership; left out when not known. */
	groupFiltering?: boolean | undefined;
}

/**
 * A condition of the guided tool that failed. `-unknown` means the input was missing or not usable
 * (then also listed in `invalid`): an unanswered yes/no question is not taken as no, nor needs with
 * nothing Connect Sync does as "none of the features it blocks on". `verdict` appears only when the
 * verdict is not "move" and no other reason explains it, so that `reasons` is empty exactly when the
 * tool applies.
 */
export type GuidedToolCondition =
	| 'verdict'
	| 'forests'
	| 'forests-unknown'
	| 'objects'
	| 'objects-unknown'
	| 'containers'
	| 'containers-unknown'
	| 'custom-upn'
	| 'custom-upn-unknown'
	| 'group-filtering'
	| 'group-filtering-unknown'
	| 'needs-unknown';

/** Why the guided tool does not apply: a failed condition, or the id of a need it blocks on or of a blocker. */
export type GuidedToolReason = GuidedToolCondition | (string & {});

/** The input fields a value can be wrong in. */
export type MigrationInputField = keyof MigrationInput;

/** The result of `assessMigration()`. */
export interface MigrationAssessment {
	/** From recommend(needs).tool: Cloud Sync → "move", both → "partial", Connect Sync → "stay". */
	verdict: MigrationVerdict;
	/** The hard needs given that Connect Sync meets and Cloud Sync meets only in part or not at all, in table order. */
	blockers: NeedId[];
	/** Whether Microsoft's guided migration tool can do the move, and if not, why. */
	guidedTool: { eligible: boolean; reasons: GuidedToolReason[] };
	/** The known needs considered, each once, in comparison-table order. */
	needs: NeedId[];
	/** Entries of `needs` that are not need ids, as recommend() reports them; they are ignored. */
	unknown: string[];
	/** Input fields whose value was present but unusable (a count that is not a whole number ≥ 0, a flag that is not a boolean, needs that are not a list); each counts as unknown. */
	invalid: MigrationInputField[];
}

/** The guided migration tool's limits, as Microsoft's page on the tool states them. */
export const GUIDED_TOOL_LIMITS = {
	/** Exactly this many forests. */
	forests: 1,
	/** At most this many objects in scope. */
	inScopeObjects: 2000,
	/** At most this many included containers in each domain. */
	containersPerDomain: 30,
	/** The page that states the limits. */
	source: 'https://learn.microsoft.com/entra/identity/hybrid/cloud-sync/migrate-connect-sync-cloud-sync-tool',
	/** The page's date. */
	asOf: '2026-09-16',
} as const;

/**
 * Needs the guided tool blocks on even where Cloud Sync itself may meet them, each with the name
 * the tool's page gives it: the one list the rule and the result's wording both read.
 */
export const GUIDED_TOOL_BLOCKS: Readonly<Partial<Record<NeedId, string>>> = {
	'advanced-sync-rules': 'custom synchronization rules',
	'custom-ad-attributes': 'directory extensions',
	'device-sync': 'device synchronization',
};

/** The needs the guided tool blocks on (the keys of GUIDED_TOOL_BLOCKS). */
export const GUIDED_TOOL_BLOCKING_NEEDS = Object.keys(GUIDED_TOOL_BLOCKS) as readonly NeedId[];

const VERDICTS: Readonly<Record<RecommendedTool, MigrationVerdict>> = {
	'cloud-sync': 'move',
	both: 'partial',
	'connect-sync': 'stay',
};

/** Rule: the verdict for the tool recommend() chose. */
export function verdictFor(tool: RecommendedTool): MigrationVerdict {
	return VERDICTS[tool];
}

/**
 * Rule: a hard need holds part of the estate on Connect Sync when Connect Sync meets it fully and
 * Cloud Sync only in part or not at all. Read from the support levels, so it holds whatever
 * recommend() makes of a "limited" level.
 */
export function keepsOnConnectSync(capability: Capability): boolean {
	return (
		capability.need === 'hard' &&
		capability.support['connect-sync'].level === 'yes' &&
		capability.support['cloud-sync'].level !== 'yes'
	);
}

const keptOnConnectSync = new Set(CAPABILITIES.filter(keepsOnConnectSync).map((capability) => capability.id));

/** Needs Connect Sync meets at least in part: ticking one says what an installation does today. */
const metByConnectSync = new Set(
	CAPABILITIES.filter((capability) => capability.support['connect-sync'].level !== 'no').map(({ id }) => id),
);

/** A count as given: absent, unusable, or a whole number ≥ 0. */
export type CountAnswer = { kind: 'missing' } | { kind: 'invalid' } | { kind: 'count'; value: number };

/** A yes/no answer as given: absent (not answered), unusable, or yes/no. */
export type FlagAnswer = { kind: 'missing' } | { kind: 'invalid' } | { kind: 'flag'; value: boolean };

function readCount(value: unknown): CountAnswer {
	if (value === undefined || value === null) return { kind: 'missing' };
	return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0
		? { kind: 'count', value }
		: { kind: 'invalid' };
}

function readFlag(value: unknown): FlagAnswer {
	if (value === undefined || value === null) return { kind: 'missing' };
	return typeof value === 'boolean' ? { kind: 'flag', value } : { kind: 'invalid' };
}

/** One property of whatever was passed, or nothing when reading it throws. */
function readField(input: unknown, key: keyof MigrationInput): { value: unknown } | undefined {
	if (typeof input !== 'object' || input === null) return { value: undefined };
	try {
		return { value: (input as Record<string, unknown>)[key] };
	} catch {
		return undefined;
	}
}

/** True for what normaliseNeeds can read a list from. */
function isList(value: unknown): boolean {
	return typeof value === 'string' || (typeof value === 'object' && value !== null && Symbol.iterator in value);
}

/** The readiness answers the guided-tool rules work on, after reading. */
export interface GuidedToolFacts {
	verdict: MigrationVerdict;
	needs: readonly NeedId[];
	blockers: readonly NeedId[];
	forests: CountAnswer;
	inScopeObjects: CountAnswer;
	maxContainersPerDomain: CountAnswer;
	customUpn: FlagAnswer;
	groupFiltering: FlagAnswer;
}

/** Rule: why the guided tool does not apply, in the contract's order; empty when it does. */
export function guidedToolReasons(facts: GuidedToolFacts): GuidedToolReason[] {
	const reasons: GuidedToolReason[] = [];
	const count = (value: CountAnswer, fails: (n: number) => boolean, name: 'forests' | 'objects' | 'containers') => {
		if (value.kind !== 'count') reasons.push(`${name}-unknown`);
		else if (fails(value.value)) reasons.push(name);
	};
	const flag = (value: FlagAnswer, name: 'custom-upn' | 'group-filtering') => {
		if (value.kind !== 'flag') reasons.push(`${name}-unknown`);
		else if (value.value) reasons.push(name);
	};
	count(facts.forests, (n) => n !== GUIDED_TOOL_LIMITS.forests, 'forests');
	// Several forests ticked beside a count of 1: one answer is wrong, and neither lets the tool apply. (Forests with no
	// network path are something Connect Sync cannot do, so that tick says nothing about the forests it serves today.)
	const oneForest = facts.forests.kind === 'count' && facts.forests.value === GUIDED_TOOL_LIMITS.forests;
	if (oneForest && facts.needs.includes('multiple-connected-forests')) reasons.push('multiple-connected-forests');
	count(facts.inScopeObjects, (n) => n > GUIDED_TOOL_LIMITS.inScopeObjects, 'objects');
	count(facts.maxContainersPerDomain, (n) => n > GUIDED_TOOL_LIMITS.containersPerDomain, 'containers');
	flag(facts.customUpn, 'custom-upn');
	flag(facts.groupFiltering, 'group-filtering');
	// Every Connect Sync does something on the list: with none of it ticked, that question is unanswered, not "none".
	if (!facts.needs.some((id) => metByConnectSync.has(id))) reasons.push('needs-unknown');
	// A need can be both one the tool blocks on and a blocker (custom sync rules, device sync): name it once.
	const toolBlocks = facts.needs.filter((id) => GUIDED_TOOL_BLOCKING_NEEDS.includes(id));
	reasons.push(...new Set([...toolBlocks, ...facts.blockers]));
	if (facts.verdict !== 'move' && reasons.length === 0) reasons.push('verdict');
	return reasons;
}

/**
 * Assesses a move from Connect Sync to Cloud Sync. Never throws: unknown need ids go to `unknown`,
 * unusable values to `invalid` (and count as unknown for the guided tool).
 */
export function assessMigration(input: MigrationInput): MigrationAssessment {
	const invalid: MigrationInputField[] = [];
	const read = <T extends { kind: string }>(
		key: Exclude<MigrationInputField, 'needs'>,
		parse: (value: unknown) => T,
	) => {
		const given = readField(input, key);
		const value = given === undefined ? ({ kind: 'invalid' } as const) : parse(given.value);
		if (value.kind === 'invalid') invalid.push(key);
		return value;
	};

	const needs = readField(input, 'needs');
	if (needs === undefined || (needs.value !== undefined && needs.value !== null && !isList(needs.value))) {
		invalid.push('needs');
	}
	const recommendation = recommend(isList(needs?.value) ? (needs?.value as Iterable<string>) : []);
	const verdict = verdictFor(recommendation.tool);
	const blockers = recommendation.needs.filter((need) => keptOnConnectSync.has(need));
	const facts: GuidedToolFacts = {
		verdict,
		needs: recommendation.needs,
		blockers,
		forests: read('forests', readCount),
		inScopeObjects: read('inScopeObjects', readCount),
		maxContainersPerDomain: read('maxContainersPerDomain', readCount),
		customUpn: read('customUpn', readFlag),
		groupFiltering: read('groupFiltering', readFlag),
	};
	const reasons = guidedToolReasons(facts);
	return {
		verdict,
		blockers,
		guidedTool: { eligible: reasons.length === 0, reasons },
		needs: recommendation.needs,
		unknown: recommendation.unknown,
		invalid: [...new Set(invalid)],
	};
}
