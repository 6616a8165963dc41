// Where a data file's JSON breaks: the scanner must agree with JSON.parse on what is valid, and name
// the line, column and entry of the slips a maintainer makes, including those V8 gives no position for.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { findJsonSyntaxError } from '../../../src/data/json-syntax';
import { PROJECT_ROOT } from '../../support/astro-build';

const DATA = join(PROJECT_ROOT, 'content/data');

describe('findJsonSyntaxError', () => {
	test.each(readdirSync(DATA).filter((file) => file.endsWith('.json')))('finds nothing wrong in %s', (file) => {
		expect(findJsonSyntaxError(readFileSync(join(DATA, file), 'utf8'))).toBeUndefined();
	});

	test('finds nothing wrong in the corners of JSON: escapes, numbers, empty lists and objects, a top-level string', () => {
		for (const text of ['[]', '{}', ' [ {} , [] ] ', '"a \\" \\\\ \\u00e9"', '[-0.5e+10, 0, 12, true, false, null]']) {
			expect(() => void JSON.parse(text)).not.toThrow();
			expect(findJsonSyntaxError(text), text).toBeUndefined();
		}
	});

	const entry = (body: string) =>
		`[\n  { "id": "first", "asOf": "2023-03-01" },\n  {\n    "id": "second",\n${body}\n  }\n]\n`;

	test.each([
		[
			'a comma after the last detail',
			entry('    "details": ["a",\n    ]'),
			5,
			20,
			'a comma before "]"; JSON allows none after the last item',
		],
		[
			'a comma after the last field',
			entry('    "asOf": "2023-03-01",'),
			5,
			25,
			'a comma before "}"; JSON allows none after the last item',
		],
		[
			'a missing comma',
			entry('    "asOf": "2023-03-01"\n    "checked": "2026-11-27"'),
			6,
			5,
			`expected "," or "}" (is a comma missing?), found '"checked": "2026-11-'`,
		],
		[
			'curly quotes pasted from a page',
			entry('    "asOf": “2023-03-01”'),
			5,
			13,
			'expected a value (text in "double quotes", a number, true, false, null, [ or {), found \'“2023-03-01”\'',
		],
		[
			'a string left open',
			entry('    "asOf": "2023-03-01,\n    "checked": "x"'),
			5,
			25,
			'a line break or tab inside a string; close the string with " first',
		],
		[
			'a missing colon',
			entry('    "asOf" "2023-03-01"'),
			5,
			12,
			`expected ":" after the field name, found '"2023-03-01"'`,
		],
	])('names %s by line, column and entry', (_, text, line, column, problem) => {
		expect(() => void JSON.parse(text)).toThrow();
		expect(findJsonSyntaxError(text)).toEqual({ line, column, entry: { index: 1, id: 'second' }, problem });
	});

	test('puts a comma after the last entry at the comma, in no entry (the slip of deleting the last entry)', () => {
		expect(findJsonSyntaxError('[\n  { "id": "a" },\n  { "id": "b" },\n]\n')).toEqual({
			line: 3,
			column: 16,
			problem: 'a comma before "]"; JSON allows none after the last item',
		});
	});

	test('names no entry for text after the end of the list', () => {
		expect(findJsonSyntaxError('[\n  { "id": "a" }\n]\n]')).toEqual({
			line: 4,
			column: 1,
			problem: "text after the end of the file's JSON, from ']'",
		});
	});

	test('finds a backslash that starts no escape where it stands, as JSON.parse does', () => {
		const text = '[\n  { "id": "a", "requirement\\: "On-demand" }\n]';
		expect(() => void JSON.parse(text)).toThrow(/escaped character/);
		expect(findJsonSyntaxError(text)).toEqual({
			line: 2,
			column: 28,
			entry: { index: 0, id: 'a' },
			problem:
				'a backslash that starts no escape; write \\\\ for a backslash itself (escapes are \\" \\\\ \\/ \\b \\f \\n \\r \\t \\u and four hex digits)',
		});
		expect(findJsonSyntaxError('["\\u12G4"]')).toMatchObject({ column: 3 });
	});

	test('names a byte-order mark at the start, which JSON.parse refuses and some Windows editors write', () => {
		const text = '\uFEFF[\n  { "id": "a" }\n]';
		expect(() => void JSON.parse(text)).toThrow();
		expect(findJsonSyntaxError(text)).toEqual({
			line: 1,
			column: 1,
			problem:
				'the file starts with a byte-order mark (BOM), which JSON does not allow; save it as UTF-8 without BOM (in VS Code: the status bar’s encoding, then Save with Encoding, UTF-8)',
		});
	});

	test('names an entry by its position alone when its id comes after the slip, and text after the end', () => {
		expect(findJsonSyntaxError('[\n  { "asOf": 2023-03-01, "id": "x" }\n]')).toMatchObject({
			line: 2,
			entry: { index: 0 },
		});
		expect(findJsonSyntaxError('[]\n]')).toMatchObject({
			line: 2,
			column: 1,
			problem: "text after the end of the file's JSON, from ']'",
		});
	});
});
