/**
 * The DOM half of <table-filter>: it reads the server-rendered form and the requirement tables
 * inside the element (also those in an Aside, Tabs or any other wrapper), filters them by text,
 * tool and category, keeps the state in the URL, hides sections left empty and their "On this page"
 * entries, and announces the count once typing pauses. It finds everything inside the element,
 * except the tables of contents, which it finds through their documented marker (table-of-contents.ts).
 */
import {
	FILTER_NAMES,
	countText,
	formatFilterState,
	normaliseText,
	parseFilterState,
	rowMatcher,
	type FilterState,
} from './filter-state';
import { hiddenBlocks } from './sections';
import { tocEntriesFor } from './table-of-contents';

/** How long typing (or arrowing through a select) must pause before the new count is announced. */
const ANNOUNCE_AFTER_MS = 600;

const CLEARED: FilterState = { q: '', tool: '', category: '' };

/**
 * Starts filtering the content of `element`; returns the function that stops it and removes every
 * listener and timer it added. Returns nothing, after a console warning, when the form is incomplete.
 */
export function startFilter(element: HTMLElement): (() => void) | undefined {
	const form = element.querySelector('form');
	const [q, tool, category] = FILTER_NAMES.map((name) => form?.elements.namedItem(name));
	if (!(
		form &&
		q instanceof HTMLInputElement &&
		tool instanceof HTMLSelectElement &&
		category instanceof HTMLSelectElement
	)) {
		console.warn(
			`[table-filter] <${element.localName}> lacks a <form> with controls named q, tool and category: it filters nothing.`,
		);
		return undefined;
	}
	const controls = { q, tool, category };
	const part = (name: string) => element.querySelector<HTMLElement>(`[data-${name}]`);
	const options = (select: HTMLSelectElement) => [...select.options];

	// What there is to filter, read once: rows with their normalised text, tables, top-level blocks.
	const tables = [...element.querySelectorAll<HTMLTableElement>('table[data-requirement-table]')];
	const rows = tables.flatMap((table, index) =>
		[...table.querySelectorAll<HTMLTableRowElement>('tbody>tr')].map((row) => {
			const label = (select: HTMLSelectElement, value?: string) =>
				options(select).find((option) => option.value === value)?.text;
			// Tool and category names count as row text, so "cloud accounts" finds Cloud Sync's accounts.
			const { tool: rowTool, category: rowCategory } = row.dataset;
			const text = normaliseText(`${row.textContent} ${label(tool, rowTool)} ${label(category, rowCategory)}`);
			return { row, text, tool: rowTool, category: rowCategory, table: index };
		}),
	);
	const headings = new Map<string, number>();
	const blocks = [...element.children]
		.filter((block): block is HTMLElement => block instanceof HTMLElement && block !== form)
		.map((block, index) => {
			const heading = block.matches('h2,h3') ? block : block.querySelector(':scope>:is(h2,h3)');
			if (heading?.id) headings.set(`#${encodeURIComponent(heading.id)}`, index);
			const inside = tables.flatMap((table, tableIndex) => (block.contains(table) ? [tableIndex] : []));
			return { block, level: heading ? (heading.localName === 'h2' ? 2 : 3) : 0, tables: inside };
		});
	const toc = tocEntriesFor(headings);

	let announceTimer: ReturnType<typeof setTimeout> | undefined;
	/** The select the reader is choosing with: its further changes replace the history entry. */
	let choosing: EventTarget | null = null;

	const readForm = (): FilterState => ({ q: q.value, tool: tool.value, category: category.value });
	const writeForm = (state: FilterState) => {
		for (const name of FILTER_NAMES) controls[name].value = state[name];
		choosing = null;
	};

	/** Puts the visible count in the live region now, unless the region says that already. */
	const announce = () => {
		clearTimeout(announceTimer);
		const text = part('count')?.textContent ?? '';
		const live = part('live');
		if (live && live.textContent !== text) live.textContent = text;
	};

	/**
	 * Shows the rows, tables and sections that match `state`, and writes the count and the URL. It
	 * writes only what changed and reads no layout, so a keystroke costs one style and layout pass.
	 */
	const apply = (state: FilterState, entry?: 'push' | 'replace') => {
		const matches = rowMatcher(state);
		const shownPerTable = tables.map(() => 0);
		let shown = 0;
		for (const row of rows) {
			const match = matches(row);
			setHidden(row.row, !match);
			if (match) {
				shown += 1;
				shownPerTable[row.table]! += 1;
			}
		}
		const emptyTables = shownPerTable.map((shown) => shown === 0);
		tables.forEach((table, index) => setHidden(table, emptyTables[index]!));
		const hidden = hiddenBlocks(blocks, emptyTables);
		blocks.forEach(({ block }, index) => setHidden(block, hidden[index]!));
		for (const [item, block] of toc) setHidden(item, hidden[block]!);

		const count = part('count');
		const text = countText(shown, rows.length, element.dataset['noun'] ?? 'rows');
		if (count && count.textContent !== text) count.textContent = text;
		const empty = part('empty');
		if (empty) setHidden(empty, shown > 0);
		const url = formatFilterState(location.href, state);
		// history.state belongs to whoever stored it (Starlight, a host page): carry it over.
		if (entry && url !== location.href) history[`${entry}State`](history.state, '', url);
	};

	const restoreFromUrl = () => {
		const choices = (select: HTMLSelectElement) =>
			options(select)
				.map((option) => option.value)
				.filter(Boolean);
		const { state, ignored } = parseFilterState(location.search, { tool: choices(tool), category: choices(category) });
		writeForm(state);
		const detail = part('note-detail');
		if (detail) detail.textContent = ignored.join('; ');
		part('note')?.toggleAttribute('hidden', !ignored.length);
		apply(state);
		announce();
	};

	/**
	 * Typing replaces the current history entry. A select fires 'input' just before 'change', so
	 * selects are handled on 'change' only: the first change of a choice adds an entry (Back undoes
	 * it), and while that select keeps focus, arrowing on replaces it; the count is announced once
	 * the reader pauses. Both reset buttons ("Clear filters", "Show all") clear the filter.
	 */
	const onFormEvent = (event: Event) => {
		const { type, target } = event;
		const typed = type === 'input' && target === q;
		// The search box fires 'change' too, when it loses focus: only a select's counts here.
		const chose = type === 'change' && target !== q;
		if (typed || chose) {
			apply(readForm(), target === q || target === choosing ? 'replace' : 'push');
			if (target !== q) choosing = target;
			clearTimeout(announceTimer);
			announceTimer = setTimeout(announce, ANNOUNCE_AFTER_MS);
		} else if (type === 'focusout') {
			if (target === choosing) choosing = null;
			// The reader moves on: the live count must not lag behind what the page shows.
			announce();
		} else {
			// 'submit' or 'reset': nothing to send anywhere.
			event.preventDefault();
			if (type === 'reset') {
				// A new entry without the filters; reading it back clears the form, and the note about a
				// link's bad filters, which no longer applies.
				apply(CLEARED, 'push');
				restoreFromUrl();
				q.focus();
			} else {
				// Enter in the search box: the reader wants the count now.
				announce();
			}
		}
	};

	const connection = new AbortController();
	const listening = { signal: connection.signal };
	for (const type of ['input', 'change', 'focusout', 'submit', 'reset'])
		form.addEventListener(type, onFormEvent, listening);
	window.addEventListener('popstate', restoreFromUrl, listening);
	restoreFromUrl();
	return () => {
		connection.abort();
		clearTimeout(announceTimer);
	};
}

function setHidden(element: HTMLElement, hidden: boolean): void {
	if (element.hidden !== hidden) element.hidden = hidden;
}
