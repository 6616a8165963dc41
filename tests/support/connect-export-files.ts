/** The reader's fixtures as files, and small edits that change one thing in them. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ExportFile } from '../../src/connect-export/types';

/** The folder of the reader's fixtures. */
export const FIXTURES = join(import.meta.dirname, '../fixtures/connect-export');

/** Every file under the fixture folder `name`, named by its path inside it. */
export function fixtureFiles(name: string): ExportFile[] {
	const folder = join(FIXTURES, name);
	return readdirSync(folder, { recursive: true, encoding: 'utf8' })
		.filter((path) => statSync(join(folder, path)).isFile())
		.sort()
		.map((path) => ({ name: path, bytes: new Uint8Array(readFileSync(join(folder, path))) }));
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** A file from text, as UTF-8. */
export const textFile = (name: string, text: string): ExportFile => ({ name, bytes: encoder.encode(text) });

/** The text of a file. */
export const textOf = (file: ExportFile): string => decoder.decode(file.bytes);

/** `files` with the one whose name contains `part` edited by `edit`. */
export function editFile(files: readonly ExportFile[], part: string, edit: (text: string) => string): ExportFile[] {
	const matches = files.filter((file) => file.name.includes(part));
	if (matches.length !== 1) throw new Error(`expected one fixture file named like ${part}, found ${matches.length}`);
	return files.map((file) => (file.name.includes(part) ? textFile(file.name, edit(textOf(file))) : file));
}

/** The global settings text with parameter `name` set to `value` (or left out, for undefined). */
export function setParameter(text: string, name: string, value: string | undefined): string {
	const pattern = new RegExp(`\\s*<parameter name="${name.replaceAll('.', '\\.')}"[^>]*?(/>|>[^<]*</parameter>)`);
	if (!pattern.test(text)) throw new Error(`no parameter ${name} to change`);
	const replacement =
		value === undefined
			? ''
			: `\n    <parameter name="${name}" type="string" use="SynchronizationGlobal" dataType="String">${value}</parameter>`;
	return text.replace(pattern, replacement);
}

/** The one-forest export with global parameter `name` set to `value` (or left out). */
export function withParameter(
	name: string,
	value: string | undefined,
	files = fixtureFiles('one-forest'),
): ExportFile[] {
	return editFile(files, 'MV.xml', (text) => setParameter(text, name, value));
}

/** A synchronization rule file, in the shape the server writes, with what a test sets. */
export function ruleFile(rule: {
	name: string;
	tag?: string;
	disabled?: boolean;
	target?: string;
	linkType?: string;
	connector?: string;
}): ExportFile {
	const id = `{${crypto.randomUUID()}}`;
	return textFile(
		`SynchronizationRules/SynchronizationRule_${id}.xml`,
		`<synchronizationRule>
  <id>${id}</id>
  <name>${rule.name}</name>
  <immutable-tag>${rule.tag ?? ''}</immutable-tag>
  <direction>Inbound</direction>
  <disabled>${rule.disabled ? 'True' : 'False'}</disabled>
  <connector>${rule.connector ?? '{6a1e0c55-2f3b-4c1d-9e07-5d1f00a1b001}'}</connector>
  <sourceObjectType>user</sourceObjectType>
  <targetObjectType>${rule.target ?? 'person'}</targetObjectType>
  <linkType>${rule.linkType ?? 'Join'}</linkType>
  <precedence>50</precedence>
</synchronizationRule>
`,
	);
}
