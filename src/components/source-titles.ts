/**
 * The titles of the Microsoft Learn pages an island can cite, for its `data-source-titles`
 * attribute: the picker and the readiness check name their sources as the tables do, and the
 * bundles never carry the source register.
 */
import { getCollection } from 'astro:content';

/**
 * The attribute's value: JSON, each of `cited` → its page title. A cited page missing from the
 * register, or one marked undated (the islands print each citation's date as the page's own),
 * fails the build with its address.
 */
export async function sourceTitlesOf(cited: Iterable<string>): Promise<string> {
	const register = new Map((await getCollection('sources')).map(({ id, data }) => [id, data]));
	const titles: Record<string, string> = {};
	for (const address of cited) {
		const page = register.get(address);
		if (!page)
			throw new Error(
				`"${address}" is cited but not in the source register; add it to content/data/sources.json with the page's title.`,
			);
		if (page.undated)
			throw new Error(
				`"${address}" is marked undated in content/data/sources.json, but the islands print a cited page's date as its own.`,
			);
		titles[address] = page.title;
	}
	return JSON.stringify(titles);
}
