import { describe, expect, test } from 'vitest';
import {
	BUDGETS,
	benchDist,
	benchGroups,
	checkBudgets,
	describeVerdict,
	parseBudgetOverrides,
} from '../../../scripts/bench/budgets.mjs';

describe('bench budgets', () => {
	test('pass a measurement at or under its budget and fail one over it, or one not measured', () => {
		const limit = (name: string) => BUDGETS.find((budget) => budget.name === name)?.limit ?? Number.NaN;
		const embedOver = limit('embed') + 0.01;
		const verdicts = checkBudgets(
			new Map<string, number | undefined>([
				['filter', limit('filter')],
				['embed', embedOver],
				['answer', undefined],
			]),
		);
		expect(verdicts.map(({ budget, ok }) => [budget.name, ok])).toEqual([
			['embed', false],
			['filter', true],
			['answer', false],
		]);
		expect(describeVerdict(verdicts[0]!)).toContain(
			`OVER embed: ${embedOver.toFixed(2)} KB (budget ${limit('embed')} KB)`,
		);
		expect(describeVerdict(verdicts[2]!)).toMatch(/^OVER answer: not measured/);
	});

	test('take limits from --budget name=value, and reject an unknown budget', () => {
		const overrides = parseBudgetOverrides(['dist', '--budget', 'embed=1', '--only', 'embed']);
		expect(checkBudgets(new Map([['embed', 2]]), overrides)[0]).toMatchObject({ ok: false, budget: { limit: 1 } });
		expect(() => parseBudgetOverrides(['--budget', 'speed=1'])).toThrow(
			/name one of embed, filter, guide-page, time-bound, readiness, export-reader, answer, keystroke/,
		);
	});

	test('hold every budget the issue asks for', () => {
		expect(BUDGETS.map((budget) => budget.name)).toEqual([
			'embed',
			'filter',
			'guide-page',
			'time-bound',
			'readiness',
			'export-reader',
			'answer',
			'keystroke',
		]);
	});
});

describe('bench groups', () => {
	test('npm run bench measures the sizes; --latency the Starlight baseline, throttled latency and Pagefind', () => {
		expect([...benchGroups([])]).toEqual(['embed', 'filter', 'readiness', 'export-reader']);
		expect([...benchGroups(['--latency'])]).toEqual(['guide-page', 'latency', 'pagefind']);
	});

	test('take the groups --only names, and reject one that is not a group', () => {
		expect([...benchGroups(['--latency', '--only', 'embed,latency'])]).toEqual(['embed', 'latency']);
		expect(() => benchGroups(['--only', 'embed,speed'])).toThrow(
			/name groups from embed, filter, readiness, export-reader, guide-page, latency, pagefind/,
		);
	});

	test('read the site folder from the first argument that is neither an option nor its value', () => {
		expect(benchDist(['--latency', 'out', '--budget', 'embed=1'])).toBe('out');
		expect(benchDist(['--only', 'embed', '--budget', 'embed=1'])).toBe('dist');
	});
});
