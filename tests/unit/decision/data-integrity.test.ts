import { describe, expect, test } from 'vitest';
import capabilities from '../../../content/data/capabilities.json';
import decisionTree from '../../../content/data/decision-tree.json';
import guidance from '../../../content/data/guidance.json';
import { NEED_IDS } from '../../../src/data/ids';
import { CapabilitySchema, needRowProblems } from '../../../src/data/schemas/capabilities';
import { DecisionTreeSchema } from '../../../src/data/schemas/decision-tree';
import { GUIDANCE_IDS, GuidanceSchema } from '../../../src/data/schemas/guidance';
import { MAX_PATH_QUESTIONS } from '../../../src/data/schemas/tree-shape';
import { parseDataFile } from '../../../src/data/strict-file-loader';

const SOURCE_A = 'https://learn.microsoft.com/entra/identity/hybrid/cloud-sync/connect-to-cloud-sync-decision-guide';
const SOURCE_B = 'https://learn.microsoft.com/entra/identity/hybrid/cloud-sync/what-is-cloud-sync';
const FILE = 'content/data/capabilities.json';

/** Parses mutated capabilities as the content loader does, so messages name file, entry and field. */
const parseCapabilities = (rows: unknown) =>
	parseDataFile(FILE, JSON.stringify(rows), CapabilitySchema, needRowProblems);

/** A deep copy of the capabilities with one row changed. */
function withCapability(
	id: string,
	change: (row: Record<string, unknown> & { support: Record<string, Record<string, unknown>> }) => void,
) {
	const rows = structuredClone(capabilities) as Array<
		Record<string, unknown> & { support: Record<string, Record<string, unknown>> }
	>;
	const row = rows.find((candidate) => candidate.id === id);
	if (!row) throw new Error(`no capability ${id}`);
	change(row);
	return rows;
}

type MutableTree = {
	start: string;
	questions: Array<
		Record<string, unknown> & {
			id: string;
			next: string | null;
			options: Array<Record<string, unknown> & { id: string; implies: string[] }>;
			notSure: Record<string, unknown>;
		}
	>;
};

/** The zod issues for a mutated copy of the tree, one `field: message` line each. */
function treeIssues(change: (tree: MutableTree) => void): string {
	const tree = structuredClone(decisionTree) as MutableTree;
	change(tree);
	const result = DecisionTreeSchema.safeParse(tree);
	if (result.success) return 'valid';
	return result.error.issues
		.map((issue) => `${issue.path.map(String).join('.') || '(tree)'}: ${issue.message}`)
		.join('\n');
}

const question = (tree: MutableTree, id: string) => {
	const found = tree.questions.find((candidate) => candidate.id === id);
	if (!found) throw new Error(`no question ${id}`);
	return found;
};

