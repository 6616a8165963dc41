/**
 * Browser-test harness: serves a built site on a loopback port with a tiny static server, drives
 * Debian's Chromium through playwright-core, records what a clean page must not have (console
 * errors, failed requests, requests to another origin) and runs axe with the WCAG 2.2 AA tags.
 */
import { createReadStream, existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Result as AxeViolation } from 'axe-core';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';
import { anchorsIn } from '../../src/build/find-broken-links';
import { ROUTES } from '../support/site-routes';

export { ROUTES, REQUIREMENT_ROUTES } from '../support/site-routes';
export { builtSiteDir } from '../support/built-site';

/** Starlight's two colour themes. */
export const THEMES = ['light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA; no rule is disabled. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const CONTENT_TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.json': 'application/json',
	'.wasm': 'application/wasm',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.webp': 'image/webp',
	'.avif': 'image/avif',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2',
	'.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/xml',
	// Pagefind's index files are gzip data that Pagefind decompresses itself.
	'.pf_meta': 'application/octet-stream',
	'.pf_fragment': 'application/octet-stream',
	'.pf_index': 'application/octet-stream',
	'.pagefind': 'application/octet-stream',
};

/** A built site served on a loopback port. */
export interface SiteServer {
	/** `http://127.0.0.1:<port>` */
	origin: string;
	/** The base path, with slashes at both ends. */
	base: string;
	/** The built directory being served. */
	root: string;
	/** The absolute URL of a site path (`/prerequisites/#req-x`), resolved against the base. */
	url: (path: string) => string;
	close: () => Promise<void>;
}

async function fileAt(path: string) {
	try {
		return await stat(path);
	} catch {
		return undefined;
	}
}

/** Options for `serveSite`. */
export interface ServeSiteOptions {
	/**
	 * Answer requests for `<base>embed/` with `Access-Control-Allow-Origin: *`, as the /embed/ page
	 * tells a site owner to, so another origin can load the picker's module (default false).
	 */
	crossOriginEmbed?: boolean;
}

/**
 * Serves `dir` under `base` on 127.0.0.1 at a free port, as a static host would: a directory
 * serves its index.html, `/x` redirects to `/x/` when x is a directory, anything else unknown
 * gets 404.html with status 404.
 */
