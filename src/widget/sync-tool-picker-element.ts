/**
 * <sync-tool-picker>: the sync-tool decision tree as a framework-free custom element. One question
 * at a time, then a recommendation with its reasons, trade-offs and the chosen tool's
 * prerequisites checklist. All logic lives in the pure engine (src/decision); this class only
 * keeps the reader's answers, renders them, and moves focus.
 */
import {
	NOT_SURE,
	TOOL_NAMES,
	TREE,
	capabilityById,
	formatShareUrl,
	parseShareUrl,
	nextQuestionId,
	questionById,
	recommend,
	recommendationToMarkdown,
	walk,
	longestPathFrom,
	type Citation,
	type Question,
	type Recommendation,
	type ToolId,
} from '../decision';
import { parseHeadingLevel, parseLinksBase, parseTheme } from './attributes';
import { checklistFor } from '../decision';
import { h } from './dom';
import { CHANGE_EVENT, RESULT_EVENT, type PickerChangeDetail, type PickerResultDetail } from './events';
import { pickerStyles } from './picker-styles';

import { STRINGS } from './strings';

/** Which view is shown: a question by id, or the result. */
type View = { kind: 'question'; id: string } | { kind: 'result' };

/** Where the result came from: the reader's answers, or need ids in a link. */
type ResultSource = { kind: 'answers' } | { kind: 'link'; needs: string[]; unknown: string[] };

let sharedSheet: CSSStyleSheet | undefined;

export class SyncToolPickerElement extends HTMLElement {
	static observedAttributes = ['theme', 'heading-level', 'links-base'];

	/** Where "read more" links point when `links-base` is not set; the embed sets it to its own site. */
	static defaultLinksBase = '/';

	#root: HTMLElement | null = null;
	#status: HTMLElement | null = null;
	#answers: Record<string, string[]> = {};
	#view: View = { kind: 'question', id: TREE.start };
	#source: ResultSource = { kind: 'answers' };
	#error = '';
	/** True while the reader changes one answer from the result's summary: Next then returns to the result. */
	#editingFromSummary = false;
	#media: MediaQueryList | null = null;
	#id = Math.random().toString(36).slice(2, 8);

	/** `theme` attribute: light, dark or auto. */
	get theme() {
		return parseTheme(this.getAttribute('theme'));
	}
	set theme(value: string) {
		this.setAttribute('theme', value);
	}

	/** `heading-level` attribute: the level of the picker's main headings, 1–6. */
	get headingLevel(): number {
		return parseHeadingLevel(this.getAttribute('heading-level'));
	}
	set headingLevel(value: number) {
		this.setAttribute('heading-level', String(value));
	}

	/** `links-base` attribute: the site (or intranet mirror) that "read more" links point to. */
	get linksBase(): string {
		return parseLinksBase(this.getAttribute('links-base'), SyncToolPickerElement.defaultLinksBase);
	}
	set linksBase(value: string) {
		this.setAttribute('links-base', value);
	}

	/** The current recommendation, or null while questions remain. */
	get recommendation(): Recommendation | null {
		return this.#view.kind === 'result' ? recommend(this.#needs()) : null;
	}

