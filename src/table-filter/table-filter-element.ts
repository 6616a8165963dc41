/**
 * <table-filter> upgrades the server-rendered filter form of a page: it filters the rows of every
 * requirement table on the page by text, tool and category, keeps the state in the URL, and
 * announces the count. Without JavaScript the form stays hidden and the tables stay whole.
 */
import { formatFilterState, matchesQuery, parseFilterState, queryWords, type FilterState } from './filter-state';

export class TableFilterElement extends HTMLElement {
	#form: HTMLFormElement | null = null;
	#rows: HTMLTableRowElement[] = [];
	#rowText = new Map<HTMLTableRowElement, string>();
	/** Each content block beside the tables, with the h2 and h3 sections it belongs to. */
	#blocks: Array<{ element: HTMLElement; sections: Set<HTMLTableElement>[] }> = [];

	connectedCallback(): void {
		const form = this.querySelector('form');
		if (!form || this.#form) return;
		this.#form = form;
		this.#rows = [...document.querySelectorAll<HTMLTableRowElement>('table[data-requirement-table] tbody tr')];
		const labelOf = (name: string, value: string | undefined) =>
			[...this.#select(name).options].find((option) => option.value === value)?.text ?? '';
		for (const row of this.#rows) {
			// Tool and category names count as row text, so "cloud accounts" finds Cloud Sync's accounts.
			this.#rowText.set(
				row,
				`${row.textContent ?? ''} ${labelOf('tool', row.dataset['tool'])} ${labelOf('category', row.dataset['category'])}`,
			);
		}
		this.#collectSections();
		// Typing replaces the current history entry; choosing a tool or category adds one, so Back
		// undoes it. A select fires 'input' just before 'change', so 'input' must leave selects alone:
		// replacing the URL first would leave 'change' nothing new to push.
		form.addEventListener('input', (event) => {
			if (event.target instanceof HTMLInputElement) this.#apply(this.#readForm(), 'replace');
		});
		form.addEventListener('change', (event) => {
			if (event.target instanceof HTMLSelectElement) this.#apply(this.#readForm(), 'push');
		});
		form.addEventListener('submit', (event) => event.preventDefault());
		form.addEventListener('reset', (event) => {
			event.preventDefault();
			this.#reset();
		});
		this.querySelector('[data-reset]')?.addEventListener('click', () => this.#reset());
		window.addEventListener('popstate', () => this.#restoreFromUrl());
		form.hidden = false;
		this.#restoreFromUrl();
	}

	/**
	 * Groups the page's content blocks into h2 and h3 sections, so a section whose tables all have
	 * no matching row can be hidden with its heading and intro instead of leaving an empty heading.
	 */
	#collectSections(): void {
		const content = document.querySelector('[data-requirement-table]')?.parentElement?.parentElement;
		if (!content) return;
		let h2: Set<HTMLTableElement> | null = null;
		let h3: Set<HTMLTableElement> | null = null;
		for (const element of content.children) {
			if (!(element instanceof HTMLElement)) continue;
			const heading = element.matches('h2, h3') ? element : element.querySelector(':scope > h2, :scope > h3');
			if (heading?.tagName === 'H2') [h2, h3] = [new Set(), null];
			else if (heading?.tagName === 'H3') h3 = new Set();
			const sections = [h2, h3].filter((section): section is Set<HTMLTableElement> => section !== null);
			for (const table of element.querySelectorAll<HTMLTableElement>('table[data-requirement-table]')) {
				for (const section of sections) section.add(table);
			}
			this.#blocks.push({ element, sections });
		}
	}

	#select(name: string): HTMLSelectElement {
		return this.#form?.elements.namedItem(name) as HTMLSelectElement;
	}

	#input(): HTMLInputElement {
		return this.#form?.elements.namedItem('q') as HTMLInputElement;
	}

	#readForm(): FilterState {
		return { query: this.#input().value, tool: this.#select('tool').value, category: this.#select('category').value };
	}

	#restoreFromUrl(): void {
		const values = (name: string) => [...this.#select(name).options].map((option) => option.value).filter(Boolean);
		const { state, ignored } = parseFilterState(location.search, values('tool'), values('category'));
		this.#input().value = state.query;
		this.#select('tool').value = state.tool;
		this.#select('category').value = state.category;
		const note = this.querySelector<HTMLElement>('[data-note]');
		if (note) {
			note.textContent = ignored.length
				? `Some of the filters in this link were not understood: ${ignored.join('; ')}.`
				: '';
			note.hidden = ignored.length === 0;
		}
		this.#apply(state, false);
	}

	#reset(): void {
		this.#input().value = '';
		this.#select('tool').value = '';
		this.#select('category').value = '';
		// The note explained a link's bad filters; once the reader clears them, it no longer applies.
		const note = this.querySelector<HTMLElement>('[data-note]');
		if (note) note.hidden = true;
		this.#apply(this.#readForm(), 'push');
		this.#input().focus();
	}

	#apply(state: FilterState, history: 'push' | 'replace' | false): void {
		const words = queryWords(state.query);
		let shown = 0;
		for (const row of this.#rows) {
			const visible =
				(!state.tool || row.dataset['tool'] === state.tool) &&
				(!state.category || row.dataset['category'] === state.category) &&
				matchesQuery(this.#rowText.get(row) ?? '', words);
			row.hidden = !visible;
			if (visible) shown += 1;
		}
		const isEmpty = (table: HTMLTableElement) => !table.querySelector('tbody tr:not([hidden])');
		for (const { element, sections } of this.#blocks) {
			const tables = [...element.querySelectorAll<HTMLTableElement>('table[data-requirement-table]')];
			element.hidden =
				(tables.length > 0 && tables.every(isEmpty)) ||
				sections.some((section) => section.size > 0 && [...section].every(isEmpty));
		}
		const noun = this.dataset['noun'] ?? 'rows';
		const count = this.querySelector('[data-count]');
		if (count) count.textContent = `${shown} of ${this.#rows.length} ${noun}`;
		const empty = this.querySelector<HTMLElement>('[data-empty]');
		if (empty) empty.hidden = shown > 0;
		if (history) {
			const url = formatFilterState(location.href, state);
			if (url !== location.href) window.history[history === 'push' ? 'pushState' : 'replaceState'](null, '', url);
		}
	}
}

if (!customElements.get('table-filter')) customElements.define('table-filter', TableFilterElement);
