// The IIS-like server of the browser tests reads web.config as IIS documents it, so a test that
// passes through it proves the generated file: these are the rules it must keep.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PROJECT_ROOT } from '../../../support/astro-build';
import { SECTIONS, serveLikeIis, type IisLikeServerOptions } from '../../../e2e/support/iis-like-server';

let root = '';

beforeAll(async () => {
	await mkdir(join(PROJECT_ROOT, 'tests/.tmp'), { recursive: true });
	root = await mkdtemp(join(PROJECT_ROOT, 'tests/.tmp/iis-like-'));
});
afterAll(() => rm(root, { recursive: true, force: true }));

/** A site folder with a page, a not-found page, a Pagefind file and the given web.config (none if undefined). */
async function siteWith(name: string, webConfig: string | undefined): Promise<string> {
	const dir = join(root, name);
	await mkdir(join(dir, 'pagefind'), { recursive: true });
	await writeFile(join(dir, 'index.html'), '<p>home</p>');
	await writeFile(join(dir, '404.html'), '<p>not here</p>');
	await writeFile(join(dir, 'pagefind/wasm.en.pagefind'), 'binary');
	if (webConfig !== undefined) await writeFile(join(dir, 'web.config'), webConfig);
	return dir;
}

const webServer = (body: string, outside = '') =>
	`<?xml version="1.0" encoding="utf-8"?><configuration><system.webServer>${body}</system.webServer>${outside}</configuration>`;

/** Requests `paths` from the site served under /app/ and returns status, headers and body of each. */
async function fetchAll(dir: string, paths: string[], options: IisLikeServerOptions = {}) {
	const server = await serveLikeIis(dir, '/app/', options);
	try {
		return await Promise.all(
			paths.map(async (path) => {
				const response = await fetch(`${server.origin}/app/${path}`);
				return { status: response.status, headers: response.headers, body: await response.text() };
			}),
		);
	} finally {
		await server.close();
	}
}

