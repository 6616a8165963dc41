/** `data-source-titles`, shared by the picker and the readiness check (attributes.ts warns for it). */

/**
 * The attribute's value: JSON, each cited Microsoft Learn address → its page title, so citations name
 * their pages as the site's tables do (the site writes it at build time; the module does not ship
 * the titles). Entries whose title is not text are left out; anything but a JSON object gives no
 * titles and calls `onInvalid`.
 */
export function parseSourceTitles(value: string | undefined, onInvalid: () => void): Map<string, string> {
	const titles = new Map<string, string>();
	if (value === undefined || value.trim() === '') return titles;
	let parsed: unknown;
	try {
		parsed = JSON.parse(value);
	} catch {
		parsed = undefined;
	}
	if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
		onInvalid();
		return titles;
	}
	for (const [address, title] of Object.entries(parsed)) {
		if (typeof title === 'string' && title.trim() !== '') titles.set(address, title);
	}
	return titles;
}
