/**
 * Every page the picker can cite, from its data as the engine reads it: a selectable comparison
 * row's own page, the page of a cell it quotes as a partial offer ("limited"), Microsoft's general
 * advice, and each checklist caveat's page. The site writes these pages' titles into the picker's
 * `data-source-titles`, so its citations name their pages while the bundle never carries the register.
 */
import { NEED_IDS } from '../data/ids';
import { CAPABILITIES } from './capabilities';
import { checklistFor } from './checklist';
import { DEFAULT_REASON, SIDE_BY_SIDE_REASON } from './guidance';

/** The addresses of the Microsoft Learn pages the picker's result can cite. */
export function pickerCitedSources(): Set<string> {
	const rows = CAPABILITIES.filter((row) => row.selectable).flatMap((row) => [
		row.source,
		...Object.values(row.support).flatMap((cell) => (cell.level === 'limited' && cell.source ? [cell.source] : [])),
	]);
	const caveats = checklistFor('both', NEED_IDS).flatMap((item) => item.updates.map((update) => update.source));
	return new Set([...rows, DEFAULT_REASON.source, SIDE_BY_SIDE_REASON.source, ...caveats]);
}
