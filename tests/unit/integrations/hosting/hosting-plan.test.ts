// What any server must know to serve a build: a MIME type for each extension, which files are
// content-hashed, and the headers; worked out from the build's own file list.
import { describe, expect, test } from 'vitest';
import { extensionOf, hostingPlan, isContentHashed } from '../../../../src/integrations/hosting/hosting-plan';
import { BUILT_FILES, NO_HASHES, planFor } from './built-files';

const plan = (files = BUILT_FILES) => planFor(files, '/it/hybrid-sync/');

describe('extensionOf', () => {
	test('is the last extension, lower case, as servers match it', () => {
		expect(extensionOf('pagefind/wasm.en.pagefind')).toBe('.pagefind');
		expect(extensionOf('pagefind/pagefind.en_80ed8ac71e.PF_META')).toBe('.pf_meta');
		expect(extensionOf('a.b/README')).toBe('');
		expect(extensionOf('.htaccess')).toBe('');
	});
});

describe('isContentHashed', () => {
	test.each([
		['_astro/ec.0vx5m.js', true],
		['pagefind/fragment/en_1a2b3c4.pf_fragment', true],
		['pagefind/index/en_5d6e7f8.pf_index', true],
		['pagefind/filter/en_a15c62a.pf_filter', true],
		['pagefind/pagefind.en_80ed8ac71e.pf_meta', true],
		['pagefind/pagefind.js', false],
		['pagefind/pagefind-entry.json', false],
		['pagefind/wasm.en.pagefind', false],
		['embed/sync-tool-picker.js', false],
		['index.html', false],
	])('%s: %s', (file, hashed) => {
		expect(isContentHashed(file)).toBe(hashed);
	});
});

describe('hostingPlan', () => {
	test('gives every extension of the build its MIME type, once', () => {
		expect(plan().mimeTypes).toEqual([
			{ extension: '.conf', type: 'text/plain' },
			{ extension: '.css', type: 'text/css' },
			{ extension: '.html', type: 'text/html' },
			{ extension: '.js', type: 'text/javascript' },
			{ extension: '.json', type: 'application/json' },
			{ extension: '.pagefind', type: 'application/octet-stream' },
			{ extension: '.pf_filter', type: 'application/octet-stream' },
			{ extension: '.pf_fragment', type: 'application/octet-stream' },
			{ extension: '.pf_index', type: 'application/octet-stream' },
			{ extension: '.pf_meta', type: 'application/octet-stream' },
			{ extension: '.svg', type: 'image/svg+xml' },
			{ extension: '.ts', type: 'text/plain' },
			{ extension: '.xml', type: 'application/xml' },
		]);
	});

	test('finds the topmost folders that hold no page and nothing every page loads, with the types in each', () => {
		const octets = 'application/octet-stream';
		expect(plan().independentFolders).toEqual([
			{
				folder: 'pagefind/',
				mimeTypes: [
					{ extension: '.js', type: 'text/javascript' },
					{ extension: '.json', type: 'application/json' },
					...['.pagefind', '.pf_filter', '.pf_fragment', '.pf_index', '.pf_meta'].map((extension) => ({
						extension,
						type: octets,
					})),
				],
			},
			{ folder: 'server-config/', mimeTypes: [{ extension: '.conf', type: 'text/plain' }] },
		]);
		// The root, a folder with a page (embed/) and the pages' own assets (_astro/) are never independent.
		expect(plan().pageExtensions).toEqual(['.css', '.html', '.js', '.svg', '.ts', '.xml']);
		// A folder below a page's folder is, when it holds no page itself.
		const nested = plan([...BUILT_FILES, 'embed/types/sync-tool-picker.d.ts', 'downloads/guide.pdf']);
		expect(nested.independentFolders.map(({ folder }) => folder)).toEqual([
			'downloads/',
			'embed/types/',
			'pagefind/',
			'server-config/',
		]);
	});

	test('refuses a file whose type no server could be told, naming the file', () => {
		expect(() => plan([...BUILT_FILES, 'downloads/setup.exe'])).toThrow(
			'The build holds "downloads/setup.exe", whose extension ".exe" has no MIME type in src/integrations/hosting/hosting-plan.ts',
		);
		expect(() => plan([...BUILT_FILES, 'LICENSE'])).toThrow('The build holds "LICENSE", whose name has no extension');
	});

	test('lists the content-hashed folders that exist and the hashed loose files', () => {
		expect(plan().contentHashed).toEqual({
			folders: ['_astro/', 'pagefind/fragment/', 'pagefind/index/', 'pagefind/filter/'],
			files: ['pagefind/pagefind.en_80ed8ac71e.pf_meta'],
		});
		expect(plan(['index.html', '_astro/a.1.js']).contentHashed).toEqual({ folders: ['_astro/'], files: [] });
	});

	test('forbids framing the site, and lets the iframe page be framed by the listed origins only', () => {
		const { headers, frameHeaders } = hostingPlan({
			files: BUILT_FILES,
			base: '/',
			hashes: { scripts: ["'sha256-page='"], styles: [], styleAttributes: [] },
			frameHashes: NO_HASHES,
			frameAncestors: ["'self'", 'https://contoso.sharepoint.com'],
		});
		const value = (list: typeof headers, name: string) => list.find((header) => header.name === name)?.value;
		expect(value(headers, 'Content-Security-Policy')).toMatch(/; frame-ancestors 'none'$/);
		expect(value(headers, 'Content-Security-Policy')).toContain("'sha256-page='");
		expect(value(headers, 'X-Frame-Options')).toBe('DENY');
		expect(value(frameHeaders, 'Content-Security-Policy')).toMatch(
			/; frame-ancestors 'self' https:\/\/contoso\.sharepoint\.com$/,
		);
		// The iframe page has no inline script, so its header allows none.
		expect(value(frameHeaders, 'Content-Security-Policy')).not.toContain('sha256');
		expect(value(frameHeaders, 'X-Frame-Options')).toBeUndefined();
		for (const list of [headers, frameHeaders]) {
			expect(value(list, 'X-Content-Type-Options')).toBe('nosniff');
			expect(value(list, 'Referrer-Policy')).toBe('same-origin');
		}
	});
});
