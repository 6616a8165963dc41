/**
 * The picker's checklist reads content/data/requirements.json, but only the row's name, details and current notes.
 * Both bundlers (Vite for the site, esbuild for the embed) pass the file through `trimRequirements`
 * so the shipped JavaScript carries what the checklist shows, not the citations, links and dates.
 */

/** Matches the requirements data file as a bundler sees it. */
export const REQUIREMENTS_FILE = /content[\\/]data[\\/]requirements\.json$/;

/** The requirements JSON reduced to the fields the checklist reads (src/decision/checklist.ts). */
export function trimRequirements(json: string): string {
	const rows = JSON.parse(json) as Array<Record<string, unknown>>;
	return JSON.stringify(
		rows.map(({ id, tool, requirement, details, updates }) => ({
			id,
			tool,
			requirement,
			details,
			updates: Array.isArray(updates) ? updates.map((update: { text?: unknown }) => ({ text: update.text })) : [],
		})),
	);
}

/** Vite plugin (the site's build): trims the file before Vite's JSON plugin turns it into a module. */
export function trimRequirementsForVite() {
	return {
		name: 'trim-requirements-json',
		enforce: 'pre' as const,
		transform(code: string, id: string) {
			return REQUIREMENTS_FILE.test(id) ? { code: trimRequirements(code), map: null } : undefined;
		},
	};
}
