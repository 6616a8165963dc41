/**
 * <migration-readiness>: the migration readiness check, upgrading the form MigrationReadiness.astro
 * renders on the server (light DOM, styled by the site). Thin glue between the form, the pure state
 * (readiness-state.ts), the engine's explained assessment and the result view: the result follows
 * every answer, the address keeps the answers, a polite live region says the verdict once the
 * reader pauses. Whatever connectedCallback registers, disconnectedCallback removes. Importing this
 * module defines nothing; define.ts does.
 */
import {
	PAGES,
	verdictWords,
	explainMigration,
	migrationToMarkdown,
	normaliseNeeds,
	sitePath,
	type MigrationReport,
} from '../decision/readiness-api';
import { createAnnouncer, type Announcer } from '../widget/announcer';
import { copyOrShow } from '../widget/copy';
import { RESULT_EVENT, resultDetail, type MigrationReadinessResultDetail } from './events';
import * as readiness from './readiness-state';
import { resultView, type ResultViewContext } from './result-view';
import { STRINGS } from './strings';

/** How long the reader must pause before the verdict is announced. */
const ANNOUNCE_AFTER_MS = 600;

const warned = new Set<string>();

/** Warns once per message, prefixed so a site owner can find it. */
function warnOnce(message: string): void {
	if (warned.has(message)) return;
	warned.add(message);
	console.warn(`[migration-readiness] ${message}`);
}

/** The form controls the element reads, found by name inside its own form. */
interface Controls {
	form: HTMLFormElement;
	needs: HTMLInputElement[];
	counts: Record<'forests' | 'objects' | 'containers', HTMLInputElement>;
	flags: Record<'customUpn' | 'groupFiltering', HTMLInputElement[]>;
}

/** The form's controls, or undefined when one is missing. */
function findControls(form: HTMLFormElement): Controls | undefined {
	const named = (name: string) => [...form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)];
	const { ADDRESS_PARAMS: names } = readiness;
	const [forests, objects, containers] = [names.forests, names.objects, names.containers].map((name) => named(name)[0]);
	const upn = named(names.customUpn);
	const groups = named(names.groupFiltering);
	if (!forests || !objects || !containers || upn.length === 0 || groups.length === 0) return undefined;
	return {
		form,
		needs: named(names.needs),
		counts: { forests, objects, containers },
		flags: { customUpn: upn, groupFiltering: groups },
	};
}

/**
 * The readiness check. Attributes: `links-base` (the site's root, for comparison links and the
 * Markdown export; default "/"), `heading-level` (the result heading's level, default 3),
 * `url-state` (keep the answers in the address), `data-source-titles` (JSON: cited address → page
 * title). Property: the read-only `result`. Event: `migration-readiness:result`.
 */
export class MigrationReadinessElement extends HTMLElement {
	#state = readiness.initialState();
	#controls: Controls | undefined;
	#resultArea: HTMLElement | undefined;
	#placeholder: Node[] = [];
	#announcer: Announcer | undefined;
	#announced = '';
	#announceTimer: ReturnType<typeof setTimeout> | undefined;
	#connection: AbortController | undefined;
	#report: { state: readiness.ReadinessState; value: MigrationReport } | undefined;
	#titles: Map<string, string> | undefined;

	/** `links-base`: the site's root, an http(s) address or a path starting with "/", ending in "/". */
	get linksBase(): string {
		const value = this.getAttribute('links-base')?.trim() ?? '';
		if (value === '') return '/';
		let ok = /^\/(?!\/)/.test(value);
		try {
			ok ||= ['http:', 'https:'].includes(new URL(value).protocol);
		} catch {
			// Not an absolute address either.
		}
		if (ok) return value.endsWith('/') ? value : `${value}/`;
		warnOnce(`Ignoring links-base="${value}": use an http(s) address or a path starting with "/"; using "/".`);
		return '/';
	}

