// The "Host the site" page, followed: the site is built with the build command /host/ shows (base
// path, site address, frame ancestors), then served as a default IIS serves it with the generated
// web.config, and by real nginx and Apache httpd with the page's site blocks around the generated
// snippets. Every page, search, the table filter and the picker work through IIS; every file of the
// build is served by each server with its type, headers and cache rule; a server that locks the
// sections answers 500.19 until the page's applicationHost.config snippet unlocks them.
import { chmodSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CACHE_CONTROL, FRAME_FOLDER, MIME_TYPES, extensionOf, isContentHashed } from '../../src/build/hosting-plan';
import { IIS_DEFAULT_MIME_TYPES } from '../../src/build/iis-web-config';
import { PROJECT_ROOT, runAstroBuild } from '../support/astro-build';
import { ROUTES, THEMES, builtSiteDir, searchSite, useSite } from './harness';
import { RECORD_CSP_VIOLATIONS, violationsOfCleanPage } from './support/csp-violations';
import { SECTIONS, serveLikeIis } from './support/iis-like-server';
import { snippetTitled, snippetsIn } from './support/page-snippets';
import { freePort, startApache, startNginx, type RunningServer } from './support/real-servers';
import { answerPicker, filterTable, searchFor } from './support/site-actions';
import { parseXml, type XmlElement } from './support/xml';

// Outside the checkout: nginx and Apache serve as unprivileged users, who may not be allowed into the
// folder a CI machine checks the project out to (a home folder, say). Readable by all, removed afterwards.
const WORK_DIR = mkdtempSync(join(tmpdir(), 'hybrid-sync-hosting-'));
chmodSync(WORK_DIR, 0o755);
/** The folder the snippets call /srv/www: it holds the build at its base path. */
const WEB_ROOT = join(WORK_DIR, 'www');

/** The snippets of /host/ in the main build (npm test builds it before the browser tests). */
const HOST_SNIPPETS = snippetsIn(readFileSync(join(builtSiteDir(), 'host/index.html'), 'utf-8'));

/** The variables a bash command line sets before `npm run build`. */
function bashVariables(command: string): Record<string, string> {
	const [assignments = '', rest] = command.trim().split(/\s+npm run build$/);
	if (rest !== '') throw new Error(`"${command}" does not end with npm run build.`);
	return Object.fromEntries(
		[...assignments.matchAll(/(\w+)=("([^"]*)"|'([^']*)'|(\S+))/g)].map((match) => [
			match[1] ?? '',
			match[3] ?? match[4] ?? match[5] ?? '',
		]),
	);
}

/** The variables a PowerShell line sets with `$env:NAME = '…'` before `npm run build`. */
function powerShellVariables(command: string): Record<string, string> {
	expect(command.trim()).toMatch(/;\s*npm run build$/);
	return Object.fromEntries(
		[...command.matchAll(/\$env:(\w+)\s*=\s*'([^']*)'/g)].map((match) => [match[1] ?? '', match[2] ?? '']),
	);
}

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
	const frameLocation = configuration?.children.find(
		(element) => element.name === 'location' && element.attributes.get('path') === FRAME_FOLDER.replace(/\/$/, ''),
	);
	const frameHeaders = apply(
		new Map(siteHeaders),
		find(frameLocation, 'system.webServer', 'httpProtocol', 'customHeaders'),
	);
	return { site: siteHeaders, frame: frameHeaders };
}

/**
 * Fetches every file of the build from a server and returns a line for each that is not served
 * byte for byte, with its MIME type, no content encoding, the security headers and its cache rule.
 */
async function misservedFiles(origin: string, expectIisTypes = false): Promise<string[]> {
	const headers = await webConfigHeaders();
	const problems: string[] = [];
	for (const file of await builtFiles()) {
		if (file === 'web.config') continue;
		const url = `${origin}${base}${file.replace(/(^|\/)index\.html$/, '$1')}`;
		const response = await fetch(url, { headers: { 'accept-encoding': 'gzip, deflate, br' } });
		const body = Buffer.from(await response.arrayBuffer());
		const type = (response.headers.get('content-type') ?? '').split(';')[0];
		const wanted = expectIisTypes
			? (IIS_DEFAULT_MIME_TYPES[extensionOf(file)] ?? MIME_TYPES[extensionOf(file)])
			: MIME_TYPES[extensionOf(file)];
		const expectedHeaders = file.startsWith(FRAME_FOLDER) ? headers.frame : headers.site;
		const cache = isContentHashed(file) ? CACHE_CONTROL.contentHashed : CACHE_CONTROL.revalidate;
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
			'Build for your server (PowerShell)', // below
			'applicationHost.config', // IIS with locked sections, below
			'nginx: site block', // below
			'Apache httpd: virtual host', // below
			'Serve a copy on this computer', // csp.e2e.ts
		]);
	});
});

