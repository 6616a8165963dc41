import { NOT_SURE, formatShareUrl, parseShareUrl, recommend, type Recommendation } from '../../decision';
import { CHOOSE_A_SYNC_TOOL_PAGE, sitePath } from '../../data/site-contracts';
import { localDay } from '../../data/time-bound';
import { upgradeProperties } from '../kit/upgrade-properties';
import { keepNeeds, opensResult, type OwnNeeds } from './address';
import { createAnnouncer, type Announcer } from '../kit/announcer';
import { parseHeadingLevel, parseLinksBase, parseTheme, type PickerTheme } from './attributes';
import { copyOrShow } from '../kit/copy';
import { emit, whenLoaded } from '../kit/emit';
import { focusHeading, h } from '../kit/dom';
import { FocusKeeper } from './focus-keeper';
import {
	CHANGE_EVENT,
	DETAIL_VERSION,
	RESULT_EVENT,
	resultDetail,
	type SyncToolPickerChangeDetail,
	type SyncToolPickerResultDetail,
} from './events';
import * as picker from './picker-state';
import resultStyles from './picker-result.css?inline';
import pickerStyles from './picker.css?inline';
import { questionView, showTicks, shownQuestion } from './question-view';
import { fillChecklist, resultView } from './result-view';
import * as STRINGS from './strings';
import { toolTitle } from './strings';
import { viewContext, type ViewContext } from './view-context';

let sharedSheet: CSSStyleSheet | undefined;
let count = 0;

/**
 * <sync-tool-picker>: the sync-tool decision tree as a framework-free custom element, the thin glue between a pure
 * state (picker-state.ts), its views (question-view.ts, result-view.ts) and the page. Whatever connectedCallback
 * registers, disconnectedCallback removes. The tags below (in Markdown) are its public API, as /embed/ prints it.
 * @tagname sync-tool-picker
 * @attr {'light' | 'dark' | 'auto'} [theme=`auto`] - `light`, `dark`, `auto` (follows the reader's system setting)
 * @attr {string} [heading-level=`2`] - `1` to `6`: the level of the picker's question and result headings in your page
 * @attr {string} [links-base=the site the module was loaded from] - The folder the picker's "read more" links point to
 * @attr {boolean} [url-state=absent] - present or absent: open on the result that `?needs=` in the address names
 * @attr {string} [data-source-titles=absent] - A JSON object of Microsoft Learn addresses and their page titles
 * @fires {CustomEvent<SyncToolPickerResultDetail>} sync-tool-picker:result - A recommendation is shown
 * @fires {CustomEvent<SyncToolPickerChangeDetail>} sync-tool-picker:change - The reader confirms an answer with Next
 */
export class SyncToolPickerElement extends HTMLElement {
	static observedAttributes = ['theme', 'heading-level', 'links-base', 'data-source-titles'];

	/** Where this picker's links point while `links-base` is unset, read at each render (the embed's: its own site). */
	defaultLinksBase = '/';

	#state = picker.initialState();
	#result: { state: picker.PickerState; value: Recommendation } | undefined;
	#root: HTMLElement | undefined;
	#announcer: Announcer | undefined;
	#connection: AbortController | undefined;
	/** A result opened from a link, not yet told: told once the document has loaded, even after a move before then. */
	#resultUntold = false;
	#ownNeeds: OwnNeeds = new Set();
	#focus = new FocusKeeper();
	#ids = `q${++count}`;

	/** @attr theme - light, dark or auto. */
	get theme(): PickerTheme {
		return parseTheme(this.getAttribute('theme'));
	}
	set theme(value: string) {
		this.setAttribute('theme', value);
	}

	/** @attr heading-level - the level of the picker's main headings, 1–6. */
	get headingLevel(): number {
		return parseHeadingLevel(this.getAttribute('heading-level'));
	}
	set headingLevel(value: number) {
		this.setAttribute('heading-level', String(value));
	}

	/** @attr links-base - the site (or intranet mirror) that "read more" links point to. */
	get linksBase(): string {
		return parseLinksBase(this.getAttribute('links-base'), this.defaultLinksBase);
	}
	set linksBase(value: string) {
		this.setAttribute('links-base', value);
	}

