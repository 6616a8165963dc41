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

	connectedCallback(): void {
		const form = this.querySelector('form');
		if (!form || this.#form) return;
		this.#form = form;
		this.#rows = [...document.querySelectorAll<HTMLTableRowElement>('table[data-requirement-table] tbody tr')];
		const labelOf = (name: string, value: string | undefined) =>
			[...this.#select(name).options].find((option) => option.value === value)?.text ?? '';
		for (const row of this.#rows) {
			// Tool and category names count as row text, so "cloud accounts" finds Cloud Sync's accounts.
			this.#rowText.set(row, `${row.textContent ?? ''} ${labelOf('tool', row.dataset['tool'])} ${labelOf('category', row.dataset['category'])}`);
		}
		form.addEventListener('input', () => this.#apply(this.#readForm(), 'replace'));
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
			note.textContent = ignored.length ? `Some of the filters in this link were not understood: ${ignored.join('; ')}.` : '';
			note.hidden = ignored.length === 0;
		}
		this.#apply(state, false);
	}

	#reset(): void {
		this.#input().value = '';
		this.#select('tool').value = '';
		this.#select('category').value = '';
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
		for (const table of document.querySelectorAll<HTMLElement>('[data-requirement-table]')) {
			const wrapper = table.parentElement ?? table;
			wrapper.hidden = !table.querySelector('tbody tr:not([hidden])');
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
