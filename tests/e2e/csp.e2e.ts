// The strict Content-Security-Policy in Chromium: every page of the built site, served as IIS
// serves it with dist/web.config (header and <meta>), in both themes, while a reader searches,
// filters a table, answers the picker and switches the theme: not one securitypolicyviolation.
// Then the same site from the one-line local server of /host/, where only the <meta> policy holds.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, test } from 'vitest';
import { FRAME_FOLDER } from '../../src/build/hosting-plan';
import { ROUTES, THEMES, builtSiteDir, expectCleanPage, useSite, type Site, type Theme } from './harness';
import { RECORD_CSP_VIOLATIONS, cspViolationsOn } from './support/csp-violations';
import { serveLikeIis } from './support/iis-like-server';
import { snippetTitled, snippetsIn } from './support/page-snippets';
import { answerPicker, filterTable, searchFor, switchTheme } from './support/site-actions';

const site = useSite(builtSiteDir, '/', serveLikeIis);

/** Pages opened at once: enough to keep Chromium busy, few enough for a loaded 2-core machine. */
const PARALLEL_PAGES = 4;

/** Runs `work` on every item, a few at a time; returns the results in order. */
async function inBatches<T, R>(items: readonly T[], work: (item: T) => Promise<R>): Promise<R[]> {
	const results: R[] = [];
	for (let start = 0; start < items.length; start += PARALLEL_PAGES) {
		results.push(...(await Promise.all(items.slice(start, start + PARALLEL_PAGES).map(work))));
	}
	return results;
}

/** An address that is no page: IIS answers with the site's not-found page. */
const NOT_FOUND = '/no/such/page/';

/** The policy the page itself carries in <meta>. */
function metaPolicy(page: Page): Promise<string | null> {
	return page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
}

async function openWatched(target: Site, route: string, theme?: Theme): Promise<Page> {
	return target.openPage(route, { initScript: RECORD_CSP_VIOLATIONS, ...(theme ? { theme } : {}) });
}

describe.each(THEMES)('in %s theme', (theme) => {
	test(`every page loads with the policy in header and <meta> and no violation in ${theme} theme`, async () => {
		// The pages, the bare iframe page (no theme menu) and the not-found page IIS serves for an unknown address.
		const routes = [...ROUTES, `/${FRAME_FOLDER}`, NOT_FOUND];
		const found = await inBatches(routes, async (route) => {
			const page = await site.openPage(route, {
				initScript: RECORD_CSP_VIOLATIONS,
				...(route.startsWith(`/${FRAME_FOLDER}`) ? {} : { theme }),
				...(route === NOT_FOUND ? { status: 404 } : {}),
			});
			await expectCleanPage(page);
			const response = await page.request.get(page.url(), { failOnStatusCode: false });
			return {
				route,
				header: response.headers()['content-security-policy'] ?? '',
				meta: (await metaPolicy(page)) ?? '',
				violations: await cspViolationsOn(page),
			};
		});
		for (const { route, header, meta } of found) {
			expect(header, `header on ${route}`).toMatch(/^default-src 'none'; script-src 'self' 'wasm-unsafe-eval'/);
			expect(header, `header on ${route}`).toMatch(/; frame-ancestors '(none|self)'$/);
			expect(meta, `<meta> on ${route}`).toMatch(/^default-src 'none'; script-src 'self' 'wasm-unsafe-eval'/);
			expect(meta, `<meta> on ${route}`).not.toContain('frame-ancestors');
			expect(meta, `<meta> on ${route}`).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*/);
			// The header leaves style attributes to each page's <meta> list, and is short enough for any proxy.
			expect(header.replace("style-src-attr 'unsafe-inline'", ''), `header on ${route}`).not.toMatch(
				/'unsafe-inline'|'unsafe-eval'|\*/,
			);
			expect(header.length, `header on ${route}`).toBeLessThan(2048);
		}
		expect(Object.fromEntries(found.map(({ route, violations }) => [route, violations]))).toEqual(
			Object.fromEntries(routes.map((route) => [route, []])),
		);
	});

	test(`searching, filtering, the picker and switching theme cause no violation in ${theme} theme`, async () => {
		const other: Theme = theme === 'light' ? 'dark' : 'light';
		const search = await openWatched(site, '/', theme);
		await searchFor(search, 'gMSA');
		await switchTheme(search, other);
		const filter = await openWatched(site, '/prerequisites/', theme);
		await filterTable(filter, 'gMSA');
		const picker = await openWatched(site, '/choose-a-sync-tool/', theme);
		expect(await answerPicker(picker)).toMatch(/^(cloud-sync|connect-sync|both)$/);
		// The live iframe demo on /embed/ runs the picker in a sandboxed frame under its own policy.
		const embed = await openWatched(site, '/embed/', theme);
		const frame = embed.frameLocator('iframe[data-embed-demo]');
		await frame.locator('sync-tool-picker fieldset').waitFor({ state: 'visible' });
		await frame.locator('sync-tool-picker input').first().check();
		await frame.locator('sync-tool-picker button.primary').click();
		await switchTheme(embed, other);
		for (const page of [search, filter, picker, embed]) {
			await expectCleanPage(page);
			expect(await cspViolationsOn(page), page.url()).toEqual([]);
		}
	});
});

describe('the one-line local server of /host/', () => {
	let python: ChildProcess | undefined;
	afterAll(() => {
		python?.kill();
	});

	/** A free port on the loopback interface. */
	async function freePort(): Promise<number> {
		const probe = createServer();
		await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
		const { port } = probe.address() as { port: number };
		await new Promise((done) => probe.close(done));
		return port;
	}

	test('serves a build without a base path whose search works under the <meta> policy alone', async () => {
		const { code } = snippetTitled(snippetsIn(await site.builtHtml('/host/')), 'Serve a copy on this computer');
		const [program, ...args] = code.trim().split(/\s+/);
		expect(program).toBe('python');
		// As the page says: the port and folder are yours; Debian names the program python3.
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
		const context = await site.browser.newContext({ viewport: { width: 1280, height: 800 } });
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
