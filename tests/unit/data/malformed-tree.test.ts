// The decision tree is one object, not a list of entries: a malformed tree still stops the build
// with a message naming the file, the question (by position and id) and the field.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { CapabilitySchema } from '../../../src/data/schemas/capabilities';
import { DecisionTreeSchema } from '../../../src/data/schemas/decision-tree';
import { parseDataFile, parseDataObjectFile } from '../../../src/data/strict-file-loader';

const TREE_FILE = 'content/data/decision-tree.json';
const tree = JSON.parse(readFileSync(new URL(`../../../${TREE_FILE}`, import.meta.url), 'utf-8')) as {
	questions: Array<{ id: string; kind: string; options: Array<{ implies: string[] }> }>;
};

function parseMutated(mutate: (copy: typeof tree) => void) {
	const copy = structuredClone(tree);
	mutate(copy);
	return () => parseDataObjectFile(TREE_FILE, JSON.stringify(copy), DecisionTreeSchema);
}

describe('parseDataObjectFile', () => {
	test('accepts the shipped decision tree', () => {
		expect(parseDataObjectFile(TREE_FILE, JSON.stringify(tree), DecisionTreeSchema).questions.length).toBe(
			tree.questions.length,
		);
	});

	test('names the question and the field of a wrong question kind', () => {
		const parse = parseMutated((copy) => {
			copy.questions[1]!.kind = 'several';
		});
		expect(parse).toThrow(`${TREE_FILE} does not match its schema`);
		expect(parse).toThrow(`questions[1] "${tree.questions[1]!.id}".kind`);
	});

	test('names the option and the need of an unknown need id', () => {
		const parse = parseMutated((copy) => {
			copy.questions[0]!.options[0]!.implies = ['single-forrest'];
		});
		expect(parse).toThrow(`questions[0] "${tree.questions[0]!.id}".options[0]`);
		expect(parse).toThrow('"single-forrest", which is not a need id (did you mean "single-forest"?)');
	});

	test('rejects a tree file that is not JSON, naming the file', () => {
		expect(() => parseDataObjectFile(TREE_FILE, '{ "start": ', DecisionTreeSchema)).toThrow(
			`${TREE_FILE}: not valid JSON`,
		);
	});
});

describe('capabilities data file', () => {
	test('names the capability and the field when a support level is misspelt', () => {
		const rows = JSON.parse(
			readFileSync(new URL('../../../content/data/capabilities.json', import.meta.url), 'utf-8'),
		) as Array<{
			id: string;
			support: Record<string, { level: string }>;
		}>;
		rows[4]!.support['cloud-sync']!.level = 'partial';
		expect(() => parseDataFile('content/data/capabilities.json', JSON.stringify(rows), CapabilitySchema)).toThrow(
			new RegExp(`entry "${rows[4]!.id}" \\(#5\\)[\\s\\S]*field "support\\.cloud-sync\\.level"`),
		);
	});
});
