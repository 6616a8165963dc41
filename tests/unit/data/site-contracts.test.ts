// The site's contracts cover the site: every page of content/docs has its route there, so the tests
// that walk every route (tests/support/site-routes.ts) walk every page.
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, test } from 'vitest';
import { NOT_FOUND_PAGE, PAGES, pageSlug } from '../../../src/data/site-contracts';
import { PROJECT_ROOT } from '../../support/astro-build';

const DOCS = join(PROJECT_ROOT, 'content/docs');

/** The content entry id of every page in content/docs: its path without the extension. */
const docsSlugs = readdirSync(DOCS, { recursive: true, withFileTypes: true })
	.filter((entry) => entry.isFile() && /\.mdx?$/.test(entry.name))
	.map((entry) =>
		relative(DOCS, join(entry.parentPath, entry.name))
			.split(sep)
			.join('/')
			.replace(/\.mdx?$/, ''),
	);

describe('the site contracts', () => {
	test('name every page of content/docs, and the not-found page, and no page that is not there', () => {
		const named = [...Object.values(PAGES).map(pageSlug), NOT_FOUND_PAGE.replace(/\.html$/, '')];
		expect(named.sort()).toEqual([...docsSlugs].sort());
	});
});
