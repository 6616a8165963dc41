/**
 * The configuration as the settings JSON says it, as far as its keys are confirmed: forests,
 * domains, container filters, custom rules, host and version are read; Exchange hybrid, device sync,
 * directory extensions and group writeback are inferred from Microsoft's rules it lists; everything
 * else (password hash sync and writeback, UPN, source anchor, staging mode, the other writebacks,
 * group filtering) is not determined, since where the file keeps them is not known.
 */
import { inferred, notDetermined, read, type ConfigurationReading } from './findings';
import { FEATURE_RULES, isCoexistenceRule, ruleShowingFeature } from './rules';
import type { SettingsReading } from './settings-json';
import { FEATURE_IDS, type FeatureId, type Finding, type ForestReading, type RuleName } from './types';

const UNCONFIRMED = 'the settings file keeps this where no published file confirms, so it is not read';

function feature(settings: SettingsReading, file: string, id: FeatureId): Finding<boolean> {
	if (!FEATURE_RULES[id]) return notDetermined(UNCONFIRMED);
	const standard = settings.standardRules;
	if (!standard || standard.length === 0) return notDetermined(`${file} lists no standard synchronization rules`);
	const rule = ruleShowingFeature(id, standard);
	return rule
		? inferred(true, `Microsoft's rule "${rule}" is listed in ${file}`)
		: inferred(false, `none of the ${standard.length} standard rule names and tags listed in ${file} belongs to it`);
}

/** The configuration the settings JSON `settings` (from `file`) says. */
export function readSettingsConfiguration(settings: SettingsReading, file: string): ConfigurationReading {
	const forests: Finding<ForestReading[]> = settings.directories
		? read(
				settings.directories.map((directory) => ({
					name: directory.forest ?? directory.name ?? '(unnamed)',
					connector: directory.name ?? directory.forest ?? '(unnamed)',
					file,
					domains: directory.domains
						? read(directory.domains, `partitionFilters in ${file}`)
						: notDetermined(`${file} has no partitionFilters for this directory`),
				})),
				`onpremisesDirectoryPolicy in ${file}`,
			)
		: notDetermined(`${file} has no onpremisesDirectoryPolicy`);
	const customRules = (coexistence: boolean): Finding<RuleName[]> =>
		settings.customRules
			? read(
					settings.customRules
						.filter((rule) => isCoexistenceRule(rule) === coexistence)
						.map(({ name }) => ({ name, file })),
					`customSynchronizationRules in ${file}`,
				)
			: notDetermined(`${file} lists no customSynchronizationRules`);
	const notInFile = notDetermined<never>(UNCONFIRMED);
	return {
		server: settings.host
			? read(settings.host, `deploymentMetadata.hostName in ${file}`)
			: notDetermined(`${file} does not name its host`),
		version: settings.version
			? read(settings.version, `policyMetadata.azureADConnectVersion in ${file}`)
			: notDetermined(`${file} does not give its version`),
		forests,
		otherConnectors: [],
		customRules: customRules(false),
		// The file's standard rules carry no disabled flag that a published file confirms.
		disabledMicrosoftRules: notInFile,
		coexistenceRules: customRules(true),
		features: Object.fromEntries(FEATURE_IDS.map((id) => [id, feature(settings, file, id)])) as Record<
			FeatureId,
			Finding<boolean>
		>,
		upnAttribute: notInFile,
		sourceAnchor: notInFile,
		stagingMode: notInFile,
	};
}
