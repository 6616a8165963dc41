/**
 * A built site served and a browser, for the test file that calls `useSite`: pages opened in fresh
 * contexts, recorded from their first request, closed after each test.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page, Request, ViewportSize } from 'playwright-core';
import { afterAll, afterEach, beforeAll, inject } from 'vitest';
import { builtSiteDir } from '../../support/built-site';
import { connectBrowser } from './browser';
import { startReport } from './page-report';
import { DESKTOP } from './screens';
import { serveSite, siteServerAt, type SiteServer } from './static-server';
import type { Theme } from './themes';

/** Options for `openPage`. */
export interface OpenPageOptions {
	/** Starlight theme to set before the page's own scripts run (needs JavaScript). */
	theme?: Theme;
	/** Run the page's scripts (default true). */
	javaScript?: boolean;
	/** The status the document itself must be served with (default 200; 404 for the not-found page). */
	status?: number;
	/** Viewport size; default DESKTOP. */
	viewport?: ViewportSize;
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
 * Serves a built site and connects to the shared Chromium for the calling test file; closes each
 * test's pages after it and everything after the file. The built site in dist/ at `/` through the
 * plain static server (`useSite(builtSiteDir)`) is the global setup's one server, shared by every file.
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

	const shared = siteDir === builtSiteDir && base === '/' && serve === serveSite;
	beforeAll(async () => {
		if (shared) {
			// Started and stopped by tests/e2e/global-setup.ts, not by this file.
			server = siteServerAt(inject('siteOrigin'), '/', builtSiteDir(), () => Promise.resolve());
		} else {
			const root = typeof siteDir === 'string' ? siteDir : await siteDir();
			server = await serve(root, base);
		}
		browser = await connectBrowser();
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
			{ theme, javaScript = true, status = 200, viewport = DESKTOP, initScript, bypassCSP = false, clock } = {},
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
			const report = startReport(page);
			const documentUrl = url(path).replace(/#.*$/, '');
			page.on('console', (message) => {
				if (message.type() !== 'error') return;
				const { url: source, lineNumber } = message.location();
				// Chromium logs the not-found page's own 404 as a console error; that one is expected.
				if (status >= 400 && source === documentUrl && message.text().includes(`status of ${status}`)) return;
				report.consoleErrors.push(`${message.text()}${source ? ` (${source}:${lineNumber})` : ''}`);
			});
			page.on('pageerror', (error) => report.consoleErrors.push(`Uncaught ${error.name}: ${error.message}`));
			// Leaving a document aborts its requests still in flight (its icon, say): that is the
			// navigation's doing, not the site's. Chromium may report those aborts just before the
			// navigation shows, so an abort counts only if no navigation of the top frame follows it.
			let documentCount = 0;
			const documentOf = new WeakMap<Request, number>();
			let abortsOfThisDocument: string[] = [];
			const leaveDocument = () => {
				report.failedRequests = report.failedRequests.filter((line) => !abortsOfThisDocument.includes(line));
				abortsOfThisDocument = [];
			};
			page.on('framenavigated', (frame) => {
				if (frame === page.mainFrame()) leaveDocument();
			});
			page.on('request', (request) => {
				if (request.isNavigationRequest() && request.frame() === page.mainFrame()) {
					leaveDocument();
					documentCount += 1;
				}
				documentOf.set(request, documentCount);
				const target = new URL(request.url());
				if (/^(https?|wss?):$/.test(target.protocol) && target.origin !== origin) {
					report.offOriginRequests.push(`${request.method()} ${request.url()}`);
				}
			});
			page.on('requestfailed', (request) => {
				if (new URL(request.url()).origin !== origin) return; // Already reported as off-origin.
				const line = `${request.method()} ${request.url()}: ${request.failure()?.errorText ?? 'failed'}`;
				if (request.failure()?.errorText === 'net::ERR_ABORTED') {
					if ((documentOf.get(request) ?? documentCount) < documentCount) return;
					abortsOfThisDocument.push(line);
				}
				report.failedRequests.push(line);
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
