/**
 * Measures layout shift in Chromium from `layout-shift` performance entries, and serves pages that
 * stop half-way, so a test can make the browser paint a page before the rest of it arrives (what a
 * slow network or a busy parser does now and then) and see whether anything jumps.
 */
import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { createServer } from 'node:http';
import type { BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { listenOnLoopback } from './loopback';

/** An init script that records every layout shift of the page from its start. */
export const RECORD_LAYOUT_SHIFTS = `(() => {
	const shifts = (window.__layoutShifts = []);
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries()) {
			if (entry.hadRecentInput) continue;
			shifts.push({
				value: entry.value,
				sources: entry.sources.map((source) => {
					const node = source.node;
					const name = node instanceof Element
						? node.localName + (node.id ? '#' + node.id : '') + (node.classList.length ? '.' + [...node.classList].join('.') : '')
						: node ? node.nodeName : '(gone)';
					const box = (rect) => [rect.x, rect.y, rect.width, rect.height].map(Math.round).join(',');
					return name + ' [' + box(source.previousRect) + '] -> [' + box(source.currentRect) + ']';
				}),
			});
		}
	}).observe({ type: 'layout-shift', buffered: true });
})();`;

/** The layout shifts of a page so far: their sum (the page's cumulative layout shift during load) and what moved. */
export interface LayoutShifts {
	total: number;
	sources: string[];
}

/** The largest cumulative layout shift a page may have during load. */
export const CLS_LIMIT = 0.01;

/**
 * Fails the test unless the cumulative layout shift of `page` (opened with RECORD_LAYOUT_SHIFTS) stays
 * below CLS_LIMIT once it has loaded, naming what moved; softly, so the load's other checks still run.
 */
export async function expectLayoutShiftBelowLimit(page: Page, what = page.url()): Promise<void> {
	const { total, sources } = await layoutShiftsAfterLoad(page);
	expect
		.soft(total, `${what}: CLS ${total.toFixed(4)}; moved: ${sources.join(' | ') || 'nothing'}`)
		.toBeLessThan(CLS_LIMIT);
}

/** Waits until the page has loaded, its requests have settled and two frames have painted, then reads its shifts. */
export async function layoutShiftsAfterLoad(page: Page): Promise<LayoutShifts> {
	await page.waitForLoadState('networkidle');
	await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
	const shifts = await page.evaluate(
		() => (window as unknown as { __layoutShifts: Array<{ value: number; sources: string[] }> }).__layoutShifts,
	);
	return {
		total: shifts.reduce((sum, shift) => sum + shift.value, 0),
		sources: shifts.flatMap((shift) => shift.sources.map((source) => `${shift.value.toFixed(4)} ${source}`)),
	};
}

/** A page held back half-way by `serveWithHeldPages`. */
export interface HeldPage {
	/** Resolves once the first part of the page has been sent. */
	sent: Promise<void>;
	/** Sends the rest of the page. */
	release: () => void;
}

/** A server in front of another that can hold one page back at a marker. */
export interface HoldingServer {
	origin: string;
	/** Holds the next request for `path`: sends the page up to (not including) `marker`, then waits for `release()`. */
	hold: (path: string, marker: string) => HeldPage;
	close: () => Promise<void>;
}

/** Serves everything from `upstream` (an origin), holding back pages on request. */
export async function serveWithHeldPages(upstream: string): Promise<HoldingServer> {
	const holds = new Map<string, { marker: string; started: () => void; released: Promise<void> }>();
	const server = createServer((request, response) => {
		void (async () => {
			const url = new URL(request.url ?? '/', 'http://localhost');
			const answer = await fetch(`${upstream}${url.pathname}${url.search}`, { redirect: 'manual' });
			const headers = Object.fromEntries(
				[...answer.headers].filter(
					([name]) => !['content-length', 'content-encoding', 'transfer-encoding'].includes(name),
				),
			);
			const hold = holds.get(url.pathname);
			if (!hold) {
				response.writeHead(answer.status, headers);
				if (answer.body) Readable.fromWeb(answer.body as WebReadableStream).pipe(response);
				else response.end();
				return;
			}
			holds.delete(url.pathname);
			const html = await answer.text();
			const at = html.indexOf(hold.marker);
			if (at < 0) throw new Error(`"${hold.marker}" is not in ${url.pathname}.`);
			response.writeHead(answer.status, headers);
			response.write(html.slice(0, at));
			hold.started();
			await hold.released;
			response.end(html.slice(at));
		})().catch((error: unknown) => {
			if (!response.headersSent) response.writeHead(500);
			response.end(String(error));
		});
	});
	const { origin, close } = await listenOnLoopback(server);
	return {
		origin,
		hold(path, marker) {
			let started = () => {};
			let release = () => {};
			const sent = new Promise<void>((done) => (started = done));
			const released = new Promise<void>((done) => (release = done));
			holds.set(path, { marker, started, released });
			return { sent, release };
		},
		close,
	};
}

/**
 * Where the first element matching `selector` starts (its left edge) once the browser has painted
 * two more frames, so that whatever a part-parsed page holds has been painted; null while there is
 * no such element, or while the page cannot answer yet.
 */
export function paintedLeftOf(page: Page, selector: string): Promise<number | null> {
	return page
		.evaluate(
			(wanted) =>
				new Promise<number | null>((done) =>
					requestAnimationFrame(() =>
						requestAnimationFrame(() => done(document.querySelector(wanted)?.getBoundingClientRect().x ?? null)),
					),
				),
			selector,
		)
		.catch(() => null);
}

/**
 * Starts loading `url` in a new page of `context`, with its layout shifts recorded, through
 * `holding`, which sends the page up to `marker` and holds the rest until `held.release()`.
 * Resolves once the first part has been sent; `navigation` settles once the page has loaded.
 */
export async function openHeldPage(
	context: BrowserContext,
	holding: HoldingServer,
	url: string,
	marker: string,
): Promise<{ page: Page; held: HeldPage; navigation: Promise<unknown> }> {
	await context.addInitScript(RECORD_LAYOUT_SHIFTS);
	const page = await context.newPage();
	const path = new URL(url).pathname;
	const held = holding.hold(path, marker);
	const navigation = page.goto(`${holding.origin}${path}`);
	await held.sent;
	return { page, held, navigation };
}
