import { describe, expect, test } from 'vitest';
import {
	NEEDS,
	NOT_SURE,
	TREE,
	impliedNeeds,
	longestPathFrom,
	nextQuestionId,
	questionById,
	recommend,
	walk,
	type Answer,
	type Answers,
	type NeedId,
	type Question,
} from '../../../src/decision';
import { NOT_SURE_ID } from '../../../src/data/schemas/decision-tree';
import { MAX_PATH_QUESTIONS } from '../../../src/data/schemas/tree-shape';

/**
 * The answers the exhaustive walk tries at a question: each option alone and "not sure"; for a
 * multiple-choice question also none of the options and all of them (the combination that takes
 * every branch at once, e.g. pass-through authentication and AD FS).
 */
function answerVariants(question: Question): Answer[] {
	const ids = question.options.map((option) => option.id);
	const variants: Answer[] = [...ids.map((id) => [id]), [NOT_SURE]];
	if (question.kind === 'multiple') variants.push([], ids);
	return variants;
}

/** One answer at one question, worked out once with the engine's own functions. */
interface Edge {
	answer: Answer;
	next: string | null;
	mask: number;
}

// Need sets as bit masks (32 needs fit below 2^32), so each leaf costs a few operations and the
// engine's pure `recommend` runs once per distinct need set.
const needIndex = new Map(NEEDS.map((need, index) => [need.id, index]));
const HALF = 2 ** 16;
const union = (a: number, b: number) =>
	(Math.floor(a / HALF) | Math.floor(b / HALF)) * HALF + ((a % HALF) | (b % HALF));
const maskOf = (needs: readonly NeedId[]) =>
	needs.reduce((mask, need) => union(mask, 2 ** (needIndex.get(need) ?? 0)), 0);
const needsOf = (mask: number) => {
	const needs: string[] = [];
	let rest = mask;
	for (const need of NEEDS) {
		if (rest % 2 === 1) needs.push(need.id);
		rest = Math.floor(rest / 2);
	}
	return needs;
};

const edges = new Map<string, Edge[]>(
	TREE.questions.map((question) => [
		question.id,
		answerVariants(question).map((answer) => ({
			answer,
			next: nextQuestionId(question, answer),
			mask: maskOf(impliedNeeds(question, answer)),
		})),
	]),
);

interface Step {
	question: string;
	answer: Answer;
}

const describePath = (path: readonly Step[]) =>
	path.map((step) => `${step.question}=${step.answer.length === 0 ? '(none)' : step.answer.join('+')}`).join(' → ');

/** Walks every path depth first and collects what the tests assert. */
function exploreEveryPath() {
	const failures: string[] = [];
	const fail = (message: string, path: readonly Step[]) => {
		if (failures.length < 10) failures.push(`${message}\n    path: ${describePath(path)}`);
	};
	const reached = new Set<string>();
	const routes = new Map<string, number>();
	const tools: Record<string, number> = {};
	// recommend() is pure, so one call per distinct need set checks every path that ends with it.
	const verdicts = new Map<number, { tool: string; problem: string | undefined }>();
	const path: Step[] = [];
	let paths = 0;
	let longest = 0;

	const visit = (questionId: string, mask: number, route: string) => {
		if (path.some((step) => step.question === questionId)) {
			fail(`cycle: "${questionId}" is asked twice`, path);
			return;
		}
		if (!questionById(questionId)) {
			fail(`"next" points to a missing question "${questionId}"`, path);
			return;
		}
		reached.add(questionId);
		const here = route === '' ? questionId : `${route} → ${questionId}`;
		for (const edge of edges.get(questionId) ?? []) {
			path.push({ question: questionId, answer: edge.answer });
			const combined = union(mask, edge.mask);
			if (path.length > MAX_PATH_QUESTIONS)
				fail(`path has ${path.length} questions, more than ${MAX_PATH_QUESTIONS}`, path);
			else if (edge.next !== null) visit(edge.next, combined, here);
			else {
				paths += 1;
				longest = Math.max(longest, path.length);
				routes.set(here, (routes.get(here) ?? 0) + 1);
				let verdict = verdicts.get(combined);
				if (!verdict) {
					verdict = judge(needsOf(combined));
					verdicts.set(combined, verdict);
				}
				if (verdict.problem) fail(`invalid recommendation: ${verdict.problem}`, path);
				tools[verdict.tool] = (tools[verdict.tool] ?? 0) + 1;
				// walk() must agree with the edges on a regular sample of whole paths.
				if (paths % 997 === 1) checkWalk(path, combined, fail);
			}
			path.pop();
		}
	};
	visit(TREE.start, 0, '');
	const impliedSomewhere = new Set(
		[...reached].flatMap((id) => (edges.get(id) ?? []).flatMap((edge) => needsOf(edge.mask))),
	);
	return { paths, longest, routes, tools, reached, impliedSomewhere, failures, distinctNeedSets: verdicts.size };
}

