/**
 * Recognises one file by its content, never by its name or folder: the root element of an XML file
 * (`ma-data`, `saved-mv-configuration`, `synchronizationRule`) or the top-level keys of a JSON file,
 * and reads it. Anything else is refused with the reason, and nothing is taken from it.
 */
import { CONNECTOR_SKIPPED, readConnector, type ConnectorReading } from './connectors';
import { decodeText } from './decode';
import { GLOBAL_SETTINGS_SKIPPED, readGlobalSettings, type GlobalSettingsReading } from './global-settings';
import { readRule, type SyncRule } from './rules';
import { isMigratedPolicy, isSettingsJson, readSettingsJson, type SettingsReading } from './settings-json';
import { parseXml } from './xml';
import type { ExportFile } from './types';

/** A file read, by what it was recognised as; `refused` says why nothing was taken from it. */
export type RecognisedFile =
	| { kind: 'connector'; file: string; connector: ConnectorReading }
	| { kind: 'global-settings'; file: string; settings: GlobalSettingsReading }
	| { kind: 'sync-rule'; file: string; rule: SyncRule }
	| { kind: 'settings-json'; file: string; settings: SettingsReading }
	| { kind: 'migrated-policy'; file: string; host: string | undefined }
	| { kind: 'refused'; file: string; why: string };

/** The elements skipped in each kind of XML file, by root element. */
const SKIPPED: Readonly<Record<string, ReadonlySet<string>>> = {
	'ma-data': CONNECTOR_SKIPPED,
	'saved-mv-configuration': GLOBAL_SETTINGS_SKIPPED,
	'mv-data': GLOBAL_SETTINGS_SKIPPED,
};

/** The root element's name, read from the text before parsing it all (past a declaration and comments). */
function rootName(text: string): string | undefined {
	const body = text.replace(/^\s*(<\?[\s\S]*?\?>\s*|<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*)*/, '');
	return /^<([A-Za-z_][\w.:-]*)/.exec(body)?.[1];
}

function recogniseXml(name: string, text: string): RecognisedFile {
	const root = rootName(text);
	const skip = root === undefined ? undefined : SKIPPED[root];
	const isExport = root === 'synchronizationRule' || skip !== undefined;
	if (!isExport) {
		return {
			kind: 'refused',
			file: name,
			why: `it is not part of a Connect Sync export: its root element is <${root ?? '?'}>, not a connector (<ma-data>), the global settings (<saved-mv-configuration>) or a synchronization rule (<synchronizationRule>)`,
		};
	}
	const parsed = parseXml(text, skip);
	if (!parsed.ok) return { kind: 'refused', file: name, why: parsed.why };
	if (root === 'ma-data') return { kind: 'connector', file: name, connector: readConnector(parsed.root) };
	if (root === 'synchronizationRule') return { kind: 'sync-rule', file: name, rule: readRule(parsed.root, name) };
	return { kind: 'global-settings', file: name, settings: readGlobalSettings(parsed.root) };
}

function recogniseJson(name: string, text: string): RecognisedFile {
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch (error) {
		const cut = /end of (JSON )?input|Unterminated/i.test((error as Error).message);
		return {
			kind: 'refused',
			file: name,
			why: cut
				? 'its JSON stops before its end: the file looks cut short; copy it again whole'
				: `it is not valid JSON (${(error as Error).message})`,
		};
	}
	if (isSettingsJson(json)) return { kind: 'settings-json', file: name, settings: readSettingsJson(json) };
	if (isMigratedPolicy(json)) return { kind: 'migrated-policy', file: name, host: readSettingsJson(json).host };
	return {
		kind: 'refused',
		file: name,
		why: 'it is JSON, but not Connect Sync’s settings export: it has neither onpremisesDirectoryPolicy nor azureDirectoryPolicy',
	};
}

/** What `file` is, read; or why nothing is taken from it. Never throws. */
export function recogniseFile(file: ExportFile): RecognisedFile {
	try {
		return recognise(file);
	} catch (error) {
		// A shape no reader above expects: said, never thrown at the page.
		return {
			kind: 'refused',
			file: file.name,
			why: `the reader could not make sense of it (${(error as Error).message})`,
		};
	}
}

function recognise(file: ExportFile): RecognisedFile {
	const decoded = decodeText(file.bytes);
	if (!decoded.ok) return { kind: 'refused', file: file.name, why: decoded.why };
	const text = decoded.text.trimStart();
	if (text.startsWith('<')) return recogniseXml(file.name, text);
	if (text.startsWith('{') || text.startsWith('[')) return recogniseJson(file.name, text);
	return {
		kind: 'refused',
		file: file.name,
		why: 'it is neither XML nor JSON, so not a file of a Connect Sync export',
	};
}
