import { describe, expect, test } from 'vitest';
import { readConnectExport } from '../../../src/connect-export/read-export';
import { fixtureFiles, textFile, textOf } from '../../support/connect-export-files';

const settings = () => fixtureFiles('settings-json');

describe('reading the settings JSON', () => {
	test('forests, domains, containers, custom rules, host and version are read', () => {
		const reading = readConnectExport(settings());
		expect(reading.format).toBe('settings-json');
		expect(reading.server).toMatchObject({ state: 'read', value: 'alpine-sync01.alpine.example' });
		expect(reading.version).toMatchObject({ state: 'read', value: '2.4.131.0' });
		expect(reading.answers.forests).toBe(1);
		expect(reading.answers.containers).toBe(2);
		expect(reading.customRules).toMatchObject({ state: 'read', value: [{ name: 'In from AD - User Custom Title' }] });
		expect(reading.answers.needs).toEqual(
			expect.arrayContaining(['single-forest', 'ou-filtering', 'advanced-sync-rules']),
		);
	});

	test('features with Microsoft rules are inferred from the standard rules it lists, on and off', () => {
		const reading = readConnectExport(settings());
		expect(reading.features.exchangeHybrid).toMatchObject({ state: 'inferred', value: true });
		expect(reading.features.deviceSync).toMatchObject({ state: 'inferred', value: false });
		expect(reading.answers.needs).toContain('exchange-hybrid');
	});

	test('what no published file confirms is not determined: password hash sync, writebacks, UPN, anchor, staging, group filtering', () => {
		const reading = readConnectExport(settings());
		for (const finding of [
			reading.features.passwordHashSync,
			reading.features.passwordWriteback,
			reading.features.userWriteback,
			reading.features.deviceWriteback,
			reading.features.groupFiltering,
			reading.upnAttribute,
			reading.sourceAnchor,
			reading.stagingMode,
			reading.disabledMicrosoftRules,
		]) {
			expect(finding.state).toBe('not-determined');
		}
		expect(reading.answers.customUpn).toBeNull();
		expect(reading.answers.groupFiltering).toBeNull();
		expect(reading.answers.needs).not.toContain('password-hash-sync');
	});

	test('keys are matched ignoring case, and one directory given as an object is read as a list of one', () => {
		const json = JSON.parse(textOf(settings()[0]!)) as { onpremisesDirectoryPolicy: unknown[] };
		const reshaped = JSON.stringify({
			...json,
			onpremisesDirectoryPolicy: undefined,
			OnPremisesDirectoryPolicy: json.onpremisesDirectoryPolicy[0],
		})
			.replaceAll('"partitionFilters"', '"PartitionFilters"')
			.replaceAll('"containerInclusions"', '"ContainerInclusions"');
		const reading = readConnectExport([textFile('policy.json', reshaped)]);
		expect(reading.answers.forests).toBe(1);
		expect(reading.answers.containers).toBe(2);
	});

	test('a directory without partitionFilters leaves domains and containers not determined', () => {
		const json = textOf(settings()[0]!).replace(/"partitionFilters": \[[\s\S]*?\n\t\t\t\],\n/, '');
		const reading = readConnectExport([textFile('policy.json', json)]);
		expect(reading.answers.forests).toBe(1);
		expect(reading.origins.containers).toMatchObject({
			state: 'not-determined',
			why: expect.stringContaining('partitionFilters'),
		});
	});

	test('of two settings files of one server, the newest is read and the other noted', () => {
		const newer = textOf(settings()[0]!)
			.replace('2026-11-02 09:15:00Z', '2026-11-20 08:00:00Z')
			.replace('2.4.131.0', '2.5.79.0');
		const reading = readConnectExport([...settings(), textFile('Exported-SynchronizationPolicy-newer.json', newer)]);
		expect(reading.version).toMatchObject({ value: '2.5.79.0' });
		expect(reading.messages).toEqual([
			{
				file: 'Exported-SynchronizationPolicy-20261102-091500.json',
				level: 'note',
				text: 'not used: Exported-SynchronizationPolicy-newer.json is newer',
			},
		]);
	});
});
