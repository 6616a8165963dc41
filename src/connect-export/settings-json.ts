/**
 * Reads the wizard's settings JSON (Applied-/Exported-SynchronizationPolicy-*.json) as far as its
 * keys are confirmed: the host, the version, each directory's forest, domains and container
 * filters, and the custom and standard rule lists. Microsoft publishes no full file, and readers of
 * it match keys ignoring case, so this does too. Where the optional features sit in it is not known:
 * they are inferred from Microsoft's rules present, or not determined.
 */
import type { DomainScope } from './types';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/** The value of `key` in `object`, matched ignoring case. */
export function keyOf(object: unknown, key: string): unknown {
	if (!isObject(object)) return undefined;
	const lower = key.toLowerCase();
	const found = Object.keys(object).find((each) => each.toLowerCase() === lower);
	return found === undefined ? undefined : object[found];
}

const stringAt = (object: unknown, ...path: string[]): string | undefined => {
	const value = path.reduce<unknown>((current, key) => keyOf(current, key), object);
	return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
};

/** An array, a single object as a list of one, or nothing (absent or null). */
const listAt = (object: unknown, key: string): unknown[] | undefined => {
	const value = keyOf(object, key);
	if (Array.isArray(value)) return value as unknown[];
	return isObject(value) ? [value] : undefined;
};

const strings = (value: unknown): string[] =>
	Array.isArray(value) ? value.filter((each): each is string => typeof each === 'string' && each.trim() !== '') : [];

/** One on-premises directory of the settings file. */
export interface SettingsDirectory {
	forest: string | undefined;
	name: string | undefined;
	/** Domains with their filters; undefined when the file has no `partitionFilters`. */
	domains: DomainScope[] | undefined;
}

/** A custom rule of the settings file: its name, target object type and link type. */
export interface CustomRuleEntry {
	name: string;
	targetObjectType: string;
	linkType: string;
}

/** What a settings JSON file says, as far as its keys are confirmed. */
export interface SettingsReading {
	host: string | undefined;
	version: string | undefined;
	timeCreated: string | undefined;
	directories: SettingsDirectory[] | undefined;
	/** Custom rules; undefined when no directory lists custom rules. */
	customRules: CustomRuleEntry[] | undefined;
	/** Standard rule names and tags; undefined when no directory lists them. */
	standardRules: string[] | undefined;
}

/** True when `json` has the top-level keys of a settings file. */
export function isSettingsJson(json: unknown): boolean {
	return keyOf(json, 'onpremisesDirectoryPolicy') !== undefined || keyOf(json, 'azureDirectoryPolicy') !== undefined;
}

/** True when `json` is MigrateSettings.ps1's MigratedPolicy.json: metadata of type "migration" only. */
export function isMigratedPolicy(json: unknown): boolean {
	return !isSettingsJson(json) && stringAt(json, 'policyMetadata', 'type')?.toLowerCase() === 'migration';
}

function readDirectory(entry: unknown): SettingsDirectory {
	const filters = listAt(entry, 'partitionFilters');
	return {
		forest: stringAt(entry, 'fullyQualifiedDomainName') ?? stringAt(entry, 'friendlyName'),
		name: stringAt(entry, 'friendlyName'),
		domains: filters?.map((filter) => ({
			dn: stringAt(filter, 'distinguishedName') ?? '',
			included: strings(keyOf(filter, 'containerInclusions')),
			excluded: strings(keyOf(filter, 'containerExclusions')),
		})),
	};
}

/** The entries of the rule lists named `key` in `policies`; undefined when none has the list. */
function ruleEntries(policies: readonly unknown[], key: string): unknown[] | undefined {
	const lists = policies.map((policy) => listAt(policy, key)).filter((list) => list !== undefined);
	return lists.length === 0 ? undefined : lists.flat();
}

/** Standard rules' names and immutable tags, both of which name the feature a rule serves. */
function standardNames(rules: unknown[] | undefined): string[] | undefined {
	return rules?.flatMap((rule) =>
		[stringAt(rule, 'name'), stringAt(rule, 'immutableTag')].filter((each): each is string => each !== undefined),
	);
}

function customRule(rule: unknown): CustomRuleEntry {
	return {
		name: stringAt(rule, 'name') ?? '(unnamed)',
		targetObjectType: stringAt(rule, 'target') ?? '',
		linkType: stringAt(rule, 'linkType') ?? '',
	};
}

/** What the settings JSON `json` says. */
export function readSettingsJson(json: unknown): SettingsReading {
	const onPremises = listAt(json, 'onpremisesDirectoryPolicy');
	const azure = listAt(json, 'azureDirectoryPolicy') ?? [];
	const policies = [...(onPremises ?? []), ...azure];
	return {
		host: stringAt(json, 'deploymentMetadata', 'hostName'),
		version: stringAt(json, 'policyMetadata', 'azureADConnectVersion'),
		timeCreated: stringAt(json, 'policyMetadata', 'timeCreated'),
		directories: onPremises?.map(readDirectory),
		customRules: ruleEntries(policies, 'customSynchronizationRules')?.map(customRule),
		standardRules: standardNames(ruleEntries(policies, 'standardSynchronizationRules')),
	};
}
