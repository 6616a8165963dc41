// The build's internal link check, without a build: pages and files in, broken links out.
import { describe, expect, test } from 'vitest';
import {
	anchorsIn,
	findBrokenLinks,
	findBrokenRunTimeLinks,
	linksIn,
} from '../../../../src/integrations/link-check/find-broken-links';

const BASE = '/it/hybrid-sync/';

/** A site under BASE: each page is given as its body; the shared files are always there. */
function check(pages: Record<string, string>, files: string[] = []) {
	const html = new Map(Object.entries(pages).map(([path, body]) => [path, `<html><body>${body}</body></html>`]));
	const allFiles = new Set([...Object.keys(pages), `${BASE}favicon.svg`, `${BASE}_astro/page.js`, ...files]);
	return findBrokenLinks(html, allFiles, BASE);
}

const PREREQUISITES = `<table><tr id="req-agent-server"><th>Agent server</th></tr></table>`;

describe('findBrokenLinks', () => {
	test('passes a site whose links all resolve', () => {
		expect(
			check({
				[BASE]: `<a href="${BASE}prerequisites/#req-agent-server">Agent server</a> <a href="prerequisites/">Prerequisites</a>`,
				[`${BASE}prerequisites/`]: PREREQUISITES,
			}),
		).toEqual([]);
	});

	test('reports a link to a page that does not exist', () => {
		expect(check({ [BASE]: `<a href="${BASE}choose-a-sync-tool/">Choose</a>` })).toEqual([
			{ page: BASE, href: `${BASE}choose-a-sync-tool/`, reason: 'no page or file at that path' },
		]);
	});

	test('reports an anchor that is not an id on the target page', () => {
		expect(
			check({
				[BASE]: `<a href="prerequisites/#req-tls-12">TLS 1.2</a>`,
				[`${BASE}prerequisites/`]: PREREQUISITES,
			}),
		).toEqual([
			{
				page: BASE,
				href: 'prerequisites/#req-tls-12',
				reason: `no element with id "req-tls-12" on ${BASE}prerequisites/`,
			},
		]);
	});

	test('reports an anchor missing from the page that links to itself', () => {
		expect(
			check({
				[`${BASE}prerequisites/`]: `${PREREQUISITES}<a href="#req-agent-server">ok</a><a href="#req-gone">gone</a>`,
			}),
		).toEqual([
			{
				page: `${BASE}prerequisites/`,
				href: '#req-gone',
				reason: `no element with id "req-gone" on ${BASE}prerequisites/`,
			},
		]);
	});

	test('reports a root-relative link that leaves the base path', () => {
		expect(
			check({ [BASE]: `<a href="/prerequisites/">Prerequisites</a>`, [`${BASE}prerequisites/`]: PREREQUISITES }),
		).toEqual([{ page: BASE, href: '/prerequisites/', reason: `points outside the base path ${BASE}` }]);
	});

	test('resolves relative links against the page that holds them', () => {
		const concept = `${BASE}concepts/directory-synchronization/`;
		expect(
			check({
				[concept]: `<a href="../../prerequisites/#req-agent-server">right</a> <a href="../prerequisites/">one level short</a>`,
				[`${BASE}prerequisites/`]: PREREQUISITES,
			}),
		).toEqual([{ page: concept, href: '../prerequisites/', reason: 'no page or file at that path' }]);
	});

	test('accepts a page link without its trailing slash', () => {
		expect(
			check({ [BASE]: `<a href="${BASE}prerequisites">Prerequisites</a>`, [`${BASE}prerequisites/`]: PREREQUISITES }),
		).toEqual([]);
	});

	test('checks assets in href and src as well as pages', () => {
		expect(
			check({
				[BASE]: `<link rel="icon" href="${BASE}favicon.svg"><script type="module" src="${BASE}_astro/page.js"></script><img src="${BASE}_astro/missing.png" alt="">`,
			}),
		).toEqual([{ page: BASE, href: `${BASE}_astro/missing.png`, reason: 'no page or file at that path' }]);
	});

	test('decodes &amp; in hrefs and ids before comparing them', () => {
		expect(
			check({
				[BASE]: `<a href="guide/?tool=cloud-sync&amp;category=accounts#q&amp;a">Q&amp;A</a>`,
				[`${BASE}guide/`]: `<h2 id="q&a">Q&amp;A</h2>`,
			}),
		).toEqual([]);
		expect(check({ [BASE]: `<a href="missing/?a=1&amp;b=2">x</a>` })).toEqual([
			{ page: BASE, href: 'missing/?a=1&b=2', reason: 'no page or file at that path' },
		]);
	});

	test('ignores other sites, mail links, protocol-relative links and empty hrefs', () => {
		expect(
			check({
				[BASE]: `<a href="https://learn.microsoft.com/entra/">Learn</a><a href="mailto:it@example.com">Mail</a><a href="//cdn.example.com/x.js">CDN</a><a href="">Empty</a>`,
			}),
		).toEqual([]);
	});

	test('ignores what looks like a link inside a script or a style', () => {
		expect(
			check({
				[BASE]: `<script>const html = '<a href="/nowhere/">';</script><style>a[href="/nowhere/"] { color: red }</style>`,
			}),
		).toEqual([]);
	});
});

describe('findBrokenRunTimeLinks', () => {
	const pages = new Map([[`${BASE}migrate/`, '<h2 id="both-tools">Both tools</h2>']]);

	test('passes a section link whose page has an element with its id', () => {
		expect(findBrokenRunTimeLinks(pages, BASE, [{ page: 'migrate/', anchor: 'both-tools' }])).toEqual([]);
	});

	test('reports a section whose heading was renamed, and a page that is not built', () => {
		expect(
			findBrokenRunTimeLinks(pages, BASE, [
				{ page: 'migrate/', anchor: 'the-rule' },
				{ page: 'moved/', anchor: 'both-tools' },
			]),
		).toEqual([
			expect.objectContaining({
				href: `${BASE}migrate/#the-rule`,
				reason: `no element with id "the-rule" on ${BASE}migrate/`,
			}),
			expect.objectContaining({ href: `${BASE}moved/#both-tools`, reason: 'no page at that path' }),
		]);
	});
});

describe('linksIn and anchorsIn', () => {
	test('read href and src values, and id and name anchors, decoded', () => {
		expect(linksIn(`<a href="a/?x=1&amp;y=2">a</a><img src="b.png" alt="">`)).toEqual(['a/?x=1&y=2', 'b.png']);
		expect([...anchorsIn(`<h2 id="q&amp;a">Q</h2><a name="legacy"></a>`)]).toEqual(['q&a', 'legacy']);
	});
});
