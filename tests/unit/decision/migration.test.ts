import { describe, expect, test } from 'vitest';
import {
	CAPABILITIES,
	GUIDED_TOOL_BLOCKING_NEEDS,
	GUIDED_TOOL_LIMITS,
	NEEDS,
	assessMigration,
	recommend,
} from '../../../src/decision';
import {
	guidedToolReasons,
	keepsOnConnectSync,
	verdictFor,
	type GuidedToolFacts,
	type MigrationInput,
} from '../../../src/decision/migration';

/** What a small Connect Sync installation that the guided tool can move looks like. */
const MOVABLE: MigrationInput = {
	needs: ['users-groups-contacts', 'single-forest', 'password-hash-sync', 'password-writeback', 'exchange-hybrid'],
	forests: 1,
	inScopeObjects: 2000,
	maxContainersPerDomain: 30,
	customUpn: false,
	groupFiltering: false,
};

describe('assessMigration: the verdict', () => {
	test.each([
		['cloud-sync', 'move'],
		['both', 'partial'],
		['connect-sync', 'stay'],
	] as const)('maps recommend() choosing %s to "%s"', (tool, verdict) => {
		expect(verdictFor(tool)).toBe(verdict);
	});

	test.each([
		{ needs: [], verdict: 'move' },
		{ needs: ['password-hash-sync', 'exchange-hybrid'], verdict: 'move' },
		{ needs: ['device-sync'], verdict: 'move' },
		{ needs: ['device-writeback'], verdict: 'stay' },
		{ needs: ['password-hash-sync', 'cross-forest-references'], verdict: 'stay' },
		{ needs: ['device-sync', 'disconnected-forests'], verdict: 'move' },
		{ needs: ['device-writeback', 'disconnected-forests'], verdict: 'partial' },
	])('says "$verdict" for needs $needs', ({ needs, verdict }) => {
		expect(assessMigration({ ...MOVABLE, needs }).verdict).toBe(verdict);
	});

	test.each(NEEDS.map((need) => need.id))('follows recommend() for the single need %s', (need) => {
		expect(assessMigration({ needs: [need] }).verdict).toBe(verdictFor(recommend([need]).tool));
	});
});

describe('assessMigration: blockers', () => {
	test.each([
		{ need: 'device-sync', blocks: false, why: 'both tools do it' },
		{ need: 'device-writeback', blocks: true, why: 'Cloud Sync does not do it' },
		{ need: 'advanced-sync-rules', blocks: true, why: 'Cloud Sync does not do it' },
		{ need: 'over-150k-objects-per-domain', blocks: true, why: 'Cloud Sync does not do it' },
		{ need: 'attribute-filtering', blocks: true, why: 'Cloud Sync does it only in part' },
		{ need: 'custom-ad-attributes', blocks: false, why: 'both tools do it' },
		{ need: 'disconnected-forests', blocks: false, why: 'only Cloud Sync does it' },
		{ need: 'user-provisioning-to-ad', blocks: false, why: 'neither tool does it' },
		{ need: 'on-demand-provisioning', blocks: false, why: 'it is a preference' },
	])('counts $need as a blocker: $blocks ($why)', ({ need, blocks }) => {
		expect(assessMigration({ needs: [need] }).blockers).toEqual(blocks ? [need] : []);
	});

	test('names, for every need, exactly the hard ones Connect Sync meets fully and Cloud Sync does not', () => {
		for (const capability of CAPABILITIES) {
			const expected =
				capability.need === 'hard' &&
				capability.support['connect-sync'].level === 'yes' &&
				['no', 'limited'].includes(capability.support['cloud-sync'].level);
			expect(keepsOnConnectSync(capability), capability.id).toBe(expected);
		}
	});

	test('lists several blockers once each, in comparison-table order', () => {
		const result = assessMigration({
			needs: ['device-writeback', 'attribute-filtering', 'advanced-sync-rules', 'advanced-sync-rules'],
		});
		expect(result.blockers).toEqual(['advanced-sync-rules', 'attribute-filtering', 'device-writeback']);
	});

	test('has no blocker for a move', () => {
		expect(assessMigration(MOVABLE)).toMatchObject({ verdict: 'move', blockers: [] });
	});
});

