/**
 * The readiness check's answers derived from what was read: the needs the files show (on or off),
 * the forests, the most included containers in one domain, custom UPN and group filtering, each
 * with where it came from. Objects in scope are in no export, so that answer is always asked.
 */
import { NEED_IDS, type NeedId } from '../data/ids';
import type { ReadinessAnswers } from '../decision/readiness-answers';
import { derive, inferred, notDetermined, read, valueOf, type ConfigurationReading } from './findings';
import type { AnswerOrigins, DomainScope, FeatureId, Finding } from './types';

/** The needs the optional features answer. */
const FEATURE_NEEDS: ReadonlyArray<readonly [FeatureId, NeedId]> = [
	['passwordHashSync', 'password-hash-sync'],
	['passwordWriteback', 'password-writeback'],
	['exchangeHybrid', 'exchange-hybrid'],
	['deviceSync', 'device-sync'],
	['deviceWriteback', 'device-writeback'],
	['groupWriteback', 'group-writeback-v1'],
	['directoryExtensions', 'custom-ad-attributes'],
];

/** Why the objects in scope are always asked. */
export const OBJECTS_NOT_IN_EXPORTS = 'no Connect Sync export holds object counts: give the number yourself';

/** True when a domain's container filter leaves out part of it: more than the domain's own root is named. */
export function filtersContainers(domain: DomainScope): boolean {
	const rootOnly = domain.included.length === 1 && domain.included[0]?.toLowerCase() === domain.dn.toLowerCase();
	return domain.excluded.length > 0 || !(rootOnly || domain.included.length === 0);
}

/** Included containers in a domain; a domain with nothing listed is included whole, as one. */
const includedCount = (domain: DomainScope) => Math.max(domain.included.length, 1);

/** Every selected domain of every forest, or why they are not all known. */
function allDomains(reading: ConfigurationReading): Finding<DomainScope[]> {
	const forests = reading.forests;
	if (forests.state === 'not-determined') return forests;
	const unknown = forests.value.find((forest) => forest.domains.state === 'not-determined');
	if (unknown?.domains.state === 'not-determined') return notDetermined(unknown.domains.why);
	const domains = forests.value.flatMap((forest) => valueOf(forest.domains) ?? []);
	if (domains.length === 0) return notDetermined('no domain is selected in any Active Directory connector');
	return read(
		domains,
		`the container filters of the selected domains in ${forests.value.map((forest) => forest.file).join(', ')}`,
	);
}

function ruleNeeds(reading: ConfigurationReading): Finding<boolean> {
	const custom = reading.customRules;
	if (custom.state !== 'not-determined' && custom.value.length > 0) {
		return read(true, `custom rules: ${custom.value.map((rule) => `"${rule.name}"`).join(', ')}`);
	}
	const disabled = reading.disabledMicrosoftRules;
	if (disabled.state !== 'not-determined' && disabled.value.length > 0) {
		return inferred(
			true,
			`Microsoft's rule "${disabled.value[0]?.name}" is disabled, as cloning and editing a rule leaves it`,
		);
	}
	if (custom.state === 'not-determined') return custom;
	// No custom rule; the Microsoft rules' disabled flags may be unknown (the settings JSON has none).
	return disabled.state === 'not-determined'
		? inferred(false, `${custom.from} lists no custom rule; whether a Microsoft rule is disabled is not known`)
		: read(false, `${custom.from}: no custom rule, no disabled Microsoft rule`);
}

/** Each answer with its origin. */
export function answerOrigins(reading: ConfigurationReading): AnswerOrigins {
	const forestCount = derive(
		reading.forests,
		(forests) => new Set(forests.map((forest) => forest.name.toLowerCase())).size,
	);
	const domains = allDomains(reading);
	const needs: Partial<Record<NeedId, Finding<boolean>>> = {};
	if (forestCount.state !== 'not-determined' && forestCount.value > 0) {
		needs['users-groups-contacts'] = inferred(
			true,
			'an Active Directory connector synchronises users, groups and contacts',
		);
	}
	needs['single-forest'] = derive(forestCount, (count) => count === 1);
	needs['multiple-connected-forests'] = derive(forestCount, (count) => count > 1);
	for (const [feature, need] of FEATURE_NEEDS) needs[need] = reading.features[feature];
	needs['advanced-sync-rules'] = ruleNeeds(reading);
	needs['ou-filtering'] = derive(domains, (list) => list.some(filtersContainers));
	const ldap = reading.otherConnectors.find((connector) => /ldap/i.test(connector.type));
	if (ldap) needs['ldap-directory'] = inferred(true, `${ldap.file} connects "${ldap.name}" of type ${ldap.type}`);
	return {
		needs,
		forests: forestCount,
		objects: notDetermined(OBJECTS_NOT_IN_EXPORTS),
		containers: derive(domains, (list) => Math.max(...list.map(includedCount))),
		customUpn: derive(reading.upnAttribute, (attribute) => attribute.toLowerCase() !== 'userprincipalname'),
		groupFiltering: reading.features.groupFiltering,
	};
}

/** The answers in the shape the check takes: a need ticked when found on, a figure when found. */
export function answersFrom(origins: AnswerOrigins): ReadinessAnswers {
	// In comparison-table order, which NEED_IDS keeps (without the table itself, which a worker need not load).
	const needs = NEED_IDS.filter((id) => {
		const finding = origins.needs[id];
		return finding !== undefined && valueOf(finding) === true;
	});
	return {
		needs,
		forests: valueOf(origins.forests) ?? null,
		objects: null,
		containers: valueOf(origins.containers) ?? null,
		customUpn: valueOf(origins.customUpn) ?? null,
		groupFiltering: valueOf(origins.groupFiltering) ?? null,
	};
}
