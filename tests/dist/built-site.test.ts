// The files a build must hold, read from dist/ without a browser.
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { builtSiteDir } from '../support/built-site';
import { ROUTES } from '../support/site-routes';

test('builds every route and a Pagefind index', () => {
	const dist = builtSiteDir();
	const missing = ROUTES.filter((route) => !existsSync(join(dist, route, 'index.html')));
	expect(missing).toEqual([]);
	expect(existsSync(join(dist, '404.html'))).toBe(true);
	expect(existsSync(join(dist, 'pagefind/pagefind.js'))).toBe(true);
	const entry = JSON.parse(readFileSync(join(dist, 'pagefind/pagefind-entry.json'), 'utf-8')) as {
		languages: Record<string, { page_count: number }>;
	};
	const indexed = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
	expect(indexed).toBeGreaterThanOrEqual(ROUTES.length);
});

describe('embedded module', () => {
	test('ships its type declarations beside the module', async () => {
		const declarations = await readFile(join(builtSiteDir(), 'embed/sync-tool-picker.d.ts'), 'utf-8');
		expect(declarations).toMatch(/^export \{ .*\bSyncToolPickerResultDetail\b.*\};$/m);
		expect(declarations).toContain('declare class SyncToolPickerElement extends HTMLElement');
	});
});