describe('assessMigration: the guided migration tool', () => {
	test('applies to one forest, 2,000 objects, 30 containers, no custom UPN and no group filtering', () => {
		expect(assessMigration(MOVABLE).guidedTool).toEqual({ eligible: true, reasons: [] });
	});

	test.each([
		{ change: { forests: 2 }, reasons: ['forests'] },
		{ change: { forests: 0 }, reasons: ['forests'] },
		{ change: { inScopeObjects: 2001 }, reasons: ['objects'] },
		{ change: { maxContainersPerDomain: 31 }, reasons: ['containers'] },
		{ change: { customUpn: true }, reasons: ['custom-upn'] },
		{ change: { groupFiltering: true }, reasons: ['group-filtering'] },
		{ change: { forests: undefined }, reasons: ['forests-unknown'] },
		{ change: { inScopeObjects: undefined }, reasons: ['objects-unknown'] },
		{ change: { maxContainersPerDomain: undefined }, reasons: ['containers-unknown'] },
		{ change: { needs: [...MOVABLE.needs, 'custom-ad-attributes'] }, reasons: ['custom-ad-attributes'] },
		{ change: { needs: [...MOVABLE.needs, 'advanced-sync-rules'] }, reasons: ['advanced-sync-rules'] },
		{ change: { needs: [...MOVABLE.needs, 'device-sync'] }, reasons: ['device-sync'] },
		{ change: { needs: [...MOVABLE.needs, 'attribute-filtering'] }, reasons: ['attribute-filtering'] },
		{ change: { needs: [...MOVABLE.needs, 'device-writeback'] }, reasons: ['device-writeback'] },
		{ change: { needs: ['device-sync', 'disconnected-forests'] }, reasons: ['device-sync'] },
	])(
		'does not apply with $change: reasons $reasons',
		({ change, reasons }: { change: Partial<MigrationInput>; reasons: string[] }) => {
			const input: MigrationInput = { ...MOVABLE, ...change };
			expect(assessMigration(input).guidedTool).toEqual({ eligible: false, reasons });
		},
	);

	test('moves an estate that synchronises devices, but the guided tool still blocks on device sync', () => {
		const result = assessMigration({ ...MOVABLE, needs: [...MOVABLE.needs, 'device-sync'] });
		expect(result).toMatchObject({ verdict: 'move', blockers: [] });
		expect(result.guidedTool).toEqual({ eligible: false, reasons: ['device-sync'] });
	});

	test('does not apply while nothing is ticked: every Connect Sync does something on the list, so none is an answer not given', () => {
		expect(assessMigration({ ...MOVABLE, needs: [] }).guidedTool).toEqual({
			eligible: false,
			reasons: ['needs-unknown'],
		});
		// Ids that are not needs answer nothing either, nor does a need Connect Sync cannot meet.
		expect(assessMigration({ ...MOVABLE, needs: ['no-such-need'] }).guidedTool.reasons).toEqual(['needs-unknown']);
		expect(assessMigration({ ...MOVABLE, needs: ['disconnected-forests'] }).guidedTool.reasons).toEqual([
			'needs-unknown',
		]);
		expect(assessMigration({ ...MOVABLE, needs: ['users-groups-contacts'] }).guidedTool.eligible).toBe(true);
	});

	test('does not apply when a tick says Connect Sync reaches several forests, though 1 forest is typed', () => {
		const severalForests = { ...MOVABLE, needs: [...MOVABLE.needs, 'multiple-connected-forests'] };
		expect(severalForests.forests).toBe(1);
		expect(assessMigration(severalForests).guidedTool).toEqual({
			eligible: false,
			reasons: ['multiple-connected-forests'],
		});
		// With a count that fails on its own, the count is the reason, named once.
		expect(assessMigration({ ...severalForests, forests: 2 }).guidedTool.reasons).toEqual(['forests']);
	});

	test('names every failed condition in order: counts, UPN, group filtering, the needs it blocks on, then the blockers', () => {
		const result = assessMigration({
			needs: ['device-writeback', 'attribute-filtering', 'advanced-sync-rules', 'custom-ad-attributes', 'device-sync'],
			forests: 3,
			inScopeObjects: 150_000,
			maxContainersPerDomain: 45,
			customUpn: true,
			groupFiltering: true,
		});
		expect(result.guidedTool.reasons).toEqual([
			'forests',
			'objects',
			'containers',
			'custom-upn',
			'group-filtering',
			'device-sync',
			'custom-ad-attributes',
			'advanced-sync-rules',
			'attribute-filtering',
			'device-writeback',
		]);
	});

	test('treats a yes/no answer left out as unknown, as it does a count, and never as no', () => {
		expect(assessMigration({ needs: [] }).guidedTool.reasons).toEqual([
			'forests-unknown',
			'objects-unknown',
			'containers-unknown',
			'custom-upn-unknown',
			'group-filtering-unknown',
			'needs-unknown',
		]);
		const { customUpn: _upn, groupFiltering: _groups, ...figuresOnly } = MOVABLE;
		expect(assessMigration(figuresOnly).guidedTool).toEqual({
			eligible: false,
			reasons: ['custom-upn-unknown', 'group-filtering-unknown'],
		});
		const unanswered = assessMigration({ ...MOVABLE, customUpn: undefined, groupFiltering: undefined });
		expect(unanswered.guidedTool.reasons).toEqual(['custom-upn-unknown', 'group-filtering-unknown']);
		expect(unanswered.invalid).toEqual([]);
	});

	test('gives "verdict" as the reason when the verdict is not "move" and nothing else explains it', () => {
		const facts: GuidedToolFacts = {
			verdict: 'stay',
			needs: ['users-groups-contacts'],
			blockers: [],
			forests: { kind: 'count', value: 1 },
			inScopeObjects: { kind: 'count', value: 10 },
			maxContainersPerDomain: { kind: 'count', value: 1 },
			customUpn: { kind: 'flag', value: false },
			groupFiltering: { kind: 'flag', value: false },
		};
		expect(guidedToolReasons(facts)).toEqual(['verdict']);
		expect(guidedToolReasons({ ...facts, verdict: 'move' })).toEqual([]);
	});

	test('is eligible exactly when it gives no reason, over a grid of inputs', () => {
		for (const needs of [[], ['device-sync'], ['custom-ad-attributes'], ['disconnected-forests', 'device-sync']])
			for (const forests of [undefined, 0, 1, 2])
				for (const inScopeObjects of [undefined, 2000, 2001])
					for (const customUpn of [false, true]) {
						const { guidedTool, verdict } = assessMigration({ ...MOVABLE, needs, forests, inScopeObjects, customUpn });
						expect(guidedTool.eligible).toBe(guidedTool.reasons.length === 0);
						if (guidedTool.eligible) expect(verdict).toBe('move');
					}
	});

	test("keeps the limits of Microsoft's page on the migration tool (16 September 2026)", () => {
		expect(GUIDED_TOOL_LIMITS).toEqual({
			forests: 1,
			inScopeObjects: 2000,
			containersPerDomain: 30,
			source: 'https://learn.microsoft.com/entra/identity/hybrid/cloud-sync/migrate-connect-sync-cloud-sync-tool',
			asOf: '2026-09-16',
		});
		expect(GUIDED_TOOL_BLOCKING_NEEDS).toEqual(['advanced-sync-rules', 'custom-ad-attributes', 'device-sync']);
		for (const need of GUIDED_TOOL_BLOCKING_NEEDS) expect(NEEDS.map((known) => known.id)).toContain(need);
	});
});

