/**
 * The picker's state and its transitions, as pure functions: what the reader has confirmed, what
 * they have ticked but not yet confirmed, which question or the result is shown, and where Back
 * leads. No DOM; the element renders a state and swaps it for the one a transition returns.
 */
import {
	NOT_SURE,
	TREE,
	longestPathFrom,
	nextQuestionId,
	questionById,
	walk,
	type Answers,
	type NormalisedNeeds,
	type Question,
	type TreeWalk,
} from '../../decision';

/** Everything the picker shows follows from this. */
export interface PickerState {
	/** Confirmed answers by question id. */
	readonly answers: Answers;
	/** The question shown, or null while the result is shown. */
	readonly question: string | null;
	/** Ticks on the shown question not yet confirmed with Next; kept across re-renders. */
	readonly draft: readonly string[];
	/** The needs of the link the result was opened from (`?needs=`), or null for answered questions. */
	readonly link: NormalisedNeeds | null;
	/** True after Next on a single-choice question with nothing ticked. */
	readonly missingAnswer: boolean;
	/** True while one answer is changed from the result's summary: Next then returns to the result. */
	readonly fromSummary: boolean;
}

/** The first question, nothing answered. */
export function initialState(): PickerState {
	return { answers: {}, question: TREE.start, draft: [], link: null, missingAnswer: false, fromSummary: false };
}

/** The result for the needs of a link, with nothing answered. */
export function openLink(link: NormalisedNeeds): PickerState {
	return { ...initialState(), question: null, link };
}

/** True while the result is shown. */
export function showsResult(state: PickerState): boolean {
	return state.question === null;
}

/** The needs the result decides on; from a link, its unrecognised ids too, so the result reports them. */
export function needsOf(state: PickerState): string[] {
	return state.link ? [...state.link.needs, ...state.link.unknown] : walk(state.answers).needs;
}

/** The walk through the confirmed answers (steps, assumptions), for the summary and progress. */
export function walkOf(state: PickerState): TreeWalk {
	return walk(state.answers);
}

/** The shown question of a state, if it exists (validated data always has it). */
export function shownQuestion(state: PickerState): Question | undefined {
	return state.question === null ? undefined : questionById(state.question);
}

/** Ticks or unticks an answer of the shown question. "Not sure" and the other answers exclude each other. */
export function tick(state: PickerState, option: string, checked: boolean): PickerState {
	const question = shownQuestion(state);
	if (!question) return state;
	let draft: string[];
	if (question.kind === 'single') draft = checked ? [option] : state.draft.filter((id) => id !== option);
	else if (!checked) draft = state.draft.filter((id) => id !== option);
	else if (option === NOT_SURE) draft = [NOT_SURE];
	else draft = [...state.draft.filter((id) => id !== option && id !== NOT_SURE), option];
	return { ...state, draft, missingAnswer: false };
}

/**
 * The answers of a multiple-choice question that a tick of `option` unticked besides `option`
 * itself: the others when "Not sure" is ticked, "Not sure" when another answer is. Empty for a
 * single-choice question, whose radio buttons untick one another as readers expect.
 */
export function untickedBy(before: PickerState, after: PickerState, option: string): string[] {
	const question = shownQuestion(after);
	if (question?.kind !== 'multiple') return [];
	return before.draft.filter((id) => id !== option && !after.draft.includes(id));
}

/** A question shown with its confirmed answer ticked. */
function showQuestion(state: PickerState, answers: Answers, question: string): PickerState {
	return { ...state, answers, question, draft: answers[question] ?? [], missingAnswer: false };
}

/**
 * Confirms the ticks of the shown question. A single-choice question with nothing ticked asks for
 * an answer instead. Otherwise the picker steps on to the question this answer leads to, even when
 * later ones are answered already (after Back), and shows the result once the tree ends; a change
 * made from the summary returns to the result as soon as every question on the path is answered.
 */
export function next(state: PickerState): PickerState {
	const question = shownQuestion(state);
	if (!question) return state;
	if (question.kind === 'single' && state.draft.length === 0) return { ...state, missingAnswer: true };
	const answers = { ...state.answers, [question.id]: [...state.draft] };
	const following = nextQuestionId(question, state.draft);
	const { complete, next: unanswered } = walk(answers);
	if (complete && (following === null || state.fromSummary)) {
		return { ...state, answers, question: null, draft: [], missingAnswer: false, fromSummary: false };
	}
	return showQuestion(state, answers, following ?? unanswered ?? TREE.start);
}

/** The questions answered before the shown one, in order: where Back leads. */
export function historyOf(state: PickerState): string[] {
	const { path } = walk(state.answers);
	const index = state.question !== null && path.includes(state.question) ? path.indexOf(state.question) : path.length;
	return path.slice(0, index);
}

/** One question back along the reader's path (from the result, the last question); unsaved ticks are dropped. */
export function back(state: PickerState): PickerState {
	if (state.link) return state;
	const previous = historyOf(state).at(-1);
	return previous === undefined ? state : { ...showQuestion(state, state.answers, previous), fromSummary: false };
}

/** From the result's summary, shows one question to change its answer; Next then returns to the result. */
export function edit(state: PickerState, question: string): PickerState {
	if (state.link || !questionById(question)) return state;
	return { ...showQuestion(state, state.answers, question), fromSummary: true };
}

/** Where the shown question stands: its number on the path, and the most questions there can be. */
export function progressOf(state: PickerState): { step: number; total: number } {
	const step = historyOf(state).length + 1;
	return { step, total: step + Math.max(1, longestPathFrom(state.question ?? '')) - 1 };
}
