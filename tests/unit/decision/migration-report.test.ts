import { describe, expect, test } from 'vitest';
import {
	CAPABILITIES,
	GUIDED_TOOL_BLOCKING_NEEDS,
	GUIDED_TOOL_LIMITS,
	VERDICT_TEXT,
	assessMigration,
	explainGuidedToolReason,
	explainMigration,
	formatCount,
	type MigrationInput,
} from '../../../src/decision';
import { NOTHING_TICKED_TEXT, verdictWords } from '../../../src/decision/migration-report';
import { migrationToMarkdown } from '../../../src/decision/migration-markdown';
import type { GuidedToolCondition } from '../../../src/decision/migration';

const MOVABLE: MigrationInput = {
	needs: ['password-hash-sync', 'exchange-hybrid'],
	forests: 1,
	inScopeObjects: 1500,
	maxContainersPerDomain: 12,
	customUpn: false,
	groupFiltering: false,
};

describe('explainMigration: the verdict and its needs', () => {
	test('names nothing that stays for a move, and says the guided tool applies', () => {
		const report = explainMigration(MOVABLE);
		expect(report.assessment).toEqual(assessMigration(MOVABLE));
		expect(report).toMatchObject({
			stays: [],
			moves: [],
			unsupported: [],
			guidedTool: { eligible: true, failures: [] },
		});
	});

	test('lists each blocker as what stays, with its comparison row and source, in table order', () => {
		const report = explainMigration({ needs: ['device-writeback', 'attribute-filtering', 'password-hash-sync'] });
		expect(report.assessment.verdict).toBe('stay');
		expect(report.stays.map((item) => item.need)).toEqual(report.assessment.blockers);
		for (const item of report.stays) {
			const row = CAPABILITIES.find((capability) => capability.id === item.need);
			expect(item).toMatchObject({ label: row?.label, text: row?.summary, source: row?.source, asOf: row?.asOf });
			expect(item.anchor).toBe(`cap-${item.need}`);
		}
	});

	test('says what Cloud Sync offers for a need it meets only in part', () => {
		const [filtering] = explainMigration({ needs: ['attribute-filtering'] }).stays;
		expect(filtering?.otherOffers).toMatchObject({ tool: 'cloud-sync', source: expect.stringMatching(/^https:\/\//) });
	});

	test('for a partial move, names both what stays and what only Cloud Sync meets', () => {
		const report = explainMigration({ needs: ['device-writeback', 'disconnected-forests', 'password-hash-sync'] });
		expect(report.assessment.verdict).toBe('partial');
		expect(report.stays.map((item) => item.need)).toEqual(['device-writeback']);
		expect(report.moves.map((item) => item.need)).toEqual(['disconnected-forests']);
	});

	test('names needs neither tool meets', () => {
		expect(explainMigration({ needs: ['user-provisioning-to-ad'] }).unsupported.map((item) => item.need)).toEqual([
			'user-provisioning-to-ad',
		]);
	});

	test('words each verdict', () => {
		for (const verdict of ['move', 'partial', 'stay'] as const) {
			expect(VERDICT_TEXT[verdict].title).not.toBe('');
			expect(VERDICT_TEXT[verdict].text).toMatch(/\.$/);
		}
	});
});

describe('explainMigration: the guided tool', () => {
	const conditions: Array<{ reason: GuidedToolCondition; input: Partial<MigrationInput>; says: RegExp }> = [
		{ reason: 'forests', input: { forests: 3 }, says: /You gave 3 forests; the tool moves exactly 1 / },
		{ reason: 'forests-unknown', input: { forests: undefined }, says: /forests is missing: .*exactly 1 / },
		{ reason: 'objects', input: { inScopeObjects: 12_500 }, says: /You gave 12,500 objects .* no more than 2,000\./ },
		{ reason: 'objects-unknown', input: { inScopeObjects: -3 }, says: /objects in scope is not a whole number/ },
		{ reason: 'containers', input: { maxContainersPerDomain: 31 }, says: /31 included containers .* no more than 30 / },
		{ reason: 'containers-unknown', input: { maxContainersPerDomain: undefined }, says: /per domain is missing/ },
		{
			reason: 'custom-upn',
			input: { customUpn: true },
			says: /custom user principal name \(UPN\), which the tool blocks on/,
		},
		{
			reason: 'group-filtering',
			input: { groupFiltering: true },
			says: /filters by group membership, which the tool blocks on/,
		},
	];

	test.each(conditions)('explains "$reason" with the figure given and the limit', ({ reason, input, says }) => {
		const report = explainMigration({ ...MOVABLE, ...input });
		const failure = report.guidedTool.failures.find((item) => item.reason === reason);
		expect(failure?.text).toMatch(says);
		expect(failure?.anchor).toBeNull();
	});

	test.each(GUIDED_TOOL_BLOCKING_NEEDS)('says the tool blocks on %s, linking its comparison row', (need) => {
		const failure = explainMigration({ ...MOVABLE, needs: [need] }).guidedTool.failures.find(
			(item) => item.reason === need,
		);
		expect(failure?.text).toMatch(
			/^The tool blocks on (custom synchronization rules|directory extensions|device synchronization)\.$/,
		);
		expect(failure?.anchor).toBe(`cap-${need}`);
	});

	test('with nothing ticked, says the tool waits for what Connect Sync does instead of that it applies', () => {
		const report = explainMigration({ ...MOVABLE, needs: [] });
		expect(report.guidedTool).toEqual({
			eligible: false,
			failures: [
				{
					reason: 'needs-unknown',
					label: 'What Connect Sync does',
					text: 'Nothing is ticked under what your Connect Sync does today; the tool applies only without the features it blocks on.',
					anchor: null,
				},
			],
		});
	});

	test('says the needs were not a list, not that nothing was ticked, when a caller passes something else', () => {
		const report = explainMigration({ ...MOVABLE, needs: 42 as never });
		expect(report.assessment.invalid).toContain('needs');
		expect(report.guidedTool.failures.find((failure) => failure.reason === 'needs-unknown')?.text).toMatch(
			/^The needs given are not a list; /,
		);
	});

	test('says why several forests ticked, with 1 forest typed, keep the tool from applying', () => {
		const report = explainMigration({ ...MOVABLE, needs: [...MOVABLE.needs, 'multiple-connected-forests'] });
		expect(report.guidedTool).toEqual({
			eligible: false,
			failures: [
				{
					reason: 'multiple-connected-forests',
					label: 'Several forests that can reach one another',
					text: 'You ticked several forests but gave the number of forests as 1; the tool moves exactly 1 Active Directory forest, so check which answer is right.',
					anchor: 'cap-multiple-connected-forests',
				},
			],
		});
	});

	test('explains a blocker the tool does not name by what the tool does to Connect Sync', () => {
		const [failure] = explainMigration({ ...MOVABLE, needs: ['device-writeback'] }).guidedTool.failures;
		expect(failure).toMatchObject({ reason: 'device-writeback', anchor: 'cap-device-writeback' });
		expect(failure?.text).toMatch(/staging mode, where it exports nothing/);
	});

	test('explains every reason assessMigration gives, one failure each, in its order', () => {
		const input: MigrationInput = {
			needs: ['device-writeback', 'advanced-sync-rules', 'custom-ad-attributes'],
			forests: 0,
			customUpn: true,
			groupFiltering: true,
		};
		const report = explainMigration(input);
		expect(report.guidedTool.failures.map((failure) => failure.reason)).toEqual(report.assessment.guidedTool.reasons);
		for (const failure of report.guidedTool.failures) expect(failure.text).toMatch(/^[A-Z].*\.$/);
	});

	test('has a sentence for every condition, also the ones only a caller can cause', () => {
		const assessment = assessMigration({ needs: [], customUpn: 'x' as never, groupFiltering: 'x' as never });
		for (const reason of ['custom-upn-unknown', 'group-filtering-unknown', 'needs-unknown', 'verdict'] as const) {
			expect(explainGuidedToolReason(reason, { needs: [] }, assessment).text).toMatch(/^[A-Z].*\.$/);
		}
	});

	test('writes counts with thousands separators, whatever the locale', () => {
		expect([0, 30, 2000, 150_000, 1_234_567].map(formatCount)).toEqual(['0', '30', '2,000', '150,000', '1,234,567']);
		expect(formatCount(GUIDED_TOOL_LIMITS.inScopeObjects)).toBe('2,000');
	});
});

describe('the verdict in words never claims more than the answers', () => {
	test('says every need is met only when neither tool is short of one', () => {
		const markdown = migrationToMarkdown(explainMigration(MOVABLE), MOVABLE);
		expect(markdown).toContain(VERDICT_TEXT.move.text);
	});

	test('with a ticked need neither tool meets, a move says so instead of "every need you ticked"', () => {
		const input: MigrationInput = { ...MOVABLE, needs: ['password-hash-sync', 'user-provisioning-to-ad'] };
		const report = explainMigration(input);
		expect(report.assessment.verdict).toBe('move');
		const words = verdictWords(report);
		expect(words.text).not.toContain(VERDICT_TEXT.move.text);
		expect(words.text).toContain('every need you ticked that either tool meets');
		expect(words.text).toContain('Neither tool meets one need you ticked');
		expect(migrationToMarkdown(report, input)).not.toContain(VERDICT_TEXT.move.text);
	});

	test('a partial or stay verdict adds the needs neither tool meets', () => {
		const input: MigrationInput = { needs: ['device-writeback', 'user-provisioning-to-ad', 'reconciliation'] };
		const report = explainMigration(input);
		expect(report.assessment.verdict).toBe('stay');
		expect(verdictWords(report).text).toBe(
			`${VERDICT_TEXT.stay.text} Neither tool meets one need you ticked (listed below): plan it apart.`,
		);
	});

	test('with nothing ticked, gives no verdict that rests on answers', () => {
		const input: MigrationInput = { needs: [], forests: 1, inScopeObjects: 10, maxContainersPerDomain: 1 };
		const report = explainMigration(input);
		expect(verdictWords(report)).toEqual(NOTHING_TICKED_TEXT);
		const markdown = migrationToMarkdown(report, input);
		expect(markdown).not.toContain('every need you ticked');
		expect(markdown).toContain(NOTHING_TICKED_TEXT.title);
	});
});
