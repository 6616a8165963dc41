/**
 * The titles of the Microsoft Learn pages an island can cite, for its `data-source-titles`
 * attribute: the picker and the readiness check name their sources as the tables do, and the
 * bundles never carry the source register.
 */
import { getCollection } from 'astro:content';
import capabilities from '../../content/data/capabilities.json';
import guidance from '../../content/data/guidance.json';
import requirements from '../../content/data/requirements.json';

/** Every `source` address in `data`, at any depth. */
function sourcesIn(data: unknown, found = new Set<string>()): Set<string> {
	if (Array.isArray(data)) for (const item of data) sourcesIn(item, found);
	else if (typeof data === 'object' && data !== null) {
		for (const [key, value] of Object.entries(data)) {
			if (key === 'source' && typeof value === 'string') found.add(value);
			else sourcesIn(value, found);
		}
	}
	return found;
}

/** The addresses the picker can cite: comparison rows and their cells, Microsoft's general advice, checklist caveats. */
export const PICKER_SOURCES: ReadonlySet<string> = sourcesIn([capabilities, guidance, requirements]);

/** The attribute's value: JSON, each of `cited` that the source register holds → its page title. */
export async function sourceTitlesOf(cited: Iterable<string>): Promise<string> {
	const wanted = new Set(cited);
	const pages = await getCollection('sources');
	return JSON.stringify(
		Object.fromEntries(pages.filter(({ id }) => wanted.has(id)).map(({ id, data }) => [id, data.title])),
	);
}
