/**
 * What the table-filter browser tests read from a page with <table-filter>: the rows a reader can
 * see, the filter's controls and count, and which sections are shown; and what they expect, from the data.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import featuresData from '../../../content/data/configure-features.json';
import requirementsData from '../../../content/data/requirements.json';
import sourcesData from '../../../content/data/sources.json';
import { categoryLabels, toolLabels } from '../../../src/data/labels';
import { PAGES, PREREQUISITES_PAGE, requirementAnchor, siteRoute } from '../../../src/data/site-contracts';
import { RequirementSchema, type Requirement } from '../../../src/data/schemas/requirements';
import type { OpenPageOptions, Site } from '../harness';

export const requirements = RequirementSchema.array().parse(requirementsData);
export const features = RequirementSchema.array().parse(featuresData);
const sourceTitles = new Map(sourcesData.map((page) => [page.id, page.title]));

export const PREREQUISITES = siteRoute(PREREQUISITES_PAGE);
export const CONFIGURE = siteRoute(PAGES.configure);

/** A query no requirement matches. */
export const NO_MATCH = 'no-such-requirement-anywhere';

/** What a reader can read in a row, from the data: its words, links, source, tool and category. */
function rowText(row: Requirement): string {
	return [
		row.requirement,
		...row.details,
		...row.updates.flatMap((update) => [
			update.text ?? `${update.timeBound?.before ?? ''} ${update.timeBound?.after ?? ''}`,
			sourceTitles.get(update.source) ?? '',
		]),
		...row.links.map((link) => link.label),
		sourceTitles.get(row.source) ?? '',
		toolLabels[row.tool],
		categoryLabels[row.category],
	]
		.join(' ')
		.toLowerCase();
}

/** The anchors of the rows whose text contains every one of `words` (lower case), sorted. */
export function rowsWithWords(rows: readonly Requirement[], ...words: string[]): string[] {
	return anchorsOf(rows.filter((row) => words.every((word) => rowText(row).includes(word))));
}

/** The anchors of rows, sorted. */
export function anchorsOf(rows: readonly Requirement[]): string[] {
	return rows.map((row) => requirementAnchor(row.id)).sort();
}

export const ALL_REQUIREMENTS = anchorsOf(requirements);

/** The count line for `shown` rows: "12 of 41 requirements". */
export const countOf = (shown: number, total = requirements.length, noun = 'requirements') =>
	`${shown} of ${total} ${noun}`;

/** Waits until <table-filter> is defined, so its form is live (it is visible from the first paint). */
export async function filterReady(page: Page): Promise<void> {
	await page.waitForFunction(() => customElements.get('table-filter') !== undefined);
}

/** Opens a page with a filter and waits for <table-filter> to take over its form. */
export async function openFilter(site: Site, path: string, options: OpenPageOptions = {}): Promise<Page> {
	const page = await site.openPage(path, options);
	await filterReady(page);
	return page;
}

/** The anchors of the rows a reader can see, sorted. */
export function visibleRows(page: Page): Promise<string[]> {
	return page.locator('table[data-requirement-table] tbody tr').evaluateAll((rows) =>
		rows
			.filter((row) => row.checkVisibility())
			.map((row) => row.id)
			.sort(),
	);
}

/** The filter as it stands: the controls' values, the visible count and the URL's query. */
export async function filterState(page: Page) {
	const form = page.locator('table-filter form');
	return {
		query: await form.locator('input[name="q"]').inputValue(),
		tool: await form.locator('select[name="tool"]').inputValue(),
		category: await form.locator('select[name="category"]').inputValue(),
		count: (await form.locator('[data-count]').textContent())?.trim() ?? '',
		// The page's own address: page.url() learns of replaceState a moment later.
		search: await page.evaluate(() => location.search),
	};
}

/**
 * For every requirement table, whether it and the nearest heading before it are shown, and whether
 * any of its rows is: a table with no matching row must be hidden with its heading.
 */
function sections(page: Page) {
	return page.locator('table[data-requirement-table]').evaluateAll((tables) => {
		const headings = [...document.querySelectorAll('h2, h3')];
		return tables.map((table) => {
			const heading = headings.findLast(
				(candidate) => candidate.compareDocumentPosition(table) & Node.DOCUMENT_POSITION_FOLLOWING,
			);
			return {
				heading: heading?.textContent?.trim() ?? '',
				headingShown: heading?.checkVisibility() ?? false,
				tableShown: table.checkVisibility(),
				rowsShown: [...table.querySelectorAll('tbody tr')].some((row) => row.checkVisibility()),
			};
		});
	});
}

/** Asserts that every table, and its heading, is shown exactly when it has a row to show. */
export async function expectEmptySectionsHidden(page: Page): Promise<void> {
	const shown = await sections(page);
	expect(shown.length).toBeGreaterThan(0);
	expect(
		shown.filter((section) => section.headingShown !== section.rowsShown || section.tableShown !== section.rowsShown),
	).toEqual([]);
}
