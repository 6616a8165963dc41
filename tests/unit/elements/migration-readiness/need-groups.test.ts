import { describe, expect, test } from 'vitest';
import { NEEDS, capabilityById } from '../../../../src/decision';
import {
	connectSyncCannot,
	groupsOfToday,
	needsBeyondConnectSync,
} from '../../../../src/elements/migration-readiness/need-groups';

describe("the readiness form's needs", () => {
	test('offers every need of the picker exactly once', () => {
		const offered = [...groupsOfToday().flatMap((group) => group.needs), ...needsBeyondConnectSync()].map(
			(need) => need.id,
		);
		expect(offered.toSorted()).toEqual(NEEDS.map((need) => need.id).toSorted());
	});

	test('groups what Connect Sync does by topic, with nothing left to "Other"', () => {
		const groups = groupsOfToday();
		expect(groups.map((group) => group.id)).not.toContain('other');
		for (const group of groups) expect(group.needs.length, group.legend).toBeGreaterThan(0);
	});

	test('asks separately for what the comparison table says Connect Sync cannot do', () => {
		const beyond = needsBeyondConnectSync().map((need) => need.id);
		expect(beyond).toEqual(
			NEEDS.filter((need) => capabilityById(need.id)?.support['connect-sync'].level === 'no').map((need) => need.id),
		);
		expect(beyond).toContain('disconnected-forests');
		expect(groupsOfToday().flatMap((group) => group.needs.filter((need) => connectSyncCannot(need.id)))).toEqual([]);
	});

	test('labels each need as the comparison table does, in table order within a group', () => {
		const order = NEEDS.map((need) => need.id);
		for (const group of groupsOfToday()) {
			for (const need of group.needs) expect(need.label).toBe(capabilityById(need.id)?.label);
			const positions = group.needs.map((need) => order.indexOf(need.id));
			expect(positions).toEqual(positions.toSorted((a, b) => a - b));
		}
	});
});
