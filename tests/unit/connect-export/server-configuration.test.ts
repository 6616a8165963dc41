import { describe, expect, test } from 'vitest';
import { readConnectExport } from '../../../src/connect-export/read-export';
import type { FeatureId } from '../../../src/connect-export/types';
import { editFile, fixtureFiles, ruleFile, withParameter } from '../../support/connect-export-files';

const oneForest = () => fixtureFiles('one-forest');
const twoForests = () => [...oneForest(), ...fixtureFiles('second-forest')];

describe('reading a server-configuration export', () => {
	test('one forest: its selected domain, its containers, and the answers the check takes', () => {
		const reading = readConnectExport(oneForest());
		expect(reading.format).toBe('server-configuration');
		expect(reading.messages).toEqual([]);
		expect(reading.server).toMatchObject({ state: 'read', value: 'ALPINE-SYNC01' });
		expect(reading.version).toMatchObject({ state: 'read', value: '2.4.131.0' });
		expect(reading.forests).toMatchObject({
			state: 'read',
			value: [
				{
					name: 'alpine.example',
					domains: {
						state: 'read',
						value: [
							{
								dn: 'DC=alpine,DC=example',
								included: ['OU=Staff,DC=alpine,DC=example', 'OU=Groups,DC=alpine,DC=example'],
								excluded: ['DC=alpine,DC=example'],
							},
						],
					},
				},
			],
		});
		expect(reading.answers).toEqual({
			needs: ['users-groups-contacts', 'single-forest', 'password-hash-sync', 'ou-filtering'],
			forests: 1,
			objects: null,
			containers: 2,
			customUpn: false,
			groupFiltering: false,
		});
		expect(reading.origins.objects.state).toBe('not-determined');
		expect(reading.origins.customUpn).toMatchObject({ state: 'read', from: expect.stringContaining('UPNAttribute') });
	});

	test('two forests: both counted, only selected domain partitions kept, the most included containers of any domain', () => {
		const reading = readConnectExport(twoForests());
		const forests = reading.forests.state === 'read' ? reading.forests.value : [];
		expect(forests.map((forest) => forest.name)).toEqual(['alpine.example', 'birch.example']);
		const birch = forests[1]?.domains;
		expect(birch?.state === 'read' && birch.value.map((domain) => domain.dn)).toEqual([
			'DC=birch,DC=example',
			'DC=east,DC=birch,DC=example',
		]);
		expect(reading.answers.forests).toBe(2);
		expect(reading.answers.containers).toBe(3);
		expect(reading.answers.needs).toContain('multiple-connected-forests');
		expect(reading.answers.needs).not.toContain('single-forest');
	});

	test('a domain included from its root with nothing excluded is not OU filtering; a root excluded with OUs included is', () => {
		const unfiltered = editFile(oneForest(), 'Connector_{6a1e', (text) =>
			text
				.replace(/<exclusions>.*<\/exclusions>/, '<exclusions />')
				.replace(
					/<inclusions>.*<\/inclusions>/,
					'<inclusions><inclusion>DC=alpine,DC=example</inclusion></inclusions>',
				),
		);
		const reading = readConnectExport(unfiltered);
		expect(reading.origins.needs['ou-filtering']).toMatchObject({ state: 'read', value: false });
		expect(reading.answers.containers).toBe(1);
		expect(readConnectExport(oneForest()).origins.needs['ou-filtering']).toMatchObject({ value: true });
	});

	const FLAGS: ReadonlyArray<readonly [FeatureId, string, string]> = [
		['passwordHashSync', 'Microsoft.OptionalFeature.PasswordHashSync', 'password-hash-sync'],
		['passwordWriteback', 'Microsoft.OptionalFeature.PasswordWriteback', 'password-writeback'],
		['exchangeHybrid', 'Microsoft.OptionalFeature.HybridExchange', 'exchange-hybrid'],
		['deviceSync', 'Microsoft.OptionalFeature.DeviceWriteUp', 'device-sync'],
		['deviceWriteback', 'Microsoft.OptionalFeature.DeviceWriteBack', 'device-writeback'],
		['groupWriteback', 'Microsoft.OptionalFeature.GroupWriteBack', 'group-writeback-v1'],
		['directoryExtensions', 'Microsoft.OptionalFeature.DirectoryExtension', 'custom-ad-attributes'],
		['userWriteback', 'Microsoft.OptionalFeature.UserWriteBack', ''],
	];

	test.each(FLAGS)('%s is read on and off from %s, and ticks its need only when on', (feature, parameter, need) => {
		for (const [value, on] of [
			['True', true],
			['False', false],
		] as const) {
			const reading = readConnectExport(withParameter(parameter, value));
			expect(reading.features[feature]).toEqual({
				state: 'read',
				value: on,
				from: `${parameter} = ${value} in GlobalSettings/MV.xml`,
			});
			if (need) expect(reading.answers.needs.includes(need as never)).toBe(on);
		}
	});

	test('a flag missing from the global settings is not determined, never off', () => {
		const reading = readConnectExport(withParameter('Microsoft.OptionalFeature.DeviceWriteBack', undefined));
		expect(reading.features.deviceWriteback).toEqual({
			state: 'not-determined',
			why: 'GlobalSettings/MV.xml has no Microsoft.OptionalFeature.DeviceWriteBack',
		});
		expect(reading.origins.needs['device-writeback']?.state).toBe('not-determined');
	});

	test('without the password hash sync flag, the AD connector’s own setting is read', () => {
		const reading = readConnectExport(withParameter('Microsoft.OptionalFeature.PasswordHashSync', undefined));
		expect(reading.features.passwordHashSync).toMatchObject({
			state: 'read',
			value: true,
			from: expect.stringContaining('password-hash-sync-config'),
		});
	});

	test('without the Exchange hybrid flag, an enabled Microsoft Exchange Hybrid rule infers it on', () => {
		const files = [
			...withParameter('Microsoft.OptionalFeature.HybridExchange', undefined),
			ruleFile({ name: 'Out to AD - User Exchange Hybrid', tag: 'Microsoft.OuttoADUserExchangeHybrid.003' }),
		];
		expect(readConnectExport(files).features.exchangeHybrid).toMatchObject({ state: 'inferred', value: true });
	});

	test('a UPN taken from another attribute is a custom UPN; the source anchor and staging mode are read', () => {
		const reading = readConnectExport(withParameter('Microsoft.SynchronizationOption.UPNAttribute', 'mail'));
		expect(reading.upnAttribute).toMatchObject({ state: 'read', value: 'mail' });
		expect(reading.answers.customUpn).toBe(true);
		expect(reading.sourceAnchor).toMatchObject({ state: 'read', value: 'mS-DS-ConsistencyGuid' });
		expect(reading.stagingMode).toMatchObject({ state: 'read', value: false });
		const staging = readConnectExport(withParameter('Microsoft.Synchronize.StagingMode', 'True'));
		expect(staging.stagingMode).toMatchObject({ state: 'read', value: true });
	});

	test('group filtering: the flag decides; a flag on with no group named says so; a group named without the flag infers it', () => {
		const withGroup = (files = oneForest()) =>
			editFile(files, 'Connector_{6a1e', (text) =>
				text.replace(
					'<parameter name="Connector.GroupFilteringGroupDn" type="string" use="global" dataType="String" />',
					'<parameter name="Connector.GroupFilteringGroupDn" type="string" use="global" dataType="String">CN=Pilot,OU=Groups,DC=alpine,DC=example</parameter>',
				),
			);
		const on = readConnectExport(withGroup(withParameter('Microsoft.OptionalFeature.GroupFiltering', 'True')));
		expect(on.answers.groupFiltering).toBe(true);
		expect(on.features.groupFiltering).toMatchObject({
			state: 'read',
			from: 'Microsoft.OptionalFeature.GroupFiltering = True in GlobalSettings/MV.xml',
		});
		const noGroup = readConnectExport(withParameter('Microsoft.OptionalFeature.GroupFiltering', 'True'));
		expect(noGroup.features.groupFiltering).toMatchObject({
			state: 'read',
			value: true,
			from: expect.stringContaining('no connector file names the group'),
		});
		const noFlag = readConnectExport(withGroup(withParameter('Microsoft.OptionalFeature.GroupFiltering', undefined)));
		expect(noFlag.features.groupFiltering).toMatchObject({ state: 'inferred', value: true });
	});

	test('without the version parameter, the Microsoft Entra connector’s version is inferred', () => {
		const reading = readConnectExport(withParameter('Microsoft.Synchronize.ServerConfigurationVersion', undefined));
		expect(reading.version).toMatchObject({ state: 'inferred', value: '2.4.131.0' });
	});

	test('connectors alone: forests and containers are read, every feature is not determined', () => {
		const reading = readConnectExport(oneForest().filter((file) => file.name.startsWith('Connectors/')));
		expect(reading.answers.forests).toBe(1);
		expect(reading.features.exchangeHybrid.state).toBe('not-determined');
		expect(reading.answers.customUpn).toBeNull();
		expect(reading.customRules.state).toBe('not-determined');
		expect(reading.origins.needs['advanced-sync-rules']?.state).toBe('not-determined');
	});
});

describe('a big forest’s connector file', () => {
	test('a schema of megabytes on one line is skipped, and the partitions after it are read', () => {
		const attributes = Array.from(
			{ length: 40_000 },
			(_, index) => `<dsml:attribute ref="#attribute${index}" required="false" />`,
		).join('');
		const files = editFile(fixtureFiles('one-forest'), 'Connector_{6a1e', (text) =>
			text.replace(
				/<schema>.*?<\/schema>/,
				`<schema><dsml:dsml xmlns:dsml="http://www.dsml.org/DSML"><dsml:directory-schema><dsml:class id="user">${attributes}</dsml:class></dsml:directory-schema></dsml:dsml></schema>`,
			),
		);
		expect(files.find((file) => file.name.includes('6a1e'))!.bytes.length).toBeGreaterThan(2_000_000);
		expect(readConnectExport(files).answers).toEqual(readConnectExport(fixtureFiles('one-forest')).answers);
	});
});
