// The planning pages of issue 9 in Chromium: every row of /network/, /topologies/ and /operate/
// (and the licence rows on /prerequisites/) carries its anchor, source and date; the filter narrows
// /network/; a time-bound statement reads as of the build; /migrate-to-cloud-sync/ informs without
// JavaScript; and a search for "P1 license" lands on a licence row. Loading, axe in both themes and
// row anchors in view come from pages.e2e.ts through ROUTES and REQUIREMENT_ROUTES.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import networkData from '../../content/data/network.json';
import operationsData from '../../content/data/operations.json';
import requirementsData from '../../content/data/requirements.json';
import topologiesData from '../../content/data/topologies.json';
import { NEEDS, assessMigration } from '../../src/decision';
import {
	PAGES,
	PREREQUISITES_PAGE,
	REQUIREMENT_PREFIX,
	KEPT_ON_CONNECT_SYNC_ANCHOR,
	capabilityAnchor,
	requirementAnchor,
	siteRoute,
} from '../../src/data/site-contracts';
import { RequirementSchema, type Requirement } from '../../src/data/schemas/requirements';
import { builtSiteDir, expectCleanPage, searchSite, useSite } from './harness';
import { filterReady } from './support/table-filter-page';

const site = useSite(builtSiteDir);

const rowsOf = (data: unknown) => RequirementSchema.array().parse(data);
const network = rowsOf(networkData);
const licences = rowsOf(requirementsData).filter((row) => row.category === 'licensing');

const ROW_PAGES: Array<{ route: string; rows: Requirement[] }> = [
	{ route: siteRoute(PAGES.network), rows: network },
	{ route: siteRoute(PAGES.topologies), rows: rowsOf(topologiesData) },
	{ route: siteRoute(PAGES.operate), rows: rowsOf(operationsData) },
	{ route: siteRoute(PREREQUISITES_PAGE), rows: licences },
];

/** What a row shows: its anchor link, its source link and date, and the dates of its updates. */
function shownRows(page: Page, ids: string[]) {
	const wanted = ids.map((id) => ({ id, anchor: requirementAnchor(id) }));
	return page.evaluate((rows) => {
		return rows.map(({ id, anchor }) => {
			const row = document.getElementById(anchor);
			const cells = row ? [...row.children] : [];
			const source = cells.at(-1);
			return {
				id,
				anchor: row?.querySelector('a.row-link')?.getAttribute('href') ?? null,
				source: source?.querySelector('a')?.getAttribute('href') ?? null,
				asOf: source?.querySelector('time')?.getAttribute('datetime') ?? null,
				updates: [...(row?.querySelectorAll('.row-updates li') ?? [])].map((item) => ({
					source: item.querySelector('a')?.getAttribute('href') ?? null,
					asOf: item.querySelector('time')?.getAttribute('datetime') ?? null,
				})),
			};
		});
	}, wanted);
}

describe.each(ROW_PAGES)('rows on $route', ({ route, rows }) => {
	test('each has its anchor, its source and the date the source stated it, and so does each update', async () => {
		const page = await site.openPage(route, { javaScript: false });
		expect(
			await shownRows(
				page,
				rows.map((row) => row.id),
			),
		).toEqual(
			rows.map((row) => ({
				id: row.id,
				anchor: `#${requirementAnchor(row.id)}`,
				source: row.source,
				asOf: row.asOf,
				updates: row.updates.map((update) => ({ source: update.source, asOf: update.asOf })),
			})),
		);
	});
});

test.each(ROW_PAGES.filter(({ route }) => route !== siteRoute(PREREQUISITES_PAGE)))(
	'$route shows every row of its data and no other',
	async ({ route, rows }) => {
		const page = await site.openPage(route, { javaScript: false });
		const ids = await page
			.locator(`tr[id^="${REQUIREMENT_PREFIX}"]`)
			.evaluateAll((found) => found.map((row) => row.id).sort());
		expect(ids).toEqual(rows.map((row) => requirementAnchor(row.id)).sort());
	},
);

