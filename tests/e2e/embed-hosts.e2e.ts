// The SharePoint Online, wiki and plain-page snippets of /embed/, each loaded as the page shows it
// (only the guide's address replaced, as the page says to) into a host page on another origin.
// The guide is built with those hosts in EMBED_FRAME_ANCESTORS and served as IIS serves it with
// the generated web.config, so the frame-ancestors header is the one a reader's server sends; a
// host that is not listed is refused.
import { readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import { join } from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PROJECT_ROOT, runAstroBuild } from '../support/astro-build';
import { EMBED_FRAME_ROUTE, builtSiteDir, connectBrowser, type SiteServer } from './harness';
import { RECORD_CSP_VIOLATIONS, cspViolationsOn } from './support/csp-violations';
import { serveLikeIis } from './support/iis-like-server';
import { snippetTitled, snippetsIn, type Snippet } from './support/page-snippets';
import { listenOnLoopback, type Listening } from './support/loopback';
import { answerPicker } from './support/site-actions';
import { PAGES, REQUIREMENT_PREFIX, siteRoute } from '../../src/data/site-contracts';

const FIXTURES = join(import.meta.dirname, '../fixtures/embed-host');
const WORK_DIR = join(PROJECT_ROOT, `tests/.tmp/embed-hosts-${process.pid}`);
/** The address the snippets on /embed/ stand for a copy of the guide with. */
const PLACEHOLDER = 'https://hybrid-sync.example.org/';
/** SharePoint Online's part of a page policy that matters here: only its own scripts run. */
const SHAREPOINT_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'";

/** The hosts, each on an origin of its own; the first two are listed in EMBED_FRAME_ANCESTORS. */
const HOSTS = ['sharepoint', 'wiki', 'plain', 'unlisted'] as const;
type Host = (typeof HOSTS)[number];

let snippets: Snippet[] = [];
let site: SiteServer;
let browser: Browser;
const hosts = new Map<Host, Listening>();

/** The snippet with this title from the built /embed/ page, pointed at the served copy of the guide. */
function snippet(title: string): string {
	return snippetTitled(snippets, title).code.replaceAll(PLACEHOLDER, `${site.origin}/`);
}

/** What each host origin serves: its page (with the snippet in place) and the files it needs. */
async function hostResponse(host: Host, path: string): Promise<{ type: string; body: Buffer | string; csp?: string }> {
	// Every intranet has its own icon; an empty one keeps the browser's request from failing.
	if (path === '/favicon.ico') return { type: 'image/x-icon', body: '' };
	if (host === 'sharepoint' && path === '/') {
		const code = snippet('SharePoint Online: Embed web part');
		// SharePoint keeps the iframe and drops script; the snippet must not depend on any.
		const embedded = code.replace(/<script[\s\S]*?<\/script>/gi, '');
		const page = await readFile(join(FIXTURES, 'sharepoint-like.html'), 'utf-8');
		return {
			type: 'text/html',
			body: page.replace('{{EMBED}}', embedded),
			csp: `${SHAREPOINT_POLICY}; frame-src ${site.origin}`,
		};
	}
	if ((host === 'wiki' || host === 'unlisted') && path === '/') {
		const address = snippet('Wiki iframe macro: address').trim();
		const page = await readFile(join(FIXTURES, 'wiki-like.html'), 'utf-8');
		return {
			type: 'text/html',
			body: page.replace('{{ADDRESS}}', address.replace(/&/g, '&amp;').replace(/"/g, '&quot;')),
		};
	}
	if (host === 'plain' && path === '/picker.html') return { type: 'text/html', body: snippet('picker.html') };
	if (host === 'plain' && path === '/sync-tool-picker.js') {
		// The module copied beside the page, as the section says.
		return { type: 'text/javascript', body: await readFile(join(site.root, 'embed/sync-tool-picker.js')) };
	}
	return { type: 'text/plain', body: 'Not found' };
}

beforeAll(async () => {
	snippets = snippetsIn(await readFile(join(builtSiteDir(), 'embed/index.html'), 'utf-8'));
	for (const host of HOSTS) {
		const server = createServer((request, response) => {
			void hostResponse(host, new URL(request.url ?? '/', 'http://localhost').pathname).then(
				({ type, body, csp }) => {
					const found = type !== 'text/plain';
					response.writeHead(found ? 200 : 404, {
						'content-type': type,
						...(csp ? { 'content-security-policy': csp } : {}),
					});
					response.end(body);
				},
				(error: unknown) => response.writeHead(500).end(String(error)),
			);
		});
		const listening = await listenOnLoopback(server);
		// "localhost", not the site's 127.0.0.1: another origin, as an intranet host would be.
		hosts.set(host, { ...listening, origin: listening.origin.replace('127.0.0.1', 'localhost') });
	}
	const listed = ['sharepoint', 'wiki'].map((host) => hosts.get(host as Host)?.origin).join(' ');
	const dir = join(WORK_DIR, 'dist');
	const { exitCode, output } = await runAstroBuild(PROJECT_ROOT, ['--outDir', dir], { EMBED_FRAME_ANCESTORS: listed });
	if (exitCode !== 0) throw new Error(`EMBED_FRAME_ANCESTORS="${listed}" astro build failed:\n${output}`);
	site = await serveLikeIis(dir, '/');
	browser = await connectBrowser();
});

afterAll(async () => {
	await browser?.close();
	await site?.close();
	await Promise.all([...hosts.values()].map((host) => host.close()));
	await rm(WORK_DIR, { recursive: true, force: true });
});

interface OpenedHost {
	page: Page;
	consoleErrors: string[];
}

async function openHost(host: Host, path = '/'): Promise<OpenedHost> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	await context.addInitScript(RECORD_CSP_VIOLATIONS);
	const page = await context.newPage();
	const consoleErrors: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') consoleErrors.push(message.text());
	});
	page.on('pageerror', (error) => consoleErrors.push(`Uncaught ${error.message}`));
	page.on('requestfailed', (request) => consoleErrors.push(`failed ${request.url()}`));
	await page.goto(`${hosts.get(host)?.origin ?? ''}${path}`);
	return { page, consoleErrors };
}