describe('assessMigration: input it cannot use', () => {
	test.each([Number.NaN, -1, 1.5, Number.POSITIVE_INFINITY, '1', true, {}])(
		'reports a count of %s as invalid and unknown, without throwing',
		(bad) => {
			const result = assessMigration({ ...MOVABLE, forests: bad as number, inScopeObjects: bad as number });
			expect(result.invalid).toEqual(['forests', 'inScopeObjects']);
			expect(result.guidedTool).toEqual({ eligible: false, reasons: ['forests-unknown', 'objects-unknown'] });
		},
	);

	test.each(['yes', 1, 0, 'false'])('reports a yes/no answer of %s as invalid and unknown', (bad) => {
		const result = assessMigration({
			...MOVABLE,
			customUpn: bad as unknown as boolean,
			groupFiltering: bad as unknown as boolean,
		});
		expect(result.invalid).toEqual(['customUpn', 'groupFiltering']);
		expect(result.guidedTool.reasons).toEqual(['custom-upn-unknown', 'group-filtering-unknown']);
	});

	test('ignores unknown need ids and reports them as recommend() does', () => {
		const needs = ['Device-Sync ', 'no-such-need', '', 'device-sync', 'x'.repeat(200)];
		const result = assessMigration({ ...MOVABLE, needs });
		expect(result.needs).toEqual(['device-sync']);
		expect(result.unknown).toEqual(recommend(needs).unknown);
		expect(result.unknown).toEqual(['no-such-need', `${'x'.repeat(64)}…`]);
		expect(result.invalid).toEqual([]);
	});

	test.each([
		['null', null],
		['a number', 42],
		['a string', 'device-sync'],
		['an empty object', {}],
	])('never throws when the whole input is %s', (_name, input) => {
		const result = assessMigration(input as unknown as MigrationInput);
		expect(result.verdict).toMatch(/^(move|partial|stay)$/);
		expect(result.guidedTool.eligible).toBe(false);
	});

	test('reads needs from any iterable, and reports needs that are not a list', () => {
		expect(assessMigration({ ...MOVABLE, needs: new Set(['device-writeback']) as unknown as string[] }).verdict).toBe(
			'stay',
		);
		const result = assessMigration({ ...MOVABLE, needs: 7 as unknown as string[] });
		expect(result).toMatchObject({ verdict: 'move', needs: [], invalid: ['needs'] });
	});

	test('survives getters that throw, reporting those fields', () => {
		const hostile = Object.defineProperties({} as MigrationInput, {
			needs: {
				get: () => {
					throw new Error('no needs');
				},
			},
			forests: {
				get: () => {
					throw new Error('no forests');
				},
			},
			inScopeObjects: { value: 10 },
			maxContainersPerDomain: { value: 1 },
			customUpn: { value: false },
			groupFiltering: { value: false },
		});
		const result = assessMigration(hostile);
		expect(result.invalid).toEqual(['needs', 'forests']);
		expect(result.guidedTool.reasons).toEqual(['forests-unknown', 'needs-unknown']);
	});
});
