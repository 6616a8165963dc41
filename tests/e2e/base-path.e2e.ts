// The site built with BASE=/it/hybrid-sync/ and served under that path: every page loads clean,
// every link stays inside the base and resolves, and search results lead inside the base.
import { rm } from 'node:fs/promises';
import { afterAll, describe, expect, test } from 'vitest';
import {
	BASE_PATH,
	BASE_PATH_DIST,
	ROUTES,
	THEMES,
	brokenLinksOn,
	followFirstSearchResult,
	buildSite,
	describeViolations,
	expectCleanPage,
	runAxe,
	searchSite,
	useSite,
} from './harness';

// Built once for this file, into tests/.tmp/dist-base-<pid> (gitignored), removed afterwards.
const site = useSite(() => buildSite(BASE_PATH, BASE_PATH_DIST), BASE_PATH);
afterAll(() => rm(BASE_PATH_DIST, { recursive: true, force: true }));

describe(`under ${BASE_PATH}`, () => {
	test.each(ROUTES.flatMap((route) => THEMES.map((theme) => [route, theme] as const)))(
		'loads %s cleanly with no accessibility violations in %s theme',
		async (route, theme) => {
			const page = await site.openPage(route, { theme });
			expect(new URL(page.url()).pathname).toBe(`${BASE_PATH}${route.slice(1)}`);
			expect(await page.locator('h1').count()).toBe(1);
			await expectCleanPage(page);
			expect(describeViolations(await runAxe(page))).toEqual([]);
		},
	);

	test('the picker links its result to the checklist rows and get-started paths inside the base', async () => {
		const page = await site.openPage('/choose-a-sync-tool/?needs=device-writeback,disconnected-forests');
		await expect.poll(() => page.locator('sync-tool-picker [data-tool]').getAttribute('data-tool')).toBe('both');
		const hrefs = await page
			.locator('sync-tool-picker a[href^="/"]')
			.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
		expect(hrefs.length).toBeGreaterThan(10);
		expect(hrefs.filter((href) => !href.startsWith(BASE_PATH))).toEqual([]);
		expect(await brokenLinksOn(page, 'sync-tool-picker')).toEqual([]);
		const embed = await page.request.get(site.server.url('/embed/sync-tool-picker.js'));
		expect(embed.status()).toBe(200);
		await expectCleanPage(page);
	});

	test.each(ROUTES)('resolves every same-origin link on %s', async (route) => {
		const page = await site.openPage(route);
		expect(await brokenLinksOn(page)).toEqual([]);
	});

	test('resolves every same-origin link on the not-found page, served deep inside the base', async () => {
		const page = await site.openPage('/no/such/page/here/', { status: 404 });
		expect(await brokenLinksOn(page)).toEqual([]);
		await expectCleanPage(page);
	});

	test('finds pages with the site search and links to them inside the base', async () => {
		const page = await site.openPage('/');
		const hrefs = await searchSite(page, 'gMSA');
		expect(hrefs.filter((href) => !href.startsWith(BASE_PATH))).toEqual([]);
		await followFirstSearchResult(page, site);
		await expectCleanPage(page);
	});
});
