/**
 * The reader's entry point: files in (each a name and its bytes; a .zip is opened), the reading
 * out. Each file is recognised by its content; a file that is not part of an export, cut short or
 * not UTF-8 gets a message naming it, and nothing is taken from it. Files of two servers mixed
 * are refused together, since answers put together from both would describe neither.
 */
import { answerOrigins, answersFrom } from './answers';
import { isZip } from './decode';
import { notDetermined, type ConfigurationReading } from './findings';
import { recogniseFile, type RecognisedFile } from './recognise';
import { readServerConfiguration, type ServerConfigurationFiles } from './server-configuration';
import { readSettingsConfiguration } from './settings-configuration';
import { FEATURE_IDS, type ExportFile, type ExportReading, type FileKind, type FileMessage } from './types';
import { expandZip } from './zip';

/** Nothing known: the configuration when no file could be used. */
function nothingRead(why: string): ConfigurationReading {
	const none = notDetermined<never>(why);
	return {
		server: none,
		version: none,
		forests: none,
		otherConnectors: [],
		customRules: none,
		disabledMicrosoftRules: none,
		coexistenceRules: none,
		features: Object.fromEntries(FEATURE_IDS.map((id) => [id, none])) as ConfigurationReading['features'],
		upnAttribute: none,
		sourceAnchor: none,
		stagingMode: none,
	};
}

/** The files, with every .zip replaced by its files (or by a message saying why it cannot be opened). */
function expand(files: readonly ExportFile[], messages: FileMessage[]): ExportFile[] {
	return files.flatMap((file) => {
		if (!isZip(file.bytes)) return [file];
		const opened = expandZip(file);
		if (opened.ok) return opened.files;
		messages.push({ file: file.name, level: 'error', text: opened.why });
		return [];
	});
}

/** A server's name as the files write it, compared by its first label: CONTOSO-SYNC01 and contoso-sync01.contoso.com agree. */
const serverKey = (name: string) => name.split('.')[0]!.trim().toUpperCase();

/** The server each file names, where it names one. */
function serverOf(file: RecognisedFile): string | undefined {
	if (file.kind === 'global-settings') return file.settings.server;
	if (file.kind === 'settings-json') return file.settings.host;
	if (file.kind === 'migrated-policy') return file.host;
	return undefined;
}

/** A message when the files come from more than one server (by name, or two connectors to one forest). */
function mixedServers(files: readonly RecognisedFile[]): FileMessage | undefined {
	const servers = new Map<string, string[]>();
	for (const file of files) {
		const server = serverOf(file);
		if (server) servers.set(serverKey(server), [...(servers.get(serverKey(server)) ?? []), file.file]);
	}
	if (servers.size > 1) {
		const list = [...servers].map(([server, names]) => `${server} (${names.join(', ')})`).join('; ');
		return {
			file: [...servers.values()].flat().join(', '),
			level: 'error',
			text: `these files come from different servers: ${list}. Read one server's export at a time; nothing was filled in.`,
		};
	}
	const forests = new Map<string, Set<string>>();
	for (const file of files) {
		if (file.kind !== 'connector' || file.connector.kind !== 'ad' || !file.connector.forest) continue;
		const key = file.connector.forest.toLowerCase();
		forests.set(key, (forests.get(key) ?? new Set()).add(file.connector.id));
	}
	const twice = [...forests].find(([, ids]) => ids.size > 1);
	if (!twice) return undefined;
	const names = files
		.filter(
			(file) =>
				file.kind === 'connector' && file.connector.kind === 'ad' && file.connector.forest?.toLowerCase() === twice[0],
		)
		.map((file) => file.file);
	return {
		file: names.join(', '),
		level: 'error',
		text: `two connectors with different ids connect the forest ${twice[0]}: the files come from two servers' exports (an active and a staging server, say). Read one server's export at a time; nothing was filled in.`,
	};
}

/** Reads a Connect Sync export from `files`. Never throws: each problem is a message naming its file. */
export function readConnectExport(files: readonly ExportFile[]): ExportReading {
	const messages: FileMessage[] = [];
	const recognised = expand(files, messages).map(recogniseFile);
	for (const file of recognised)
		if (file.kind === 'refused') messages.push({ file: file.file, level: 'error', text: file.why });
	const used = recognised.filter(
		(file): file is Exclude<RecognisedFile, { kind: 'refused' }> => file.kind !== 'refused',
	);
	const mixed = mixedServers(used);
	if (mixed) messages.push(mixed);
	const xml = used.filter(
		(file) => file.kind === 'connector' || file.kind === 'global-settings' || file.kind === 'sync-rule',
	);
	const json = used.flatMap((file) => (file.kind === 'settings-json' ? [file] : []));
	const policies = used.filter((file) => file.kind === 'migrated-policy');

	let format: ExportReading['format'] = 'none';
	let configuration: ConfigurationReading;
	let taken: Array<{ name: string; kind: FileKind }> = [];
	if (mixed) {
		configuration = nothingRead('the files come from different servers');
	} else if (xml.length > 0) {
		format = 'server-configuration';
		const set: ServerConfigurationFiles = { globalSettings: undefined, connectors: [], rules: [] };
		for (const file of xml) {
			if (file.kind === 'global-settings') {
				if (set.globalSettings)
					messages.push({
						file: file.file,
						level: 'note',
						text: `a second global settings file; ${set.globalSettings.file} was read`,
					});
				else set.globalSettings = { file: file.file, settings: file.settings };
			} else if (file.kind === 'connector') {
				const same = set.connectors.find((each) => each.connector.id === file.connector.id);
				if (same)
					messages.push({ file: file.file, level: 'note', text: `the same connector as ${same.file}; read once` });
				else set.connectors.push({ file: file.file, connector: file.connector });
			} else if (file.kind === 'sync-rule') set.rules.push(file.rule);
		}
		configuration = readServerConfiguration(set);
		taken = xml.map((file) => ({ name: file.file, kind: file.kind }));
		for (const file of json)
			messages.push({
				file: file.file,
				level: 'note',
				text: 'not used: the server-configuration files beside it say more',
			});
	} else if (json.length > 0) {
		format = 'settings-json';
		// The newest file counts (timeCreated is written in sortable UTC); the others are noted.
		const [newest, ...older] = [...json].sort((a, b) =>
			(b.settings.timeCreated ?? '').localeCompare(a.settings.timeCreated ?? ''),
		);
		configuration = readSettingsConfiguration(newest!.settings, newest!.file);
		taken = [{ name: newest!.file, kind: 'settings-json' }];
		for (const file of older)
			messages.push({ file: file.file, level: 'note', text: `not used: ${newest!.file} is newer` });
	} else {
		configuration = nothingRead('no file of a Connect Sync export was read');
	}
	for (const file of policies) {
		messages.push(
			format === 'none' && !mixed
				? {
						file: file.file,
						level: 'error',
						text: 'it is MigrateSettings.ps1’s MigratedPolicy.json, which holds only who exported what and when; add the other files of the Exported-ServerConfiguration folder it came with',
					}
				: { file: file.file, level: 'note', text: 'MigrateSettings.ps1’s metadata: nothing in it is needed' },
		);
	}
	const origins = answerOrigins(configuration);
	return { format, files: taken, messages, ...configuration, answers: answersFrom(origins), origins };
}
