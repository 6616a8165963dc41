/**
 * The configuration as the server-configuration export says it: the global settings for the
 * features, the connectors for forests, domains and their filters, the rule files for custom rules.
 * A flag missing from the global settings falls back to the connectors, then to Microsoft's rules
 * present (inferred); never to "off".
 */
import type { ConnectorReading } from './connectors';
import { PARAMETERS, type GlobalSettingsReading } from './global-settings';
import { inferred, notDetermined, read, type ConfigurationReading } from './findings';
import { ruleShowingFeature, sortRules, type SyncRule } from './rules';
import { FEATURE_IDS, type FeatureId, type Finding, type ForestReading, type RuleName } from './types';

/** The files of one server-configuration export, recognised and read. */
export interface ServerConfigurationFiles {
	globalSettings: { file: string; settings: GlobalSettingsReading } | undefined;
	connectors: Array<{ file: string; connector: ConnectorReading }>;
	rules: SyncRule[];
}

const NO_SETTINGS = 'no global settings file (GlobalSettings, <saved-mv-configuration>) is among the files';

function switchOf(text: string | undefined): boolean | undefined {
	const value = text?.trim().toLowerCase();
	return value === 'true' ? true : value === 'false' ? false : undefined;
}

/** A parameter of the global settings as a finding: its text, or why it is not there. */
function parameterFinding<T>(
	files: ServerConfigurationFiles,
	name: string,
	parse: (text: string) => T | undefined,
): Finding<T> {
	const settings = files.globalSettings;
	if (!settings) return notDetermined(NO_SETTINGS);
	const text = settings.settings.parameters.get(name);
	if (text === undefined) return notDetermined(`${settings.file} has no ${name}`);
	const value = parse(text);
	return value === undefined
		? notDetermined(`${name} in ${settings.file} is "${text}", which the reader does not understand`)
		: read(value, `${name} = ${text} in ${settings.file}`);
}

/** A feature's flag; when the global settings lack it, what the connectors or Microsoft's rules show. */
function feature(files: ServerConfigurationFiles, id: FeatureId): Finding<boolean> {
	const flag = parameterFinding(files, PARAMETERS[id], switchOf);
	if (flag.state !== 'not-determined') return id === 'groupFiltering' ? groupFiltering(files, flag) : flag;
	const ad = files.connectors.flatMap(({ file, connector }) => (connector.kind === 'ad' ? [{ file, connector }] : []));
	if (id === 'passwordHashSync') {
		const known = ad.filter(({ connector }) => connector.passwordHashSync !== undefined);
		const on = known.find(({ connector }) => connector.passwordHashSync);
		if (on) return read(true, `password-hash-sync-config enabled = 1 in ${on.file}`);
		if (known.length > 0 && known.length === ad.length)
			return read(false, `password-hash-sync-config enabled = 0 in ${known.map((each) => each.file).join(', ')}`);
	}
	if (id === 'passwordWriteback') {
		const entra = files.connectors.find(
			({ connector }) => connector.kind === 'entra' && connector.passwordWriteback !== undefined,
		);
		if (entra?.connector.kind === 'entra') {
			return read(entra.connector.passwordWriteback === true, `aad-password-reset-config enabled in ${entra.file}`);
		}
	}
	if (id === 'groupFiltering') {
		const named = ad.find(({ connector }) => connector.groupFilteringGroupDn);
		if (named) return inferred(true, `Connector.GroupFilteringGroupDn is set in ${named.file}`);
	}
	const enabled = sortRules(files.rules).microsoftEnabled;
	const rule = ruleShowingFeature(
		id,
		enabled.map((each) => each.name),
	);
	if (rule) return inferred(true, `Microsoft's rule "${rule}" is present and enabled`);
	return flag;
}

/** The group-filtering flag, noting a flag that is on while no connector names its group. */
function groupFiltering(files: ServerConfigurationFiles, flag: Finding<boolean>): Finding<boolean> {
	if (flag.state === 'not-determined' || !flag.value) return flag;
	const named = files.connectors.some(({ connector }) => connector.kind === 'ad' && connector.groupFilteringGroupDn);
	return named
		? flag
		: read(true, `${flag.from}, though no connector file names the group (Connector.GroupFilteringGroupDn)`);
}

function forests(files: ServerConfigurationFiles): Finding<ForestReading[]> {
	if (files.connectors.length === 0)
		return notDetermined('no connector file (Connectors, <ma-data>) is among the files');
	const list = files.connectors.flatMap(({ file, connector }): ForestReading[] =>
		connector.kind === 'ad'
			? [
					{
						name: connector.forest ?? connector.name,
						connector: connector.name,
						file,
						domains: connector.domains
							? read(connector.domains, `the selected partitions in ${file}`)
							: notDetermined(`${file} has no partition data`),
					},
				]
			: [],
	);
	const adFiles = list.map((forest) => forest.file);
	return read(
		list,
		adFiles.length === 0
			? `no Active Directory connector among ${files.connectors.length} connector files`
			: `the Active Directory connector${adFiles.length === 1 ? '' : 's'} in ${adFiles.join(', ')}`,
	);
}

function version(files: ServerConfigurationFiles): Finding<string> {
	const flag = parameterFinding(files, PARAMETERS.version, (text) => text.trim() || undefined);
	if (flag.state !== 'not-determined') return flag;
	const entra = files.connectors.find(({ connector }) => connector.kind === 'entra' && connector.version);
	return entra?.connector.kind === 'entra' && entra.connector.version
		? inferred(entra.connector.version, `the Microsoft Entra connector's assembly version in ${entra.file}`)
		: flag;
}

const names = (rules: readonly SyncRule[]): RuleName[] => rules.map(({ name, file }) => ({ name, file }));

/** The configuration the server-configuration files say. */
export function readServerConfiguration(files: ServerConfigurationFiles): ConfigurationReading {
	const sorted = sortRules(files.rules);
	const ruleFinding = (list: SyncRule[]): Finding<RuleName[]> =>
		files.rules.length === 0
			? notDetermined('no synchronization rule file (SynchronizationRules, <synchronizationRule>) is among the files')
			: read(names(list), `the ${files.rules.length} synchronization rule file${files.rules.length === 1 ? '' : 's'}`);
	const settings = files.globalSettings;
	return {
		server: settings?.settings.server
			? read(settings.settings.server, `the server attribute of ${settings.file}`)
			: notDetermined(settings ? `${settings.file} does not name its server` : NO_SETTINGS),
		version: version(files),
		forests: forests(files),
		otherConnectors: files.connectors.flatMap(({ file, connector }) =>
			connector.kind === 'other' ? [{ name: connector.name, type: connector.type, file }] : [],
		),
		customRules: ruleFinding(sorted.custom),
		disabledMicrosoftRules: ruleFinding(sorted.microsoftDisabled),
		coexistenceRules: ruleFinding(sorted.coexistence),
		features: Object.fromEntries(FEATURE_IDS.map((id) => [id, feature(files, id)])) as Record<
			FeatureId,
			Finding<boolean>
		>,
		upnAttribute: parameterFinding(files, PARAMETERS.upnAttribute, (text) => text.trim() || undefined),
		sourceAnchor: parameterFinding(files, PARAMETERS.sourceAnchor, (text) => text.trim() || undefined),
		stagingMode: parameterFinding(files, PARAMETERS.stagingMode, switchOf),
	};
}