export async function serveSite(
	dir: string,
	base = '/',
	{ crossOriginEmbed = false }: ServeSiteOptions = {},
): Promise<SiteServer> {
	const root = resolve(dir);
	const embedDir = join(root, 'embed') + sep;
	const send = (response: ServerResponse, status: number, file: string, head: boolean) => {
		const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
		const cors = crossOriginEmbed && file.startsWith(embedDir) ? { 'access-control-allow-origin': '*' } : {};
		response.writeHead(status, { 'content-type': type, 'cache-control': 'no-cache', ...cors });
		if (head) response.end();
		else createReadStream(file).pipe(response);
	};
	const server = createServer((request, response) => {
		void (async () => {
			const head = request.method === 'HEAD';
			if (request.method !== 'GET' && !head) {
				response.writeHead(405, { allow: 'GET, HEAD' }).end();
				return;
			}
			const url = new URL(request.url ?? '/', 'http://localhost');
			const notFound = async () => {
				const page = join(root, '404.html');
				if (await fileAt(page)) send(response, 404, page, head);
				else response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
			};
			let path: string;
			try {
				path = decodeURIComponent(url.pathname);
			} catch {
				response.writeHead(400).end();
				return;
			}
			if (`${path}/` === base) {
				response.writeHead(301, { location: `${base}${url.search}` }).end();
				return;
			}
			if (!path.startsWith(base)) return notFound();
			const file = resolve(root, `./${path.slice(base.length)}`);
			if (file !== root && !file.startsWith(root + sep)) return notFound();
			const stats = await fileAt(file);
			if (stats?.isDirectory()) {
				if (!url.pathname.endsWith('/')) {
					response.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
					return;
				}
				const index = join(file, 'index.html');
				if (await fileAt(index)) return send(response, 200, index, head);
				return notFound();
			}
			if (stats?.isFile()) return send(response, 200, file, head);
			return notFound();
		})().catch((error: unknown) => {
			response.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
		});
	});
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	const { port } = server.address() as AddressInfo;
	const origin = `http://127.0.0.1:${port}`;
	return {
		origin,
		base,
		root,
		url: (path) => new URL(path.replace(/^\//, ''), `${origin}${base}`).href,
		close: () =>
			new Promise<void>((done, fail) => {
				server.close((error) => (error ? fail(error) : done()));
				server.closeAllConnections();
			}),
	};
}

/** Launches Debian's Chromium (never a downloaded one). */
export async function launchBrowser(): Promise<Browser> {
	if (!existsSync(CHROMIUM_PATH)) {
		throw new Error(`No Chromium at ${CHROMIUM_PATH}: install Debian's chromium package or set E2E_CHROMIUM.`);
	}
	return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/** What a page did that a clean page must not do. */
export interface PageReport {
	/** Console errors and uncaught exceptions. */
	consoleErrors: string[];
	/** Requests that failed, and responses with a status of 400 or more. */
	failedRequests: string[];
	/** Requests to any origin but the test server's (blocked, so the site is proven offline). */
	offOriginRequests: string[];
}

const reports = new WeakMap<Page, PageReport>();

/** The record of everything `page` did since `openPage`. */
export function reportOf(page: Page): PageReport {
	const report = reports.get(page);
	if (!report) throw new Error('This page was not opened with openPage(), so nothing was recorded.');
	return report;
}

/** Asserts the page logged no console error, had no failed request and asked no other origin. */
export async function expectCleanPage(page: Page): Promise<void> {
	// Late requests (Pagefind's UI loads when the browser is idle) count too.
	await page.waitForLoadState('networkidle');
	expect(reportOf(page), `page ${page.url()}`).toEqual({
		consoleErrors: [],
		failedRequests: [],
		offOriginRequests: [],
	});
}

/** Runs axe on the page with AXE_TAGS and returns its violations. */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
	const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
	return results.violations;
}

/** One line per violated rule and element, readable in a failed assertion. */
export function describeViolations(violations: AxeViolation[]): string[] {
	return violations.flatMap((violation) =>
		violation.nodes.map((node) =>
			`${violation.id} (${violation.impact ?? 'no impact'}): ${violation.help} at ${node.target.join(' ')}: ${node.failureSummary ?? ''}`.replace(
				/\s+/g,
				' ',
			),
		),
	);
}

/** Options for `openPage`. */
export interface OpenPageOptions {
	/** Starlight theme to set before the page's own scripts run (needs JavaScript). */
	theme?: Theme;
	/** Run the page's scripts (default true). */
	javaScript?: boolean;
	/** The status the document itself must be served with (default 200; 404 for the not-found page). */
	status?: number;
	/** Viewport size; default a desktop 1280 × 800, where Starlight shows its sidebar and search shortcut. */
	viewport?: { width: number; height: number };
	/** Script source to run in the page before its own scripts (to emulate a platform, say). */
	initScript?: string;
	/**
	 * Ignore the pages' Content-Security-Policy (default false), for tests that inject a script of
	 * their own to drive a component; the CSP tests never set it.
	 */
	bypassCSP?: boolean;
	/** The time the browser's clock shows, fixed, from before the page's first script (dated wording). */
	clock?: Date;
}

/** A served site and a browser, set up once per test file by `useSite`. */
export interface Site {
	readonly server: SiteServer;
	readonly browser: Browser;
	/** Opens `path` (resolved against the base) in a fresh browser context and records what it does. */
	openPage(path: string, options?: OpenPageOptions): Promise<Page>;
	/** The built HTML of a site path (`/prerequisites/`) straight from the served directory. */
	builtHtml(path: string): Promise<string>;
}

/**
 * Serves a built site and launches one Chromium for the calling test file; closes each test's
 * pages after it and everything after the file.
 * @param siteDir the built directory, or a function that returns (or builds) it in `beforeAll`
 * @param base the base path the site was built with
 * @param serve the server to use (default `serveSite`; tests/e2e/support/iis-like-server.ts for IIS)
 */
export function useSite(
	siteDir: string | (() => string | Promise<string>),
	base = '/',
	serve: (root: string, base: string) => Promise<SiteServer> = serveSite,
): Site {
	let server: SiteServer | undefined;
	let browser: Browser | undefined;
	const contexts: BrowserContext[] = [];
	const ready = <T>(value: T | undefined, what: string): T => {
		if (value === undefined) throw new Error(`The ${what} is not ready: use the site inside a test.`);
		return value;
	};

	beforeAll(async () => {
		const root = typeof siteDir === 'string' ? siteDir : await siteDir();
		server = await serve(root, base);
		browser = await launchBrowser();
	});
	afterEach(async () => {
		await Promise.all(contexts.splice(0).map((context) => context.close()));
	});
	afterAll(async () => {
		await browser?.close();
		await server?.close();
	});

	const site: Site = {
		get server() {
			return ready(server, 'server');
		},
		get browser() {
			return ready(browser, 'browser');
		},
		async openPage(
			path,
			{
				theme,
				javaScript = true,
				status = 200,
				viewport = { width: 1280, height: 800 },
				initScript,
				bypassCSP = false,
				clock,
			} = {},
		) {
			const { origin, url } = site.server;
			if (theme && !javaScript) throw new Error('Starlight sets its theme with a script: a theme needs JavaScript.');
			const context = await site.browser.newContext({
				javaScriptEnabled: javaScript,
				viewport,
				bypassCSP,
				...(theme ? { colorScheme: theme } : {}),
			});
			contexts.push(context);
			if (clock) await context.clock.setFixedTime(clock);
			if (theme) {
				// Init scripts run in every frame; a sandboxed iframe (the embed demo) may not touch storage.
				// If the top frame could not either, the theme check below says so.
				await context.addInitScript((value) => {
					try {
						if (window === window.top) localStorage.setItem('starlight-theme', value);
					} catch {
						// Storage is refused here; the theme check after loading reports it for the top frame.
					}
				}, theme);
			}
			if (initScript) await context.addInitScript(initScript);
			// Block every other origin: the site must work with nothing but its own files.
			await context.route(
				(target) => target.origin !== origin && /^(https?|wss?):$/.test(target.protocol),
				(route) => route.abort('blockedbyclient'),
			);
			const page = await context.newPage();
			const report: PageReport = { consoleErrors: [], failedRequests: [], offOriginRequests: [] };
			reports.set(page, report);
			const documentUrl = url(path).replace(/#.*$/, '');
			page.on('console', (message) => {
				if (message.type() !== 'error') return;
				const { url: source, lineNumber } = message.location();
				// Chromium logs the not-found page's own 404 as a console error; that one is expected.
				if (status >= 400 && source === documentUrl && message.text().includes(`status of ${status}`)) return;
				report.consoleErrors.push(`${message.text()}${source ? ` (${source}:${lineNumber})` : ''}`);
			});
			page.on('pageerror', (error) => report.consoleErrors.push(`Uncaught ${error.name}: ${error.message}`));
			page.on('request', (request) => {
				const target = new URL(request.url());
				if (/^(https?|wss?):$/.test(target.protocol) && target.origin !== origin) {
					report.offOriginRequests.push(`${request.method()} ${request.url()}`);
				}
			});
			page.on('requestfailed', (request) => {
				if (new URL(request.url()).origin !== origin) return; // Already reported as off-origin.
				report.failedRequests.push(`${request.method()} ${request.url()}: ${request.failure()?.errorText ?? 'failed'}`);
			});
			page.on('response', (response) => {
				const expected =
					response.url() === documentUrl && response.request().isNavigationRequest() && response.status() === status;
				if (response.status() >= 400 && !expected) {
					report.failedRequests.push(`${response.request().method()} ${response.url()}: HTTP ${response.status()}`);
				}
			});
			const response = await page.goto(url(path));
			if (response?.status() !== status) {
				throw new Error(`${url(path)} was served with status ${response?.status() ?? 'none'}, expected ${status}.`);
			}
			if (theme) {
				const applied = await page.evaluate(() => document.documentElement.dataset['theme']);
				if (applied !== theme) throw new Error(`${url(path)} shows the ${applied ?? 'no'} theme, expected ${theme}.`);
			}
			return page;
		},
		async builtHtml(path) {
			const { root } = site.server;
			const file = join(root, path.replace(/^\//, ''), path.endsWith('/') ? 'index.html' : '');
			return readFile(file, 'utf-8');
		},
	};
	return site;
}

/**
 * Opens Starlight's search dialog, types `query` and returns the hrefs of the result links
 * Pagefind shows (page results first, then their sub-results), waiting until at least one appears.
 */
export async function searchSite(page: Page, query: string): Promise<string[]> {
	const button = page.locator('site-search button[data-open-modal]');
	await expect.poll(() => button.isEnabled(), { message: 'the search button never became enabled' }).toBe(true);
	await button.click();
	const input = page.locator('#starlight__search input[type="text"], #starlight__search input[type="search"]').first();
	// Starlight builds Pagefind's input only once the page is idle (requestIdleCallback, then a lazy
	// import), which a loaded 2-core machine may hold back: wait longer than a locator does, and say
	// which step is missing if it never comes.
	const searchState = () =>
		page.evaluate(() => ({
			dialogOpen: document.querySelector('site-search dialog')?.hasAttribute('open') ?? false,
			pagefindInput: document.querySelector('#starlight__search input') !== null,
		}));
	try {
		await expect
			.poll(searchState, { timeout: 60_000, message: 'the search dialog opens with Pagefind’s input in it' })
			.toEqual({ dialogOpen: true, pagefindInput: true });
	} catch (error) {
		// Seen twice in full runs, never alone: say what the page had loaded and logged, to find out why
		// (and if the page cannot say, fail with the timeout itself).
		const loaded = await page
			.evaluate(() => ({
				readyState: document.readyState,
				scripts: performance.getEntriesByType('resource').flatMap((entry) => {
					const path = new URL(entry.name).pathname;
					return path.endsWith('.js') ? [path] : [];
				}),
			}))
			.catch(() => undefined);
		const state = await searchState().catch(() => undefined);
		const seen = { ...state, ...loaded, ...reports.get(page) };
		throw new Error(`${(error as Error).message}\nPage: ${JSON.stringify(seen)}`, {
			cause: error,
		});
	}
	await input.waitFor({ state: 'visible' });
	await input.fill(query);
	const results = page.locator('#starlight__search .pagefind-ui__result-link');
	await results.first().waitFor({ state: 'visible' });
	return results.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
}

/**
 * Follows the first result link of an open search and checks it leads to one of the site's
 * routes with a heading; returns the target address.
 */
export async function followFirstSearchResult(page: Page, site: Site): Promise<URL> {
	const first = page.locator('#starlight__search .pagefind-ui__result-link').first();
	const target = new URL((await first.getAttribute('href')) ?? '', page.url());
	await Promise.all([page.waitForURL((url) => url.pathname === target.pathname), first.click()]);
	expect(ROUTES.map((route) => site.server.url(route))).toContain(site.server.origin + target.pathname);
	expect(await page.locator('h1').count()).toBe(1);
	return target;
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
