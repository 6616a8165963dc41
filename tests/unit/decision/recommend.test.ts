import { describe, expect, test } from 'vitest';
import {
	CAPABILITIES,
	DEFAULT_REASON,
	NEEDS,
	SIDE_BY_SIDE_REASON,
	meets,
	recommend,
	toolsMeeting,
	type Capability,
	type Recommendation,
} from '../../../src/decision';

// The comparison table's verdicts, written out here on purpose (not read from the data), so that a
// change to content/data/capabilities.json that flips a decision fails a test.
const CONNECT_ONLY_HARD = [
	'over-150k-objects-per-domain',
	'groups-over-50k-members',
	'pass-through-auth-setup',
	'ad-fs-setup',
	'advanced-sync-rules',
	'device-writeback',
	'cross-forest-references',
	'merge-attributes-multiple-domains',
	'reconciliation',
	'ldap-directory',
	// Cloud Sync meets these only in part ("limited") or not by its documented features.
	'attribute-filtering',
	'group-writeback-v1',
];
const CLOUD_ONLY_HARD = ['disconnected-forests', 'group-provisioning-to-ad'];
const CLOUD_ONLY_SOFT = ['multiple-active-agents', 'on-demand-provisioning', 'cloud-managed-configuration'];
const NEITHER = ['user-provisioning-to-ad'];
const BOTH = [
	'users-groups-contacts',
	'single-forest',
	'multiple-connected-forests',
	'password-hash-sync',
	'password-writeback',
	'exchange-hybrid',
	'extension-attributes-1-15',
	'custom-ad-attributes',
	'basic-attribute-mapping',
	'ou-filtering',
	'cross-domain-references',
	'seamless-sso',
	'us-government-cloud',
	'device-sync',
];

const DECISION_GUIDE =
	'https://learn.microsoft.com/entra/identity/hybrid/cloud-sync/connect-to-cloud-sync-decision-guide';

/** Every known need must show up exactly once among reasons, trade-offs (missing), unsupported or covered. */
function accountedFor(result: Recommendation, need: string): number {
	return (
		result.reasons.filter((reason) => reason.need === need).length +
		result.tradeoffs.filter((tradeoff) => tradeoff.need === need && tradeoff.kind === 'missing').length +
		result.unsupported.filter((gap) => gap.need === need).length +
		result.covered.filter((id) => id === need).length
	);
}

describe('recommend: the table behind the rules', () => {
	test('sorts every need into exactly one of the groups these tests use', () => {
		const grouped = [...CONNECT_ONLY_HARD, ...CLOUD_ONLY_HARD, ...CLOUD_ONLY_SOFT, ...NEITHER, ...BOTH].sort();
		expect(grouped).toEqual(NEEDS.map((need) => need.id).sort());
	});

	test('treats exactly multiple agents, cloud-managed configuration and on-demand provisioning as soft needs', () => {
		expect(
			NEEDS.filter((need) => need.kind === 'soft')
				.map((need) => need.id)
				.sort(),
		).toEqual([...CLOUD_ONLY_SOFT].sort());
	});
});

