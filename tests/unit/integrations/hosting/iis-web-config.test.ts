// The web.config files as IIS reads them: the root one with the headers, caching and the not-found
// page under the base path and no MIME type; one per folder the pages can do without, mapping every
// extension in it (each <remove> right before its <mimeMap>).
import { describe, expect, test } from 'vitest';
import { webConfigFiles } from '../../../../src/integrations/hosting/iis-web-config';
import { parseXml, type XmlElement } from '../../../e2e/support/xml';
import { BUILT_FILES, planFor } from './built-files';

const BASE = '/it/hybrid-sync/';
const files = webConfigFiles(planFor(BUILT_FILES, BASE));
const [configuration] = parseXml(files['web.config'] ?? '');

function child(element: XmlElement | undefined, ...names: string[]): XmlElement | undefined {
	return names.reduce<XmlElement | undefined>((found, name) => found?.children.find((c) => c.name === name), element);
}

const location = (path: string) =>
	configuration?.children.find((element) => element.name === 'location' && element.attributes.get('path') === path);

/** Every element of a configuration, depth first. */
function everyElement(element: XmlElement | undefined): XmlElement[] {
	return element ? [element, ...element.children.flatMap(everyElement)] : [];
}

/** The headers a customHeaders element sets, as [element, name] pairs. */
function headerEntries(element: XmlElement | undefined): Array<[string, string | undefined]> {
	const headers = child(element, 'system.webServer', 'httpProtocol', 'customHeaders')?.children ?? [];
	return headers.map((entry) => [entry.name, entry.attributes.get('name')]);
}

describe('webConfigFiles', () => {
	test('writes the site web.config and one for each folder the pages can do without, in Windows line endings', () => {
		expect(Object.keys(files)).toEqual(['web.config', 'pagefind/web.config', 'server-config/web.config']);
		for (const [path, text] of Object.entries(files)) {
			expect(parseXml(text)[0]?.name, path).toBe('configuration');
			expect(text.replace(/\r\n/g, ''), path).not.toContain('\n');
		}
	});

	test('sets no MIME type and no other staticContent in the site web.config, where a locked section would refuse every page', () => {
		expect(everyElement(configuration).filter((element) => element.name === 'staticContent')).toEqual([]);
	});

	test.each([
		['pagefind/web.config', ['.js', '.json', '.pagefind', '.pf_filter', '.pf_fragment', '.pf_index', '.pf_meta']],
		['server-config/web.config', ['.conf']],
	])('%s maps every extension in its folder, each <remove> right before its <mimeMap>', (path, extensions) => {
		const [folderConfiguration] = parseXml(files[path] ?? '');
		expect(folderConfiguration?.children.map((element) => element.name)).toEqual(['system.webServer']);
		const webServer = child(folderConfiguration, 'system.webServer');
		expect(webServer?.children.map((element) => element.name)).toEqual(['staticContent']);
		const entries = child(webServer, 'staticContent')?.children ?? [];
		const maps = entries.filter((entry) => entry.name === 'mimeMap');
		expect(maps.map((entry) => entry.attributes.get('fileExtension'))).toEqual(extensions);
		for (const map of maps) {
			const before = entries[entries.indexOf(map) - 1];
			expect([before?.name, before?.attributes.get('fileExtension')]).toEqual([
				'remove',
				map.attributes.get('fileExtension'),
			]);
		}
		expect(entries.length).toBe(2 * maps.length);
	});

	test('says in the site web.config which types it leaves to the server, and why', () => {
		expect(files['web.config']).toContain(
			"<!-- No MIME types here: a server that locks them would refuse every page. The pages and what they load (.css .html .js .svg .ts .xml) use the server's own types; pagefind/web.config and server-config/web.config map every type in their folders. -->",
		);
	});

	test('serves the not-found page from under the base path, for every client', () => {
		const errors = child(configuration, 'system.webServer', 'httpErrors');
		expect(errors?.attributes.get('errorMode')).toBe('Custom');
		expect(errors?.children.map((entry) => [entry.name, Object.fromEntries(entry.attributes)])).toEqual([
			['remove', { statusCode: '404', subStatusCode: '-1' }],
			['error', { statusCode: '404', subStatusCode: '-1', path: `${BASE}404.html`, responseMode: 'ExecuteURL' }],
		]);
	});

	test('sets each header after removing any a parent level set, drops X-Powered-By, and revalidates by Cache-Control', () => {
		const headers = child(configuration, 'system.webServer', 'httpProtocol', 'customHeaders')?.children ?? [];
		expect(headers[0]?.name).toBe('remove');
		expect(headers[0]?.attributes.get('name')).toBe('X-Powered-By');
		const added = headers.filter((entry) => entry.name === 'add');
		expect(added.map((entry) => entry.attributes.get('name'))).toEqual([
			'Content-Security-Policy',
			'X-Content-Type-Options',
			'Referrer-Policy',
			'X-Frame-Options',
			'Cache-Control',
		]);
		expect(added.at(-1)?.attributes.get('value')).toBe('no-cache');
		for (const add of added) {
			const before = headers[headers.indexOf(add) - 1];
			expect([before?.name, before?.attributes.get('name')]).toEqual(['remove', add.attributes.get('name')]);
		}
	});

	test('caches content-hashed folders and files for a year with a header of their own', () => {
		for (const path of [
			'_astro',
			'pagefind/fragment',
			'pagefind/index',
			'pagefind/filter',
			'pagefind/pagefind.en_80ed8ac71e.pf_meta',
		]) {
			const headers = child(location(path), 'system.webServer', 'httpProtocol', 'customHeaders')?.children;
			expect(
				headers?.map((entry) => [entry.name, ...entry.attributes.values()]),
				path,
			).toEqual([
				['remove', 'Cache-Control'],
				['add', 'Cache-Control', 'max-age=31536000, immutable'],
			]);
		}
	});

	test('gives /embed/frame/ its own frame-ancestors and no X-Frame-Options', () => {
		expect(headerEntries(location('embed/frame'))).toEqual([
			['remove', 'Content-Security-Policy'],
			['add', 'Content-Security-Policy'],
			['remove', 'X-Frame-Options'],
		]);
		const add = child(location('embed/frame'), 'system.webServer', 'httpProtocol', 'customHeaders')?.children[1];
		expect(add?.attributes.get('value')).toMatch(/frame-ancestors 'self' https:\/\/contoso\.sharepoint\.com$/);
	});
});