describe('the build command of /host/', () => {
	test('is the same in bash and PowerShell, and sets the base path, the site address and the frame ancestors', () => {
		const bash = bashVariables(snippetTitled(HOST_SNIPPETS, 'Build for your server (bash)').code);
		const powerShell = powerShellVariables(snippetTitled(HOST_SNIPPETS, 'Build for your server (PowerShell)').code);
		expect(powerShell).toEqual(bash);
		expect(Object.keys(bash).sort()).toEqual(['BASE', 'EMBED_FRAME_ANCESTORS', 'SITE']);
	});

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

describe('IIS with the generated web.config', () => {
	test.each(THEMES)(
		'serves every page under the base path clean, with no CSP violation, in %s theme',
		async (theme) => {
			const routes = [...ROUTES, '/no/such/page/'];
			const violations: Record<string, string[]> = {};
			for (const route of routes) {
				const page = await site.openPage(route, {
					theme,
					initScript: RECORD_CSP_VIOLATIONS,
					...(route === '/no/such/page/' ? { status: 404 } : {}),
				});
				violations[route] = await violationsOfCleanPage(page);
			}
			expect(violations).toEqual(Object.fromEntries(routes.map((route) => [route, []])));
		},
	);

	test('runs search, the table filter and the picker, with no failed request or CSP violation', async () => {
		const search = await site.openPage('/', { initScript: RECORD_CSP_VIOLATIONS });
		const hrefs = await searchFor(search, 'gMSA');
		expect(hrefs.filter((href) => !href.startsWith(base))).toEqual([]);
		expect(await violationsOfCleanPage(search)).toEqual([]);
		const filter = await site.openPage('/configure/', { initScript: RECORD_CSP_VIOLATIONS });
		await filterTable(filter, 'writeback');
		expect(await violationsOfCleanPage(filter)).toEqual([]);
		const picker = await site.openPage('/choose-a-sync-tool/', { initScript: RECORD_CSP_VIOLATIONS });
		expect(await answerPicker(picker)).toMatch(/^(cloud-sync|connect-sync|both)$/);
		expect(await violationsOfCleanPage(picker)).toEqual([]);
	});

	test('serves every file of the build with its type, the headers and its cache rule, and hides web.config', async () => {
		expect(await misservedFiles(site.server.origin, true)).toEqual([]);
		expect(await misservedErrors(site.server.origin)).toEqual([]);
		expect((await fetch(site.server.url('/web.config'))).status).toBe(404);
	});

	test('answers 500.19 on every page where the server locks the sections, until the snippet of /host/ unlocks them', async () => {
		const lockedSections = Object.values(SECTIONS);
		const locked = await serveLikeIis(siteDir, base, { lockedSections });
		try {
			for (const path of ['', 'prerequisites/', 'pagefind/pagefind-entry.json']) {
				const response = await fetch(`${locked.origin}${base}${path}`);
				expect(response.status).toBe(500);
				const body = await response.text();
				expect(body).toContain('HTTP Error 500.19');
				expect(body).toContain('0x80070021');
				expect(body).toContain('This configuration section cannot be used at this path.');
			}
		} finally {
			await locked.close();
		}
		const { code } = snippetTitled(HOST_SNIPPETS, 'applicationHost.config');
		expect(code).toContain(`path="Default Web Site${base.replace(/\/$/, '')}"`);
		const unlocked = await serveLikeIis(siteDir, base, { lockedSections, applicationHostLocations: code });
		try {
			expect(await misservedFiles(unlocked.origin, true)).toEqual([]);
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
	test.each([
		['IIS', '/host/'],
		['web.config', '/host/'],
		['nginx', '/host/'],
		['Content-Security-Policy', '/host/'],
		['SharePoint', '/embed/'],
	])('finds "%s" with %s among the first three results', async (query, route) => {
		const page = await site.openPage('/');
		const hrefs = await searchSite(page, query);
		const pages = [...new Set(hrefs.map((href) => href.replace(/#.*$/, '')))];
		expect(pages.slice(0, 3)).toContain(`${base}${route.slice(1)}`);
	});
});
