/**
 * The picker's needs, grouped for the readiness form: what Connect Sync does today, by topic, and
 * last what the reader needs that Connect Sync cannot do (the comparison table rates it "no" there).
 * Labels come from the comparison table; only the grouping is decided here. Read at build time.
 */
import { NEEDS, capabilityById, type Need, type NeedId } from '../../decision';

/** One group of checkboxes in the form. */
export interface NeedGroup {
	/** Stable id, for the fieldset's id. */
	id: string;
	/** The group's legend. */
	legend: string;
	/** Its needs, in comparison-table order. */
	needs: Need[];
}

/** The topics of what Connect Sync does, in the order the form shows them. */
const TOPICS: ReadonlyArray<{ id: string; legend: string; needs: readonly NeedId[] }> = [
	{
		id: 'directories',
		legend: 'Directories and scale',
		needs: [
			'users-groups-contacts',
			'single-forest',
			'multiple-connected-forests',
			'ldap-directory',
			'over-150k-objects-per-domain',
			'groups-over-50k-members',
			'us-government-cloud',
		],
	},
	{
		id: 'sign-in',
		legend: 'Sign-in',
		needs: ['password-hash-sync', 'password-writeback', 'pass-through-auth-setup', 'ad-fs-setup', 'seamless-sso'],
	},
	{ id: 'scoping', legend: 'Scoping and filtering', needs: ['ou-filtering', 'attribute-filtering'] },
	{
		id: 'attributes',
		legend: 'Attributes and rules',
		needs: [
			'basic-attribute-mapping',
			'extension-attributes-1-15',
			'custom-ad-attributes',
			'advanced-sync-rules',
			'cross-domain-references',
			'cross-forest-references',
			'merge-attributes-multiple-domains',
			'reconciliation',
		],
	},
	{
		id: 'devices-writeback',
		legend: 'Devices, Exchange and writeback',
		needs: ['device-sync', 'device-writeback', 'group-writeback-v1', 'exchange-hybrid'],
	},
];

/** True when Connect Sync cannot do what the need asks, so it cannot be something it does today. */
export function connectSyncCannot(need: NeedId): boolean {
	return capabilityById(need)?.support['connect-sync'].level === 'no';
}

/**
 * What Connect Sync does today, by topic: every need Connect Sync meets at least in part is in
 * exactly one group (a need no topic names goes to "Other", which a unit test keeps empty).
 */
export function groupsOfToday(): NeedGroup[] {
	const today = NEEDS.filter((need) => !connectSyncCannot(need.id));
	const groups = TOPICS.map(({ id, legend, needs }) => ({
		id,
		legend,
		needs: today.filter((need) => needs.includes(need.id)),
	}));
	const other = today.filter((need) => !TOPICS.some((topic) => topic.needs.includes(need.id)));
	return other.length > 0 ? [...groups, { id: 'other', legend: 'Other', needs: other }] : groups;
}

/** What the reader may need that Connect Sync cannot do, in table order. */
export function needsBeyondConnectSync(): Need[] {
	return NEEDS.filter((need) => connectSyncCannot(need.id));
}
