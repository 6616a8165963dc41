/**
 * Reads synchronization rule files (`<synchronizationRule>`, one per rule) and sorts rules into
 * Microsoft's own (an immutable tag starting `Microsoft.`), custom ones, disabled Microsoft rules
 * (left behind when a rule is cloned and edited) and the documented coexistence rules of a Cloud
 * Sync pilot. Microsoft's rule names also tell which features are on, for exports without flags.
 */
import { connectorKey, readSwitch } from './connectors';
import { textAt, type XmlElement } from './xml';
import type { FeatureId } from './types';

/** One rule, as far as the reader needs it. */
export interface SyncRule {
	name: string;
	/** The immutable tag; '' for a custom rule. */
	tag: string;
	/** True when disabled; undefined when the file does not say. */
	disabled: boolean | undefined;
	/** The connector it belongs to, upper case in braces ('' when absent). */
	connector: string;
	targetObjectType: string;
	linkType: string;
	file: string;
}

/** What a rule file says. */
export function readRule(root: XmlElement, file: string): SyncRule {
	return {
		name: textAt(root, 'name') ?? '',
		tag: textAt(root, 'immutable-tag') ?? '',
		disabled: readSwitch(textAt(root, 'disabled')),
		connector: textAt(root, 'connector') ? connectorKey(textAt(root, 'connector') ?? '') : '',
		targetObjectType: textAt(root, 'targetObjectType') ?? '',
		linkType: textAt(root, 'linkType') ?? '',
		file,
	};
}

/** True for one of Microsoft's rules: its immutable tag starts `Microsoft.`. */
export function isMicrosoftRule(rule: Pick<SyncRule, 'tag'>): boolean {
	return rule.tag.startsWith('Microsoft.');
}

/**
 * True for a coexistence rule Microsoft documents for a Cloud Sync pilot or for group writeback
 * beside Cloud Sync: it targets `cloudNoFlow`, joins with `JoinNoFlow`, or is named so.
 */
export function isCoexistenceRule(rule: Pick<SyncRule, 'name' | 'targetObjectType' | 'linkType'>): boolean {
	return (
		rule.targetObjectType.toLowerCase() === 'cloudnoflow' ||
		rule.linkType.toLowerCase() === 'joinnoflow' ||
		/coexistence with cloud sync/i.test(rule.name)
	);
}

/** The rules sorted: custom (not coexistence), coexistence, and Microsoft's rules, enabled and disabled. */
export interface SortedRules {
	custom: SyncRule[];
	coexistence: SyncRule[];
	microsoftEnabled: SyncRule[];
	microsoftDisabled: SyncRule[];
}

/** Sorts `rules`; a rule given twice (the same export read twice) counts once. */
export function sortRules(rules: readonly SyncRule[]): SortedRules {
	const sorted: SortedRules = { custom: [], coexistence: [], microsoftEnabled: [], microsoftDisabled: [] };
	const seen = new Set<string>();
	for (const rule of rules) {
		const key = `${rule.connector}|${rule.tag}|${rule.name}`;
		if (seen.has(key)) continue;
		seen.add(key);
		if (!isMicrosoftRule(rule)) (isCoexistenceRule(rule) ? sorted.coexistence : sorted.custom).push(rule);
		else (rule.disabled ? sorted.microsoftDisabled : sorted.microsoftEnabled).push(rule);
	}
	return sorted;
}

/**
 * Microsoft's rules that exist only while a feature is on, by name. Device writeback and user
 * writeback have none known, and password hash sync cannot be told this way.
 */
export const FEATURE_RULES: Readonly<Partial<Record<FeatureId, RegExp>>> = {
	exchangeHybrid: /\bExchange Hybrid\b/i,
	deviceSync: /^In from AD - Computer Join\b|\bDevice Join SOAInAD\b/i,
	directoryExtensions: /\bDirectoryExtension\b/i,
	groupWriteback: /\bGroup SOAInAAD\b|\bGroup Writeback\b/i,
};

/** The name of a Microsoft rule among `names` that shows `feature` is on, if any. */
export function ruleShowingFeature(feature: FeatureId, names: readonly string[]): string | undefined {
	const pattern = FEATURE_RULES[feature];
	return pattern ? names.find((name) => pattern.test(name) && !/coexistence/i.test(name)) : undefined;
}
