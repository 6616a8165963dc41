/**
 * The filter's side of the "On this page" contract: our overrides of Starlight's TableOfContents
 * and MobileTableOfContents wrap each list in `[data-on-this-page]`; the filter hides the entries
 * that link to a section it has hidden, so no entry leads to a heading the reader cannot see.
 */

/** The marker our table-of-contents overrides put around each "On this page" list. */
export const TABLE_OF_CONTENTS = '[data-on-this-page]';

/**
 * The entries, in every table of contents on the page, that link to a heading in `headings` (keyed
 * by link hash, `#` + the encoded id, as a link's `hash` reads): each entry's list item (nested
 * entries included) with the heading's value.
 */
export function tocEntriesFor<T>(headings: ReadonlyMap<string, T>): Array<[HTMLElement, T]> {
	const entries: Array<[HTMLElement, T]> = [];
	for (const link of document.querySelectorAll<HTMLAnchorElement>(`${TABLE_OF_CONTENTS} a[href^="#"]`)) {
		const item = link.closest('li');
		const value = headings.get(link.hash);
		if (item && value !== undefined) entries.push([item, value]);
	}
	return entries;
}
