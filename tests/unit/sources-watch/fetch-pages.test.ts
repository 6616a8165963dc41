// The watch's requests, against a stand-in for Microsoft Learn on loopback (never the internet):
// redirects followed by hand, retries where another try may help, time-outs, the concurrency
// limit, and what a dead proxy or a missing network looks like.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fetchPages, MAX_REDIRECTS, type FetchSettings } from '../../../src/sources-watch/fetch-pages';
import { readProxySettings, type ProxySettings } from '../../../src/sources-watch/proxy';
import { closedPort, startFixtureServer, type FixtureServer } from '../../support/sources-fixture-server';

const NO_PROXY = readProxySettings({}) as ProxySettings;
const SETTINGS: FetchSettings = { timeoutMs: 2_000, retries: 0, backoffMs: 1, concurrency: 4, proxies: NO_PROXY };

let server: FixtureServer;
beforeAll(async () => {
	server = await startFixtureServer({
		'/page': { page: 'article-2025.html' },
		'/old': { redirect: '/en-us/middle', status: 301 },
		'/en-us/middle': { redirect: '/en-us/page', status: 308 },
		'/en-us/page': { page: 'article-2026.html' },
		'/loop': { redirect: '/loop' },
		'/flaky': { failures: 2, then: { page: 'article-2025.html' } },
		'/down': { status: 503 },
		'/gone': { status: 404 },
		'/slow': { hold: true },
		...Object.fromEntries(
			Array.from({ length: 8 }, (_, index) => [`/batch-${index}`, { gather: 4, page: 'article-2025.html' }]),
		),
	});
});
afterAll(async () => {
	await server.close();
});

const url = (path: string) => `${server.origin}${path}`;

describe('fetchPages', () => {
	test('answers with the page and the address it finally came from, after following redirects', async () => {
		const [direct, redirected] = await fetchPages([url('/page'), url('/old')], SETTINGS);
		expect(direct).toEqual({
			kind: 'answer',
			status: 200,
			url: url('/page'),
			html: expect.stringContaining('04/09/2025'),
		});
		expect(redirected).toEqual({
			kind: 'answer',
			status: 200,
			url: url('/en-us/page'),
			html: expect.stringContaining('2026-01-12'),
		});
	});

	test('gives up on a redirect loop', async () => {
		const [looped] = await fetchPages([url('/loop')], SETTINGS);
		expect(looped).toEqual({
			kind: 'failure',
			failure: { reason: `more than ${MAX_REDIRECTS} redirects, the last to ${url('/loop')}`, scope: 'page' },
		});
	});

	test('retries a 5xx and answers once the server recovers; a 404 is asked once', async () => {
		const [flaky, gone] = await fetchPages([url('/flaky'), url('/gone')], { ...SETTINGS, retries: 2 });
		expect(flaky).toMatchObject({ kind: 'answer', status: 200 });
		expect(server.hits.get('/flaky')).toBe(3);
		expect(gone).toMatchObject({ kind: 'answer', status: 404 });
		expect(server.hits.get('/gone')).toBe(1);
	});

	test('stops retrying when the tries run out, with the last answer', async () => {
		const [down] = await fetchPages([url('/down')], { ...SETTINGS, retries: 1 });
		expect(down).toMatchObject({ kind: 'answer', status: 503 });
		expect(server.hits.get('/down')).toBe(2);
	});

	test('times out a page that does not answer, and tries it again', async () => {
		const [slow] = await fetchPages([url('/slow')], { ...SETTINGS, timeoutMs: 200, retries: 1 });
		expect(slow).toEqual({ kind: 'failure', failure: { reason: 'no answer within 0.2 s', scope: 'page' } });
		expect(server.hits.get('/slow')).toBe(2);
	});

	test('keeps at most `concurrency` requests under way', async () => {
		const paths = Array.from({ length: 8 }, (_, index) => url(`/batch-${index}`));
		const fetched = await fetchPages(paths, SETTINGS);
		expect(fetched.every((page) => page.kind === 'answer' && page.status === 200)).toBe(true);
		expect(server.mostAtOnce()).toBe(4);
	});

	test('names a dead proxy', async () => {
		const port = await closedPort();
		const proxies = readProxySettings({ HTTP_PROXY: `http://127.0.0.1:${port}` }) as ProxySettings;
		const [page] = await fetchPages([url('/page')], { ...SETTINGS, proxies });
		expect(page).toEqual({
			kind: 'failure',
			failure: { reason: `the proxy http://127.0.0.1:${port} (HTTP_PROXY) refused the connection`, scope: 'proxy' },
		});
	});

	test('goes straight to a host that NO_PROXY names', async () => {
		const port = await closedPort();
		const proxies = readProxySettings({
			HTTP_PROXY: `http://127.0.0.1:${port}`,
			NO_PROXY: '127.0.0.1',
		}) as ProxySettings;
		const [page] = await fetchPages([url('/page')], { ...SETTINGS, proxies });
		expect(page).toMatchObject({ kind: 'answer', status: 200 });
	});

	test('calls a refused connection a network failure', async () => {
		const port = await closedPort();
		const [page] = await fetchPages([`http://127.0.0.1:${port}/page`], SETTINGS);
		expect(page).toEqual({
			kind: 'failure',
			failure: { reason: `127.0.0.1:${port} refused the connection`, scope: 'network' },
		});
	});
});
