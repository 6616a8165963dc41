// `npm run readiness`: the reader on the command line, run as the package script runs it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { readConnectExport } from '../../src/connect-export/read-export';
import { assessMigration } from '../../src/decision/migration';
import { toMigrationInput } from '../../src/elements/migration-readiness/readiness-state';
import { FIXTURES, fixtureFiles } from '../support/connect-export-files';

const SCRIPT = join(import.meta.dirname, '../../scripts/readiness.ts');
const run = (...args: string[]) => spawnSync(process.execPath, [SCRIPT, ...args], { encoding: 'utf8' });

describe('npm run readiness', () => {
	test('prints the readiness report and what the files say, as Markdown', () => {
		const result = run('--objects', '1200', join(FIXTURES, 'one-forest'));
		expect(result.status, result.stderr).toBe(0);
		expect(result.stdout).toMatch(/^## Migration readiness: Move everything to Cloud Sync\n/);
		expect(result.stdout).toContain(
			'objects in scope: 1,200; most included containers in one domain: 2; custom UPN: no; group filtering: no',
		);
		expect(result.stdout).toContain('### The guided migration tool: applies');
		expect(result.stdout).toContain('## What the export files say');
		expect(result.stdout).toContain('- **Forest alpine.example**: 1 selected domain');
	});

	test('--json gives the reader’s reading of the folder, named as a browser names a chosen folder, and the assessment', () => {
		const result = run('--json', join(FIXTURES, 'one-forest'));
		expect(result.status, result.stderr).toBe(0);
		const output = JSON.parse(result.stdout) as {
			reading: unknown;
			assessment: unknown;
			minimumVersion: { version: string };
		};
		const files = fixtureFiles('one-forest').map((file) => ({ ...file, name: `one-forest/${file.name}` }));
		const reading = readConnectExport(files);
		expect(output.reading).toEqual(JSON.parse(JSON.stringify(reading)));
		expect(output.assessment).toEqual(assessMigration(toMigrationInput(reading.answers)));
		expect(output.minimumVersion.version).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
	});

	test('reads a .zip, and files given one by one by their own names', () => {
		const folder = mkdtempSync(join(tmpdir(), 'readiness-'));
		const archive = join(folder, 'export.zip');
		writeFileSync(
			archive,
			zipSync(Object.fromEntries(fixtureFiles('one-forest').map((file) => [file.name, file.bytes]))),
		);
		const zipped = JSON.parse(run('--json', archive).stdout) as { reading: { answers: { forests: number } } };
		expect(zipped.reading.answers.forests).toBe(1);
		const loose = JSON.parse(run('--json', join(FIXTURES, 'one-forest/GlobalSettings/MV.xml')).stdout) as {
			reading: { files: unknown };
		};
		expect(loose.reading.files).toEqual([{ name: 'MV.xml', kind: 'global-settings' }]);
	});

	test('exits 1 naming each file when nothing of an export could be read, and 2 on a usage error', () => {
		const folder = mkdtempSync(join(tmpdir(), 'readiness-'));
		writeFileSync(join(folder, 'notes.txt'), 'not an export');
		const nothing = run(folder);
		expect(nothing.status).toBe(1);
		expect(nothing.stderr).toMatch(/^Not read: .*notes\.txt: it is neither XML nor JSON/m);
		const bad = run('--objects', 'many', folder);
		expect(bad.status).toBe(2);
		expect(bad.stderr).toContain('--objects "many" is not a whole number');
		expect(run().status).toBe(2);
	});
});