describe('capabilities.json', () => {
	test.each(capabilities.map((row) => [row.id, row] as const))('row %s matches CapabilitySchema', (_id, row) => {
		const result = CapabilitySchema.safeParse(row);
		expect(result.success ? [] : result.error.issues).toEqual([]);
	});

	test('loads through the strict loader: ids present and unique', () => {
		expect(parseCapabilities(capabilities)).toHaveLength(capabilities.length);
	});

	test('has one row for each of the 31 rows of the decision guide plus the 5 rows only the older tables had', () => {
		expect(capabilities.filter((row) => row.source === SOURCE_A)).toHaveLength(31);
		expect(capabilities.filter((row) => row.source === SOURCE_B).map((row) => row.id)).toEqual([
			'ldap-directory',
			'lightweight-agent',
			'install-on-domain-controller',
			'minimal-attribute-set',
			'entra-domain-services',
		]);
	});

	test('dates every decision-guide row 2025-02-17, but device sync by the guide of 2026-10-06 that changed it', () => {
		const dated = capabilities.filter((row) => row.source === SOURCE_A);
		expect(new Set(dated.filter((row) => row.id !== 'device-sync').map((row) => row.asOf))).toEqual(
			new Set(['2025-02-17']),
		);
		expect(dated.find((row) => row.id === 'device-sync')?.asOf).toBe('2026-10-06');
	});

	test('offers as needs exactly the selectable rows, in table order, as src/data/ids.ts lists them', () => {
		// On failure: add the id of a new selectable row to NEED_IDS in src/data/ids.ts (or remove a dropped one).
		expect(capabilities.filter((row) => row.selectable).map((row) => row.id)).toEqual([...NEED_IDS]);
		expect(capabilities.filter((row) => !row.selectable).map((row) => row.id)).toEqual([
			'lightweight-agent',
			'install-on-domain-controller',
			'minimal-attribute-set',
			'entra-domain-services',
		]);
	});

	test.each([
		['over-150k-objects-per-domain', 'yes', 'no', /SQL Server/, /150,000/],
		['groups-over-50k-members', 'yes', 'no', /250,000/, /50,000/],
		['attribute-filtering', 'yes', 'limited', /full/i, /organisational unit or security group/],
		['group-writeback-v1', 'yes', 'no', /Exchange/, /security group/],
		['device-sync', 'yes', 'yes', /hybrid join/, /1\.1\.1107/],
		['user-provisioning-to-ad', 'no', 'no', /not offered/i, /not offered/i],
	])(
		'states %s as Connect Sync %s, Cloud Sync %s, with the figures in the notes',
		(id, connect, cloud, connectNote, cloudNote) => {
			const row = capabilities.find((candidate) => candidate.id === id);
			expect(row?.support['connect-sync']).toMatchObject({ level: connect, note: expect.stringMatching(connectNote) });
			expect(row?.support['cloud-sync']).toMatchObject({ level: cloud, note: expect.stringMatching(cloudNote) });
		},
	);

	test('states the number of Connect Sync objects per domain as unlimited in the summary', () => {
		expect(capabilities.find((row) => row.id === 'over-150k-objects-per-domain')?.summary).toMatch(/no limit/i);
	});

	test('names the agents for what they are: several agents, one active at a time, with automatic failover', () => {
		const row = capabilities.find((candidate) => candidate.id === 'multiple-active-agents');
		expect(row?.label).toBe('Several agents with automatic failover');
		expect(JSON.stringify(row)).not.toMatch(/several active agents|three active agents/i);
		expect(row?.support['cloud-sync'].note).toMatch(/only one is active at a time/);
	});

	test("cites its own page for every note a page other than the row's source states", () => {
		const cited = capabilities.flatMap((row) =>
			Object.values(row.support).flatMap((cell) => ('source' in cell ? [cell.source] : [])),
		);
		expect(cited.length).toBeGreaterThan(20);
		expect(cited.every((source) => source.startsWith('https://learn.microsoft.com/'))).toBe(true);
	});

	test("marks the rows Microsoft's sources disagree on as disputed", () => {
		expect(capabilities.filter((row) => 'disputed' in row).map((row) => row.id)).toEqual([
			'disconnected-forests',
			'device-sync',
			'multiple-active-agents',
			'ad-fs-setup',
			'exchange-hybrid',
			'attribute-filtering',
			'group-writeback-v1',
			'user-provisioning-to-ad',
			'cross-domain-references',
			'ldap-directory',
		]);
	});

	test.each(capabilities.map((row) => [row.id, row.summary] as const))(
		'summarises %s in one sentence',
		(_id, summary) => {
			expect(summary).toMatch(/^[A-Z].*\.$/);
			expect(summary).not.toMatch(/\.\s+[A-Z]/);
		},
	);
});

