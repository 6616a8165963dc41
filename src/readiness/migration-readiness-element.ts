/**
 * <migration-readiness>: the migration readiness check, upgrading the form MigrationReadiness.astro
 * renders on the server (light DOM, styled by the site). Thin glue between the form's controls
 * (readiness-form.ts), the attributes (attributes.ts), the pure state (readiness-state.ts), the
 * engine's explained assessment and the result view: the result follows every answer, the address
 * keeps the answers, a polite live region says the verdict once the reader pauses. Whatever
 * connectedCallback registers, disconnectedCallback removes. Importing this module defines nothing;
 * define.ts does.
 */
import { verdictWords, explainMigration, migrationToMarkdown, type MigrationReport } from '../decision';
import { CHOOSE_A_SYNC_TOOL_PAGE, sitePath } from '../data/site-contracts';
import { createAnnouncer, type Announcer } from '../widget/announcer';
import { copyOrShow } from '../widget/copy';
import { parseHeadingLevel, parseLinksBase, parseSourceTitles, warnOnce } from './attributes';
import type { ExportReading } from '../connect-export/types';
import { RESULT_EVENT, resultDetail, type MigrationReadinessResultDetail } from './events';
import { wireExportSection } from './export-trigger';
import { findControls, readForm, writeForm, type ReadinessControls } from './readiness-form';
import * as readiness from './readiness-state';
import { resultView, type ResultViewContext } from './result-view';
import { STRINGS } from './strings';

/** How long the reader must pause before the verdict is announced. */
const ANNOUNCE_AFTER_MS = 600;

/**
 * The readiness check. The tags below (in Markdown) are its public API.
 * @tagname migration-readiness
 * @attr {string} [links-base=`/`] - The address or root path of the site's folder, for comparison links and the export
 * @attr {string} [heading-level=`3`] - `1` to `6`: the level of the result's heading (its sections use the next)
 * @attr {boolean} [url-state=absent] - present or absent: keep the answers in the page address, and open on them
 * @attr {string} [data-source-titles=absent] - A JSON object of cited Microsoft Learn addresses and their page titles
 * @prop [result=`null`] - The result shown, as the result event's `detail`; `null` while no result shows
 * @fires {CustomEvent<MigrationReadinessResultDetail>} migration-readiness:result - The reader changes an answer
 */
export class MigrationReadinessElement extends HTMLElement {
	#state = readiness.initialState();
	#controls: ReadinessControls | undefined;
	#resultArea: HTMLElement | undefined;
	#placeholder: Node[] = [];
	#announcer: Announcer | undefined;
	#announced = '';
	#announceTimer: ReturnType<typeof setTimeout> | undefined;
	#connection: AbortController | undefined;
	#report: { state: readiness.ReadinessState; value: MigrationReport } | undefined;
	#titles: Map<string, string> | undefined;
	#exportReading: ExportReading | null = null;
	#exportMarkdown = '';

	/** @attr links-base - the address or root path of the site's folder, ending in "/" (see siteFolder). */
	get linksBase(): string {
		return parseLinksBase(this.getAttribute('links-base'));
	}

	/** @attr heading-level - the level of the result's heading, 1–6 (its sections use the next). */
	get headingLevel(): number {
		return parseHeadingLevel(this.getAttribute('heading-level'));
	}

	/** The result shown, in the shape of the event's detail; null while no result shows. */
	get result(): MigrationReadinessResultDetail | null {
		const report = this.#currentReport();
		return report ? resultDetail(report.assessment, this.#state.answers, this.#shareUrl()) : null;
	}

	/** What "Read it from your server" last read and filled the form from; null when nothing was. */
	get exportReading(): ExportReading | null {
		return this.#exportReading;
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
				writeForm(this.#controls, fromAddress.answers);
			} else {
				const answers = readForm(this.#controls);
				if (JSON.stringify(answers) !== JSON.stringify(readiness.NO_ANSWERS)) this.#state = readiness.answer(answers);
			}
			this.#render();
			if (this.#state.shown) this.#dispatchWhenLoaded(signal);
		}
		controls.form.addEventListener('input', () => this.#answered(), { signal });
		const exportSection = this.querySelector<HTMLElement>('[data-export]');
		if (exportSection)
			wireExportSection(
				exportSection,
				() => controls,
				(reading, markdown) => this.#readExport(reading, markdown),
				signal,
			);
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
		// Back or Forward past a link within the page lands on an entry written before the latest
		// answers: the answers stay, and the address is brought back to them.
		addEventListener('popstate', () => this.#writeAddress(), { signal });
	}

	disconnectedCallback(): void {
		this.#connection?.abort();
		this.#connection = undefined;
		clearTimeout(this.#announceTimer);
		this.#announcer?.stop();
	}

	/** The reader changed an answer: the result, the address and listeners follow at once; the announcement waits. */
	#answered(): void {
		this.#update(readiness.answer(readForm(this.#controls)));
		this.#dispatch();
		clearTimeout(this.#announceTimer);
		this.#announceTimer = setTimeout(() => this.#announceVerdict(), ANNOUNCE_AFTER_MS);
	}

	/** The form was filled from an export (or, with null, the reading was cleared): the result follows. */
	#readExport(reading: ExportReading | null, markdown: string): void {
		this.#exportReading = reading;
		this.#exportMarkdown = markdown;
		if (reading) this.#answered();
	}

	#clear(): void {
		clearTimeout(this.#announceTimer);
		writeForm(this.#controls, readiness.NO_ANSWERS);
		this.#update(readiness.clear());
		this.#announced = '';
		this.#announcer?.say(STRINGS.cleared);
	}

	#update(state: readiness.ReadinessState): void {
		this.#state = state;
		this.#writeAddress();
		this.#render();
	}

	/** With `url-state`, puts the answers shown in the address, replacing the current history entry. */
	#writeAddress(): void {
		if (!this.hasAttribute('url-state')) return;
		const address = readiness.formatAddress(location.href, this.#state);
		if (address !== location.href) history.replaceState(history.state, '', address);
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
		this.#titles ??= parseSourceTitles(this.dataset['sourceTitles']);
		return this.#titles.get(source);
	}

	#context(): ResultViewContext {
		return {
			level: this.headingLevel,
			comparisonHref: sitePath(this.linksBase, CHOOSE_A_SYNC_TOOL_PAGE),
			titleOf: (source) => this.#titleOf(source),
			copyLink: () => void this.#copy(() => this.#shareUrl(), STRINGS.linkCopied),
			copyMarkdown: () =>
				void this.#copy(
					(report) =>
						migrationToMarkdown(report, readiness.toMigrationInput(this.#state.answers), {
							siteUrl: new URL(this.linksBase, location.href).href,
							shareUrl: this.#shareUrl(),
							ignored: this.#state.ignored,
							titleOf: (source) => this.#titleOf(source),
						}) + (this.#exportMarkdown ? `\n${this.#exportMarkdown}` : ''),
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