describe('serveLikeIis', () => {
	test('serves pages but refuses an extension IIS has no MIME type for (404.3), as a default IIS does', async () => {
		const [page, pagefind] = await fetchAll(await siteWith('no-config', undefined), ['', 'pagefind/wasm.en.pagefind']);
		expect(page?.status).toBe(200);
		expect(page?.headers.get('x-powered-by')).toBe('ASP.NET');
		expect(pagefind?.status).toBe(404);
		expect(pagefind?.body).toContain('HTTP Error 404.3');
	});

	test('serves it once web.config maps the extension', async () => {
		const config = webServer(
			'<staticContent><remove fileExtension=".pagefind" /><mimeMap fileExtension=".pagefind" mimeType="application/octet-stream" /></staticContent>',
		);
		const [pagefind] = await fetchAll(await siteWith('mapped', config), ['pagefind/wasm.en.pagefind']);
		expect(pagefind?.status).toBe(200);
		expect(pagefind?.headers.get('content-type')).toBe('application/octet-stream');
	});

	test.each([
		[
			'a second map of an extension IIS already has',
			webServer('<staticContent><mimeMap fileExtension=".json" mimeType="application/json" /></staticContent>'),
			'0x800700b7',
		],
		[
			'a header added twice',
			webServer('<httpProtocol><customHeaders><add name="X-Powered-By" value="x" /></customHeaders></httpProtocol>'),
			'0x800700b7',
		],
		['an element IIS does not know', webServer('<staticContent><mimeTypes /></staticContent>'), '0x8007000d'],
		['malformed XML', '<configuration><system.webServer></configuration>', '0x8007000d'],
	])('answers 500.19 on every request for %s', async (_, config, code) => {
		const responses = await fetchAll(await siteWith(code + config.length, config), ['', 'missing/']);
		for (const response of responses) {
			expect(response.status).toBe(500);
			expect(response.body).toContain('HTTP Error 500.19');
			expect(response.body).toContain(code);
		}
	});

	test('answers 500.19 (0x80070021) where web.config uses a locked section, until a location unlocks it for the site', async () => {
		const dir = await siteWith(
			'locked',
			webServer('<staticContent><clientCache cacheControlMode="DisableCache" /></staticContent>'),
		);
		const lockedSections = [SECTIONS.staticContent];
		const [locked] = await fetchAll(dir, [''], { lockedSections });
		expect(locked?.status).toBe(500);
		expect(locked?.body).toContain('0x80070021');
		const elsewhere =
			'<location path="Default Web Site/other" overrideMode="Allow"><system.webServer><staticContent /></system.webServer></location>';
		const [stillLocked] = await fetchAll(dir, [''], { lockedSections, applicationHostLocations: elsewhere });
		expect(stillLocked?.status).toBe(500);
		const here =
			'<location path="Default Web Site/app" overrideMode="Allow"><system.webServer><staticContent /></system.webServer></location>';
		const [unlocked] = await fetchAll(dir, [''], { lockedSections, applicationHostLocations: here });
		expect(unlocked?.status).toBe(200);
		expect(unlocked?.headers.get('cache-control')).toBe('no-cache');
	});

	test('applies a web.config in a folder to that folder and below, on top of the site web.config', async () => {
		const dir = await siteWith(
			'folders',
			webServer('<httpProtocol><customHeaders><add name="X-Site" value="1" /></customHeaders></httpProtocol>'),
		);
		await writeFile(join(dir, 'pagefind/index.html'), '<p>search</p>');
		await writeFile(
			join(dir, 'pagefind/web.config'),
			webServer(
				'<staticContent><remove fileExtension=".pagefind" /><mimeMap fileExtension=".pagefind" mimeType="application/octet-stream" /></staticContent><httpProtocol><customHeaders><add name="X-Folder" value="2" /></customHeaders></httpProtocol>',
				'<location path="wasm.en.pagefind"><system.webServer><httpProtocol><customHeaders><remove name="X-Site" /></customHeaders></httpProtocol></system.webServer></location>',
			),
		);
		await mkdir(join(dir, 'other'));
		await writeFile(join(dir, 'other/wasm.en.pagefind'), 'binary');
		const [inFolder, page, elsewhere] = await fetchAll(dir, [
			'pagefind/wasm.en.pagefind',
			'pagefind/',
			'other/wasm.en.pagefind',
		]);
		expect([inFolder?.status, inFolder?.headers.get('x-site'), inFolder?.headers.get('x-folder')]).toEqual([
			200,
			null,
			'2',
		]);
		expect([page?.status, page?.headers.get('x-site'), page?.headers.get('x-folder')]).toEqual([200, '1', '2']);
		expect([elsewhere?.status, elsewhere?.body]).toEqual([404, expect.stringContaining('HTTP Error 404.3')]);
	});

	test('answers 500.19 only under the folder whose web.config uses a locked section, and serves the rest', async () => {
		const dir = await siteWith('locked-folder', webServer(''));
		const mapping =
			'<staticContent><remove fileExtension=".pagefind" /><mimeMap fileExtension=".pagefind" mimeType="application/octet-stream" /></staticContent>';
		await writeFile(join(dir, 'pagefind/web.config'), webServer(mapping));
		const lockedSections = [SECTIONS.staticContent];
		const [page, missing, search] = await fetchAll(dir, ['', 'no/such/', 'pagefind/wasm.en.pagefind'], {
			lockedSections,
		});
		expect([page?.status, missing?.status]).toEqual([200, 404]);
		expect(search?.status).toBe(500);
		expect(search?.body).toContain('0x80070021');
		expect(search?.body).toContain(String.raw`C:\inetpub\wwwroot\app\pagefind\web.config`);
		// An unlock for the folder alone is enough; one for another folder is not.
		const only = (folder: string) =>
			`<location path="Default Web Site/app/${folder}" overrideMode="Allow"><system.webServer><staticContent /></system.webServer></location>`;
		const [unlocked] = await fetchAll(dir, ['pagefind/wasm.en.pagefind'], {
			lockedSections,
			applicationHostLocations: only('pagefind'),
		});
		expect(unlocked?.status).toBe(200);
		const [stillLocked] = await fetchAll(dir, ['pagefind/wasm.en.pagefind'], {
			lockedSections,
			applicationHostLocations: only('server-config'),
		});
		expect(stillLocked?.status).toBe(500);
	});

	test('counts a locked section inside a <location> against the whole file', async () => {
		const dir = await siteWith(
			'locked-location',
			webServer(
				'',
				'<location path="pagefind"><system.webServer><staticContent><clientCache cacheControlMode="DisableCache" /></staticContent></system.webServer></location>',
			),
		);
		const [page] = await fetchAll(dir, [''], { lockedSections: [SECTIONS.staticContent] });
		expect(page?.status).toBe(500);
	});

	test('answers 500.19 under a folder whose web.config maps again what its parent mapped, without <remove>', async () => {
		const map = '<mimeMap fileExtension=".pagefind" mimeType="application/octet-stream" />';
		const dir = await siteWith('duplicate-in-folder', webServer(`<staticContent>${map}</staticContent>`));
		await writeFile(join(dir, 'pagefind/web.config'), webServer(`<staticContent>${map}</staticContent>`));
		const [page, search] = await fetchAll(dir, ['', 'pagefind/wasm.en.pagefind']);
		expect(page?.status).toBe(200);
		expect([search?.status, search?.body]).toEqual([500, expect.stringContaining('0x800700b7')]);
	});

	test('lacks the MIME types a test says the server lacks, as an older IIS does', async () => {
		const dir = await siteWith('old-iis', undefined);
		await writeFile(join(dir, 'pagefind/entry.json'), '{}');
		await writeFile(join(dir, 'entry.json'), '{}');
		await writeFile(
			join(dir, 'pagefind/web.config'),
			webServer(
				'<staticContent><remove fileExtension=".json" /><mimeMap fileExtension=".json" mimeType="application/json" /></staticContent>',
			),
		);
		const [unmapped, mapped] = await fetchAll(dir, ['entry.json', 'pagefind/entry.json'], {
			missingMimeTypes: ['.json'],
		});
		expect([unmapped?.status, unmapped?.body]).toEqual([404, expect.stringContaining('HTTP Error 404.3')]);
		expect([mapped?.status, mapped?.headers.get('content-type')]).toEqual([200, 'application/json']);
	});

	test('applies a <location> on top of the site settings, for its path and below', async () => {
		const config = webServer(
			'<httpProtocol><customHeaders><remove name="X-Powered-By" /><add name="X-Frame-Options" value="DENY" /></customHeaders></httpProtocol>',
			'<location path="pagefind"><system.webServer><httpProtocol><customHeaders><remove name="X-Frame-Options" /><add name="X-Here" value="1" /></customHeaders></httpProtocol><staticContent><mimeMap fileExtension=".pagefind" mimeType="application/octet-stream" /><clientCache cacheControlMode="UseMaxAge" cacheControlMaxAge="365.00:00:00" cacheControlCustom="immutable" /></staticContent></system.webServer></location>',
		);
		const [page, pagefind] = await fetchAll(await siteWith('location', config), ['', 'pagefind/wasm.en.pagefind']);
		expect([
			page?.headers.get('x-frame-options'),
			page?.headers.get('x-powered-by'),
			page?.headers.get('x-here'),
		]).toEqual(['DENY', null, null]);
		expect([pagefind?.status, pagefind?.headers.get('x-frame-options'), pagefind?.headers.get('x-here')]).toEqual([
			200,
			null,
			'1',
		]);
		expect(pagefind?.headers.get('cache-control')).toBe('max-age=31536000, immutable');
	});

	test("shows the site's not-found page, with status 404, only where errorMode is Custom (the tests' requests are local)", async () => {
		const error =
			'<remove statusCode="404" subStatusCode="-1" /><error statusCode="404" subStatusCode="-1" path="/app/404.html" responseMode="ExecuteURL" />';
		const [custom] = await fetchAll(
			await siteWith('custom', webServer(`<httpErrors errorMode="Custom">${error}</httpErrors>`)),
			['nope/'],
		);
		expect([custom?.status, custom?.body]).toEqual([404, '<p>not here</p>']);
		const [local] = await fetchAll(await siteWith('local', webServer(`<httpErrors>${error}</httpErrors>`)), ['nope/']);
		expect(local?.status).toBe(404);
		expect(local?.body).toContain('HTTP Error 404.0');
	});

	test('hides web.config and redirects a folder to its slash', async () => {
		const dir = await siteWith('hidden', webServer(''));
		await mkdir(join(dir, 'guide'));
		await writeFile(join(dir, 'guide/index.html'), '<p>guide</p>');
		const server = await serveLikeIis(dir, '/app/');
		try {
			expect((await fetch(`${server.origin}/app/web.config`)).status).toBe(404);
			const folder = await fetch(`${server.origin}/app/guide`, { redirect: 'manual' });
			expect([folder.status, folder.headers.get('location')]).toEqual([301, '/app/guide/']);
			expect(server.log.map((entry) => `${entry.status}.${entry.subStatus}`)).toEqual(['404.8', '301.0']);
		} finally {
			await server.close();
		}
	});
});