describe('capabilities.json: malformed rows fail with a message naming entry and field', () => {
	test('an unknown support level', () => {
		const rows = withCapability('device-sync', (row) => {
			row.support['cloud-sync'] = { level: 'preview' };
		});
		expect(() => parseCapabilities(rows)).toThrowErrorMatchingInlineSnapshot(`
			[DataFileError: content/data/capabilities.json: entry "device-sync" (#5) does not match its schema:
			  - field "support.cloud-sync.level": Invalid option: expected one of "yes"|"no"|"limited"]
		`);
	});

	test('a "limited" level without a note saying the limit', () => {
		const rows = withCapability('attribute-filtering', (row) => {
			row.support['cloud-sync'] = { level: 'limited' };
		});
		expect(() => parseCapabilities(rows)).toThrowErrorMatchingInlineSnapshot(`
			[DataFileError: content/data/capabilities.json: entry "attribute-filtering" (#19) does not match its schema:
			  - field "support.cloud-sync.note": level "limited" needs a note saying what the limit is; add "note", e.g. "Only basic attribute filtering."]
		`);
	});

	test('a source that is not a Microsoft Learn address, and a date in the wrong format', () => {
		const rows = withCapability('device-writeback', (row) => {
			row.source = 'https://example.com/blog/cloud-sync';
			row.asOf = '17/02/2025';
		});
		expect(() => parseCapabilities(rows)).toThrowErrorMatchingInlineSnapshot(`
			[DataFileError: content/data/capabilities.json: entry "device-writeback" (#20) does not match its schema:
			  - field "source": must be an https://learn.microsoft.com/ address, e.g. "https://learn.microsoft.com/entra/identity/hybrid/cloud-sync/what-is-cloud-sync"
			  - field "asOf": must be a date written YYYY-MM-DD, e.g. "2023-03-01"]
		`);
	});

	test('a misspelt field and a missing "need"', () => {
		const rows = withCapability('group-writeback-v1', (row) => {
			row.disputd = row.disputed;
			delete row.disputed;
			delete row.need;
		});
		expect(() => parseCapabilities(rows)).toThrowErrorMatchingInlineSnapshot(`
			[DataFileError: content/data/capabilities.json: entry "group-writeback-v1" (#21) does not match its schema:
			  - field "need": Invalid option: expected one of "hard"|"soft"
			  - field "(entry)": Unrecognized key: "disputd"]
		`);
	});

	test('a selectable row renamed, whose old id the picker still asks about', () => {
		const rows = withCapability('device-writeback', (row) => {
			row.id = 'device-write-back';
		});
		expect(() => parseCapabilities(rows)).toThrowErrorMatchingInlineSnapshot(`
			[DataFileError: content/data/capabilities.json:
			  - entry "device-write-back" (#20): field "id": is not a need in src/data/ids.ts (did you mean "device-writeback"?); a selectable row's id is the need the picker asks about, so rename it back, or rename the need in src/data/ids.ts and content/data/decision-tree.json too
			  - need "device-writeback" (src/data/ids.ts): no row has this id, so the picker would weigh it as nothing; give its row back this id, or take the need out of src/data/ids.ts and content/data/decision-tree.json]
		`);
	});

	test('a selectable row removed, or made not selectable, while the picker still asks about it', () => {
		const rows = withCapability('ldap-directory', (row) => {
			row.selectable = false;
		}).filter((row) => row.id !== 'us-government-cloud');
		expect(() => parseCapabilities(rows)).toThrowErrorMatchingInlineSnapshot(`
			[DataFileError: content/data/capabilities.json:
			  - entry "ldap-directory" (#31): field "selectable": is false, but the picker asks about "ldap-directory" (src/data/ids.ts); set it to true, or take the need out of src/data/ids.ts and content/data/decision-tree.json
			  - need "us-government-cloud" (src/data/ids.ts): no row has this id, so the picker would weigh it as nothing; give its row back this id, or take the need out of src/data/ids.ts and content/data/decision-tree.json]
		`);
	});

	test('a repeated id', () => {
		const rows = withCapability('seamless-sso', (row) => {
			row.id = 'password-hash-sync';
		});
		expect(() => parseCapabilities(rows)).toThrowErrorMatchingInlineSnapshot(`
			[DataFileError: content/data/capabilities.json: entry "password-hash-sync" (#30) repeats an id already used above.
			  - field "id": must be unique in the file]
		`);
	});
});

