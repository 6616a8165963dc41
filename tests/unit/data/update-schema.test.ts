// A row's statements from other Learn pages: text or time-bound, each sourced and dated.
import { describe, expect, test } from 'vitest';
import { ToolSupportSchema } from '../../../src/data/schemas/capabilities';
import { RequirementSchema, UpdateSchema } from '../../../src/data/schemas/requirements';
import { requirementRows } from '../../support/load-facts';

const SOURCE = 'https://learn.microsoft.com/entra/identity/hybrid/connect/how-to-connect-install-prerequisites';

describe('UpdateSchema', () => {
	test('accepts a time-bound statement in place of text, and a check date of its own', () => {
		const update = {
			id: 'deadline',
			timeBound: { date: '2026-09-30', before: 'Stops on {date}.', after: 'Stopped on {date}.' },
			source: SOURCE,
			asOf: '2025-09-29',
			checked: '2026-11-27',
		};
		expect(UpdateSchema.parse(update)).toEqual(update);
	});

	test('names what is wrong with a statement that has neither wording, or a misspelt field', () => {
		const result = UpdateSchema.safeParse({ txt: 'x', source: SOURCE, asOf: '2025-09-29' });
		expect(result.error?.issues.map((issue) => issue.message)).toEqual([
			'Unrecognized key: "txt"',
			'needs "text", or "timeBound" ({ date, before, after }) for a statement that turns on a date',
		]);
		const empty = UpdateSchema.safeParse({ source: SOURCE, asOf: '2025-09-29' });
		expect(empty.error?.issues[0]?.message).toMatch(/^needs "text", or "timeBound"/);
	});

	test('rejects a date that is not on the calendar and wordings that say the same on both sides', () => {
		const result = UpdateSchema.safeParse({
			timeBound: { date: '2026-02-30', before: 'Same.', after: 'Same.' },
			source: SOURCE,
			asOf: '2025-09-29',
		});
		expect(result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)).toEqual([
			'timeBound.date: is not a calendar date; write a real day as YYYY-MM-DD, e.g. "2023-03-01"',
			'timeBound.after: is the same as "before"; say what is true once the date has passed',
		]);
	});

	test('gives every update id in the data to one statement only', () => {
		const ids = requirementRows.flatMap(({ row }) => row.updates.flatMap((update) => (update.id ? [update.id] : [])));
		expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
		expect(ids).toContain('connect-sync-2-5-79-0-deadline');
	});

	test('is what requirement rows hold in "updates"', () => {
		const row = requirementRows[0]!.row;
		expect(() =>
			RequirementSchema.parse({ ...row, updates: [{ text: 'x', source: 'not a link', asOf: '2025-09-29' }] }),
		).toThrow(/learn\.microsoft\.com/);
	});
});

describe('ToolSupportSchema', () => {
	test('lets a note carry its own source, with its date', () => {
		expect(
			ToolSupportSchema.safeParse({ level: 'no', note: 'Preview.', source: SOURCE, asOf: '2026-07-21' }).success,
		).toBe(true);
		expect(
			ToolSupportSchema.safeParse({ level: 'no', note: 'Preview.', source: SOURCE }).error?.issues.map(
				(issue) => issue.message,
			),
		).toEqual(['a note\'s "source" and "asOf" go together; give both, or neither to cite the row\'s source']);
	});

	test('refuses an address with a locale, which would pin readers to one language', () => {
		const result = ToolSupportSchema.safeParse({
			level: 'no',
			note: 'x',
			source: 'https://learn.microsoft.com/en-us/entra/identity/hybrid/cloud-sync/device-sync',
			asOf: '2026-07-21',
		});
		expect(result.error?.issues[0]?.message).toMatch(/^has a locale/);
	});
});
