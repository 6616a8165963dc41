import { describe, expect, test } from 'vitest';
import requirements from '../../../content/data/requirements.json';
import { checklistFor } from '../../../src/decision/checklist';

const TODAY = '2026-11-27';
const ids = (tool: Parameters<typeof checklistFor>[0], needs: string[]): string[] =>
	checklistFor(tool, needs, TODAY).map((item) => item.id);

describe('the prerequisites checklist', () => {
	test('lists a licence only for a reader who needs its feature', () => {
		expect(ids('cloud-sync', [])).not.toContain('cloud-sync-password-writeback-licence');
		expect(ids('cloud-sync', ['password-writeback'])).toContain('cloud-sync-password-writeback-licence');
		expect(ids('cloud-sync', ['password-writeback'])).not.toContain('cloud-sync-group-provisioning-licence');
		expect(ids('cloud-sync', ['group-provisioning-to-ad'])).toContain('cloud-sync-group-provisioning-licence');
		expect(ids('connect-sync', ['device-writeback'])).toContain('connect-sync-device-writeback-licence');
		expect(ids('connect-sync', ['device-writeback'])).not.toContain('connect-sync-password-writeback-licence');
	});

	test('never lists a row that no need of the picker turns on (Connect Health)', () => {
		const every = requirements.flatMap((row) => ('whenNeeds' in row ? row.whenNeeds : []));
		expect(ids('both', every)).not.toContain('connect-health-licence');
	});

	test('lists every row without a condition, for its tool only, whatever the needs', () => {
		for (const tool of ['connect-sync', 'cloud-sync'] as const) {
			const unconditional = requirements
				.filter((row) => row.tool === tool && !('whenNeeds' in row))
				.map((row) => row.id);
			expect(ids(tool, [])).toEqual(unconditional);
		}
	});

	test("cites each caveat's own page and date, as its requirement row does", () => {
		const items = checklistFor('both', [], TODAY);
		for (const item of items) {
			const row = requirements.find((each) => each.id === item.id);
			const cited = (row && 'updates' in row ? row.updates : []).map(({ source, asOf }) => ({ source, asOf }));
			expect(
				item.updates.map(({ source, asOf }) => ({ source, asOf })),
				item.id,
			).toEqual(cited);
		}
		expect(items.some((item) => item.updates.length > 0)).toBe(true);
	});

	test('gives both tools side by side, Connect Sync first', () => {
		const both = checklistFor('both', ['password-writeback'], TODAY);
		const firstCloud = both.findIndex((item) => item.tool === 'cloud-sync');
		expect(both.slice(0, firstCloud).every((item) => item.tool === 'connect-sync')).toBe(true);
		expect(both.map((item) => item.id)).toEqual(
			expect.arrayContaining(['connect-sync-password-writeback-licence', 'cloud-sync-password-writeback-licence']),
		);
	});
});
