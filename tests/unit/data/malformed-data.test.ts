// A malformed data file stops the build with a message that names the file, the entry and the
// field (Astro's own file() loader would log and build on with missing facts).
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { RequirementSchema } from '../../../src/data/schemas/requirements';
import { DataFileError, parseDataFile } from '../../../src/data/strict-file-loader';

/** Parses a fixture as if it were content/data/requirements.json, under its own name. */
function parseFixture(name: string) {
	const fileName = `tests/fixtures/malformed-data/${name}`;
	const text = readFileSync(new URL(`../../../${fileName}`, import.meta.url), 'utf-8');
	return () => parseDataFile(fileName, text, RequirementSchema);
}

describe('parseDataFile', () => {
	test('rejects a file that is not valid JSON, naming the file and where the syntax breaks', () => {
		expect(parseFixture('invalid-json.json')).toThrowErrorMatchingInlineSnapshot(
			`[DataFileError: tests/fixtures/malformed-data/invalid-json.json: not valid JSON at line 3, column 20, in entry "tls-12" (#2): expected "," or "}" (is a comma missing?), found '"tool": "cloud-sync"']`,
		);
	});

	test('rejects a comma after the last item of a list, naming the line and the entry (V8 names neither)', () => {
		expect(parseFixture('trailing-comma.json')).toThrowErrorMatchingInlineSnapshot(
			`[DataFileError: tests/fixtures/malformed-data/trailing-comma.json: not valid JSON at line 9, column 33, in entry "tenant" (#2): a comma before "]"; JSON allows none after the last item]`,
		);
	});

	test('rejects a file that holds one object instead of an array of entries', () => {
		expect(parseFixture('not-an-array.json')).toThrowErrorMatchingInlineSnapshot(
			`[DataFileError: tests/fixtures/malformed-data/not-an-array.json: must hold a JSON array of entries, found object.]`,
		);
	});

	test('rejects an entry without an id, naming its position and the id field', () => {
		expect(parseFixture('entry-without-id.json')).toThrowErrorMatchingInlineSnapshot(`
			[DataFileError: tests/fixtures/malformed-data/entry-without-id.json: entry #2 has no "id" string.
			  - field "id": required]
		`);
	});

	test('rejects an id used twice, naming the second entry', () => {
		expect(parseFixture('duplicate-id.json')).toThrowErrorMatchingInlineSnapshot(`
			[DataFileError: tests/fixtures/malformed-data/duplicate-id.json: entry "agent-server" (#2) repeats an id already used above.
			  - field "id": must be unique in the file]
		`);
	});

	test('rejects a field of the wrong type, naming the entry and the field', () => {
		expect(parseFixture('wrong-type.json')).toThrowErrorMatchingInlineSnapshot(`
			[DataFileError: tests/fixtures/malformed-data/wrong-type.json: entry "agent-server" (#1) does not match its schema:
			  - field "details": Invalid input: expected array, received string]
		`);
	});

	test('rejects a source that is not a Microsoft Learn address', () => {
		expect(parseFixture('bad-source.json')).toThrowErrorMatchingInlineSnapshot(`
			[DataFileError: tests/fixtures/malformed-data/bad-source.json: entry "agent-server" (#1) does not match its schema:
			  - field "source": must be an https://learn.microsoft.com/ address, e.g. "https://learn.microsoft.com/entra/identity/hybrid/cloud-sync/what-is-cloud-sync"]
		`);
	});

	test('rejects a date not written YYYY-MM-DD', () => {
		expect(parseFixture('bad-date.json')).toThrowErrorMatchingInlineSnapshot(`
			[DataFileError: tests/fixtures/malformed-data/bad-date.json: entry "agent-server" (#1) does not match its schema:
			  - field "asOf": must be a date written YYYY-MM-DD, e.g. "2023-03-01"]
		`);
	});

	test('rejects a misspelt field name, which would otherwise leave the field and its facts out of the page', () => {
		expect(parseFixture('misspelt-field.json')).toThrowErrorMatchingInlineSnapshot(`
			[DataFileError: tests/fixtures/malformed-data/misspelt-field.json: entry "agent-server" (#1) does not match its schema:
			  - field "(entry)": Unrecognized key: "update"]
		`);
	});

	test('rejects a source with a space at its end, saying so', () => {
		expect(parseFixture('source-with-space.json')).toThrowErrorMatchingInlineSnapshot(`
			[DataFileError: tests/fixtures/malformed-data/source-with-space.json: entry "agent-server" (#1) does not match its schema:
			  - field "source": ends with a space; delete it]
		`);
	});

	test('throws a DataFileError, so the build can tell a data problem from a crash', () => {
		expect(parseFixture('bad-date.json')).toThrow(DataFileError);
	});
});
