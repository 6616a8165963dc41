// The "Host the site" page, followed: the site is built with the build command /host/ shows (base
// path, site address, frame ancestors), then served as a default IIS serves it with the generated
// web.config files, and by real nginx and Apache httpd with the page's site blocks around the
// generated snippets. Through IIS every page loads clean, with no CSP violation and no broken link
// under the base path (axe and the dark theme are pages.e2e.ts's); search, the table filter and the
// picker work; every file of the build is served by each server with its type, headers and cache
// rule. A server that locks a section refuses only what needs it, as /host/ says, until the page's
// applicationHost.config snippet unlocks it. (This is also the suite's one build under a base path.)
import { chmodSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
	CACHE_CONTROL,
	FRAME_FOLDER,
	MIME_TYPES,
	extensionOf,
	isContentHashed,
} from '../../src/integrations/hosting/hosting-plan';
import { PROJECT_ROOT, runAstroBuild } from '../support/astro-build';
import {
	ROUTES,
	THEMES,
	brokenLinksOn,
	builtSiteDir,
	expectCleanPage,
	followFirstSearchResult,
	useSite,
} from './harness';
import { RECORD_CSP_VIOLATIONS, cspViolationsOn, violationsOfCleanPage } from './support/csp-violations';
import { IIS_DEFAULT_MIME_TYPES } from './support/iis-default-mime-types';
import { SECTIONS, serveLikeIis, type IisLikeServerOptions } from './support/iis-like-server';
import { mapInParallel } from './support/in-parallel';
import { bashVariables } from './support/build-command';
import { snippetTitled, snippetsIn } from './support/page-snippets';
import { freePort, startApache, startNginx, type RunningServer } from './support/real-servers';
import { loadPagefind } from './support/pagefind-api';
import { DESKTOP } from './support/screens';
import { answerPicker, filterTable, searchFor } from './support/site-actions';
import { parseXml, type XmlElement } from './support/xml';
import { PAGES, siteRoute } from '../../src/data/site-contracts';

// Outside the checkout: nginx and Apache serve as unprivileged users, who may not be allowed into the
// folder a CI machine checks the project out to (a home folder, say). Readable by all, removed afterwards.
const WORK_DIR = mkdtempSync(join(tmpdir(), 'hybrid-sync-hosting-'));
chmodSync(WORK_DIR, 0o755);
/** The folder the snippets call /srv/www: it holds the build at its base path. */
const WEB_ROOT = join(WORK_DIR, 'www');

/** The snippets of /host/ in the main build (npm test builds it before the browser tests). */
const HOST_SNIPPETS = snippetsIn(readFileSync(join(builtSiteDir(), `${PAGES.host}index.html`), 'utf-8'));

/** What the page's build command sets. */
const VARIABLES = bashVariables(snippetTitled(HOST_SNIPPETS, 'Build for your server (bash)').code);
const base = VARIABLES['BASE'] ?? '/';
/** The build, at its base path inside the web root, as the snippets expect it. */
const siteDir = join(WEB_ROOT, base);

// Built once for this file with the page's own command.
const site = useSite(
	async () => {
		const { exitCode, output } = await runAstroBuild(PROJECT_ROOT, ['--outDir', siteDir], VARIABLES);
		if (exitCode !== 0) throw new Error(`The build command of /host/ failed:\n${output}`);
		return siteDir;
	},
	base,
	serveLikeIis,
);
afterAll(() => rm(WORK_DIR, { recursive: true, force: true }));

