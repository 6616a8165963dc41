import { describe, expect, test } from 'vitest';
import { NOT_SURE, TREE } from '../../../../src/decision';
import {
	back,
	edit,
	historyOf,
	initialState,
	needsOf,
	next,
	openLink,
	progressOf,
	showsResult,
	tick,
	untickedBy,
	type PickerState,
} from '../../../../src/elements/sync-tool-picker/picker-state';

/** Ticks each value on the shown question, then confirms with Next. */
const answer = (state: PickerState, ...values: string[]) =>
	next(values.reduce((current, value) => tick(current, value, true), state));

/** Answers question after question (values by question id; unlisted ones get no ticks) until the result. */
function answerAll(answers: Readonly<Record<string, readonly string[]>>): PickerState {
	let state = initialState();
	for (let step = 0; step < 9 && !showsResult(state); step++)
		state = answer(state, ...(answers[state.question ?? ''] ?? []));
	return state;
}

describe('picker state', () => {
	test('starts on the first question with nothing answered or ticked', () => {
		expect(initialState()).toEqual({
			answers: {},
			question: TREE.start,
			draft: [],
			link: null,
			missingAnswer: false,
			fromSummary: false,
		});
		expect(progressOf(initialState())).toEqual({ step: 1, total: 8 });
	});

	test('keeps ticks as a draft until Next confirms them', () => {
		const ticked = tick(initialState(), 'connected-forests', true);
		expect(ticked.draft).toEqual(['connected-forests']);
		expect(ticked.answers).toEqual({});
		const confirmed = next(ticked);
		expect(confirmed.answers).toEqual({ forests: ['connected-forests'] });
		expect(confirmed.question).toBe('forest-references');
		expect(confirmed.draft).toEqual([]);
	});

	test('a single-choice question keeps one tick; Next without one asks for an answer and stays', () => {
		const state = tick(tick(initialState(), 'one-domain', true), 'several-domains', true);
		expect(state.draft).toEqual(['several-domains']);
		const unanswered = next(initialState());
		expect(unanswered).toMatchObject({ question: 'forests', missingAnswer: true, answers: {} });
		expect(tick(unanswered, 'one-domain', true).missingAnswer).toBe(false);
	});

	test('"Not sure" and the other answers of a multiple-choice question exclude each other', () => {
		const estate = answer(initialState(), 'one-domain');
		expect(estate.question).toBe('estate');
		const both = tick(tick(estate, 'large-domain', true), 'large-group', true);
		expect(both.draft).toEqual(['large-domain', 'large-group']);
		expect(tick(both, NOT_SURE, true).draft).toEqual([NOT_SURE]);
		expect(tick(tick(both, NOT_SURE, true), 'exchange-hybrid', true).draft).toEqual(['exchange-hybrid']);
		expect(tick(both, 'large-domain', false).draft).toEqual(['large-group']);
	});

	test('says which answers a tick unticked besides its own, so the picker can announce it', () => {
		const estate = answer(initialState(), 'one-domain');
		const both = tick(tick(estate, 'large-domain', true), 'large-group', true);
		const notSure = tick(both, NOT_SURE, true);
		expect(untickedBy(both, notSure, NOT_SURE)).toEqual(['large-domain', 'large-group']);
		expect(untickedBy(notSure, tick(notSure, 'large-group', true), 'large-group')).toEqual([NOT_SURE]);
		// Unticking a box, or ticking one beside others, unticks nothing else.
		expect(untickedBy(both, tick(both, 'large-domain', false), 'large-domain')).toEqual([]);
		expect(untickedBy(estate, tick(estate, 'large-group', true), 'large-group')).toEqual([]);
		// Radio buttons untick one another as readers expect: nothing to announce.
		const forest = tick(initialState(), 'one-domain', true);
		expect(untickedBy(forest, tick(forest, 'several-domains', true), 'several-domains')).toEqual([]);
	});

	test('an empty answer to a multiple-choice question means none of these', () => {
		const state = next(answer(initialState(), 'one-domain'));
		expect(state.answers).toEqual({ forests: ['one-domain'], estate: [] });
		expect(state.question).toBe('sign-in');
	});

	test('shows the result once the tree ends, with the needs the answers imply', () => {
		const state = answerAll({ forests: ['one-domain'], 'devices-writeback': ['device-writeback'] });
		expect(showsResult(state)).toBe(true);
		expect(needsOf(state)).toEqual(['users-groups-contacts', 'single-forest', 'device-writeback']);
	});

	test('Back from the result shows the last question with its answer; Back again the one before', () => {
		const result = answerAll({ forests: ['one-domain'], operations: ['on-demand'] });
		const last = back(result);
		expect(last).toMatchObject({ question: 'operations', draft: ['on-demand'] });
		expect(showsResult(last)).toBe(false);
		expect(back(last).question).toBe('customisation');
		expect(historyOf(last)).toEqual(['forests', 'estate', 'sign-in', 'devices-writeback', 'customisation']);
		expect(back(initialState())).toEqual(initialState());
	});

	test('Next after Back steps through the later questions again, keeping their answers', () => {
		const result = answerAll({ forests: ['one-domain'], 'devices-writeback': ['device-writeback'] });
		const devices = back(back(back(result)));
		expect(devices.question).toBe('devices-writeback');
		const customisation = next(devices);
		expect(customisation.question).toBe('customisation');
		expect(showsResult(customisation)).toBe(false);
	});

	test('an answer changed from the summary returns straight to the result', () => {
		const result = answerAll({ forests: ['one-domain'], 'devices-writeback': ['device-writeback'] });
		const editing = edit(result, 'devices-writeback');
		expect(editing).toMatchObject({ question: 'devices-writeback', draft: ['device-writeback'], fromSummary: true });
		const changed = next(tick(editing, 'device-writeback', false));
		expect(showsResult(changed)).toBe(true);
		expect(needsOf(changed)).not.toContain('device-writeback');
	});

	test('a change from the summary that opens a new question asks it before returning to the result', () => {
		const result = answerAll({ forests: ['one-domain'] });
		const changed = next(tick(edit(result, 'forests'), 'connected-forests', true));
		expect(changed.question).toBe('forest-references');
		expect(showsResult(next(changed))).toBe(true);
	});

	test('opens on the result of a link, reports its unknown ids, and offers no Back or change', () => {
		const state = openLink({ needs: ['device-writeback'], unknown: ['warp-drive'] });
		expect(showsResult(state)).toBe(true);
		expect(needsOf(state)).toEqual(['device-writeback', 'warp-drive']);
		expect(back(state)).toBe(state);
		expect(edit(state, 'forests')).toBe(state);
	});

	test('counts progress along the path: step, and the most questions there can still be', () => {
		const domains = answer(initialState(), 'several-domains');
		expect(domains.question).toBe('domain-references');
		expect(progressOf(domains)).toEqual({ step: 2, total: 8 });
		const estate = answer(initialState(), 'one-domain');
		expect(progressOf(estate)).toEqual({ step: 2, total: 7 });
	});

	test('never changes a state in place', () => {
		const state = Object.freeze(initialState());
		expect(() => next(tick(state, 'one-domain', true))).not.toThrow();
		expect(state.draft).toEqual([]);
	});
});