describe('capabilities.json: a note with its own source', () => {
	test('needs both source and date, and the note itself', () => {
		const rows = withCapability('attribute-filtering', (row) => {
			row.support['cloud-sync'] = { level: 'limited', note: 'Some.', source: 'https://learn.microsoft.com/x' };
			row.support['connect-sync'] = { level: 'yes', source: 'https://learn.microsoft.com/y', asOf: '2025-01-01' };
		});
		expect(() => parseCapabilities(rows)).toThrowErrorMatchingInlineSnapshot(`
			[DataFileError: content/data/capabilities.json: entry "attribute-filtering" (#19) does not match its schema:
			  - field "support.connect-sync.note": a cell with its own "source" needs the "note" that source states
			  - field "support.cloud-sync.asOf": a note's "source" and "asOf" go together; give both, or neither to cite the row's source]
		`);
	});
});

describe('guidance.json', () => {
	test('loads through the strict loader and holds each piece of advice the engine cites, once', () => {
		const entries = parseDataFile('content/data/guidance.json', JSON.stringify(guidance), GuidanceSchema);
		expect(entries.map((entry) => entry.id).sort()).toEqual([...GUIDANCE_IDS].sort());
		for (const { data } of entries) expect(data.source).toMatch(/^https:\/\/learn\.microsoft\.com\//);
	});

	test('rejects advice the engine does not know, naming the ids it does', () => {
		const rows = [{ ...guidance[0], id: 'use-connect-sync' }];
		expect(() => parseDataFile('content/data/guidance.json', JSON.stringify(rows), GuidanceSchema)).toThrow(
			/field "id": "use-connect-sync" is not a guidance id; use one of "cloud-sync-by-default", "side-by-side"/,
		);
	});
});

describe('decision data: no claim without a source', () => {
	// The tree's text carries no citation of its own: claims about what Microsoft advises or what is
	// usual belong in cited data (capabilities, guidance), never in a question or an assumption.
	const treeText = JSON.stringify(decisionTree);
	test.each([/Microsoft recommends/i, /most common/i, /as they usually/i, /typically/i, /best practice/i])(
		'the decision tree says nothing like %s',
		(claim) => {
			expect(treeText).not.toMatch(claim);
		},
	);
});

describe('decision data: no fact worded as of the day it is read', () => {
	// A reader may open the picker years after its sources were written: "yet", "today" or "no longer"
	// would silently move with them. A fact says whose page stated it and when ("As of 17 February
	// 2025, …"), or is a time-bound statement worded for the reader's day.
	const texts = {
		'capabilities.json': JSON.stringify(capabilities),
		'guidance.json': JSON.stringify(guidance),
		'decision-tree.json': JSON.stringify(decisionTree),
	};
	test.each(Object.entries(texts))('%s says nothing as of "now"', (_file, text) => {
		const found = text.match(/[^."]{0,40}\b(?:now|yet|today|currently|no longer|at present|these days)\b[^."]{0,20}/gi);
		expect(found ?? []).toEqual([]);
	});
});

describe('decision-tree.json', () => {
	test('matches DecisionTreeSchema: references resolve, no cycle, every question and need reachable', () => {
		expect(treeIssues(() => {})).toBe('valid');
	});

	test(`keeps every path within ${MAX_PATH_QUESTIONS} questions and gives every question a "not sure" that says what it assumes`, () => {
		for (const item of decisionTree.questions) {
			expect(item.notSure.assumes, item.id).toMatch(/^Assumes .+\.$/);
		}
	});
});

describe('decision-tree.json: malformed trees fail with a message naming question, option and field', () => {
	test('an option implying an unknown need id suggests the nearest one', () => {
		expect(
			treeIssues((tree) => {
				question(tree, 'devices-writeback').options[1]!.implies = ['device-writebak'];
			}),
		).toMatchInlineSnapshot(`
			"questions.6.options.1.implies.0: question "devices-writeback", option "device-writeback": implies "device-writebak", which is not a need id (did you mean "device-writeback"?); use the id of a selectable row in content/data/capabilities.json
			questions: need "device-writeback" is implied by no answer; add it to the "implies" of an option a reader can reach"
		`);
	});

	test('a "next" pointing to a missing question, and a missing start', () => {
		expect(
			treeIssues((tree) => {
				tree.start = 'forest';
				question(tree, 'estate').next = 'sign-on';
				question(tree, 'forests').options[1]!.next = 'domain-refs';
			}),
		).toMatchInlineSnapshot(`
			"start: start "forest" is not a question id (did you mean "forests"?); set it to the id of the first question
			questions.0.options.1.next: question "forests", option "several-domains": next "domain-refs" is not a question id; point it at a question in "questions" or use null to end the tree
			questions.3.next: question "estate": next "sign-on" is not a question id (did you mean "sign-in"?); point it at a question in "questions" or use null to end the tree"
		`);
	});

	test('a repeated question id, a repeated option id and the reserved "not-sure" option id', () => {
		expect(
			treeIssues((tree) => {
				question(tree, 'operations').id = 'customisation';
				question(tree, 'estate').options[1]!.id = 'large-domain';
				question(tree, 'sign-in').options[0]!.id = 'not-sure';
			}),
		).toMatchInlineSnapshot(`
			"questions.4.options.0.id: "not-sure" is reserved for the question's "notSure" answer; give the option another id
			questions.8.id: question id "customisation" is used twice; give each question its own id
			questions.3.options.1.id: question "estate": option id "large-domain" is used twice; give each option its own id
			questions.7.next: question "customisation": next "operations" is not a question id; point it at a question in "questions" or use null to end the tree"
		`);
	});

	test('a cycle', () => {
		expect(
			treeIssues((tree) => {
				question(tree, 'customisation').next = 'estate';
			}),
		).toMatchInlineSnapshot(
			`"questions: the questions form a cycle (estate → sign-in → devices-writeback → customisation → estate); point "next" forward so that every path ends"`,
		);
	});

	test('a question no answer leads to, and a need no reachable answer implies', () => {
		expect(
			treeIssues((tree) => {
				question(tree, 'forests').options[1]!.next = 'estate';
				question(tree, 'estate').options.pop();
			}),
		).toMatchInlineSnapshot(`
			"questions.1.id: question "domain-references" cannot be reached from "forests"; point some "next" at it or remove it
			questions: need "ldap-directory" is implied by no answer; add it to the "implies" of an option a reader can reach"
		`);
	});

	test('a path longer than 8 questions', () => {
		expect(
			treeIssues((tree) => {
				const operations = question(tree, 'operations');
				operations.next = 'wrap-up';
				tree.questions.push({
					...structuredClone(operations),
					id: 'wrap-up',
					next: null,
					options: operations.options.map((option) => ({ ...option, implies: [] })),
				});
			}),
		).toMatchInlineSnapshot(
			`"questions: the longest path has 9 questions (forests → domain-references → estate → sign-in → sign-in-setup → devices-writeback → customisation → operations → wrap-up); a reader answers at most 8, so merge questions or branch so fewer apply"`,
		);
	});

	test('a question without its "not sure" answer, or with an unknown kind', () => {
		expect(
			treeIssues((tree) => {
				delete (question(tree, 'estate') as Record<string, unknown>).notSure;
				question(tree, 'sign-in').kind = 'several';
			}),
		).toMatchInlineSnapshot(`
			"questions.3.notSure: every question needs a "notSure" answer; add one with "label", "assumes" (what it assumes) and "implies"
			questions.4.kind: Invalid option: expected one of "single"|"multiple""
		`);
	});
});
