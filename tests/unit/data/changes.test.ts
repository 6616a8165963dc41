// "What changed" as data: dated, newest first, sourced, and every entry linked to rows that exist.
import { describe, expect, test } from 'vitest';
import { ChangeSchema } from '../../../src/data/schemas/changes';
import { facts } from '../../support/load-facts';

const anchors = new Set([
	...facts.requirements.map((row) => `req-${row.id}`),
	...[...facts.configureFeatures, ...facts.network, ...facts.topologies, ...facts.operations].map(
		(row) => `req-${row.id}`,
	),
	...facts.capabilities.map((row) => `cap-${row.id}`),
]);

describe('the change list', () => {
	test('holds the changes a planner needs, newest first', () => {
		const dates = facts.changes.map((change) => change.date);
		expect(dates).toEqual(dates.toSorted().reverse());
		expect(facts.changes.length).toBeGreaterThanOrEqual(5);
		const words = facts.changes.map((change) => change.text ?? change.timeBound?.before ?? '').join('\n');
		for (const fact of ['4 → 6 GB', '4.6.2 → 4.7.2', 'Windows Server 2025', 'Device sync in Cloud Sync', '2.5.79.0']) {
			expect(words).toContain(fact);
		}
	});

	test('links every entry to rows that exist in the tables', () => {
		const broken = facts.changes.flatMap((change) =>
			change.rows.filter((row) => !anchors.has(row)).map((row) => `${change.id} → ${row}`),
		);
		expect(broken).toEqual([]);
	});

	test('gives every entry its own id and a check no older than its source', () => {
		const ids = facts.changes.map((change) => change.id);
		expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
		for (const change of facts.changes) expect(change.checked >= change.asOf, change.id).toBe(true);
	});

	test('keeps the deadline as a date field, worded before and after it', () => {
		const deadline = facts.changes.find((change) => change.id === 'connect-sync-2-5-79-0-required');
		expect(deadline?.timeBound?.date).toBe('2026-09-30');
		expect(deadline?.text).toBeUndefined();
	});
});

describe('ChangeSchema', () => {
	const entry = {
		id: 'example',
		date: '2025-09-29',
		rows: ['req-connect-sync-server'],
		source: 'https://learn.microsoft.com/entra/identity/hybrid/connect/how-to-connect-install-prerequisites',
		asOf: '2025-09-29',
		checked: '2026-11-27',
	};

	test('wants exactly one of "text" and "timeBound"', () => {
		expect(ChangeSchema.safeParse(entry).error?.issues.map((issue) => issue.message)).toEqual([
			'needs "text", or "timeBound" ({ date, before, after }) for a statement that turns on a date',
		]);
		const both = { ...entry, text: 'x', timeBound: { date: '2026-09-30', before: 'a {date}', after: 'b {date}' } };
		expect(ChangeSchema.safeParse(both).error?.issues.map((issue) => issue.message)).toEqual([
			'has both "text" and "timeBound"; keep "timeBound" for a statement that turns on a date, "text" otherwise',
		]);
	});

	test('rejects a row that is not a table anchor, and a placeholder other than {date}', () => {
		const result = ChangeSchema.safeParse({
			...entry,
			rows: ['connect-sync-server'],
			timeBound: { date: '2026-09-30', before: 'stops on {Date}', after: 'stopped on {date}' },
		});
		expect(result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).toSorted()).toEqual([
			'rows.0: must be a row anchor such as "req-connect-sync-server" or "cap-device-sync"',
			'timeBound.before: "{Date}" is not a placeholder; write {date} where the date goes, or the date itself',
		]);
	});
});