	connectedCallback(): void {
		if (this.#root) return;
		const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
		sharedSheet ??= new CSSStyleSheet();
		if (sharedSheet.cssRules.length === 0) sharedSheet.replaceSync(pickerStyles);
		shadow.adoptedStyleSheets = [sharedSheet];
		this.#status = h('p', { class: 'status', role: 'status' });
		this.#root = h('div', { class: 'root', part: 'root' });
		shadow.replaceChildren(this.#root, this.#status);
		this.#media = window.matchMedia('(prefers-color-scheme: dark)');
		this.#media.addEventListener('change', () => this.#applyTheme());
		this.#applyTheme();
		if (this.hasAttribute('url-state')) this.#openFromUrl();
		this.#render(false);
		// A result opened from a link is shown too: announce it to listeners, after they can attach.
		if (this.#view.kind === 'result') queueMicrotask(() => this.#dispatchResult(recommend(this.#needs())));
	}

	attributeChangedCallback(name: string): void {
		if (!this.#root) return;
		if (name === 'theme') this.#applyTheme();
		else this.#render(false);
	}

	/** Clears every answer and returns to the first question. */
	startOver(): void {
		this.#answers = {};
		this.#source = { kind: 'answers' };
		this.#view = { kind: 'question', id: TREE.start };
		this.#error = '';
		this.#editingFromSummary = false;
		if (this.hasAttribute('url-state')) {
			const url = new URL(location.href);
			url.searchParams.delete('needs');
			history.replaceState(history.state, '', url);
		}
		this.#render(true);
	}

	#applyTheme(): void {
		const dark = this.theme === 'dark' || (this.theme === 'auto' && Boolean(this.#media?.matches));
		this.#root?.classList.toggle('dark', dark);
	}

	#openFromUrl(): void {
		if (!new URLSearchParams(location.search).has('needs')) return;
		const { needs, unknown } = parseShareUrl(location.search);
		this.#source = { kind: 'link', needs, unknown };
		this.#view = { kind: 'result' };
	}

	/** The needs to decide on; from a link, its unrecognised ids too, so the result reports them. */
	#needs(): string[] {
		return this.#source.kind === 'link' ? [...this.#source.needs, ...this.#source.unknown] : walk(this.#answers).needs;
	}

	#heading(level: number, text: string, attributes: Record<string, string> = {}): HTMLElement {
		const tag = `h${Math.min(level, 6)}` as 'h2';
		return h(tag, { tabindex: '-1', ...attributes }, text);
	}

	/** Re-renders the current view; `moveFocus` is true after a reader's action, never on load. */
	#render(moveFocus: boolean): void {
		if (!this.#root) return;
		const view = this.#view.kind === 'result' ? this.#renderResult() : this.#renderQuestion(this.#view.id);
		this.#root.replaceChildren(view);
		const heading = this.#root.querySelector<HTMLElement>('[data-focus]');
		if (moveFocus && heading) {
			heading.focus({ preventScroll: true });
			const top = heading.getBoundingClientRect().top;
			// The host's sticky-header allowance (--sync-tool-picker-scroll-margin) is the heading's scroll margin.
			const margin = parseFloat(getComputedStyle(heading).scrollMarginTop) || 0;
			// Scroll only when the heading is off screen or under a sticky header (WCAG 2.4.11). The jump
			// is instant: a smooth scroll can be cut short by the next key press, and motion is unwanted.
			if (top < margin || top > window.innerHeight - 120)
				heading.scrollIntoView({ block: 'start', behavior: 'instant' });
		}
	}

	#renderQuestion(id: string): HTMLElement {
		const question = questionById(id);
		if (!question) {
			// Cannot happen with validated data; recover by starting again rather than breaking.
			this.#view = { kind: 'question', id: TREE.start };
			return this.#renderQuestion(TREE.start);
		}
		const state = walk(this.#answers);
		const index = state.path.includes(id) ? state.path.indexOf(id) : state.path.length;
		const step = index + 1;
		const total = step + longestPathFrom(id) - 1;
		const answer = this.#answers[id] ?? [];
		const name = `q-${this.#id}-${id}`;
		const helpId = `${name}-help`;
		const errorId = `${name}-error`;
		const inputType = question.kind === 'single' ? 'radio' : 'checkbox';

		const option = (value: string, label: string, help: string | undefined, exclusive: boolean) => {
			const optionHelpId = `${name}-${value}-help`;
			const labelId = `${name}-${value}-label`;
			const input = h('input', {
				type: inputType,
				name,
				value,
				checked: answer.includes(value),
				// Named by the answer text alone; the help is its description, read once.
				'aria-labelledby': labelId,
				'aria-describedby': help ? optionHelpId : undefined,
				'data-exclusive': exclusive,
			});
			return h(
				'label',
				{ class: 'option', part: 'option' },
				input,
				h('span', { id: labelId }, label),
				help ? h('span', { class: 'option-help', id: optionHelpId }, help) : null,
			);
		};

		const fieldset = h(
			'fieldset',
			{ 'aria-describedby': [question.help ? helpId : '', this.#error ? errorId : ''].join(' ').trim() || undefined },
			h('legend', {}, this.#heading(this.headingLevel, question.prompt, { 'data-focus': '' })),
			question.help ? h('p', { class: 'question-help', id: helpId }, question.help) : null,
			question.kind === 'multiple' ? h('p', { class: 'muted' }, STRINGS.chooseAny) : null,
			h(
				'div',
				{ class: 'options' },
				question.options.map((choice) => option(choice.id, choice.label, choice.help, false)),
				option(NOT_SURE, question.notSure.label, question.notSure.assumes, question.kind === 'multiple'),
			),
			this.#error ? h('p', { class: 'error', id: errorId, role: 'alert' }, this.#error) : null,
		);
		fieldset.addEventListener('change', (event) => this.#keepNotSureExclusive(fieldset, event));

		const form = h(
			'form',
			{ part: 'question', novalidate: true },
			h(
				'div',
				{ class: 'progress', part: 'progress' },
				h('span', {}, STRINGS.progress(step, total)),
				h('div', { class: 'progress-bar', role: 'presentation' }, this.#progressFill(Math.min(1, step / total))),
			),
			fieldset,
			h(
				'div',
				{ class: 'actions' },
				// A button, not a submit: a frame sandboxed without allow-forms blocks form submission.
				this.#button(STRINGS.next, () => this.#next(question, form), { class: 'primary' }),
				index > 0 ? this.#button(STRINGS.back, () => this.#back()) : null,
				Object.keys(this.#answers).length > 0 ? this.#button(STRINGS.startOver, () => this.startOver()) : null,
			),
		);
		form.addEventListener('submit', (event) => event.preventDefault());
		return form;
	}

	#progressFill(fraction: number): HTMLElement {
		const fill = h('div', { class: 'progress-fill' });
		// CSSOM, not a style attribute, so a host's strict style-src allows it.
		fill.style.transform = `scaleX(${fraction.toFixed(3)})`;
		return fill;
	}

	/** "Not sure" in a multiple-choice question excludes the other options, and the other way round. */
	#keepNotSureExclusive(fieldset: HTMLElement, event: Event): void {
		const changed = event.target;
		if (!(changed instanceof HTMLInputElement) || changed.type !== 'checkbox' || !changed.checked) return;
		for (const input of fieldset.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
			if (input === changed) continue;
			if (changed.dataset['exclusive'] !== undefined || input.dataset['exclusive'] !== undefined) input.checked = false;
		}
	}

	#button(label: string, action: () => void, attributes: Record<string, string> = {}): HTMLButtonElement {
		const button = h('button', { type: 'button', part: 'button', ...attributes }, label);
		button.addEventListener('click', action);
		return button;
	}

	#next(question: Question, form: HTMLFormElement): void {
		const chosen = [...form.querySelectorAll<HTMLInputElement>('input:checked')].map((input) => input.value);
		if (question.kind === 'single' && chosen.length === 0) {
			this.#error = STRINGS.chooseOne;
			this.#render(false);
			this.#root?.querySelector<HTMLInputElement>('input')?.focus();
			return;
		}
		this.#error = '';
		this.#answers = { ...this.#answers, [question.id]: chosen };
		const state = walk(this.#answers);
		const detail: PickerChangeDetail = { question: question.id, answer: chosen, needs: state.needs };
		this.dispatchEvent(new CustomEvent(CHANGE_EVENT, { detail, bubbles: true, composed: true }));
		// Step on to the question this answer leads to, even when later ones are answered already
		// (after Back); only a change made from the summary returns straight to the result.
		const following = nextQuestionId(question, chosen);
		if (state.complete && (following === null || this.#editingFromSummary)) {
			this.#editingFromSummary = false;
			this.#showResult();
		} else {
			this.#view = { kind: 'question', id: following ?? state.next ?? TREE.start };
			this.#render(true);
		}
	}

	#back(): void {
		const state = walk(this.#answers);
		const current = this.#view.kind === 'question' ? this.#view.id : null;
		const index = current && state.path.includes(current) ? state.path.indexOf(current) : state.path.length;
		const previous = state.path[index - 1];
		if (!previous) return;
		this.#error = '';
		this.#editingFromSummary = false;
		this.#view = { kind: 'question', id: previous };
		this.#render(true);
	}

	#showResult(): void {
		this.#view = { kind: 'result' };
		this.#render(true);
		const result = recommend(this.#needs());
		if (this.hasAttribute('url-state')) {
			// The address now opens on this result, so a reload or a shared copy of it keeps it.
			history.replaceState(history.state, '', formatShareUrl(result.needs, location.href));
		}
		if (this.#status) {
			this.#announce(STRINGS.announced(this.#toolTitle(result.tool)));
		}
		this.#dispatchResult(result);
	}

	#dispatchResult(result: Recommendation): void {
		const detail: PickerResultDetail = {
			tool: result.tool,
			needs: result.needs,
			reasons: result.reasons.map((reason) => ({ need: reason.need, text: reason.text })),
			shareUrl: this.#shareUrl(result),
			recommendation: result,
		};
		this.dispatchEvent(new CustomEvent(RESULT_EVENT, { detail, bubbles: true, composed: true }));
	}

	#link(path: string): string {
		return `${this.linksBase}${path}`;
	}

	#shareUrl(result: Recommendation): string {
		const page = new URL(this.#link('choose-a-sync-tool/'), location.href).href;
		return formatShareUrl(result.needs, page);
	}

	#toolTitle(tool: Recommendation['tool']): string {
		return tool === 'both' ? STRINGS.bothTools : TOOL_NAMES[tool];
	}

	#renderResult(): HTMLElement {
		const result = recommend(this.#needs());
		const level = this.headingLevel;
		const sub = level + 1;
		const section = (title: string, part: string, ...children: Array<Node | null>) =>
			h('section', { part }, this.#heading(sub, title), ...children);
		const sourceLink = (source: string, asOf: string) =>
			h('span', { class: 'source' }, ' (', h('a', { href: source, rel: 'external' }, STRINGS.source(asOf)), ')');
		// On the picker page itself a bare #anchor, so following it never reloads the page and its result.
		const comparisonPage = new URL(this.#link('choose-a-sync-tool/'), location.href);
		const rowHref =
			comparisonPage.origin === location.origin && comparisonPage.pathname === location.pathname
				? ''
				: comparisonPage.href;
		const rowLink = (anchor: string | null, label: string) =>
			anchor ? h('a', { href: `${rowHref}#${anchor}` }, label) : h('strong', {}, label);
		/** A section listing reasons, trade-offs or gaps: each names its comparison row, says why, cites its source. */
		const citedList = (
			title: string,
			part: string,
			items: ReadonlyArray<Citation & { label: string; text: string; disputed?: string }>,
			itemPart?: string,
		) =>
			items.length === 0
				? null
				: section(
						title,
						part,
						h(
							'ul',
							{},
							items.map((item) =>
								h(
									'li',
									{ part: itemPart },
									rowLink(item.anchor, item.label),
									': ',
									item.text,
									item.disputed ? ` ${item.disputed}` : '',
									sourceLink(item.source, item.asOf),
								),
							),
						),
					);

		const tools: ToolId[] = result.tool === 'both' ? ['connect-sync', 'cloud-sync'] : [result.tool];
		const checklist = tools.map((tool) =>
			h(
				'div',
				{ part: 'checklist' },
				tools.length > 1 ? this.#heading(Math.min(sub + 1, 6), TOOL_NAMES[tool]) : null,
				h(
					'ul',
					{ class: 'checklist' },
					checklistFor(tool).map((item) =>
						h('li', {}, h('a', { href: this.#link(`prerequisites/#${item.anchor}`) }, item.text)),
					),
				),
			),
		);

		const source = this.#source;
		const wrapper = h(
			'div',
			{ class: 'result', part: 'result', 'data-tool': result.tool },
			this.#heading(level, STRINGS.resultHeading, { 'data-focus': '' }),
			h('p', { class: 'result-tool' }, this.#toolTitle(result.tool)),
			result.tool === 'both'
				? h(
						'ul',
						{},
						tools.map((tool) =>
							h(
								'li',
								{},
								h('strong', {}, `${TOOL_NAMES[tool]}: `),
								result.split[tool].map((need) => capabilityById(need)?.label ?? need).join('; '),
							),
						),
					)
				: null,
			source.kind === 'link' && source.unknown.length > 0
				? h('p', { class: 'error', role: 'note' }, STRINGS.unknownNeeds(source.unknown))
				: null,
			citedList(STRINGS.reasons, 'reasons', result.reasons, 'reason'),
			citedList(STRINGS.tradeoffs, 'tradeoffs', result.tradeoffs),
			citedList(STRINGS.unsupported, 'unsupported', result.unsupported),
			this.#assumptionsSection(sub),
			section(
				STRINGS.nextSteps,
				'next-steps',
				h(
					'ul',
					{},
					tools.map((tool) =>
						h(
							'li',
							{},
							h(
								'a',
								{ href: this.#link(`get-started/#microsoft-entra-${tool}-path`) },
								STRINGS.followPath(TOOL_NAMES[tool]),
							),
						),
					),
				),
			),
			section(STRINGS.checklist, 'checklist-section', h('p', { class: 'muted' }, STRINGS.checklistIntro), ...checklist),
			this.#summarySection(sub),
			h(
				'div',
				{ class: 'actions' },
				this.#button(STRINGS.copyLink, () => void this.#copy(this.#shareUrl(result), STRINGS.linkCopied)),
				this.#button(STRINGS.copyMarkdown, () => void this.#copy(this.#markdown(result), STRINGS.markdownCopied)),
				window.self === window.top ? this.#button(STRINGS.print, () => window.print()) : null,
				this.#view.kind === 'result' && this.#source.kind === 'answers'
					? this.#button(STRINGS.back, () => this.#back())
					: null,
				this.#button(STRINGS.startOver, () => this.startOver()),
			),
			h('div', { class: 'copy-fallback', hidden: true, 'data-copy-fallback': '' }),
		);
		return wrapper;
	}

	#assumptionsSection(level: number): HTMLElement | null {
		if (this.#source.kind !== 'answers') return null;
		const { assumptions } = walk(this.#answers);
		if (assumptions.length === 0) return null;
		return h(
			'section',
			{},
			this.#heading(level, STRINGS.assumptions),
			h(
				'ul',
				{},
				assumptions.map((assumption) => h('li', {}, assumption.text)),
			),
		);
	}

	#summarySection(level: number): HTMLElement {
		if (this.#source.kind === 'link') {
			const labels = this.#source.needs.map((need) => capabilityById(need)?.label ?? need);
			return h(
				'section',
				{ class: 'summary' },
				this.#heading(level, STRINGS.yourAnswers),
				h('p', {}, labels.length > 0 ? STRINGS.fromLink(labels) : STRINGS.noNeedsInLink),
			);
		}
		const { steps } = walk(this.#answers);
		return h(
			'section',
			{ class: 'summary' },
			this.#heading(level, STRINGS.yourAnswers),
			h(
				'dl',
				{},
				steps.flatMap((step) => {
					const question = questionById(step.question);
					const labels = step.notSure
						? [question?.notSure.label ?? STRINGS.notSure]
						: step.options.map((id) => question?.options.find((option) => option.id === id)?.label ?? id);
					return [
						h('dt', {}, question?.prompt ?? step.question),
						h('dd', {}, labels.length > 0 ? labels.join('; ') : STRINGS.noneOfThese),
						h(
							'dd',
							{},
							this.#button(STRINGS.change, () => this.#edit(step.question), {
								class: 'link',
								'aria-label': STRINGS.changeLabel(question?.prompt ?? step.question),
							}),
						),
					];
				}),
			),
		);
	}

	#edit(question: string): void {
		this.#editingFromSummary = true;
		this.#view = { kind: 'question', id: question };
		this.#render(true);
	}

	#markdown(result: Recommendation): string {
		return recommendationToMarkdown(result, { siteUrl: new URL(this.linksBase, location.href).href });
	}

	/** Copies text; where the clipboard is refused (a sandboxed frame), shows it selected instead. */
	async #copy(text: string, done: string): Promise<void> {
		const fallback = this.#root?.querySelector<HTMLElement>('[data-copy-fallback]');
		try {
			await navigator.clipboard.writeText(text);
			this.#announce(done);
			if (fallback) fallback.hidden = true;
		} catch {
			if (!fallback) return;
			const area = h('textarea', { readonly: true, rows: 6, 'aria-label': STRINGS.copyManually });
			area.value = text;
			fallback.replaceChildren(h('p', {}, STRINGS.copyManually), area);
			fallback.hidden = false;
			area.focus();
			area.select();
		}
	}

	#announce(message: string): void {
		if (!this.#status) return;
		this.#status.textContent = '';
		// Emptied, then filled a moment later, so the same message twice is announced twice.
		setTimeout(() => this.#status?.append(message), 100);
	}
}
