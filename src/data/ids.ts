/**
 * The closed vocabularies of the decision data, as plain `as const` lists: the zod schemas build
 * their enums from these, and the engine and the embed's public types use the unions without zod.
 */

/** The two synchronisation tools, Connect Sync first as in the comparison table. */
export const TOOL_IDS = ['connect-sync', 'cloud-sync'] as const;

/** A tool's stable id. */
export type ToolId = (typeof TOOL_IDS)[number];

/** How far a tool supports a capability. */
export const SUPPORT_LEVELS = ['yes', 'no', 'limited'] as const;

/** Supported, not supported, or supported with a limit. */
export type SupportLevel = (typeof SUPPORT_LEVELS)[number];

/** Whether a need decides the tool ("hard") or only adds reasons and trade-offs ("soft"). */
export const NEED_KINDS = ['hard', 'soft'] as const;

/** A need's kind. */
export type NeedKind = (typeof NEED_KINDS)[number];

/**
 * The need ids a reader can pick: the ids of the selectable rows of content/data/capabilities.json,
 * in table order. A unit test (tests/unit/decision/data-integrity.test.ts) keeps this list and the
 * file in step; add a selectable row there and its id here.
 */
export const NEED_IDS = [
	'users-groups-contacts',
	'single-forest',
	'multiple-connected-forests',
	'disconnected-forests',
	'device-sync',
	'multiple-active-agents',
	'over-150k-objects-per-domain',
	'groups-over-50k-members',
	'password-hash-sync',
	'password-writeback',
	'pass-through-auth-setup',
	'ad-fs-setup',
	'exchange-hybrid',
	'extension-attributes-1-15',
	'custom-ad-attributes',
	'basic-attribute-mapping',
	'advanced-sync-rules',
	'ou-filtering',
	'attribute-filtering',
	'device-writeback',
	'group-writeback-v1',
	'group-provisioning-to-ad',
	'user-provisioning-to-ad',
	'cross-domain-references',
	'cross-forest-references',
	'merge-attributes-multiple-domains',
	'reconciliation',
	'on-demand-provisioning',
	'cloud-managed-configuration',
	'seamless-sso',
	'us-government-cloud',
	'ldap-directory',
] as const;

/** A need id: the id of a selectable capability. */
export type NeedId = (typeof NEED_IDS)[number];