/** The frame of the picker's iframe page inside a host page, once it has loaded. */
async function pickerFrame(page: Page): Promise<Frame> {
	await expect
		.poll(() => page.frames().some((frame) => frame.url().startsWith(`${site.origin}${EMBED_FRAME_ROUTE}`)))
		.toBe(true);
	const frame = page.frames().find((candidate) => candidate.url().startsWith(`${site.origin}${EMBED_FRAME_ROUTE}`));
	if (!frame) throw new Error('No picker frame.');
	return frame;
}

test('every code block of the SharePoint, wiki and plain-page sections is one these tests load', () => {
	const sections = ['sharepoint-online', 'a-wiki-page', 'a-plain-html-page'];
	expect(snippets.filter((entry) => sections.includes(entry.section)).map((entry) => entry.title)).toEqual([
		'SharePoint Online: Embed web part',
		'Wiki iframe macro: address',
		'picker.html',
	]);
});

describe('SharePoint Online', () => {
	test('the Embed web part code shows the picker at its fixed height, in the light theme, with links to the guide', async () => {
		expect(snippetTitled(snippets, 'SharePoint Online: Embed web part').code).not.toMatch(/<script/i);
		const { page, consoleErrors } = await openHost('sharepoint');
		const frame = await pickerFrame(page);
		await frame.locator('sync-tool-picker fieldset').waitFor({ state: 'visible' });
		expect(await frame.locator('sync-tool-picker').getAttribute('theme')).toBe('light');
		expect(await page.locator('iframe').evaluate((element) => element.clientHeight)).toBe(760);
		expect(await answerPicker(frame)).toMatch(/^(cloud-sync|connect-sync|both)$/);
		const link = await frame.locator('sync-tool-picker [part=checklist] a').first().getAttribute('href');
		expect(link).toMatch(new RegExp(`^${site.origin}${siteRoute(PAGES.prerequisites)}#${REQUIREMENT_PREFIX}`));
		expect(await cspViolationsOn(page)).toEqual([]);
		expect(consoleErrors).toEqual([]);
	});
});

describe('a wiki page', () => {
	test("the iframe macro's address shows the picker in the light theme, framed by a listed wiki", async () => {
		const { page, consoleErrors } = await openHost('wiki');
		const frame = await pickerFrame(page);
		await frame.locator('sync-tool-picker fieldset').waitFor({ state: 'visible' });
		expect(await frame.locator('sync-tool-picker').getAttribute('theme')).toBe('light');
		expect(await cspViolationsOn(page)).toEqual([]);
		expect(consoleErrors).toEqual([]);
	});

	test('a wiki whose origin is not in EMBED_FRAME_ANCESTORS gets no picker: the browser refuses the frame', async () => {
		const { page, consoleErrors } = await openHost('unlisted');
		await expect.poll(() => consoleErrors.join('\n')).toMatch(/frame-ancestors/);
		const frame = page.frames().find((candidate) => candidate !== page.mainFrame());
		expect(await frame?.locator('sync-tool-picker').count()).toBe(0);
	});
});

describe('a plain HTML page', () => {
	test('the page of the section runs the self-hosted module under its own strict policy, with links to the guide', async () => {
		const { page, consoleErrors } = await openHost('plain', '/picker.html');
		const picker = page.locator('sync-tool-picker');
		await picker.locator('fieldset').waitFor({ state: 'visible' });
		expect(await answerPicker(page)).toMatch(/^(cloud-sync|connect-sync|both)$/);
		expect(await picker.locator('[part=checklist] a').first().getAttribute('href')).toMatch(
			new RegExp(`^${site.origin}${siteRoute(PAGES.prerequisites)}#${REQUIREMENT_PREFIX}`),
		);
		expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toMatch(
			/script-src 'self'/,
		);
		expect(await cspViolationsOn(page)).toEqual([]);
		expect(consoleErrors).toEqual([]);
	});
});