describe('the filter on /network/', () => {
	const visibleRows = (page: Page) =>
		page.locator('table[data-requirement-table] tbody tr').evaluateAll((found) =>
			found
				.filter((row) => row.checkVisibility())
				.map((row) => row.id)
				.sort(),
		);
	const anchors = (rows: Requirement[]) => rows.map((row) => requirementAnchor(row.id)).sort();

	test('finds the rows that name msappproxy, and keeps the query in the address', async () => {
		const page = await site.openPage(siteRoute(PAGES.network));
		await filterReady(page);
		await page.getByLabel('Search the network requirements').fill('msappproxy');
		const expected = anchors(network.filter((row) => row.details.join(' ').includes('msappproxy')));
		expect(expected.length).toBeGreaterThan(1);
		await expect.poll(() => visibleRows(page)).toEqual(expected);
		expect(new URL(page.url()).searchParams.get('q')).toBe('msappproxy');
		await expectCleanPage(page);
	});

	test('narrows to one tool and one category, and the Cloud Sync section hides with its tables', async () => {
		const page = await site.openPage(siteRoute(PAGES.network));
		await filterReady(page);
		await page.getByLabel('Tool').selectOption('connect-sync');
		await page.getByLabel('Category').selectOption('proxy');
		const expected = anchors(network.filter((row) => row.tool === 'connect-sync' && row.category === 'proxy'));
		await expect.poll(() => visibleRows(page)).toEqual(expected);
		expect(await page.locator('h2#microsoft-entra-cloud-sync').isVisible()).toBe(false);
		// Let the first load finish (its favicon included), so reloading aborts nothing.
		await page.waitForLoadState('networkidle');
		await page.reload();
		await expect.poll(() => visibleRows(page)).toEqual(expected);
		await expectCleanPage(page);
	});
});

test('words the Connect Sync upgrade deadline as it stands on the day of the build', async () => {
	const page = await site.openPage(siteRoute(PAGES.operate), { javaScript: false });
	const text = await page.locator('#req-connect-sync-mandatory-upgrade .row-updates').innerText();
	// The build is later than 30 September 2026, so the "after" wording applies, with the date written out.
	expect(text).toContain('Since 30 September 2026, Connect Sync older than 2.5.79.0 no longer synchronizes');
	expect(text).not.toContain('{date}');
});

describe('/migrate-to-cloud-sync/', () => {
	test('never says Cloud Sync meets every ticked need when neither tool meets one, nor gives a verdict on nothing ticked', async () => {
		const page = await site.openPage(
			`${siteRoute(PAGES.migrateToCloudSync)}?needs=password-hash-sync,user-provisioning-to-ad&forests=1&objects=10&containers=1`,
		);
		const result = page.locator('migration-readiness [data-verdict]');
		await expect.poll(() => result.getAttribute('data-verdict')).toBe('move');
		const text = await result.innerText();
		expect(text).not.toContain('Cloud Sync meets every need you ticked, according');
		expect(text).toContain('Neither tool meets one need you ticked');
		const empty = await site.openPage(`${siteRoute(PAGES.migrateToCloudSync)}?forests=1&objects=10&containers=1`);
		const emptyResult = empty.locator('migration-readiness [data-verdict]');
		await expect.poll(() => emptyResult.count()).toBe(1);
		expect(await emptyResult.innerText()).toContain('Nothing ticked keeps you on Connect Sync');
		await expectCleanPage(page);
		await expectCleanPage(empty);
	});

	test('lists what keeps part of an estate on Connect Sync, as assessMigration() reports it', async () => {
		const page = await site.openPage(siteRoute(PAGES.migrateToCloudSync), { javaScript: false });
		const links = await page
			.locator(`h3#${KEPT_ON_CONNECT_SYNC_ANCHOR} ~ ul`)
			.first()
			.locator('a')
			.evaluateAll((found) => found.map((link) => new URL(link.getAttribute('href') ?? '', location.href).hash));
		const { blockers } = assessMigration({ needs: NEEDS.map((need) => need.id) });
		expect(blockers).toContain('attribute-filtering');
		expect(links).toEqual(blockers.map((id) => `#${capabilityAnchor(id)}`));
	});
});

test('a search for "P1 license" offers a licence row, and following it lands on the row', async () => {
	const page = await site.openPage(siteRoute(PAGES.embed));
	await searchSite(page, 'P1 license');
	const licence = page.locator('#starlight__search .pagefind-ui__result-link[href*="-licence"]').first();
	await licence.waitFor({ state: 'visible' });
	const hash = new URL((await licence.getAttribute('href')) ?? '', page.url()).hash;
	expect(licences.map((row) => `#${requirementAnchor(row.id)}`)).toContain(hash);
	await Promise.all([page.waitForURL((url) => url.hash === hash), licence.click()]);
	await expect.poll(() => page.evaluate(() => document.querySelector(':target')?.id)).toBe(hash.slice(1));
	await expectCleanPage(page);
});