describe('recommend: hard needs decide', () => {
	test.each(CONNECT_ONLY_HARD)('recommends Connect Sync when %s is needed', (need) => {
		const result = recommend([need]);
		expect(result.tool).toBe('connect-sync');
		expect(result.split).toEqual({ 'connect-sync': [need], 'cloud-sync': [] });
		expect(result.reasons).toHaveLength(1);
		expect(result.reasons[0]).toMatchObject({ kind: 'hard', need, tool: 'connect-sync', anchor: `cap-${need}` });
	});

	test.each(CLOUD_ONLY_HARD)('recommends Cloud Sync because %s is needed, without the default reason', (need) => {
		const result = recommend([need]);
		expect(result.tool).toBe('cloud-sync');
		expect(result.split).toEqual({ 'connect-sync': [], 'cloud-sync': [need] });
		expect(result.reasons.map((reason) => reason.need)).toEqual([need]);
	});

	test.each(BOTH)('recommends Cloud Sync by default when only %s is needed, as both tools meet it', (need) => {
		const result = recommend([need]);
		expect(result.tool).toBe('cloud-sync');
		expect(result.covered).toEqual([need]);
		expect(result.reasons).toEqual([DEFAULT_REASON]);
	});

	test.each([
		['device-writeback', 'disconnected-forests'],
		['advanced-sync-rules', 'group-provisioning-to-ad'],
		['over-150k-objects-per-domain', 'disconnected-forests'],
		['cross-forest-references', 'disconnected-forests'],
	])(
		'recommends both side by side when %s (Connect Sync only) and %s (Cloud Sync only) are needed',
		(connectNeed, cloudNeed) => {
			const result = recommend([cloudNeed, connectNeed]);
			expect(result.tool).toBe('both');
			expect(result.split).toEqual({ 'connect-sync': [connectNeed], 'cloud-sync': [cloudNeed] });
			expect(result.reasons.map((reason) => [reason.need, reason.tool])).toEqual(
				expect.arrayContaining([
					[connectNeed, 'connect-sync'],
					[cloudNeed, 'cloud-sync'],
					[null, 'both'],
				]),
			);
			expect(result.reasons).toContainEqual(SIDE_BY_SIDE_REASON);
		},
	);

	test('says which need goes with which tool when several needs force each tool', () => {
		const result = recommend([
			'reconciliation',
			'disconnected-forests',
			'device-writeback',
			'group-provisioning-to-ad',
			'password-hash-sync',
		]);
		expect(result.tool).toBe('both');
		expect(result.split).toEqual({
			'connect-sync': ['device-writeback', 'reconciliation'],
			'cloud-sync': ['disconnected-forests', 'group-provisioning-to-ad'],
		});
		expect(result.covered).toEqual(['password-hash-sync']);
	});

	test("recommends Cloud Sync, citing Microsoft's decision guide, when no need is given", () => {
		const result = recommend([]);
		expect(result).toEqual({
			tool: 'cloud-sync',
			needs: [],
			split: { 'connect-sync': [], 'cloud-sync': [] },
			covered: [],
			reasons: [DEFAULT_REASON],
			tradeoffs: [],
			unsupported: [],
			unknown: [],
		});
		expect(DEFAULT_REASON).toMatchObject({ source: DECISION_GUIDE, asOf: '2025-02-17', tool: 'cloud-sync' });
	});
});

describe('recommend: soft needs only add reasons or trade-offs', () => {
	test.each(CLOUD_ONLY_SOFT)('keeps the default Cloud Sync recommendation and adds %s as a reason', (need) => {
		const result = recommend([need]);
		expect(result.tool).toBe('cloud-sync');
		expect(result.split).toEqual({ 'connect-sync': [], 'cloud-sync': [] });
		expect(result.reasons.map((reason) => [reason.kind, reason.need])).toEqual([
			['guidance', null],
			['soft', need],
		]);
	});

	test.each(CLOUD_ONLY_SOFT)('turns %s into a trade-off, never "both", when Connect Sync is recommended', (need) => {
		const result = recommend(['device-writeback', need]);
		expect(result.tool).toBe('connect-sync');
		expect(result.reasons.map((reason) => reason.need)).toEqual(['device-writeback']);
		expect(result.tradeoffs).toContainEqual(expect.objectContaining({ kind: 'missing', need, tool: 'connect-sync' }));
	});

	test('counts every soft need as a reason for the Cloud Sync side of a side-by-side result', () => {
		const result = recommend(['device-writeback', 'disconnected-forests', ...CLOUD_ONLY_SOFT]);
		expect(result.tool).toBe('both');
		expect(result.split['cloud-sync']).toEqual(['disconnected-forests']);
		expect(result.reasons.filter((reason) => reason.kind === 'soft').map((reason) => reason.tool)).toEqual([
			'cloud-sync',
			'cloud-sync',
			'cloud-sync',
		]);
		expect(result.tradeoffs.filter((tradeoff) => tradeoff.kind === 'missing')).toEqual([]);
	});
});