	/** The result shown, in the shape of the result event's `detail`; `null` while questions remain. */
	get result(): SyncToolPickerResultDetail | null {
		const recommendation = this.#recommendation();
		return recommendation ? resultDetail(recommendation, this.#shareUrl(recommendation)) : null;
	}

	connectedCallback(): void {
		upgradeProperties(this, ['theme', 'headingLevel', 'linksBase']);
		const { signal } = (this.#connection = new AbortController());
		if (!this.#root) {
			// First connection: build the shadow root, or take over the page's declarative one and its focused heading.
			const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
			const headingFocused = shadow.activeElement?.hasAttribute('data-focus');
			sharedSheet ??= new CSSStyleSheet();
			if (sharedSheet.cssRules.length === 0) sharedSheet.replaceSync(pickerStyles + resultStyles);
			shadow.adoptedStyleSheets = [sharedSheet];
			// Its text is English whatever the host page's language, so screen readers read it as English.
			const status = h('p', { class: 'status', role: 'status', lang: 'en' });
			this.#root = h('div', { class: 'root', part: 'root', lang: 'en' });
			this.#announcer = createAnnouncer(status);
			shadow.replaceChildren(this.#root, status);
			if (this.hasAttribute('url-state') && opensResult(this.#ownNeeds)) {
				this.#state = picker.openLink(parseShareUrl(location.search));
				this.#resultUntold = true;
			}
			this.#render('keep');
			if (headingFocused) this.#root.querySelector<HTMLElement>('[data-focus]')?.focus();
		}
		// A result opened from a link is told to listeners that later scripts of the page add.
		if (this.#resultUntold) whenLoaded(() => this.#dispatchResult(), signal);
		// Back or Forward past a link within the page keeps the answers, and brings the address back to them.
		addEventListener('popstate', () => this.hasAttribute('url-state') && this.#keepAddress(true), { signal });
	}

	disconnectedCallback(): void {
		this.#connection?.abort();
		this.#announcer?.stop();
	}

	attributeChangedCallback(name: string): void {
		// The stylesheet themes the picker from the attribute alone: a value it ignores gets its one warning.
		if (name === 'theme') parseTheme(this.getAttribute('theme'));
		else if (this.#root) this.#render('keep');
	}

	/** Clears every answer and returns to the first question; focus moves there only from inside the picker. */
	startOver(): void {
		this.#update(picker.initialState(), undefined, Boolean(this.shadowRoot?.activeElement));
	}

	#recommendation(): Recommendation | null {
		if (!picker.showsResult(this.#state)) return null;
		if (this.#result?.state !== this.#state)
			this.#result = { state: this.#state, value: recommend(picker.needsOf(this.#state)) };
		return this.#result.value;
	}

	#dispatchResult(): void {
		this.#resultUntold = false;
		const result = this.result;
		if (result) emit(this, RESULT_EVENT, result);
	}

	#shareUrl(result: Recommendation): string {
		return formatShareUrl(result.needs, new URL(sitePath(this.linksBase, CHOOSE_A_SYNC_TOOL_PAGE), location.href).href);
	}

	/** Takes a reader's new state: the address follows, the view re-renders with focus, then listeners hear of it. */
	#update(state: picker.PickerState, change?: SyncToolPickerChangeDetail, byReader = true): void {
		const before = this.#state;
		this.#state = state;
		if (this.hasAttribute('url-state')) this.#keepAddress(false);
		this.#render(byReader ? 'heading' : 'keep');
		if (change) emit(this, CHANGE_EVENT, change);
		const result = this.#recommendation();
		if (result && !picker.showsResult(before)) {
			this.#announcer?.say(STRINGS.announced(toolTitle(result.tool)));
			this.#dispatchResult();
		}
	}

	#keepAddress(fromHistory: boolean): void {
		keepNeeds(this.#ownNeeds, this.#recommendation()?.needs, fromHistory);
	}

	#actions: ViewContext['actions'] = {
		tick: (option, checked) => {
			const before = this.#state;
			this.#state = picker.tick(before, option, checked);
			if (this.#root) showTicks(this.#root, this.#state.draft);
			// "Not sure" and the other answers untick one another: say so, or the change goes unheard.
			const unticked = picker.untickedBy(before, this.#state, option).length;
			if (unticked > 0)
				this.#announcer?.say(option === NOT_SURE ? STRINGS.notSureCleared(unticked) : STRINGS.notSureUnticked);
		},
		next: () => {
			const { question } = this.#state;
			const state = picker.next(this.#state);
			if (state.missingAnswer || question === null) {
				this.#state = state;
				this.#render('answer');
				return;
			}
			const answer = [...(state.answers[question] ?? [])];
			this.#update(state, { version: DETAIL_VERSION, question, answer, needs: picker.walkOf(state).needs });
		},
		back: () => this.#update(picker.back(this.#state)),
		startOver: () => this.#update(picker.initialState()),
		edit: (question) => this.#update(picker.edit(this.#state, question)),
		copyLink: () => void this.#copy((result) => this.#shareUrl(result), STRINGS.linkCopied),
		copyMarkdown: () => void this.#copy((result) => this.#context().markdown(result), STRINGS.markdownCopied),
	};

	async #copy(text: (result: Recommendation) => string, done: string): Promise<void> {
		const result = this.#recommendation();
		const fallback = this.#root?.querySelector<HTMLElement>('[data-copy-fallback]');
		if (result) await copyOrShow(text(result), fallback, () => this.#announcer?.say(done));
	}

	#context(): ViewContext {
		const { headingLevel: level, linksBase, dataset } = this;
		const settings = { level, ids: this.#ids, linksBase, sourceTitles: dataset['sourceTitles'] };
		// The reader's own calendar day, read at each render, so a page left open overnight follows it.
		return viewContext({ ...settings, today: localDay(new Date()), actions: this.#actions });
	}

	/**
	 * Re-renders the state. Focus goes to the new view's heading after a reader's action (`heading`),
	 * to the first answer when one is missing (`answer`), else stays on the control that had it.
	 */
	#render(focus: 'keep' | 'heading' | 'answer'): void {
		const root = this.#root;
		if (!root) return;
		if (focus === 'keep') this.#focus.remember(root, this.shadowRoot?.activeElement);
		else this.#focus.forget();
		const context = this.#context();
		const question = shownQuestion(this.#state);
		const result = this.#recommendation();
		root.replaceChildren(
			result ? resultView(this.#state, result, context) : question ? questionView(this.#state, question, context) : '',
		);
		// A link in the checklist, filled after paint, gets focus back then.
		this.#focus.restore(!result);
		if (result) fillChecklist(root, result, context, () => this.#focus.restore(true));
		const heading = root.querySelector<HTMLElement>('[data-focus]');
		if (focus === 'answer') root.querySelector('input')?.focus();
		else if (focus === 'heading' && heading) focusHeading(heading);
	}
}

// Beside the class, so the embed's declarations carry it whichever define the embed exports.
declare global {
	interface HTMLElementTagNameMap {
		'sync-tool-picker': SyncToolPickerElement;
	}
}