/** The recommendation for a need set, and what is wrong with it, if anything. */
function judge(needs: readonly string[]): { tool: string; problem: string | undefined } {
	const result = recommend(needs);
	const problem = (() => {
		if (!['cloud-sync', 'connect-sync', 'both'].includes(result.tool)) return `unknown tool ${result.tool}`;
		if (result.unknown.length > 0) return `unknown needs ${result.unknown.join(', ')}`;
		if (result.reasons.length === 0) return 'no reason given';
		if (
			result.tool === 'both' &&
			(result.split['connect-sync'].length === 0 || result.split['cloud-sync'].length === 0)
		) {
			return '"both" without a need for each tool';
		}
		// Each need belongs in exactly one place: a reason, a "missing" trade-off, unsupported or covered.
		const places = new Map<string, number>();
		const count = (need: string | null) => need !== null && places.set(need, (places.get(need) ?? 0) + 1);
		for (const reason of result.reasons) count(reason.need);
		for (const tradeoff of result.tradeoffs) if (tradeoff.kind === 'missing') count(tradeoff.need);
		for (const gap of result.unsupported) count(gap.need);
		for (const need of result.covered) count(need);
		for (const need of needs) {
			if (places.get(need) !== 1) return `need "${need}" is accounted for ${places.get(need) ?? 0} times`;
		}
		if (places.size !== needs.length) return 'the result mentions needs that were not given';
		return undefined;
	})();
	return { tool: result.tool, problem };
}

function checkWalk(path: readonly Step[], mask: number, fail: (message: string, path: readonly Step[]) => void) {
	const answers: Record<string, Answer> = {};
	for (const step of path) answers[step.question] = step.answer;
	const result = walk(answers);
	if (!result.complete || result.next !== null) fail('walk() does not finish this path', path);
	if (result.path.join() !== path.map((step) => step.question).join())
		fail(`walk() took ${result.path.join(' → ')}`, path);
	if (result.needs.join() !== needsOf(mask).join()) fail(`walk() implied ${result.needs.join(', ')}`, path);
}

let cache: ReturnType<typeof exploreEveryPath> | undefined;
/** Explores once, inside the first test that needs it, so a crash is reported as a test failure. */
const explored = () => (cache ??= exploreEveryPath());

describe('decision tree: every path', () => {
	test('walks every path depth first without a failure (each failure prints its path)', () => {
		expect(explored().failures).toEqual([]);
	});

	test('has a known number of paths, so a change to the tree is a deliberate one', () => {
		expect(explored().paths).toBe(1_559_520);
	});

	test('asks at most 8 questions on any path', () => {
		expect(explored().longest).toBeLessThanOrEqual(MAX_PATH_QUESTIONS);
		expect(explored().longest).toBe(8);
	});

	test("agrees with the engine's longest-path walk, which the progress indicator and the schema use", () => {
		expect(longestPathFrom(TREE.start)).toBe(explored().longest);
		for (const question of TREE.questions) expect(longestPathFrom(question.id)).toBeGreaterThan(0);
		expect(longestPathFrom('operations')).toBe(1);
		expect(longestPathFrom('no-such-question')).toBe(0);
	});

	test('follows one of six routes, branching only on forests and on pass-through or federated sign-in', () => {
		expect([...explored().routes.keys()]).toMatchInlineSnapshot(`
			[
			  "forests → estate → sign-in → devices-writeback → customisation → operations",
			  "forests → estate → sign-in → sign-in-setup → devices-writeback → customisation → operations",
			  "forests → domain-references → estate → sign-in → devices-writeback → customisation → operations",
			  "forests → domain-references → estate → sign-in → sign-in-setup → devices-writeback → customisation → operations",
			  "forests → forest-references → estate → sign-in → devices-writeback → customisation → operations",
			  "forests → forest-references → estate → sign-in → sign-in-setup → devices-writeback → customisation → operations",
			]
		`);
	});

	test('reaches every question', () => {
		expect([...explored().reached].sort()).toEqual(TREE.questions.map((question) => question.id).sort());
	});

	test('lets a reader reach every need from some answer', () => {
		expect(NEEDS.map((need) => need.id).filter((need) => !explored().impliedSomewhere.has(need))).toEqual([]);
	});

	test('ends in each of the three recommendations on some paths', () => {
		expect(explored().tools).toMatchInlineSnapshot(`
			{
			  "both": 692160,
			  "cloud-sync": 95040,
			  "connect-sync": 772320,
			}
		`);
	});
});

