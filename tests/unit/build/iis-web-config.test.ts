// dist/web.config as IIS reads it: a MIME map (removed first) for each extension IIS lacks, the
// headers, caching by location, and the not-found page under the base path.
import { describe, expect, test } from 'vitest';
import { IIS_DEFAULT_MIME_TYPES, webConfig } from '../../../src/build/iis-web-config';
import { parseXml, type XmlElement } from '../../e2e/support/xml';
import { BUILT_FILES, planFor } from './built-files';

const BASE = '/it/hybrid-sync/';
const text = webConfig(planFor(BUILT_FILES, BASE));
const [configuration] = parseXml(text);

function child(element: XmlElement | undefined, ...names: string[]): XmlElement | undefined {
	return names.reduce<XmlElement | undefined>((found, name) => found?.children.find((c) => c.name === name), element);
}

const location = (path: string) =>
	configuration?.children.find((element) => element.name === 'location' && element.attributes.get('path') === path);

describe('webConfig', () => {
	test('is well-formed XML with one <configuration>, in Windows line endings', () => {
		expect(configuration?.name).toBe('configuration');
		expect(text.split('\r\n').length).toBeGreaterThan(20);
		expect(text.replace(/\r\n/g, '')).not.toContain('\n');
	});

	test("maps exactly the build's extensions a default IIS lacks, each <remove> right before its <mimeMap>", () => {
		const entries = child(configuration, 'system.webServer', 'staticContent')?.children ?? [];
		const maps = entries.filter((entry) => entry.name === 'mimeMap');
		expect(maps.map((entry) => entry.attributes.get('fileExtension'))).toEqual([
			'.conf',
			'.pagefind',
			'.pf_filter',
			'.pf_fragment',
			'.pf_index',
			'.pf_meta',
		]);
		for (const map of maps) {
			const before = entries[entries.indexOf(map) - 1];
			expect(before?.name).toBe('remove');
			expect(before?.attributes.get('fileExtension')).toBe(map.attributes.get('fileExtension'));
			expect(IIS_DEFAULT_MIME_TYPES[map.attributes.get('fileExtension') ?? '']).toBeUndefined();
		}
	});

	test('serves the not-found page from under the base path, for every client', () => {
		const errors = child(configuration, 'system.webServer', 'httpErrors');
		expect(errors?.attributes.get('errorMode')).toBe('Custom');
		expect(errors?.children.map((entry) => [entry.name, Object.fromEntries(entry.attributes)])).toEqual([
			['remove', { statusCode: '404', subStatusCode: '-1' }],
			['error', { statusCode: '404', subStatusCode: '-1', path: `${BASE}404.html`, responseMode: 'ExecuteURL' }],
		]);
	});

	test('sets each header after removing any a parent level set, and drops X-Powered-By', () => {
		const headers = child(configuration, 'system.webServer', 'httpProtocol', 'customHeaders')?.children ?? [];
		expect(headers[0]?.name).toBe('remove');
		expect(headers[0]?.attributes.get('name')).toBe('X-Powered-By');
		const added = headers.filter((entry) => entry.name === 'add').map((entry) => entry.attributes.get('name'));
		expect(added).toEqual(['Content-Security-Policy', 'X-Content-Type-Options', 'Referrer-Policy', 'X-Frame-Options']);
		for (const add of headers.filter((entry) => entry.name === 'add')) {
			const before = headers[headers.indexOf(add) - 1];
			expect([before?.name, before?.attributes.get('name')]).toEqual(['remove', add.attributes.get('name')]);
		}
	});

	test('revalidates everything by default and caches content-hashed folders and files for a year', () => {
		const cache = (element: XmlElement | undefined) =>
			Object.fromEntries(child(element, 'system.webServer', 'staticContent', 'clientCache')?.attributes ?? []);
		expect(cache(configuration)).toEqual({ cacheControlMode: 'DisableCache' });
		for (const path of [
			'_astro',
			'pagefind/fragment',
			'pagefind/index',
			'pagefind/filter',
			'pagefind/pagefind.en_80ed8ac71e.pf_meta',
		]) {
			expect(cache(location(path)), path).toEqual({
				cacheControlMode: 'UseMaxAge',
				cacheControlMaxAge: '365.00:00:00',
				cacheControlCustom: 'immutable',
			});
		}
	});

	test('gives /embed/frame/ its own frame-ancestors and no X-Frame-Options', () => {
		const headers = child(location('embed/frame'), 'system.webServer', 'httpProtocol', 'customHeaders')?.children;
		expect(headers?.map((entry) => [entry.name, entry.attributes.get('name')])).toEqual([
			['remove', 'Content-Security-Policy'],
			['add', 'Content-Security-Policy'],
			['remove', 'X-Frame-Options'],
		]);
		expect(headers?.[1]?.attributes.get('value')).toMatch(/frame-ancestors 'self' https:\/\/contoso\.sharepoint\.com$/);
	});
});
