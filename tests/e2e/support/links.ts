// Checks the same-origin links of a page: each target served, each #anchor an id on it.
import type { Page } from 'playwright-core';
import { anchorsIn } from '../../../src/integrations/link-check/find-broken-links';

/**
 * Follows each `#id` on the page, as a link within it does, and returns a line for each whose target
 * does not come into view below the site's header.
 */
export async function targetsOutOfView(page: Page, ids: readonly string[]): Promise<string[]> {
	const misplaced: string[] = [];
	for (const id of ids) {
		await page.evaluate((hash) => (location.hash = hash), id);
		const place = await page.evaluate(() => {
			const target = document.querySelector(':target');
			const header = document.querySelector('header.header')?.getBoundingClientRect().bottom ?? 0;
			const box = target?.getBoundingClientRect();
			return { target: target?.id, header, top: box?.top ?? NaN, height: box?.height ?? 0, viewport: innerHeight };
		});
		if (place.target !== id) misplaced.push(`#${id}: :target is ${place.target ?? 'nothing'}`);
		else if (place.top < place.header - 1 || place.top >= place.viewport || place.height === 0) {
			misplaced.push(`#${id}: top ${place.top}px, header ends at ${place.header}px, viewport ${place.viewport}px`);
		}
	}
	return misplaced;
}

/**
 * Fetches every same-origin link in `scope` on the page (once per target) and returns a line for
 * each that is not served with status 200 or whose `#anchor` is not an id on the target page.
 * Links within the page itself are checked against its live DOM.
 */
export async function brokenLinksOn(page: Page, scope = 'body'): Promise<string[]> {
	const here = new URL(page.url());
	here.hash = '';
	const hrefs = await page
		.locator(`${scope} a[href]`)
		.evaluateAll((links) =>
			links.map((link) => ({ written: link.getAttribute('href') ?? '', resolved: (link as HTMLAnchorElement).href })),
		);
	const idsHere = new Set(await page.locator('[id]').evaluateAll((elements) => elements.map((element) => element.id)));
	const targets = new Map<string, Promise<{ status: number; html: string }>>();
	const problems: string[] = [];
	for (const { written, resolved } of hrefs) {
		const target = new URL(resolved);
		if (target.origin !== here.origin) continue;
		const hash = decodeURIComponent(target.hash.slice(1));
		target.hash = '';
		// A link within the page (`#_top`) needs only its anchor, even on the not-found page.
		if (target.href === here.href) {
			if (hash && !idsHere.has(hash)) problems.push(`"${written}": no element with id "${hash}" on this page`);
			continue;
		}
		let fetched = targets.get(target.href);
		if (!fetched) {
			fetched = page.request.get(target.href, { maxRedirects: 0 }).then(async (response) => ({
				status: response.status(),
				html: (response.headers()['content-type'] ?? '').startsWith('text/html') ? await response.text() : '',
			}));
			targets.set(target.href, fetched);
		}
		const { status, html } = await fetched;
		if (status !== 200) problems.push(`"${written}" → ${target.href}: HTTP ${status}`);
		else if (hash && !anchorsIn(html).has(hash))
			problems.push(`"${written}" → ${target.href}: no element with id "${hash}"`);
	}
	return problems;
}
