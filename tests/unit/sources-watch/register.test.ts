// The source register as the watch reads it and as `--record` writes it back, and the schema of `seen`.
import { describe, expect, test } from 'vitest';
import { SourcePageSchema, type SourceSeen } from '../../../src/data/schemas/sources';
import { readRegister, withRecords } from '../../../src/sources-watch/register';

const ADDRESS = 'https://learn.microsoft.com/entra/identity/hybrid/connect/reference-connect-ports';
const OTHER = 'https://learn.microsoft.com/entra/identity/hybrid/whatis-hybrid-identity';
const SEEN: SourceSeen = {
	msDate: '2025-04-09',
	updatedAt: '2025-04-10T17:22:00Z',
	gitCommitId: '3f1c0de2a9b84e5f6a7b8c9d0e1f2a3b4c5d6e7f',
	recorded: '2026-11-27',
};

describe('readRegister', () => {
	test('reads each page with its record, or null before the first', () => {
		const register = [
			{ id: ADDRESS, title: 'Ports', seen: SEEN },
			{ id: OTHER, title: 'What is hybrid identity?', undated: true },
		];
		expect(readRegister(register)).toEqual({
			sources: [
				{ address: ADDRESS, title: 'Ports', seen: SEEN },
				{ address: OTHER, title: 'What is hybrid identity?', seen: null },
			],
			problems: [],
		});
	});

	test('names each entry it cannot use', () => {
		const register = [
			{ title: 'No address' },
			{ id: ADDRESS, title: 'Ports', seen: { msDate: '2025-04-09' } },
			{ id: OTHER, title: 'Hybrid', seen: { gitCommitId: 42, recorded: '2026-11-27' } },
		];
		expect(readRegister(register).problems).toEqual([
			'entry #1 has no "id" address or no "title"',
			`entry #2 "${ADDRESS}": "seen.recorded" is not a date written YYYY-MM-DD`,
			`entry #3 "${OTHER}": "seen.gitCommitId" is not a string`,
		]);
		expect(readRegister({}).problems).toEqual(['is not a JSON array of pages']);
	});
});

describe('withRecords', () => {
	test('adds a record last in its entry and leaves every other entry as it was', () => {
		const register = [
			{ id: ADDRESS, title: 'Ports', undated: true },
			{ id: OTHER, title: 'Hybrid' },
		];
		const written = withRecords(register, new Map([[ADDRESS, SEEN]]));
		expect(JSON.stringify(written)).toBe(
			JSON.stringify([{ id: ADDRESS, title: 'Ports', undated: true, seen: SEEN }, register[1]]),
		);
		expect(written[1]).toBe(register[1]);
	});

	test('replaces an earlier record where it stood, its marks in one order, leaving out a missing mark', () => {
		const register = [{ id: ADDRESS, seen: { recorded: '2025-01-01', msDate: '2024-12-01' }, title: 'Ports' }];
		const record = { recorded: '2026-11-27', gitCommitId: SEEN.gitCommitId, msDate: '2025-04-09' };
		expect(JSON.stringify(withRecords(register, new Map([[ADDRESS, record]])))).toBe(
			JSON.stringify([
				{
					id: ADDRESS,
					seen: { msDate: '2025-04-09', gitCommitId: SEEN.gitCommitId, recorded: '2026-11-27' },
					title: 'Ports',
				},
			]),
		);
	});
});

describe('SourceSeenSchema', () => {
	test('accepts a register entry with a record, and one without', () => {
		expect(SourcePageSchema.safeParse({ id: ADDRESS, title: 'Ports', seen: SEEN }).success).toBe(true);
		expect(SourcePageSchema.safeParse({ id: ADDRESS, title: 'Ports' }).success).toBe(true);
	});

	test('names a misspelt field, a bad mark and a record with no mark', () => {
		const issues = (seen: unknown) =>
			SourcePageSchema.safeParse({ id: ADDRESS, title: 'Ports', seen }).error?.issues.map(
				(issue) => `${issue.path.join('.')}: ${issue.message}`,
			);
		expect(issues({ ...SEEN, msdate: '2025-04-09' })).toEqual([
			expect.stringMatching(/^seen: Unrecognized key.*msdate/),
		]);
		expect(issues({ ...SEEN, gitCommitId: 'ABC' })).toEqual([
			'seen.gitCommitId: must be a commit id in lower-case hexadecimal',
		]);
		expect(issues({ recorded: '2026-11-27' })).toEqual([
			'seen: needs at least one of msDate, updatedAt and gitCommitId',
		]);
	});
});
