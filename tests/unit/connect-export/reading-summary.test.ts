import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { compareVersions, minimumVersionFrom, MINIMUM_VERSION_FACT } from '../../../src/connect-export/minimum-version';
import { readConnectExport } from '../../../src/connect-export/read-export';
import { readingToMarkdown } from '../../../src/connect-export/reading-markdown';
import { summariseReading } from '../../../src/connect-export/reading-summary';
import { fixtureFiles, withParameter } from '../../support/connect-export-files';

const requirements = JSON.parse(
	readFileSync(join(import.meta.dirname, '../../../content/data/requirements.json'), 'utf8'),
) as unknown;
const minimum = {
	version: '2.5.79.0',
	date: '2026-09-30',
	source: 'https://learn.microsoft.com/x',
	asOf: '2025-09-29',
};
const lineOf = (label: string, today = '2026-12-01', files = fixtureFiles('one-forest')) =>
	summariseReading(readConnectExport(files), minimum, today).find((line) => line.label === label);

describe('what the files say, in words', () => {
	test('the minimum version comes from the dated fact the lookup names, in the real data', () => {
		const found = minimumVersionFrom(requirements);
		expect(found?.version).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
		expect(MINIMUM_VERSION_FACT).toContain(found!.version.replaceAll('.', '-'));
		expect(minimumVersionFrom([{ updates: [{ id: 'other' }] }])).toBeUndefined();
		expect(compareVersions('2.4.131.0', '2.5.79.0')).toBeLessThan(0);
		expect(compareVersions('2.10.1.0', '2.5.79.0')).toBeGreaterThan(0);
	});

	test('a version below the minimum is flagged, worded for before and after its date', () => {
		expect(lineOf('Connect Sync version', '2026-09-01')).toMatchObject({
			warn: true,
			text: expect.stringContaining("Microsoft's deadline for it is 30 September 2026"),
		});
		expect(lineOf('Connect Sync version')).toMatchObject({
			warn: true,
			text: expect.stringContaining("Microsoft's deadline for it passed on 30 September 2026"),
		});
		const current = withParameter('Microsoft.Synchronize.ServerConfigurationVersion', '2.5.79.0');
		expect(lineOf('Connect Sync version', '2026-12-01', current)).toMatchObject({
			warn: false,
			text: expect.stringContaining('at or above the minimum'),
		});
	});

	test('staging mode says why the guided tool must run on the active server', () => {
		const staging = withParameter('Microsoft.Synchronize.StagingMode', 'True');
		expect(lineOf('Staging mode', undefined, staging)).toMatchObject({
			warn: true,
			text: expect.stringContaining('runs only on the active server'),
		});
		expect(lineOf('Staging mode')).toMatchObject({ warn: false });
	});

	test('each domain’s included containers against the guided tool’s limit of 30', () => {
		const many = Array.from(
			{ length: 31 },
			(_, index) => `<inclusion>OU=Site${index},DC=alpine,DC=example</inclusion>`,
		).join('');
		const files = fixtureFiles('one-forest').map((file) =>
			file.name.includes('6a1e')
				? {
						...file,
						bytes: new TextEncoder().encode(
							new TextDecoder()
								.decode(file.bytes)
								.replace(/<inclusions>.*<\/inclusions>/, `<inclusions>${many}</inclusions>`),
						),
					}
				: file,
		);
		expect(lineOf('Forest alpine.example')?.items).toEqual([
			'DC=alpine,DC=example: 2 included containers, 1 excluded (the guided tool allows 30)',
		]);
		expect(lineOf('Forest alpine.example', undefined, files)).toMatchObject({
			warn: true,
			items: [expect.stringContaining("31 included containers, 1 excluded, over the guided tool's limit of 30")],
		});
	});

	test('the Markdown section lists every line, and the files not read', () => {
		const reading = readConnectExport([
			...fixtureFiles('one-forest'),
			{ name: 'notes.txt', bytes: new TextEncoder().encode('hello') },
		]);
		const markdown = readingToMarkdown(reading, { minimum, today: '2026-12-01' });
		expect(markdown).toMatch(/^## What the export files say\n/);
		expect(markdown).toContain('- **Objects in scope**: not determined: no Connect Sync export holds object counts');
		expect(markdown).toContain('### Files\n\n- Not read: notes.txt: it is neither XML nor JSON');
	});
});
