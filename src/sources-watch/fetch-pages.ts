/**
 * The network half of `npm run sources`: fetches pages a few at a time, each try bounded by a
 * time-out, a failed try repeated with growing pauses when another may help (a time-out, a dropped
 * connection, a 5xx or 429), and redirects followed by hand so the watch sees where a page moved.
 * Requests go through the proxy the environment names (src/sources-watch/proxy.ts).
 */
import { setTimeout as pause } from 'node:timers/promises';
import pLimit from 'p-limit';
import { request, type Dispatcher } from 'undici';
import type { PageFetch } from './observe.ts';
import { describeFailure, proxyAgent, type ProxySettings } from './proxy.ts';

/** How to fetch. */
export interface FetchSettings {
	/** How long one try may take, redirects and body included. */
	timeoutMs: number;
	/** Tries after the first, when another may help. */
	retries: number;
	/** The pause before the first retry; it doubles for each one after. */
	backoffMs: number;
	/** Requests under way at once. */
	concurrency: number;
	proxies: ProxySettings;
}

/** Redirects one page may take before the watch gives up on it. */
export const MAX_REDIRECTS = 5;

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

const HEADERS = {
	accept: 'text/html',
	'accept-language': 'en-US',
	'user-agent': 'hybrid-sync-guide sources watch (npm run sources)',
};

function locationOf(headers: Record<string, string | string[] | undefined>): string | undefined {
	const location = headers['location'];
	return Array.isArray(location) ? location[0] : location;
}

/** One try: the page's final answer after following its redirects, and whether a retry may help. */
async function tryOnce(
	url: string,
	dispatcher: Dispatcher,
	settings: FetchSettings,
): Promise<{ fetched: PageFetch; retry: boolean }> {
	const signal = AbortSignal.timeout(settings.timeoutMs);
	let current = new URL(url);
	try {
		for (let hop = 0; hop <= MAX_REDIRECTS; hop += 1) {
			const response = await request(current, { dispatcher, signal, headers: HEADERS });
			const location = locationOf(response.headers);
			if (REDIRECT_STATUSES.has(response.statusCode) && location !== undefined) {
				await response.body.dump();
				current = new URL(location, current);
				continue;
			}
			const status = response.statusCode;
			const html = status === 200 ? await response.body.text() : '';
			if (status !== 200) await response.body.dump();
			return { fetched: { kind: 'answer', status, url: current.href, html }, retry: status >= 500 || status === 429 };
		}
		const reason = `more than ${MAX_REDIRECTS} redirects, the last to ${current.href}`;
		return { fetched: { kind: 'failure', failure: { reason, scope: 'page' } }, retry: false };
	} catch (error) {
		const { retry, ...failure } = describeFailure(error, current, settings.proxies, settings.timeoutMs);
		return { fetched: { kind: 'failure', failure }, retry };
	}
}

/** One page, tried again after a pause while a retry may help and tries are left. */
export async function fetchPage(url: string, dispatcher: Dispatcher, settings: FetchSettings): Promise<PageFetch> {
	for (let attempt = 0; ; attempt += 1) {
		const { fetched, retry } = await tryOnce(url, dispatcher, settings);
		if (!retry || attempt >= settings.retries) return fetched;
		await pause(settings.backoffMs * 2 ** attempt);
	}
}

/** Every page, `settings.concurrency` at a time, in the order given. */
export async function fetchPages(urls: readonly string[], settings: FetchSettings): Promise<PageFetch[]> {
	const dispatcher = proxyAgent(settings.proxies);
	const limit = pLimit(settings.concurrency);
	try {
		return await Promise.all(urls.map((url) => limit(() => fetchPage(url, dispatcher, settings))));
	} finally {
		// Destroyed, not closed: a server still holding a timed-out request must not keep the process alive.
		await dispatcher.destroy();
	}
}
