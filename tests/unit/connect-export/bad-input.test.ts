import { zipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { readConnectExport } from '../../../src/connect-export/read-export';
import { NO_ANSWERS } from '../../../src/elements/migration-readiness/readiness-state';
import { fixtureFiles, setParameter, textFile, textOf } from '../../support/connect-export-files';

const oneForest = () => fixtureFiles('one-forest');
const errorsOf = (reading: ReturnType<typeof readConnectExport>) =>
	reading.messages.filter((message) => message.level === 'error');

describe('files that are not a usable export', () => {
	test('a file that is not an export is named, and nothing is taken from it; the export beside it is still read', () => {
		const reading = readConnectExport([
			...oneForest(),
			textFile('report.html', '<!DOCTYPE html><html><body>Documenter report</body></html>'),
			textFile('schema.json', '{"synchronizationRules": []}'),
			textFile('notes.txt', 'sync server notes'),
		]);
		expect(errorsOf(reading).map((message) => [message.file, message.text.slice(0, 40)])).toEqual([
			['report.html', 'it is not part of a Connect Sync export:'],
			['schema.json', 'it is JSON, but not Connect Sync’s setti'],
			['notes.txt', 'it is neither XML nor JSON, so not a fil'],
		]);
		expect(reading.answers.forests).toBe(1);
		expect(reading.files).toHaveLength(oneForest().length);
	});

	test('MigratedPolicy.json alone says what it is and what to add, and fills nothing', () => {
		const policy = textFile(
			'any-name.json',
			'{"policyMetadata":{"type":"migration","author":"ALPINE\\\\admin"},"deploymentMetadata":{"hostName":"alpine-sync01"}}',
		);
		const reading = readConnectExport([policy]);
		expect(reading.format).toBe('none');
		expect(errorsOf(reading)).toEqual([
			{ file: 'any-name.json', level: 'error', text: expect.stringContaining('MigratedPolicy.json') },
		]);
		expect(reading.answers).toEqual(NO_ANSWERS);
		// Beside the export it came with, it is only noted.
		expect(readConnectExport([...oneForest(), policy]).messages).toEqual([
			{ file: 'any-name.json', level: 'note', text: expect.stringContaining('nothing in it is needed') },
		]);
	});

	test('a truncated XML or JSON file is said to be cut short, and nothing is taken from it', () => {
		const settings = textOf(oneForest().find((file) => file.name.endsWith('MV.xml'))!);
		const json = textOf(fixtureFiles('settings-json')[0]!);
		const reading = readConnectExport([
			textFile('MV.xml', settings.slice(0, settings.length / 2)),
			textFile('policy.json', json.slice(0, 300)),
		]);
		expect(errorsOf(reading).map((message) => message.file)).toEqual(['MV.xml', 'policy.json']);
		for (const message of errorsOf(reading)) expect(message.text).toMatch(/cut short/);
		expect(reading.answers).toEqual(NO_ANSWERS);
	});

	test('a UTF-16 file, with or without a byte order mark, is refused with the reason', () => {
		const text = textOf(oneForest().find((file) => file.name.endsWith('MV.xml'))!);
		const utf16 = new Uint8Array(text.length * 2 + 2);
		utf16.set([0xff, 0xfe]);
		for (let index = 0; index < text.length; index += 1) utf16[2 + index * 2] = text.charCodeAt(index);
		const reading = readConnectExport([
			{ name: 'MV-utf16.xml', bytes: utf16 },
			{ name: 'MV-utf16-no-bom.xml', bytes: utf16.subarray(2) },
		]);
		expect(errorsOf(reading)).toEqual([
			{ file: 'MV-utf16.xml', level: 'error', text: expect.stringContaining('UTF-16') },
			{ file: 'MV-utf16-no-bom.xml', level: 'error', text: expect.stringContaining('NUL bytes') },
		]);
		expect(reading.answers).toEqual(NO_ANSWERS);
	});

	test('a UTF-8 file with a byte order mark is read', () => {
		const files = oneForest().map((file) =>
			file.name.endsWith('MV.xml')
				? { name: file.name, bytes: new Uint8Array([0xef, 0xbb, 0xbf, ...file.bytes]) }
				: file,
		);
		expect(readConnectExport(files).answers.customUpn).toBe(false);
	});

	test('two servers’ exports mixed are refused together, naming each server’s files, and fill nothing', () => {
		const other = oneForest().map((file) =>
			file.name.endsWith('MV.xml')
				? textFile('other/MV.xml', textOf(file).replace("server='ALPINE-SYNC01'", "server='ALPINE-SYNC02'"))
				: file,
		);
		const reading = readConnectExport([...oneForest(), other.find((file) => file.name === 'other/MV.xml')!]);
		expect(errorsOf(reading)).toEqual([
			{
				file: 'GlobalSettings/MV.xml, other/MV.xml',
				level: 'error',
				text: expect.stringContaining('ALPINE-SYNC01 (GlobalSettings/MV.xml); ALPINE-SYNC02 (other/MV.xml)'),
			},
		]);
		expect(reading.format).toBe('none');
		expect(reading.answers).toEqual(NO_ANSWERS);
	});

	test('an active and a staging server’s connectors to one forest are refused as two exports', () => {
		const staging = textFile(
			'staging/Connector.xml',
			textOf(oneForest().find((file) => file.name.includes('6a1e'))!).replace(
				'{6A1E0C55-2F3B-4C1D-9E07-5D1F00A1B001}',
				'{11111111-2F3B-4C1D-9E07-5D1F00A1B001}',
			),
		);
		const reading = readConnectExport([...oneForest(), staging]);
		expect(errorsOf(reading)[0]?.text).toMatch(/two connectors with different ids connect the forest alpine.example/);
		expect(reading.answers).toEqual(NO_ANSWERS);
	});

	test('a .zip of the export is opened and read; a damaged one is named', () => {
		const archive = zipSync(Object.fromEntries(oneForest().map((file) => [`export/${file.name}`, file.bytes])));
		const reading = readConnectExport([{ name: 'alpine.zip', bytes: archive }]);
		expect(reading.answers.forests).toBe(1);
		expect(reading.files[0]?.name).toMatch(/^alpine\.zip\/export\//);
		const damaged = readConnectExport([{ name: 'broken.zip', bytes: archive.subarray(0, 200) }]);
		expect(errorsOf(damaged)).toEqual([{ file: 'broken.zip', level: 'error', text: expect.stringContaining('zip') }]);
	});

	test('an empty file, and a value the reader does not understand, are said so', () => {
		const odd = oneForest().map((file) =>
			file.name.endsWith('MV.xml')
				? textFile(file.name, setParameter(textOf(file), 'Microsoft.Synchronize.StagingMode', 'Maybe'))
				: file,
		);
		const reading = readConnectExport([...odd, { name: 'empty.xml', bytes: new Uint8Array() }]);
		expect(errorsOf(reading)).toEqual([{ file: 'empty.xml', level: 'error', text: 'it is empty' }]);
		expect(reading.stagingMode).toMatchObject({ state: 'not-determined', why: expect.stringContaining('"Maybe"') });
	});
});

describe('the same export given twice', () => {
	test('is read once: each connector and rule counted once, the repeats noted', () => {
		const twice = [
			...fixtureFiles('one-forest'),
			...fixtureFiles('one-forest').map((file) => ({ ...file, name: `copy/${file.name}` })),
		];
		const reading = readConnectExport(twice);
		expect(reading.forests.state === 'read' && reading.forests.value.map((forest) => forest.name)).toEqual([
			'alpine.example',
		]);
		expect(reading.answers).toEqual(readConnectExport(fixtureFiles('one-forest')).answers);
		expect(reading.messages.filter((message) => message.level === 'error')).toEqual([]);
		expect(reading.messages.map((message) => message.file)).toContain('copy/GlobalSettings/MV.xml');
	});
});