describe('decision tree: branching', () => {
	const base: Answers = {
		forests: ['one-domain'],
		estate: [],
		'sign-in': ['password-hash-sync'],
		'devices-writeback': [],
		customisation: [],
		operations: [],
	};

	test.each([
		['one-domain', ['forests', 'estate']],
		['several-domains', ['forests', 'domain-references']],
		['connected-forests', ['forests', 'forest-references']],
		['disconnected-forests', ['forests', 'forest-references']],
		[NOT_SURE, ['forests', 'estate']],
	])(
		'asks about references across forests or domains only when there is more than one (forests = %s)',
		(answer, start) => {
			const result = walk({ forests: [answer] });
			expect([...result.path, result.next]).toEqual(start);
		},
	);

	test.each([
		[['password-hash-sync'], 'devices-writeback'],
		[['seamless-sso'], 'devices-writeback'],
		[[], 'devices-writeback'],
		[[NOT_SURE], 'devices-writeback'],
		[['pass-through'], 'sign-in-setup'],
		[['federation'], 'sign-in-setup'],
		[['password-hash-sync', 'pass-through'], 'sign-in-setup'],
	])('asks the sync tool to set up sign-in only for pass-through or federation (sign-in = %j)', (answer, next) => {
		expect(walk({ ...base, 'sign-in': answer, 'devices-writeback': undefined }).next).toBe(next);
	});

	test("ignores answers to questions off the reader's path", () => {
		const result = walk({ ...base, 'forest-references': ['cross-forest-references'] });
		expect(result.complete).toBe(true);
		expect(result.path).not.toContain('forest-references');
		expect(result.needs).not.toContain('cross-forest-references');
	});

	test('recommends Cloud Sync for a single forest that needs device sync for hybrid join', () => {
		const result = walk({ ...base, 'devices-writeback': ['device-sync', 'password-writeback'] });
		expect(result.complete).toBe(true);
		expect(recommend(result.needs).tool).toBe('cloud-sync');
	});

	test('recommends Cloud Sync alone for disconnected forests that need device sync', () => {
		const result = walk({
			...base,
			forests: ['disconnected-forests'],
			'forest-references': [],
			'devices-writeback': ['device-sync'],
		});
		expect(recommend(result.needs)).toMatchObject({
			tool: 'cloud-sync',
			split: { 'connect-sync': [], 'cloud-sync': ['disconnected-forests'] },
		});
	});

	test('recommends both for disconnected forests that need device writeback', () => {
		const result = walk({
			...base,
			forests: ['disconnected-forests'],
			'forest-references': [],
			'devices-writeback': ['device-sync', 'device-writeback'],
		});
		expect(recommend(result.needs)).toMatchObject({
			tool: 'both',
			split: { 'connect-sync': ['device-writeback'], 'cloud-sync': ['disconnected-forests'] },
		});
	});
});

describe('decision tree: walking with partial or odd answers', () => {
	test('starts at the first question when nothing is answered', () => {
		expect(walk({})).toEqual({
			steps: [],
			path: [],
			next: 'forests',
			complete: false,
			needs: [],
			assumptions: [],
			ignored: [],
		});
	});

	test('records what "not sure" assumes and the needs it implies', () => {
		const result = walk({ forests: [NOT_SURE] });
		expect(result.assumptions).toEqual([
			{ question: 'forests', text: expect.stringContaining('one forest with a single domain') },
		]);
		expect(result.needs).toEqual(['users-groups-contacts', 'single-forest']);
		expect(result.next).toBe('estate');
	});

	test('keeps the first of two options given to a single-choice question and reports the other', () => {
		const result = walk({ forests: ['connected-forests', 'one-domain'] });
		expect(result.steps[0]?.options).toEqual(['connected-forests']);
		expect(result.ignored).toEqual([{ question: 'forests', option: 'one-domain' }]);
	});

	test('reports option ids a question does not have, and stops at a single-choice question with no valid option', () => {
		const result = walk({ forests: ['seven-forests'] });
		expect(result.path).toEqual([]);
		expect(result.next).toBe('forests');
		expect(walk({ forests: ['one-domain'], estate: ['huge', 'large-group'] })).toMatchObject({
			next: 'sign-in',
			needs: ['users-groups-contacts', 'single-forest', 'groups-over-50k-members'],
			ignored: [{ question: 'estate', option: 'huge' }],
		});
	});

	test('treats an empty answer to a multiple-choice question as "none of these"', () => {
		expect(walk({ forests: ['one-domain'], estate: [] }).next).toBe('sign-in');
	});

	test.each([
		['null answers', null],
		['a string answer', { forests: 'one-domain' }],
		['an answer of numbers', { forests: [1, 2] }],
	])('never throws on %s', (_name, answers) => {
		expect(() => walk(answers as unknown as Answers)).not.toThrow();
		expect(walk(answers as unknown as Answers).next).toBe('forests');
	});

	test('uses the same "not sure" id as the schema', () => {
		expect(NOT_SURE).toBe(NOT_SURE_ID);
	});
});
