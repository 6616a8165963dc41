// The strict Content-Security-Policy, obeyed (tests/dist/content-security-policy.test.ts reads it
// from the <meta> of every built page and from web.config): in Chromium, served as IIS serves it, a reader searches, filters a table, answers
// the picker (on its page and in the iframe demo) and switches the theme without one
// securitypolicyviolation, in both themes; and the one-line local server of /host/, which sends no
// header, runs search under the <meta> policy alone. (hosting.e2e.ts loads every page under a base
// path and counts violations; pages.e2e.ts fails on the console error any violation logs.)
import { spawn, type ChildProcess } from 'node:child_process';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, test } from 'vitest';
import { THEMES, builtSiteDir, useSite, type Theme } from './harness';
import { RECORD_CSP_VIOLATIONS, cspViolationsOn, violationsOfCleanPage } from './support/csp-violations';
import { serveLikeIis } from './support/iis-like-server';
import { snippetTitled, snippetsIn } from './support/page-snippets';
import { freePort } from './support/real-servers';
import { DESKTOP } from './support/screens';
import { answerPicker, filterTable, searchFor, switchTheme } from './support/site-actions';
import { PAGES, siteRoute } from '../../src/data/site-contracts';

const site = useSite(builtSiteDir, '/', serveLikeIis);

/** Opens a page recording its violations; the theme, when given, is set before the page's scripts. */
function open(route: string, theme?: Theme): Promise<Page> {
	return site.openPage(route, { initScript: RECORD_CSP_VIOLATIONS, ...(theme ? { theme } : {}) });
}

/** Checks a page ends clean, with no violation in any of its frames, and closes it. */
async function expectNoViolation(page: Page): Promise<void> {
	const url = page.url();
	expect(await violationsOfCleanPage(page), url).toEqual([]);
}

describe.each(THEMES)('in %s theme', (theme) => {
	const other: Theme = theme === 'light' ? 'dark' : 'light';

	test(`searching, filtering a table, the picker and switching theme cause no violation in ${theme} theme`, async () => {
		const search = await open('/', theme);
		await searchFor(search, 'gMSA');
		await switchTheme(search, other);
		await expectNoViolation(search);

		const filter = await open(siteRoute(PAGES.prerequisites), theme);
		await filterTable(filter, 'gMSA');
		await expectNoViolation(filter);

		const picker = await open(siteRoute(PAGES.chooseASyncTool), theme);
		expect(await answerPicker(picker)).toMatch(/^(cloud-sync|connect-sync|both)$/);
		await expectNoViolation(picker);

		// The live demo on /embed/ runs the picker in a sandboxed frame, under the frame page's own policy.
		const embed = await open(siteRoute(PAGES.embed), theme);
		const frame = embed.frameLocator('iframe[data-embed-demo]');
		await frame.locator('sync-tool-picker fieldset').waitFor({ state: 'visible' });
		await frame.locator('sync-tool-picker input').first().check();
		await frame.locator('sync-tool-picker button.primary').click();
		await frame.locator('sync-tool-picker fieldset').waitFor({ state: 'visible' });
		await switchTheme(embed, other);
		await expectNoViolation(embed);
	});
});

describe('the one-line local server of /host/', () => {
	let python: ChildProcess | undefined;
	afterAll(() => {
		python?.kill();
	});

	test('serves a build without a base path whose search works under the <meta> policy alone', async () => {
		const { code } = snippetTitled(
			snippetsIn(await site.builtHtml(siteRoute(PAGES.host))),
			'Serve a copy on this computer',
		);
		const [program, ...args] = code.trim().split(/\s+/);
		expect(program).toBe('python');
		// As the page says: the port and the folder are yours; Debian calls the program python3.
		const port = await freePort();
		const adapted = args.map((arg) => (arg === '8080' ? String(port) : arg === 'dist' ? builtSiteDir() : arg));
		python = spawn('python3', adapted, { stdio: 'ignore' });
		const origin = `http://127.0.0.1:${port}`;
		await expect
			.poll(
				() =>
					fetch(`${origin}/`).then(
						(response) => response.status,
						() => 0,
					),
				{ timeout: 20_000 },
			)
			.toBe(200);
		expect((await fetch(`${origin}/`)).headers.get('content-security-policy')).toBeNull();
		const context = await site.browser.newContext({ viewport: DESKTOP });
		try {
			await context.addInitScript(RECORD_CSP_VIOLATIONS);
			const page = await context.newPage();
			const failed: string[] = [];
			page.on('requestfailed', (request) => failed.push(request.url()));
			page.on('response', (response) => {
				if (response.status() >= 400) failed.push(`${response.url()}: ${response.status()}`);
			});
			await page.goto(`${origin}/`);
			await searchFor(page, 'gMSA');
			await page.waitForLoadState('networkidle');
			expect(failed).toEqual([]);
			expect(await cspViolationsOn(page)).toEqual([]);
		} finally {
			await context.close();
		}
	});
});
