/**
 * The picker's checklist reads content/data/requirements.json, but only three fields of each row.
 * Both bundlers (Vite for the site, esbuild for the embed) pass the file through `trimRequirements`
 * so the shipped JavaScript carries the requirement names, not every detail and citation.
 */

/** Matches the requirements data file as a bundler sees it. */
export const REQUIREMENTS_FILE = /content[\\/]data[\\/]requirements\.json$/;

/** The fields the checklist uses. */
const CHECKLIST_FIELDS = ['id', 'tool', 'requirement'] as const;

/** The requirements JSON reduced to the checklist's fields. */
export function trimRequirements(json: string): string {
	const rows = JSON.parse(json) as Array<Record<string, unknown>>;
	return JSON.stringify(rows.map((row) => Object.fromEntries(CHECKLIST_FIELDS.map((field) => [field, row[field]]))));
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