	/** `heading-level`: the level of the result's heading, 1–6 (its sections use the next). */
	get headingLevel(): number {
		const value = this.getAttribute('heading-level');
		if (value === null || value === '') return 3;
		const level = Number(value);
		if (Number.isInteger(level) && level >= 1 && level <= 6) return level;
		warnOnce(`Ignoring heading-level="${value}": use a whole number from 1 to 6; using 3.`);
		return 3;
	}

	/** The result shown, in the shape of the event's detail; null while no result shows. */
	get result(): MigrationReadinessResultDetail | null {
		const report = this.#currentReport();
		return report ? resultDetail(report.assessment, this.#state.answers, this.#shareUrl()) : null;
	}

	connectedCallback(): void {
		const form = this.querySelector('form');
		const controls = form ? findControls(form) : undefined;
		const resultArea = this.querySelector<HTMLElement>('[data-result]');
		const status = this.querySelector<HTMLElement>('[data-status]');
		if (!controls || !resultArea || !status) {
			warnOnce(
				`<${this.localName}> lacks its form (inputs named needs, forests, objects, containers, upn, groups), its [data-result] area or its [data-status] region: it does nothing.`,
			);
			return;
		}
		const connection = (this.#connection = new AbortController());
		const { signal } = connection;
		if (!this.#controls) {
			// First connection: take the answers from the address, or from a form the browser restored.
			this.#controls = controls;
			this.#resultArea = resultArea;
			this.#placeholder = [...resultArea.childNodes];
			this.#announcer = createAnnouncer(status);
			const fromAddress = this.hasAttribute('url-state') ? readiness.parseAddress(location.search) : undefined;
			if (fromAddress?.shown) {
				this.#state = fromAddress;
				this.#writeForm(fromAddress.answers);
			} else {
				const answers = this.#readForm();
				if (JSON.stringify(answers) !== JSON.stringify(readiness.NO_ANSWERS)) this.#state = readiness.answer(answers);
			}
			this.#render();
			if (this.#state.shown) this.#dispatchWhenLoaded(signal);
		}
		controls.form.addEventListener('input', () => this.#answered(), { signal });
		controls.form.addEventListener(
			'reset',
			(event) => {
				// The state decides what the form shows, so the browser's own reset is not needed.
				event.preventDefault();
				this.#clear();
			},
			{ signal },
		);
		// Enter in a number box would send the form and reload the page.
		controls.form.addEventListener('submit', (event) => event.preventDefault(), { signal });
	}

	disconnectedCallback(): void {
		this.#connection?.abort();
		this.#connection = undefined;
		clearTimeout(this.#announceTimer);
		this.#announcer?.stop();
	}

	#readForm(): readiness.ReadinessAnswers {
		const controls = this.#controls;
		if (!controls) return readiness.NO_ANSWERS;
		const ticked = controls.needs.filter((input) => input.checked).map((input) => input.value);
		// A group with no radio checked is a question not answered: null, never No.
		const flag = (inputs: HTMLInputElement[]) => {
			const checked = inputs.find((input) => input.checked)?.value;
			return checked === 'yes' ? true : checked === 'no' ? false : null;
		};
		return {
			needs: normaliseNeeds(ticked).needs,
			forests: readiness.readCount(controls.counts.forests.value),
			objects: readiness.readCount(controls.counts.objects.value),
			containers: readiness.readCount(controls.counts.containers.value),
			customUpn: flag(controls.flags.customUpn),
			groupFiltering: flag(controls.flags.groupFiltering),
		};
	}

	#writeForm(answers: readiness.ReadinessAnswers): void {
		const controls = this.#controls;
		if (!controls) return;
		for (const input of controls.needs) input.checked = answers.needs.includes(input.value as never);
		for (const field of ['forests', 'objects', 'containers'] as const) {
			const value = answers[field];
			controls.counts[field].value = typeof value === 'number' ? String(value) : '';
		}
		for (const field of ['customUpn', 'groupFiltering'] as const) {
			const value = answers[field];
			const checked = value === null ? null : value ? 'yes' : 'no';
			for (const input of controls.flags[field]) input.checked = input.value === checked;
		}
	}

	/** The reader changed an answer: the result, the address and listeners follow at once; the announcement waits. */
	#answered(): void {
		this.#update(readiness.answer(this.#readForm()));
		this.#dispatch();
		clearTimeout(this.#announceTimer);
		this.#announceTimer = setTimeout(() => this.#announceVerdict(), ANNOUNCE_AFTER_MS);
	}

	#clear(): void {
		clearTimeout(this.#announceTimer);
		this.#writeForm(readiness.NO_ANSWERS);
		this.#update(readiness.clear());
		this.#announced = '';
		this.#announcer?.say(STRINGS.cleared);
	}

	#update(state: readiness.ReadinessState): void {
		this.#state = state;
		if (this.hasAttribute('url-state')) {
			const address = readiness.formatAddress(location.href, state);
			if (address !== location.href) history.replaceState(history.state, '', address);
		}
		this.#render();
	}

	/** Says the verdict and the guided tool's answer, unless that is what was said last. */
	#announceVerdict(): void {
		const report = this.#currentReport();
		if (!report) return;
		const message = STRINGS.announced(verdictWords(report).title, report.assessment.guidedTool.eligible);
		if (message === this.#announced) return;
		this.#announced = message;
		this.#announcer?.say(message);
	}

	#dispatch(): void {
		const detail = this.result;
		if (detail) this.dispatchEvent(new CustomEvent(RESULT_EVENT, { detail, bubbles: true, composed: true }));
	}

	/** A result opened from the address is told to listeners that later scripts add: after the document has loaded. */
	#dispatchWhenLoaded(signal: AbortSignal): void {
		if (document.readyState === 'complete') queueMicrotask(() => signal.aborted || this.#dispatch());
		else addEventListener('load', () => this.#dispatch(), { once: true, signal });
	}

	#currentReport(): MigrationReport | null {
		if (!this.#state.shown) return null;
		if (this.#report?.state !== this.#state) {
			this.#report = { state: this.#state, value: explainMigration(readiness.toMigrationInput(this.#state.answers)) };
		}
		return this.#report.value;
	}

	#shareUrl(): string {
		return readiness.formatAddress(location.href, this.#state);
	}

	#titleOf(source: string): string | undefined {
		if (!this.#titles) {
			this.#titles = new Map();
			try {
				const parsed = JSON.parse(this.dataset['sourceTitles'] ?? '{}') as unknown;
				if (typeof parsed === 'object' && parsed !== null) {
					for (const [address, title] of Object.entries(parsed)) {
						if (typeof title === 'string') this.#titles.set(address, title);
					}
				}
			} catch {
				warnOnce('Ignoring data-source-titles: it is not JSON; sources show as "Microsoft Learn".');
			}
		}
		return this.#titles.get(source);
	}

	#context(): ResultViewContext {
		return {
			level: this.headingLevel,
			comparisonHref: sitePath(this.linksBase, PAGES.chooseASyncTool),
			titleOf: (source) => this.#titleOf(source),
			copyLink: () => void this.#copy(() => this.#shareUrl(), STRINGS.linkCopied),
			copyMarkdown: () =>
				void this.#copy(
					(report) =>
						migrationToMarkdown(report, readiness.toMigrationInput(this.#state.answers), {
							siteUrl: new URL(this.linksBase, location.href).href,
							shareUrl: this.#shareUrl(),
							ignored: this.#state.ignored,
						}),
					STRINGS.markdownCopied,
				),
		};
	}

	async #copy(text: (report: MigrationReport) => string, done: string): Promise<void> {
		const report = this.#currentReport();
		const fallback = this.#resultArea?.querySelector<HTMLElement>('[data-copy-fallback]');
		if (report) await copyOrShow(text(report), fallback, () => this.#announcer?.say(done));
	}

	#render(): void {
		const area = this.#resultArea;
		if (!area) return;
		const report = this.#currentReport();
		area.replaceChildren(...(report ? [resultView(report, this.#state, this.#context())] : this.#placeholder));
	}
}
