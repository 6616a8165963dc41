import { describe, expect, test } from 'vitest';
import sources from '../../../content/data/sources.json';
import { NEEDS, checklistFor, pickerCitedSources, recommend } from '../../../src/decision';

/** Every address a result for `needs` cites: reasons, offers, trade-offs, gaps and checklist caveats. */
function citedBy(needs: string[]): string[] {
	const result = recommend(needs);
	return [
		...result.reasons.flatMap((reason) => [reason.source, ...(reason.otherOffers ? [reason.otherOffers.source] : [])]),
		...result.tradeoffs.map((tradeoff) => tradeoff.source),
		...result.unsupported.map((gap) => gap.source),
		...checklistFor(result.tool, result.needs, '2026-11-27').flatMap((item) => item.updates.map((u) => u.source)),
	];
}

describe('the pages the picker can cite', () => {
	const listed = pickerCitedSources();

	test('hold every page a result cites, for no need, each need alone and every pair of needs', () => {
		const ids = NEEDS.map((need) => need.id);
		const sets = [[], ...ids.map((id) => [id]), ...ids.flatMap((a) => ids.map((b) => [a, b]))];
		const missing = new Set(sets.flatMap(citedBy).filter((source) => !listed.has(source)));
		expect([...missing]).toEqual([]);
	});

	test('are each in the source register with a title, and dated (the picker prints the date as the page’s own)', () => {
		const register = new Map(sources.map((page) => [page.id, page]));
		const wrong = [...listed].filter((source) => {
			const page = register.get(source);
			return !page || page.title.trim() === '' || ('undated' in page && page.undated === true);
		});
		expect(wrong).toEqual([]);
		expect(listed.size).toBeGreaterThan(5);
	});
});
