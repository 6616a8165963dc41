/**
 * Reads the global settings file (`GlobalSettings/*.xml`: `<saved-mv-configuration>` around
 * `<mv-data>`): the server's name, and its global parameters, where the optional features, the UPN
 * and source anchor attributes, staging mode and the configuration's version are set.
 */
import { child, childrenNamed, type XmlElement } from './xml';

/** The elements of the global settings the reader never needs. */
export const GLOBAL_SETTINGS_SKIPPED = new Set(['schema', 'import-attribute-flow']);

/** What the global settings file says. */
export interface GlobalSettingsReading {
	/** The `server` attribute of `<saved-mv-configuration>`, when present. */
	server: string | undefined;
	/** The global parameters by name, each with its text ('' when empty). */
	parameters: ReadonlyMap<string, string>;
}

/** The global parameters that answer the readiness questions. */
export const PARAMETERS = {
	passwordHashSync: 'Microsoft.OptionalFeature.PasswordHashSync',
	passwordWriteback: 'Microsoft.OptionalFeature.PasswordWriteback',
	exchangeHybrid: 'Microsoft.OptionalFeature.HybridExchange',
	deviceSync: 'Microsoft.OptionalFeature.DeviceWriteUp',
	deviceWriteback: 'Microsoft.OptionalFeature.DeviceWriteBack',
	groupWriteback: 'Microsoft.OptionalFeature.GroupWriteBack',
	userWriteback: 'Microsoft.OptionalFeature.UserWriteBack',
	directoryExtensions: 'Microsoft.OptionalFeature.DirectoryExtension',
	groupFiltering: 'Microsoft.OptionalFeature.GroupFiltering',
	upnAttribute: 'Microsoft.SynchronizationOption.UPNAttribute',
	sourceAnchor: 'Microsoft.SynchronizationOption.AnchorAttribute',
	stagingMode: 'Microsoft.Synchronize.StagingMode',
	version: 'Microsoft.Synchronize.ServerConfigurationVersion',
} as const;

/** What the global settings file rooted at `root` says. */
export function readGlobalSettings(root: XmlElement): GlobalSettingsReading {
	const mvData = root.name === 'mv-data' ? root : child(root, 'mv-data');
	const parameters = new Map<string, string>();
	for (const parameter of childrenNamed(child(mvData, 'parameter-values'), 'parameter')) {
		const name = parameter.attributes['name'];
		if (name) parameters.set(name, parameter.text);
	}
	return { server: root.attributes['server']?.trim() || undefined, parameters };
}