describe('recommend: a limited capability never meets a hard need', () => {
	test('recommends Connect Sync when attribute filtering is needed, and names what Cloud Sync offers instead', () => {
		const result = recommend(['attribute-filtering']);
		expect(result.tool).toBe('connect-sync');
		expect(result.split['connect-sync']).toEqual(['attribute-filtering']);
		expect(result.reasons).toEqual([
			expect.objectContaining({
				kind: 'hard',
				need: 'attribute-filtering',
				tool: 'connect-sync',
				anchor: 'cap-attribute-filtering',
				otherOffers: {
					tool: 'cloud-sync',
					text: expect.stringMatching(/organisational unit or security group/),
					source: 'https://learn.microsoft.com/entra/identity/hybrid/cloud-sync/how-to-configure',
					asOf: '2025-04-09',
				},
			}),
		]);
		expect(result.tradeoffs).toEqual([]);
	});

	test('gives the attribute-filtering need to the Connect Sync side of a side-by-side result, with no trade-off for Cloud Sync', () => {
		const result = recommend(['attribute-filtering', 'disconnected-forests']);
		expect(result.tool).toBe('both');
		expect(result.split).toEqual({
			'connect-sync': ['attribute-filtering'],
			'cloud-sync': ['disconnected-forests'],
		});
		expect(result.tradeoffs.filter((tradeoff) => tradeoff.kind === 'limited')).toEqual([]);
	});

	test.each([
		['limited', 'hard', false],
		['limited', 'soft', true],
		['yes', 'hard', true],
		['no', 'soft', false],
	] as const)('counts support %s as meeting a %s need: %s', (level, kind, met) => {
		expect(meets(level, kind)).toBe(met);
	});

	test('lists a hard need both tools meet only in part as unsupported', () => {
		const limitedBoth: Capability = {
			...(CAPABILITIES.find((row) => row.id === 'attribute-filtering') as Capability),
			support: {
				'connect-sync': { level: 'limited', note: 'Some.' },
				'cloud-sync': { level: 'limited', note: 'Some.' },
			},
		};
		expect(toolsMeeting(limitedBoth)).toEqual([]);
	});
});

describe('recommend: disputed rows follow the table and say what is disputed', () => {
	test.each([
		{ need: 'device-sync', tool: 'cloud-sync', where: 'tradeoff', says: '17 February 2025' },
		{ need: 'multiple-active-agents', tool: 'cloud-sync', where: 'reason', says: 'only one agent is ever active' },
		{ need: 'group-writeback-v1', tool: 'connect-sync', where: 'reason', says: 'security groups only' },
		{ need: 'cross-domain-references', tool: 'cloud-sync', where: 'tradeoff', says: 'within the domain' },
		{ need: 'disconnected-forests', tool: 'cloud-sync', where: 'reason', says: 'several instances' },
		{ need: 'ad-fs-setup', tool: 'connect-sync', where: 'reason', says: 'federation supported by both tools' },
		{ need: 'exchange-hybrid', tool: 'cloud-sync', where: 'tradeoff', says: 'training summary' },
		{ need: 'ldap-directory', tool: 'connect-sync', where: 'reason', says: 'generic connector' },
	])(
		'recommends $tool for $need as the table says, and the $where says what is disputed',
		({ need, tool, where, says }) => {
			const result = recommend([need]);
			expect(result.tool).toBe(tool);
			if (where === 'reason') {
				expect(result.reasons.find((reason) => reason.need === need)?.disputed).toContain(says);
			} else {
				expect(result.tradeoffs).toEqual([
					expect.objectContaining({ kind: 'disputed', need, tool: null, text: expect.stringContaining(says) }),
				]);
			}
		},
	);

	test('recommends Cloud Sync for hybrid join device sync, generally available in Cloud Sync since 29 September 2026', () => {
		const result = recommend(['device-sync']);
		expect(result.tool).toBe('cloud-sync');
		expect(result.covered).toEqual(['device-sync']);
		expect(result.tradeoffs).toEqual([
			expect.objectContaining({
				kind: 'disputed',
				need: 'device-sync',
				text: expect.stringContaining('29 September 2026'),
			}),
		]);
	});

	test('puts the load-spreading dispute on the trade-off when Connect Sync is recommended', () => {
		const result = recommend(['reconciliation', 'multiple-active-agents']);
		expect(result.tradeoffs).toEqual([
			expect.objectContaining({
				kind: 'missing',
				need: 'multiple-active-agents',
				disputed: expect.stringContaining('load'),
			}),
		]);
	});
});

