// "Read it from your server" on /migrate-to-cloud-sync/, in Chromium: loose files of an export on the
// page's file input fill the readiness check (its result, detail version 1), each answer marked with
// where it came from, the guided tool's reasons follow, the reading equals `npm run readiness -- --json`
// for the same files, and the page sends nothing while it reads.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { FIXTURES, fixtureFiles } from '../support/connect-export-files';
import { builtSiteDir, describeViolations, expectCleanPage, runAxe, useSite } from './harness';
import { MIGRATE_PAGE, readinessReady, typeFigureByKeyboard } from './support/readiness';

const site = useSite(builtSiteDir);

/** The export's files one by one, as an admin picks them, and one file that is not part of it. */
function looseFiles(): string[] {
	const notes = join(mkdtempSync(join(tmpdir(), 'export-')), 'notes.txt');
	writeFileSync(notes, 'sync server notes');
	return [...fixtureFiles('one-forest').map((file) => join(FIXTURES, 'one-forest', file.name)), notes];
}

describe('reading the configuration from the server’s export', () => {
	test('loose files fill the check, marked by origin, sending nothing while reading, and read as the CLI reads them', async () => {
		const page = await site.openPage(MIGRATE_PAGE);
		await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.origin });
		await readinessReady(page);
		expect(await page.evaluate(() => document.querySelector('migration-readiness')?.result ?? null)).toBeNull();

		// The reader loads when the admin comes to it, before any file is chosen.
		await page.hover('[data-export-drop]');
		await page.waitForSelector('[data-export][data-export-ready]');
		await page.waitForLoadState('networkidle');
		const requests: Array<{ method: string; url: string; body: string | null }> = [];
		page.on('request', (request) =>
			requests.push({ method: request.method(), url: request.url(), body: request.postData() }),
		);

		const files = looseFiles();
		await page.setInputFiles('input[data-export-files]', files);
		await page.waitForFunction(() => document.querySelector('migration-readiness')?.result !== null);

		const detail = await page.evaluate(() => document.querySelector('migration-readiness')?.result);
		expect(detail).toMatchObject({
			version: 1,
			verdict: 'move',
			needs: ['users-groups-contacts', 'single-forest', 'password-hash-sync', 'ou-filtering'],
			figures: { forests: 1, objects: null, containers: 2, customUpn: false, groupFiltering: false },
			guidedTool: { eligible: false, reasons: ['objects-unknown'] },
		});
		// The browser may still fetch what any page fetches when idle (its icon, the search's files), but
		// nothing is sent: no request with a body, none naming the files or what they hold, none of the reader's.
		const sent = requests.filter(
			(request) =>
				request.method !== 'GET' ||
				request.body !== null ||
				/alpine|MV\.xml|notes|Connector_|export-(panel|worker)/i.test(request.url),
		);
		expect(sent).toEqual([]);

		// Each filled answer is marked; objects in scope is asked for; the file that is not an export is named.
		const marks = await page.$$eval('migration-readiness .readiness-origin', (elements) =>
			elements.map((element) => element.getAttribute('data-origin')),
		);
		expect(marks.filter((kind) => kind === 'read').length).toBeGreaterThanOrEqual(8);
		expect(marks).toContain('inferred');
		expect(marks).toContain('ask');
		expect(await page.textContent('[data-export-summary] li[data-label="Forest alpine.example"]')).toContain(
			'DC=alpine,DC=example: 2 included containers, 1 excluded',
		);
		expect(await page.getAttribute('[data-export-summary] li[data-level="error"]', 'data-file')).toBe('notes.txt');

		expect(describeViolations(await runAxe(page))).toEqual([]);

		// The guided tool's reasons follow the reader's own answer.
		await typeFigureByKeyboard(page, 'objects', '1500');
		await expect
			.poll(() => page.evaluate(() => document.querySelector('migration-readiness')?.result?.guidedTool))
			.toEqual({ eligible: true, reasons: [] });
		expect(await page.$$eval('label[for="readiness-objects"] .readiness-origin', (found) => found.length)).toBe(0);

		// The address holds the answers only; the Markdown report carries what the files say.
		expect(await page.evaluate(() => location.search)).toBe(
			'?needs=users-groups-contacts,single-forest,password-hash-sync,ou-filtering&forests=1&objects=1500&containers=2&upn=no&groups=no',
		);
		// The verdict is announced once the reader pauses; wait for it, so it cannot replace the copy's message.
		const status = page.locator('migration-readiness [data-status]');
		await expect
			.poll(() => status.textContent())
			.toBe('Move everything to Cloud Sync. Guided migration tool: applies.');
		await page.getByRole('button', { name: 'Copy as Markdown' }).click();
		await expect.poll(() => status.textContent()).toBe('Markdown copied.');
		const markdown = await page.evaluate(() => navigator.clipboard.readText());
		expect(markdown).toMatch(/^## Migration readiness: Move everything to Cloud Sync\n/);
		expect(markdown).toContain('\n## What the export files say\n');
		expect(markdown).toContain(
			'- **Forest alpine.example**: 1 selected domain\n  - DC=alpine,DC=example: 2 included containers',
		);

		// The same reading as the command line's for the same files.
		const reading = await page.evaluate(() =>
			JSON.stringify(document.querySelector('migration-readiness')?.exportReading),
		);
		const cli = spawnSync(process.execPath, ['scripts/readiness.ts', '--json', ...files], { encoding: 'utf8' });
		expect(JSON.parse(reading)).toEqual((JSON.parse(cli.stdout) as { reading: unknown }).reading);
		await expectCleanPage(page);
	});
});