/** Every file of the build, relative to it. */
async function builtFiles(): Promise<string[]> {
	const entries = await readdir(siteDir, { recursive: true, withFileTypes: true });
	return entries
		.filter((entry) => entry.isFile())
		.map((entry) => relative(siteDir, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

/** The headers web.config sets for the site and for the iframe page, read from the generated file. */
async function webConfigHeaders(): Promise<{ site: Map<string, string>; frame: Map<string, string> }> {
	const [configuration] = parseXml(await readFile(join(siteDir, 'web.config'), 'utf-8'));
	const find = (element: XmlElement | undefined, ...names: string[]) =>
		names.reduce<XmlElement | undefined>(
			(found, name) => found?.children.find((child) => child.name === name),
			element,
		);
	const apply = (headers: Map<string, string>, customHeaders: XmlElement | undefined) => {
		for (const entry of customHeaders?.children ?? []) {
			const name = entry.attributes.get('name') ?? '';
			if (entry.name === 'remove') headers.delete(name);
			else headers.set(name, entry.attributes.get('value') ?? '');
		}
		return headers;
	};
	const siteHeaders = apply(new Map(), find(configuration, 'system.webServer', 'httpProtocol', 'customHeaders'));
	// Caching differs by file; misservedFiles checks it on its own.
	siteHeaders.delete('Cache-Control');
	const frameLocation = configuration?.children.find(
		(element) => element.name === 'location' && element.attributes.get('path') === FRAME_FOLDER.replace(/\/$/, ''),
	);
	const frameHeaders = apply(
		new Map(siteHeaders),
		find(frameLocation, 'system.webServer', 'httpProtocol', 'customHeaders'),
	);
	return { site: siteHeaders, frame: frameHeaders };
}

/** The MIME maps of the web.config files in the build's folders (not the root's), by folder (`pagefind/`). */
async function folderMimeMaps(): Promise<Map<string, Map<string, string>>> {
	const maps = new Map<string, Map<string, string>>();
	for (const file of (await builtFiles()).filter((path) => path.endsWith('/web.config'))) {
		const [configuration] = parseXml(await readFile(join(siteDir, file), 'utf-8'));
		const entries = configuration?.children
			.filter((element) => element.name === 'system.webServer')
			.flatMap((webServer) => webServer.children.filter((section) => section.name === 'staticContent'))
			.flatMap((staticContent) => staticContent.children.filter((entry) => entry.name === 'mimeMap'));
		maps.set(
			file.replace(/web\.config$/, ''),
			new Map(
				(entries ?? []).map((entry) => [
					entry.attributes.get('fileExtension') ?? '',
					entry.attributes.get('mimeType') ?? '',
				]),
			),
		);
	}
	return maps;
}

/** How a server is expected to type the build's files: as the build says, or as an IIS with the generated web.config files. */
type ExpectedTypes = { server: 'configured' } | { server: 'iis'; missing?: readonly string[] };

/**
 * Fetches every file of the build from a server and returns a line for each that is not served
 * byte for byte, with its MIME type, no content encoding, the security headers and its cache rule.
 * A file outside every folder with a web.config of its own gets the type IIS itself has for it.
 */
async function misservedFiles(origin: string, types: ExpectedTypes = { server: 'configured' }): Promise<string[]> {
	const headers = await webConfigHeaders();
	const folderMaps = await folderMimeMaps();
	const expectedType = (file: string): string | undefined => {
		const extension = extensionOf(file);
		if (types.server === 'configured') return MIME_TYPES[extension];
		const folder = [...folderMaps.keys()].find((candidate) => file.startsWith(candidate));
		if (folder) return folderMaps.get(folder)?.get(extension);
		return types.missing?.includes(extension) ? undefined : IIS_DEFAULT_MIME_TYPES[extension];
	};
	const problems: string[] = [];
	for (const file of await builtFiles()) {
		if (file.endsWith('web.config')) continue;
		const url = `${origin}${base}${file.replace(/(^|\/)index\.html$/, '$1')}`;
		const response = await fetch(url, { headers: { 'accept-encoding': 'gzip, deflate, br' } });
		const body = Buffer.from(await response.arrayBuffer());
		const type = (response.headers.get('content-type') ?? '').split(';')[0];
		const wanted = expectedType(file);
		const expectedHeaders = file.startsWith(FRAME_FOLDER) ? headers.frame : headers.site;
		const cache = isContentHashed(file) ? CACHE_CONTROL.contentHashed : CACHE_CONTROL.revalidate;
		if (wanted === undefined) {
			if (types.server === 'iis' && !types.missing?.includes(extensionOf(file))) {
				// A default IIS lacks the type and no web.config maps it: IIS would refuse the file (404.3).
				problems.push(`${file}: no web.config maps ${extensionOf(file)}, which a default IIS lacks`);
			} else if (response.status !== 404) {
				// A type the test's server lacks on purpose: IIS refuses the file, and that is all to check.
				problems.push(`${file}: status ${response.status}, not 404 (no MIME type)`);
			}
			continue;
		}
		const wrong = [
			response.status !== 200 && `status ${response.status}`,
			type !== wanted && `type ${type}, not ${wanted}`,
			// Text may be compressed on the way; Pagefind's files are gzip already and must arrive as they are.
			type === 'application/octet-stream' &&
				response.headers.get('content-encoding') &&
				`content-encoding ${response.headers.get('content-encoding')}`,
			!body.equals(await readFile(join(siteDir, file))) && 'body differs from the file',
			response.headers.get('cache-control') !== cache &&
				`cache-control "${response.headers.get('cache-control')}", not "${cache}"`,
			...[...expectedHeaders].map(
				([name, value]) => response.headers.get(name) !== value && `header ${name} missing or different`,
			),
			!expectedHeaders.has('X-Frame-Options') && response.headers.get('x-frame-options') && 'has X-Frame-Options',
			response.headers.get('x-powered-by') && 'has X-Powered-By',
		].filter(Boolean);
		if (wrong.length) problems.push(`${file}: ${wrong.join('; ')}`);
	}
	return problems;
}

/** The not-found page and the folder redirect of a server, as lines of what is wrong. */
async function misservedErrors(origin: string): Promise<string[]> {
	const problems: string[] = [];
	const headers = await webConfigHeaders();
	const missing = await fetch(`${origin}${base}no/such/page/`);
	const notFound = await readFile(join(siteDir, '404.html'), 'utf-8');
	if (missing.status !== 404) problems.push(`unknown page: status ${missing.status}`);
	if ((await missing.text()) !== notFound) problems.push("unknown page: not the guide's 404.html");
	if (missing.headers.get('content-security-policy') !== headers.site.get('Content-Security-Policy')) {
		problems.push('unknown page: no Content-Security-Policy header');
	}
	const folder = await fetch(`${origin}${base}prerequisites`, { redirect: 'manual' });
	const location = new URL(folder.headers.get('location') ?? '', origin).pathname;
	if (folder.status !== 301 || location !== `${base}prerequisites/`) {
		problems.push(`folder without slash: ${folder.status} to ${location}`);
	}
	return problems;
}

describe('the code on /host/', () => {
	test('is every one of it run by a browser test', () => {
		expect(HOST_SNIPPETS.map((snippet) => snippet.title)).toEqual([
			'Build for your server (bash)', // below, and the build of this file
			'Build for your server (PowerShell)', // tests/dist/host-page.test.ts
			'applicationHost.config', // IIS with locked sections, below
			'applicationHost.config: MIME types for search only', // below
			'nginx: site block', // below
			'Apache httpd: virtual host', // below
			'Serve a copy on this computer', // csp.e2e.ts
		]);
	});
});

describe('the build command of /host/', () => {
	test('writes a sitemap of the pages at the site address under the base path, and canonical links', async () => {
		const site = VARIABLES['SITE'] ?? '';
		const sitemap = await readFile(join(siteDir, 'sitemap-0.xml'), 'utf-8');
		const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]);
		expect(listed.sort()).toEqual(
			ROUTES.map((route) => new URL(`${base.slice(1)}${route.slice(1)}`, site).href).sort(),
		);
		const home = await readFile(join(siteDir, 'index.html'), 'utf-8');
		expect(home).toContain(`<link rel="canonical" href="${new URL(base, site).href}"`);
		expect(home).toContain(`<link rel="sitemap" href="${base}sitemap-index.xml"`);
	});

	test('lets the listed origins frame /embed/frame/, and nothing frame the other pages', async () => {
		const headers = await webConfigHeaders();
		expect(headers.frame.get('Content-Security-Policy')).toMatch(
			new RegExp(`; frame-ancestors 'self' ${VARIABLES['EMBED_FRAME_ANCESTORS']}$`),
		);
		expect(headers.site.get('Content-Security-Policy')).toMatch(/; frame-ancestors 'none'$/);
		expect(headers.site.get('X-Frame-Options')).toBe('DENY');
	});
});

/** Served for an address that is no page, several folders deep so that relative links would break. */
const UNKNOWN_PATH = '/no/such/page/here/';

/**
 * Everything wrong with one page under the base path: not where it should be, not exactly one
 * heading, a console error or failed request, a CSP violation, a same-origin link that does not
 * resolve. No axe run: pages.e2e.ts runs axe on every page in both themes, and the base path
 * changes only addresses, which axe does not follow.
 */
async function problemsOf(route: string): Promise<string[]> {
	const status = route === UNKNOWN_PATH ? 404 : 200;
	const page = await site.openPage(route, { theme: THEMES[0], initScript: RECORD_CSP_VIOLATIONS, status });
	const problems: string[] = [];
	try {
		const path = new URL(page.url()).pathname;
		if (path !== `${base}${route.slice(1)}`) problems.push(`served at ${path}`);
		const headings = await page.locator('h1').count();
		if (headings !== 1) problems.push(`${headings} h1 elements`);
		await expectCleanPage(page).catch((error: Error) => problems.push(error.message.split('\n')[0] ?? ''));
		problems.push(...(await cspViolationsOn(page)).map((violation) => `CSP: ${violation}`));
		problems.push(...(await brokenLinksOn(page)).map((link) => `link: ${link}`));
	} finally {
		await page.close();
	}
	return problems;
}

/** Pages opened at once by the walks below: Chromium works on one while another waits for its files. */
const PAGES_AT_ONCE = 3;

describe('IIS with the generated web.config files', () => {
	// In the first theme: pages.e2e.ts loads every page in each theme under the same policy, where a
	// violation is a console error, and the base path changes addresses, not colours.
	test('serves every page under the base path: clean, no CSP violation, every link resolving', async () => {
		const routes = [...ROUTES, UNKNOWN_PATH];
		const problems = await mapInParallel(routes, PAGES_AT_ONCE, (route) => problemsOf(route));
		expect(Object.fromEntries(routes.map((route, index) => [route, problems[index]]))).toEqual(
			Object.fromEntries(routes.map((route) => [route, []])),
		);
	}, 300_000);

	test('runs search, the table filter and the picker, with no failed request or CSP violation, and keeps their links under the base', async () => {
		const search = await site.openPage('/', { initScript: RECORD_CSP_VIOLATIONS });
		const hrefs = await searchFor(search, 'gMSA');
		expect(hrefs.filter((href) => !href.startsWith(base))).toEqual([]);
		await followFirstSearchResult(search, site);
		expect(await violationsOfCleanPage(search)).toEqual([]);
		const filter = await site.openPage(siteRoute(PAGES.configure), { initScript: RECORD_CSP_VIOLATIONS });
		await filterTable(filter, 'writeback');
		expect(await violationsOfCleanPage(filter)).toEqual([]);
		const picker = await site.openPage(siteRoute(PAGES.chooseASyncTool), { initScript: RECORD_CSP_VIOLATIONS });
		expect(await answerPicker(picker)).toMatch(/^(cloud-sync|connect-sync|both)$/);
		expect(await violationsOfCleanPage(picker)).toEqual([]);
	});

	test("links the picker's result to checklist rows and guides inside the base", async () => {
		const page = await site.openPage(`${siteRoute(PAGES.chooseASyncTool)}?needs=device-writeback,disconnected-forests`);
		await expect.poll(() => page.locator('sync-tool-picker [data-tool]').getAttribute('data-tool')).toBe('both');
		const hrefs = await page
			.locator('sync-tool-picker a[href^="/"]')
			.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
		expect(hrefs.length).toBeGreaterThan(10);
		expect(hrefs.filter((href) => !href.startsWith(base))).toEqual([]);
		expect(await brokenLinksOn(page, 'sync-tool-picker')).toEqual([]);
		await expectCleanPage(page);
	});

	test('serves every file of the build with its type, the headers and its cache rule, and hides web.config', async () => {
		expect(await misservedFiles(site.server.origin, { server: 'iis' })).toEqual([]);
		expect(await misservedErrors(site.server.origin)).toEqual([]);
		for (const config of (await builtFiles()).filter((file) => file.endsWith('web.config'))) {
			expect((await fetch(site.server.url(`/${config}`))).status, config).toBe(404);
		}
	});

	test('serves the search index and the snippets even where IIS has no type for .json, .svg or .woff2, as before IIS 8', async () => {
		const old = await serveLikeIis(siteDir, base, { missingMimeTypes: ['.json', '.svg', '.woff2'] });
		try {
			// favicon.svg sits beside the pages, where a MIME map would put every page at the mercy of a lock.
			expect(await misservedFiles(old.origin, { server: 'iis', missing: ['.json', '.svg', '.woff2'] })).toEqual([]);
			const missing = old.log.filter((entry) => entry.status === 404).map((entry) => entry.path.slice(base.length));
			expect(missing).toEqual(['favicon.svg']);
		} finally {
			await old.close();
		}
	});
});

/** The addresses of the build (each file, folders for pages) and an unknown one, as a server answers them. */
async function answersOf(options: IisLikeServerOptions): Promise<Map<string, number>> {
	const server = await serveLikeIis(siteDir, base, options);
	try {
		const paths = [
			...(await builtFiles())
				.filter((file) => !file.endsWith('web.config'))
				.map((file) => file.replace(/(^|\/)index\.html$/, '$1')),
			UNKNOWN_PATH.slice(1),
		];
		const answers = new Map<string, number>();
		for (const path of paths) answers.set(path, (await fetch(`${server.origin}${base}${path}`)).status);
		return answers;
	} finally {
		await server.close();
	}
}

/** The paths a server answered with 500 (IIS's 500.19), and how many it served otherwise. */
function refused(answers: Map<string, number>): { refused: string[]; served: number } {
	const failing = [...answers].filter(([, status]) => status === 500).map(([path]) => path);
	return { refused: failing.sort(), served: answers.size - failing.length };
}

describe('IIS that locks a section web.config uses', () => {
	let everything: Map<string, number>;
	beforeAll(async () => {
		everything = await answersOf({});
	});

	test('loses only search and the server snippets when MIME types are locked: every page, style, script and the picker still work', async () => {
		const answers = refused(await answersOf({ lockedSections: [SECTIONS.staticContent] }));
		const independent = [...everything.keys()].filter((path) => /^(pagefind|server-config)\//.test(path)).sort();
		expect(independent.length).toBeGreaterThan(10);
		expect(answers).toEqual({ refused: independent, served: everything.size - independent.length });
		// What a reader sees: pages, styles, scripts, the picker and the filter work; only search fails.
		const locked = await serveLikeIis(siteDir, base, { lockedSections: [SECTIONS.staticContent] });
		try {
			const context = await site.browser.newContext({ viewport: DESKTOP });
			const page = await context.newPage();
			const failed: string[] = [];
			page.on('response', (response) => {
				if (response.status() >= 400) failed.push(new URL(response.url()).pathname.slice(base.length));
			});
			await page.goto(`${locked.origin}${base}choose-a-sync-tool/`);
			expect(await answerPicker(page)).toMatch(/^(cloud-sync|connect-sync|both)$/);
			await page.locator('site-search button[data-open-modal]').click();
			await page.locator('#starlight__search input').first().fill('gMSA');
			// Pagefind asks for its files once the typing pauses: wait for the first to be refused.
			await expect.poll(() => failed.some((path) => path.startsWith('pagefind/'))).toBe(true);
			await page.waitForLoadState('networkidle');
			expect(failed.filter((path) => !path.startsWith('pagefind/'))).toEqual([]);
			// The search dialog says it is searching, and never shows a result.
			await expect.poll(() => page.locator('#starlight__search').innerText()).toContain('Searching for gMSA');
			expect(await page.locator('#starlight__search .pagefind-ui__result-link').count()).toBe(0);
			await context.close();
		} finally {
			await locked.close();
		}
	});

	test.each([
		['custom headers', SECTIONS.httpProtocol],
		['error pages', SECTIONS.httpErrors],
	])(
		'refuses every address with 500.19 when %s are locked, since the site web.config sets them for every page',
		async (_, section) => {
			expect(refused(await answersOf({ lockedSections: [section] }))).toEqual({
				refused: [...everything.keys()].sort(),
				served: 0,
			});
		},
	);

	test('serves search and the snippets again once the snippet of /host/ unlocks MIME types for their two folders', async () => {
		const lockedSections = [SECTIONS.staticContent];
		const { code } = snippetTitled(HOST_SNIPPETS, 'applicationHost.config: MIME types for search only');
		const unlocked = await serveLikeIis(siteDir, base, { lockedSections, applicationHostLocations: code });
		try {
			expect(await misservedFiles(unlocked.origin, { server: 'iis' })).toEqual([]);
		} finally {
			await unlocked.close();
		}
	});

	test('serves everything again once the applicationHost.config snippet of /host/ unlocks the three sections for the site', async () => {
		const lockedSections = Object.values(SECTIONS);
		const locked = await serveLikeIis(siteDir, base, { lockedSections });
		try {
			const body = await (await fetch(`${locked.origin}${base}`)).text();
			expect(body).toContain('HTTP Error 500.19');
			expect(body).toContain('0x80070021');
			expect(body).toContain('This configuration section cannot be used at this path.');
		} finally {
			await locked.close();
		}
		const { code } = snippetTitled(HOST_SNIPPETS, 'applicationHost.config');
		expect(code).toContain(`path="Default Web Site${base.replace(/\/$/, '')}"`);
		const unlocked = await serveLikeIis(siteDir, base, { lockedSections, applicationHostLocations: code });
		try {
			expect(await misservedFiles(unlocked.origin, { server: 'iis' })).toEqual([]);
		} finally {
			await unlocked.close();
		}
	});
});

describe.each([
	['nginx', 'nginx: site block', startNginx, /listen 80;/, (port: number) => `listen 127.0.0.1:${port};`],
	['Apache httpd', 'Apache httpd: virtual host', startApache, /\*:80/, (port: number) => `*:${port}`],
] as const)('%s with the site block of /host/', (name, title, start, listen, ownListen) => {
	let server: RunningServer | undefined;
	beforeAll(async () => {
		const { code } = snippetTitled(HOST_SNIPPETS, title);
		// As the page says: the port and the folder are yours.
		expect(code).toMatch(listen);
		expect(code).toContain('/srv/www');
		const port = await freePort();
		const block = code.replace(listen, ownListen(port)).replaceAll('/srv/www', WEB_ROOT);
		server = await start(block, port, join(WORK_DIR, name.replace(/\W+/g, '-')));
	});
	afterAll(() => server?.stop());

	test('serves every file of the build with its type, the headers and its cache rule', async () => {
		expect(await misservedFiles(server?.origin ?? '')).toEqual([]);
	});

	test("answers an unknown address with the guide's not-found page and its headers, and redirects a folder to its slash", async () => {
		expect(await misservedErrors(server?.origin ?? '')).toEqual([]);
	});
});

describe('search', () => {
	const TOPICS = [
		['IIS', siteRoute(PAGES.host)],
		['web.config', siteRoute(PAGES.host)],
		['nginx', siteRoute(PAGES.host)],
		['Content-Security-Policy', siteRoute(PAGES.host)],
		['SharePoint', siteRoute(PAGES.embed)],
	] as const;
	/** Each query's pages, best first, from Pagefind's API in one page under the base, ranked as the dialog ranks. */
	const ranked = new Map<string, string[]>();
	beforeAll(async () => {
		const pagefind = await loadPagefind(await site.openPage('/'), site.server);
		for (const [query] of TOPICS) ranked.set(query, (await pagefind.search(query)).pages);
	});

	test.each(TOPICS)('finds "%s" with %s among the first three results', (query, route) => {
		expect(ranked.get(query)?.slice(0, 3)).toContain(`${base}${route.slice(1)}`);
	});
});
