import { describe, expect, test } from 'vitest';
import { readConnectExport } from '../../../src/connect-export/read-export';
import { fixtureFiles, ruleFile } from '../../support/connect-export-files';

const withRules = (...rules: ReturnType<typeof ruleFile>[]) =>
	readConnectExport([...fixtureFiles('one-forest'), ...rules]);
const names = (finding: { state: string; value?: ReadonlyArray<{ name: string }> }) =>
	finding.value?.map((rule) => rule.name);

describe('synchronization rules', () => {
	test('Microsoft’s rules alone: no custom rule, and advanced sync rules read as not needed', () => {
		const reading = withRules();
		expect(names(reading.customRules)).toEqual([]);
		expect(reading.origins.needs['advanced-sync-rules']).toMatchObject({ state: 'read', value: false });
	});

	test('a rule with no Microsoft immutable tag is custom, listed by name, and ticks advanced sync rules', () => {
		const reading = withRules(ruleFile({ name: 'In from AD - User Department Code' }));
		expect(names(reading.customRules)).toEqual(['In from AD - User Department Code']);
		expect(reading.answers.needs).toContain('advanced-sync-rules');
		expect(reading.origins.needs['advanced-sync-rules']).toMatchObject({
			state: 'read',
			from: expect.stringContaining('In from AD - User Department Code'),
		});
	});

	test('a cloned rule: the clone is custom, and the Microsoft rule it leaves disabled is listed apart', () => {
		const reading = withRules(
			ruleFile({ name: 'In from AD - User Common - Cloned - 2026-10-01' }),
			ruleFile({ name: 'In from AD - User Common', tag: 'Microsoft.InfromADUserCommon.011', disabled: true }),
		);
		expect(names(reading.customRules)).toEqual(['In from AD - User Common - Cloned - 2026-10-01']);
		expect(names(reading.disabledMicrosoftRules)).toEqual(['In from AD - User Common']);
	});

	test('a disabled Microsoft rule alone infers advanced sync rules', () => {
		const reading = withRules(
			ruleFile({ name: 'In from AD - User Common', tag: 'Microsoft.InfromADUserCommon.011', disabled: true }),
		);
		expect(reading.origins.needs['advanced-sync-rules']).toMatchObject({ state: 'inferred', value: true });
	});

	test('the documented coexistence rules (cloudNoFlow, JoinNoFlow) are listed apart and are not custom rules', () => {
		const reading = withRules(
			ruleFile({ name: 'In from AD - User NoFlow', target: 'cloudNoFlow', linkType: 'JoinNoFlow' }),
			ruleFile({ name: 'Out to AD - Group SOAinAAD coexistence with Cloud Sync' }),
		);
		expect(names(reading.coexistenceRules)).toEqual([
			'In from AD - User NoFlow',
			'Out to AD - Group SOAinAAD coexistence with Cloud Sync',
		]);
		expect(names(reading.customRules)).toEqual([]);
		expect(reading.answers.needs).not.toContain('advanced-sync-rules');
	});

	test('the same rule given twice (an export read twice) counts once', () => {
		const rule = ruleFile({ name: 'In from AD - User Department Code' });
		expect(names(withRules(rule, { ...rule, name: 'copy/of/it.xml' }).customRules)).toEqual([
			'In from AD - User Department Code',
		]);
	});
});
