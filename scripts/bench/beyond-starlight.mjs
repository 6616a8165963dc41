// Which of a page's scripts are the site's own rather than Starlight's, against a build of a plain
// Starlight site. An external script is told by the module it is built from, which Vite names in
// the file name before the content hash: Starlight's own script keeps its name on our site, but not
// always its hash, as the chunks of the whole site decide what each file holds.

/** @typedef {import('./sizes.mjs').PageScript} PageScript */

/** The module a built script comes from: its file name less Vite's content hash. */
export const moduleOf = (key) => key.replace(/[.-][\w-]{8}\.js$/, '');

/**
 * The scripts of `page` that are not Starlight's. Starlight's are: an inline script that a page of
 * the plain Starlight build has; an external script of a module that a page of it loads, as long as
 * this page loads no more scripts of that module than that page does; and a chunk that one of
 * Starlight's scripts imports, which loads whatever else imports it. Where this page has more scripts
 * of a module than Starlight's page (an override with a script of its own under the same component
 * name), none of them can be told apart, so all count as the site's: the budget fails loudly.
 * @param {PageScript[][]} baselinePages the scripts of each page of the plain Starlight build
 * @param {PageScript[]} page
 * @returns {PageScript[]}
 */
export function beyondStarlight(baselinePages, page) {
	const inline = new Set(baselinePages.flat().map((script) => script.key));
	/** Per module, the most scripts of it that one page of the plain build loads. */
	const modules = new Map();
	for (const scripts of baselinePages)
		for (const [module, count] of countByModule(scripts))
			modules.set(module, Math.max(count, modules.get(module) ?? 0));
	const onPage = countByModule(page);
	const starlight = new Set(
		page
			.filter((script) =>
				script.key.startsWith('inline:')
					? inline.has(script.key)
					: onPage.get(moduleOf(script.key)) <= (modules.get(moduleOf(script.key)) ?? 0),
			)
			.map((script) => script.key),
	);
	for (let grew = true; grew;) {
		grew = false;
		for (const script of page) {
			if (starlight.has(script.key) || !script.importedBy.some((key) => starlight.has(key))) continue;
			starlight.add(script.key);
			grew = true;
		}
	}
	return page.filter((script) => !starlight.has(script.key));
}

/** @param {PageScript[]} scripts */
function countByModule(scripts) {
	const counts = new Map();
	for (const script of scripts)
		if (!script.key.startsWith('inline:'))
			counts.set(moduleOf(script.key), (counts.get(moduleOf(script.key)) ?? 0) + 1);
	return counts;
}