describe('recommend: needs neither tool meets', () => {
	test('reports user provisioning to AD as unsupported, with what the sources say, and recommends Cloud Sync by default', () => {
		const result = recommend(['user-provisioning-to-ad']);
		expect(result.tool).toBe('cloud-sync');
		expect(result.unsupported).toEqual([
			expect.objectContaining({
				need: 'user-provisioning-to-ad',
				text: expect.stringContaining('Neither tool'),
				source: DECISION_GUIDE,
				asOf: '2025-02-17',
				anchor: 'cap-user-provisioning-to-ad',
			}),
		]);
		expect(result.reasons).toEqual([DEFAULT_REASON]);
	});

	test('follows the other needs when one need is unsupported', () => {
		const result = recommend(['user-provisioning-to-ad', 'device-writeback']);
		expect(result.tool).toBe('connect-sync');
		expect(result.unsupported.map((gap) => gap.need)).toEqual(['user-provisioning-to-ad']);
	});
});

describe('recommend: tolerant input', () => {
	test('reports unknown need ids instead of throwing, and decides on the known ones', () => {
		const result = recommend(['device-writeback', 'teleportation', 'lightweight-agent']);
		expect(result.tool).toBe('connect-sync');
		expect(result.needs).toEqual(['device-writeback']);
		expect(result.unknown).toEqual(['teleportation', 'lightweight-agent']);
	});

	test('ignores duplicates, surrounding spaces, upper case and empty entries', () => {
		const result = recommend(['device-writeback', ' Device-Writeback ', 'DEVICE-WRITEBACK', '', '   ', 'nope', 'nope']);
		expect(result.needs).toEqual(['device-writeback']);
		expect(result.reasons).toHaveLength(1);
		expect(result.unknown).toEqual(['nope']);
	});

	test('gives the same result whatever the order of the needs', () => {
		const needs = [
			'disconnected-forests',
			'attribute-filtering',
			'device-sync',
			'on-demand-provisioning',
			'user-provisioning-to-ad',
		];
		expect(recommend([...needs].reverse())).toEqual(recommend(needs));
	});

	test('accepts any iterable: a Set, a generator, or a single string', () => {
		function* generate() {
			yield 'device-writeback';
		}
		expect(recommend(new Set(['device-writeback'])).tool).toBe('connect-sync');
		expect(recommend(generate()).tool).toBe('connect-sync');
		expect(recommend('device-writeback').needs).toEqual(['device-writeback']);
	});

	test.each([
		['null', null],
		['undefined', undefined],
		['a number', 42],
		['an object', { needs: ['device-writeback'] }],
		[
			'an array of non-strings',
			[
				1,
				null,
				{
					toString: () => {
						throw new Error('boom');
					},
				},
			],
		],
		[
			'an iterable that throws',
			{
				*[Symbol.iterator](): Generator<string> {
					yield 'device-writeback';
					throw new Error('boom');
				},
			},
		],
	])('never throws when given %s from plain JavaScript', (_name, input) => {
		expect(() => recommend(input as unknown as Iterable<string>)).not.toThrow();
		expect(recommend(input as unknown as Iterable<string>).tool).toMatch(/^(cloud-sync|connect-sync)$/);
	});

	test('keeps at most 20 unknown entries of at most 64 characters, so hostile input stays small', () => {
		const result = recommend([...Array.from({ length: 100 }, (_, index) => `junk-${index}`), 'x'.repeat(10_000)]);
		expect(result.unknown).toHaveLength(20);
		expect(recommend(['y'.repeat(10_000)]).unknown[0]).toHaveLength(65);
	});
});

describe('recommend: every need on its own', () => {
	test.each(NEEDS.map((need) => need.id))('gives a valid, cited recommendation when only %s is needed', (need) => {
		const result = recommend([need]);
		expect(['cloud-sync', 'connect-sync']).toContain(result.tool);
		expect(accountedFor(result, need)).toBe(1);
		for (const item of [...result.reasons, ...result.tradeoffs, ...result.unsupported]) {
			expect(item.source).toMatch(/^https:\/\/learn\.microsoft\.com\//);
			expect(item.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
			if (item.need !== null) expect(item.anchor).toBe(`cap-${item.need}`);
			expect(item.text).toMatch(/^[A-Z].*\.$/);
		}
	});

	test('accounts for every need once when all needs are given at once', () => {
		const result = recommend(NEEDS.map((need) => need.id));
		expect(result.tool).toBe('both');
		for (const need of NEEDS) expect(accountedFor(result, need.id)).toBe(1);
	});
});
