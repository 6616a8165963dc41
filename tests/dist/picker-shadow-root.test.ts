// The picker's first question as the build writes it into its pages' declarative shadow roots, read
// from dist/ without a browser: styled by a linked file of the site, with no inline style to hash.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DomUtils, parseDocument } from 'htmlparser2';
import { expect, test } from 'vitest';
import { builtSiteDir } from '../support/built-site';
import { EMBED_FRAME_ROUTE } from '../support/site-routes';
import { PICKER_PAGE } from '../e2e/support/picker';

/** The declarative shadow roots of a built page (their `<template shadowrootmode>` elements). */
async function shadowRootsOf(route: string): Promise<ReturnType<typeof DomUtils.findAll>> {
	const html = await readFile(join(builtSiteDir(), route, 'index.html'), 'utf-8');
	return DomUtils.findAll(
		(element) => element.name === 'template' && 'shadowrootmode' in element.attribs,
		[parseDocument(html)],
	);
}

test.each([PICKER_PAGE, EMBED_FRAME_ROUTE])(
	'the picker on %s is styled by a stylesheet of the site, with no <style> element or style attribute',
	async (route) => {
		const [root, ...more] = await shadowRootsOf(route);
		expect(root, 'a declarative shadow root').toBeDefined();
		expect(more).toEqual([]);
		const inside = DomUtils.findAll(() => true, root?.children ?? []);
		expect(inside.filter((element) => element.name === 'style' || 'style' in element.attribs)).toEqual([]);
		expect(inside.filter((element) => element.name === 'fieldset')).toHaveLength(1);
		const links = inside.filter((element) => element.name === 'link');
		expect(links.map((link) => link.attribs['rel'])).toEqual(['stylesheet']);
		// Site-absolute, so it holds on every page; the file is the picker's own stylesheet.
		const href = links[0]?.attribs['href'] ?? '';
		expect(href).toMatch(/^\/[\w./-]+\.css$/);
		const file = join(builtSiteDir(), href);
		expect(existsSync(file), href).toBe(true);
		expect(await readFile(file, 'utf-8')).toMatch(/:host\(\[theme~=(dark|"dark"|'dark') i\]\)/);
	},
);
