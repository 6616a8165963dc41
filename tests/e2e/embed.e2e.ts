// The embeddable picker on hostile host pages served from another loopback origin: the module
// (self-hosted under a strict CSP, and cross-origin with CORS) and the sandboxed iframe variant.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
	AXE_TAGS,
	EMBED_FRAME_ROUTE,
	builtSiteDir,
	describeViolations,
	connectBrowser,
	serveSite,
	type SiteServer,
} from './harness';
import { snippetTitled, snippetsIn } from './support/page-snippets';
import { answerUpToResult } from './support/picker';
import { DESKTOP } from './support/screens';
import { PAGES, REQUIREMENT_PREFIX, siteRoute } from '../../src/data/site-contracts';

const FIXTURES = join(import.meta.dirname, '../fixtures/embed-host');
const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'";

let site: SiteServer;
let host: { server: Server; origin: string };
let browser: Browser;

/** Serves the host fixtures on "localhost" (a different origin from the site's 127.0.0.1). */
async function serveHost(siteOrigin: string, siteDir: string) {
	const pages: Record<string, { file: string; csp: string; replace: Record<string, string> }> = {
		'/self-hosted.html': {
			file: 'module.html',
			csp: STRICT_CSP,
			replace: { '{{MODULE}}': '/embed/sync-tool-picker.js' },
		},
		'/cross-origin.html': {
			file: 'module.html',
			csp: `default-src 'self'; script-src 'self' ${siteOrigin}; style-src 'self'`,
			replace: { '{{MODULE}}': `${siteOrigin}/embed/sync-tool-picker.js` },
		},
		'/invalid.html': { file: 'invalid.html', csp: STRICT_CSP, replace: { '{{MODULE}}': '/embed/sync-tool-picker.js' } },
		'/integrity.html': {
			file: 'integrity.html',
			csp: `default-src 'self'; script-src 'self' ${siteOrigin}; style-src 'self'`,
			replace: { '{{MODULE}}': `${siteOrigin}/embed/sync-tool-picker.js` },
		},
		'/late-listener.html': {
			file: 'late-listener.html',
			csp: STRICT_CSP,
			replace: { '{{MODULE}}': '/embed/sync-tool-picker.js' },
		},
		'/frame.html': {
			file: 'frame.html',
			csp: `${STRICT_CSP}; frame-src ${siteOrigin}`,
			replace: {},
		},
	};
	const server = createServer((request, response) => {
		void (async () => {
			const url = new URL(request.url ?? '/', 'http://localhost');
			const page = pages[url.pathname];
			if (page) {
				let html = await readFile(join(FIXTURES, page.file), 'utf-8');
				for (const [key, value] of Object.entries(page.replace)) html = html.replaceAll(key, value);
				html = html.replaceAll('{{INTEGRITY}}', url.searchParams.get('integrity') ?? '');
				html = html.replaceAll(
					'{{FRAME}}',
					`${siteOrigin}${EMBED_FRAME_ROUTE}?parent-origin=${encodeURIComponent(hostOrigin())}`,
				);
				response.writeHead(200, { 'content-type': 'text/html', 'content-security-policy': page.csp }).end(html);
			} else if (url.pathname === '/sync-tool-picker-host.js') {
				// The iframe host script exactly as /embed/ shows it.
				const docs = await readFile(join(siteDir, 'embed/index.html'), 'utf-8');
				const { code } = snippetTitled(snippetsIn(docs), 'sync-tool-picker-host.js');
				response.writeHead(200, { 'content-type': 'text/javascript' }).end(code);
			} else if (url.pathname === '/embed/sync-tool-picker.js') {
				// The self-hosted copy, as the /embed/ page tells intranet owners to do.
				const module = await readFile(join(siteDir, 'embed/sync-tool-picker.js'));
				response.writeHead(200, { 'content-type': 'text/javascript' }).end(module);
			} else if (['/hostile.css', '/host.js', '/late-listener.js'].includes(url.pathname)) {
				const type = url.pathname.endsWith('.css') ? 'text/css' : 'text/javascript';
				response.writeHead(200, { 'content-type': type }).end(await readFile(join(FIXTURES, url.pathname.slice(1))));
			} else if (url.pathname === '/favicon.ico') {
				response.writeHead(204).end();
			} else response.writeHead(404).end();
		})().catch((error: unknown) => response.writeHead(500).end(String(error)));
	});
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	return { server, origin: `http://localhost:${(server.address() as AddressInfo).port}` };
}

const hostOrigin = () => host.origin;

beforeAll(async () => {
	site = await serveSite(builtSiteDir(), '/', { crossOriginEmbed: true });
	host = await serveHost(site.origin, builtSiteDir());
	browser = await connectBrowser();
});

afterAll(async () => {
	await browser?.close();
	await site?.close();
	await new Promise((done) => host?.server.close(done));
});

interface HostPage {
	page: Page;
	consoleErrors: string[];
	warnings: string[];
}

async function openHost(path: string): Promise<HostPage> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	const page = await context.newPage();
	const consoleErrors: string[] = [];
	const warnings: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') consoleErrors.push(message.text());
		if (message.type() === 'warning') warnings.push(message.text());
	});
	page.on('pageerror', (error) => consoleErrors.push(`Uncaught ${error.message}`));
	page.on('requestfailed', (request) => consoleErrors.push(`failed ${request.url()}`));
	await page.goto(`${host.origin}${path}`);
	return { page, consoleErrors, warnings };
}

const TO_CONNECT = { forests: ['one-domain'], 'devices-writeback': ['device-writeback'] };

async function axeOfPicker(page: Page, selector = 'sync-tool-picker') {
	return describeViolations((await new AxeBuilder({ page }).withTags(AXE_TAGS).include(selector).analyze()).violations);
}

describe('embedded module', () => {
	test('works self-hosted under a strict CSP and hostile CSS; two instances stay independent; loading twice is harmless', async () => {
		const { page, consoleErrors } = await openHost('/self-hosted.html');
		const first = page.locator('#first');
		const second = page.locator('#second');
		await expect.poll(() => first.locator('fieldset').count()).toBe(1);
		expect(await axeOfPicker(page, '#first')).toEqual([]);
		// The error state: Next with no answer asks for one, in the dark-themed second picker.
		await second.locator('button.primary').click();
		await expect.poll(() => second.locator('[role=alert]').count()).toBe(1);
		expect(await axeOfPicker(page, '#second')).toEqual([]);
		await answerUpToResult(first, TO_CONNECT);
		expect(await first.locator('[data-tool]').getAttribute('data-tool')).toBe('connect-sync');
		// The second picker is still on its first question, untouched by the first one's answers.
		expect(await second.locator('[data-tool]').count()).toBe(0);
		expect(await second.locator('input:checked').count()).toBe(0);
		expect(await second.locator('input').first().getAttribute('name')).toMatch(/-forests$/);
		const events = await page.evaluate(
			() => (window as unknown as { pickerEvents: Array<Record<string, string>> }).pickerEvents,
		);
		expect(events.filter((event) => event['type'] === 'sync-tool-picker:result')).toEqual([
			expect.objectContaining({ id: 'first', tool: 'connect-sync' }),
		]);
		expect(events.filter((event) => event['type'] === 'sync-tool-picker:change').length).toBeGreaterThanOrEqual(2);
		// The host's `* { font-size: 40px !important; color: red !important }` stops at the shadow root.
		const style = await first.locator('[part=result]').evaluate((element) => {
			const computed = getComputedStyle(element);
			return { fontSize: computed.fontSize, color: computed.color };
		});
		expect(style).toEqual({ fontSize: '16px', color: 'rgb(27, 31, 36)' });
		expect(await axeOfPicker(page, '#first')).toEqual([]);
		expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
		expect(consoleErrors).toEqual([]);
	});

	test('loads from the site origin with CORS, renders and delivers the result event', async () => {
		const { page, consoleErrors } = await openHost('/cross-origin.html');
		await answerUpToResult(page.locator('#second'), {
			forests: ['disconnected-forests'],
			'devices-writeback': ['device-writeback'],
		});
		expect(await page.locator('#second [data-tool]').getAttribute('data-tool')).toBe('both');
		const events = await page.evaluate(
			() => (window as unknown as { pickerEvents: Array<Record<string, string>> }).pickerEvents,
		);
		const result = events.find((event) => event['type'] === 'sync-tool-picker:result');
		expect(result).toMatchObject({ id: 'second', tool: 'both' });
		// The share link and "read more" links point at the site the module came from.
		expect(result?.['shareUrl']).toMatch(new RegExp(`^${site.origin}${siteRoute(PAGES.chooseASyncTool)}\\?needs=`));
		expect(await page.locator('#second [part=checklist] a').first().getAttribute('href')).toMatch(
			`${site.origin}${siteRoute(PAGES.prerequisites)}#${REQUIREMENT_PREFIX}`,
		);
		expect(await axeOfPicker(page, '#second')).toEqual([]);
		expect(consoleErrors).toEqual([]);
	});

	test('invalid attributes warn once each, fall back to defaults and throw nothing', async () => {
		const { page, consoleErrors, warnings } = await openHost('/invalid.html');
		await expect.poll(() => page.locator('sync-tool-picker h2').count()).toBe(1);
		await answerUpToResult(page.locator('sync-tool-picker'), TO_CONNECT);
		const pickerWarnings = warnings.filter((warning) => warning.startsWith('[sync-tool-picker]'));
		expect(pickerWarnings).toHaveLength(4);
		expect(pickerWarnings.join('\n')).toMatch(
			/theme="purple"[\s\S]*heading-level="9"|heading-level="9"[\s\S]*theme="purple"/,
		);
		expect(pickerWarnings.join('\n')).toContain('links-base="javascript:alert(1)"');
		expect(pickerWarnings.join('\n')).toMatch(/data-source-titles="Prerequisites for Microsoft Entra Co.*JSON object/);
		// Titles that are not JSON: each citation still names Microsoft Learn and its date, linked to its page.
		const citations = await page
			.locator('sync-tool-picker a[rel=external]')
			.evaluateAll((links) => links.map((link) => link.textContent ?? ''));
		expect(citations.length).toBeGreaterThan(0);
		expect(citations.filter((text) => !/^Microsoft Learn, \d{1,2} [A-Z][a-z]{2} \d{4}$/.test(text))).toEqual([]);
		// links-base fell back to the module's own site.
		expect(await page.locator('sync-tool-picker [part=checklist] a').first().getAttribute('href')).toMatch(
			/^http:\/\/localhost:\d+\/prerequisites\/#req-/,
		);
		expect(consoleErrors).toEqual([]);
	});
});

describe('embedded module: lifecycle and API', () => {
	test('/embed/ prints the Subresource Integrity hash of the module this build wrote, and a host pinned to it loads it', async () => {
		const context = await browser.newContext();
		const docs = await context.newPage();
		await docs.goto(`${site.origin}/embed/`);
		const snippet = await docs.locator('[data-embed-snippet]').innerText();
		const printed = /integrity="(sha384-[A-Za-z0-9+/=]+)"/.exec(snippet)?.[1];
		const built = await readFile(join(builtSiteDir(), 'embed/sync-tool-picker.js'));
		expect(printed).toBe(`sha384-${createHash('sha384').update(built).digest('base64')}`);
		await context.close();

		const pinned = await openHost(`/integrity.html?integrity=${encodeURIComponent(printed ?? '')}`);
		await expect.poll(() => pinned.page.locator('sync-tool-picker fieldset').count()).toBe(1);
		expect(pinned.consoleErrors).toEqual([]);
		// A hash that does not match: the browser refuses the module, so the element never upgrades.
		const tampered = await openHost(`/integrity.html?integrity=${encodeURIComponent(`sha384-${'A'.repeat(64)}`)}`);
		await expect.poll(() => tampered.consoleErrors.join('\n')).toMatch(/integrity/i);
		expect(await tampered.page.locator('sync-tool-picker fieldset').count()).toBe(0);
	});

	test('delivers the first result to a listener that a later script adds, and exposes it as `result`', async () => {
		const { page, consoleErrors } = await openHost('/late-listener.html?needs=device-writeback');
		await expect
			.poll(() => page.locator('sync-tool-picker [data-tool]').getAttribute('data-tool'))
			.toBe('connect-sync');
		const seen = () => page.evaluate(() => (window as unknown as { lateEvents: unknown[] }).lateEvents);
		await expect.poll(seen).toEqual([{ version: 1, tool: 'connect-sync' }]);
		expect(await page.evaluate(() => (window as unknown as { resultWhenListening: unknown }).resultWhenListening)).toBe(
			'connect-sync',
		);
		expect(consoleErrors).toEqual([]);
	});

	test('defines the element under another tag after import, and defining a taken tag again is harmless', async () => {
		const { page, consoleErrors } = await openHost('/self-hosted.html');
		await expect.poll(() => page.locator('#first fieldset').count()).toBe(1);
		// A string, so the test runner does not rewrite the dynamic import.
		const outcome: unknown = await page.evaluate(`(async () => {
			const module = await import('/embed/sync-tool-picker.js');
			const defined = module.defineSyncToolPicker('my-picker');
			const again = module.defineSyncToolPicker('my-picker');
			const original = module.defineSyncToolPicker();
			const picker = document.createElement('my-picker');
			document.querySelector('main').append(picker);
			return {
				sameOnSecondCall: defined === again,
				isPicker: picker instanceof customElements.get('sync-tool-picker'),
				original: original === customElements.get('sync-tool-picker'),
			};
		})()`);
		expect(outcome).toEqual({ sameOnSecondCall: true, isPicker: true, original: true });
		await expect.poll(() => page.locator('my-picker fieldset').count()).toBe(1);
		await answerUpToResult(page.locator('my-picker'), TO_CONNECT);
		expect(await page.locator('my-picker [data-tool]').getAttribute('data-tool')).toBe('connect-sync');
		expect(consoleErrors).toEqual([]);
	});
});

describe('iframe variant', () => {
	/** A page of its own (for the frame page opened at the top), recording the console's warnings. */
	async function pageRecordingWarnings() {
		const context = await browser.newContext();
		const page = await context.newPage();
		const warnings: string[] = [];
		page.on('console', (message) => {
			if (message.type() === 'warning') warnings.push(message.text());
		});
		return { context, page, warnings };
	}

	test('ignores a links-base on another origin, with a warning, and accepts one on its own site', async () => {
		const { context, page, warnings } = await pageRecordingWarnings();
		await page.goto(`${site.origin}${EMBED_FRAME_ROUTE}?links-base=${encodeURIComponent('https://any.example/')}`);
		const picker = page.locator('sync-tool-picker');
		await answerUpToResult(picker, TO_CONNECT);
		await picker.locator('[part=checklist] a').first().waitFor();
		const hrefs = await picker
			.locator('[part=checklist] a:not([rel=external])')
			.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
		expect(hrefs.length).toBeGreaterThan(0);
		expect(
			hrefs.filter((href) => !href.startsWith(`${site.origin}${siteRoute(PAGES.prerequisites)}#${REQUIREMENT_PREFIX}`)),
		).toEqual([]);
		expect(warnings.join('\n')).toMatch(/\[sync-tool-picker\].*links-base.*https:\/\/any\.example\//);

		await page.goto(`${site.origin}${EMBED_FRAME_ROUTE}?links-base=${encodeURIComponent(`${site.origin}/mirror/`)}`);
		await answerUpToResult(picker, TO_CONNECT);
		expect(await picker.locator('[part=checklist] a').first().getAttribute('href')).toMatch(
			`${site.origin}/mirror/${PAGES.prerequisites}#${REQUIREMENT_PREFIX}`,
		);
		await context.close();
	});

	test('keeps its own heading level 1 for an empty or bad heading-level in its address, warning about the bad one', async () => {
		const { context, page, warnings } = await pageRecordingWarnings();
		const headingTag = async (search: string) => {
			await page.goto(`${site.origin}${EMBED_FRAME_ROUTE}${search}`);
			const picker = page.locator('sync-tool-picker');
			// Once the script has taken over: its controls are enabled.
			await picker.locator('input:not([disabled])').first().waitFor();
			return picker.locator('legend > *').evaluate((heading) => heading.tagName);
		};
		expect(await headingTag('?heading-level=3')).toBe('H3');
		expect(await headingTag('?heading-level=')).toBe('H1');
		expect(warnings).toEqual([]);
		expect(await headingTag('?heading-level=9')).toBe('H1');
		expect(warnings).toEqual([expect.stringMatching(/^\[sync-tool-picker\] Ignoring heading-level="9".*using 1\.$/)]);
		await context.close();
	});

	test('renders sandboxed, resizes to its content and posts its result to the named parent origin', async () => {
		const { page, consoleErrors } = await openHost('/frame.html');
		const frame = page.frameLocator('iframe');
		await expect.poll(() => frame.locator('fieldset').count()).toBe(1);
		await expect.poll(async () => Number(await page.locator('iframe').getAttribute('height'))).toBeGreaterThan(300);
		await answerUpToResult(frame.locator('sync-tool-picker'), TO_CONNECT);
		const messages = () =>
			page.evaluate(() => (window as unknown as { frameMessages: Array<Record<string, unknown>> }).frameMessages);
		await expect
			.poll(async () => (await messages()).some((message) => message['type'] === 'sync-tool-picker:result'))
			.toBe(true);
		const result = (await messages()).find((message) => message['type'] === 'sync-tool-picker:result');
		expect(result).toMatchObject({ origin: 'null', version: 1, tool: 'connect-sync' });
		// The frame grew with the result (its checklist comes a frame after the verdict), and the host
		// followed: the frame's height, the last height it reported and the host's are one figure.
		await frame.locator('[part=checklist] li').first().waitFor();
		// The frame page gave the picker the titles of the pages it cites.
		expect(await frame.locator('[part=checklist] .caveats a[rel=external]').first().textContent()).toMatch(
			/^Prerequisites for Microsoft Entra Connect, \d{1,2} [A-Z][a-z]{2} \d{4}$/,
		);
		const heights = async () => ({
			content: await frame.locator('html').evaluate((root) => Math.ceil(root.getBoundingClientRect().height)),
			reported: (await messages()).filter((message) => message['type'] === 'sync-tool-picker:resize').at(-1)?.[
				'height'
			],
			host: Number(await page.locator('iframe').getAttribute('height')),
		});
		await expect
			.poll(async () => {
				const { content, reported, host } = await heights();
				return reported === content && host === content;
			})
			.toBe(true);
		expect((await heights()).host).toBeGreaterThan(600);
		const frameAxe = await new AxeBuilder({ page }).withTags(AXE_TAGS).include('iframe').analyze();
		expect(describeViolations(frameAxe.violations)).toEqual([]);
		const frameHtml = await (await fetch(`${site.origin}${EMBED_FRAME_ROUTE}`)).text();
		expect(frameHtml).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
		expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
		expect(consoleErrors).toEqual([]);
	});

	test('an answer clicked at the edge of the view does not move the host page under the pointer', async () => {
		// The live demo on /embed/, whose frame the documented host script sizes and scrolls to.
		const context = await browser.newContext({ viewport: DESKTOP });
		const page = await context.newPage();
		await page.addInitScript(() => {
			const reveals: unknown[] = [];
			Object.assign(window, { reveals });
			addEventListener('message', (event: MessageEvent<{ type?: string }>) => {
				if (event.data?.type === 'sync-tool-picker:reveal') reveals.push(event.data);
			});
		});
		await page.goto(`${site.origin}/embed/`);
		// The page's description of the message says what this test proves: no reveal for a pressed control.
		const revealRow = await page.locator('tr', { hasText: 'sync-tool-picker:reveal' }).innerText();
		expect(revealRow).toMatch(/not for the control the reader (clicks|presses|taps)/i);
		const radio = page
			.frameLocator('iframe[data-embed-demo]')
			.locator('sync-tool-picker input:not([disabled])')
			.first();
		await radio.waitFor();
		// The view ends 3 px below the answer: inside the room a reveal keeps around what it shows.
		const edge = await radio.boundingBox();
		if (!edge) throw new Error('The first answer is not laid out.');
		await page.evaluate((by) => scrollBy({ top: by, behavior: 'instant' }), edge.y + edge.height + 3 - DESKTOP.height);
		const box = await radio.boundingBox();
		if (!box) throw new Error('The first answer is not laid out.');
		expect(DESKTOP.height - (box.y + box.height)).toBeCloseTo(3, 0);
		const reveals = () => page.evaluate(() => (window as unknown as { reveals: Array<{ top: number }> }).reveals);
		const before = (await reveals()).length;
		const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
		// Chromium sends the pointer to a frame by the page it last drew: press once the answer is under it.
		await expect
			.poll(async () => {
				await page.mouse.move(centre.x, centre.y);
				return radio.evaluate((input) => input.matches(':hover'));
			})
			.toBe(true);
		await page.mouse.click(centre.x, centre.y);
		await expect.poll(() => radio.isChecked()).toBe(true);
		// Then a key press moves focus, which the host must be asked to show: the only reveal since the click.
		await page.keyboard.press('Tab');
		await expect.poll(async () => (await reveals()).length).toBeGreaterThan(before);
		const since = (await reveals()).slice(before);
		expect(since).toHaveLength(1);
		expect(since[0]?.top).toBeGreaterThan(
			await radio.evaluate((input) => input.getBoundingClientRect().bottom + scrollY),
		);
		await context.close();
	});

	test('where the sandbox refuses the clipboard, the copy fallback is focused in view, and the host is told to show it', async () => {
		const { page, consoleErrors } = await openHost('/frame.html');
		const picker = page.frameLocator('iframe').locator('sync-tool-picker');
		await answerUpToResult(picker, TO_CONNECT);
		await picker.locator('button', { hasText: 'Copy as Markdown' }).click();
		const fallback = picker.locator('textarea');
		await expect
			.poll(() =>
				fallback.evaluate(
					(area) =>
						area.getRootNode() instanceof ShadowRoot && (area.getRootNode() as ShadowRoot).activeElement === area,
				),
			)
			.toBe(true);
		// The host scrolled the fallback into its viewport, inside the frame's box, as the frame asked.
		const placement = async () => {
			const [area, frame] = await Promise.all([fallback.boundingBox(), page.locator('iframe').boundingBox()]);
			if (!area || !frame) return 'not laid out';
			const inFrame = area.y >= frame.y && area.y + area.height <= frame.y + frame.height;
			const onPage = area.y >= 0 && area.y + area.height <= 900;
			return inFrame && onPage
				? 'in view'
				: `fallback at y ${area.y}, frame from ${frame.y} to ${frame.y + frame.height}`;
		};
		await expect.poll(placement).toBe('in view');
		// The host was asked for the fallback's box (in the frame's content), in a message to any parent.
		const box = await fallback.evaluate((area) => {
			const rect = area.getBoundingClientRect();
			return { top: rect.top + scrollY, bottom: rect.bottom + scrollY };
		});
		const reveals = async () =>
			(
				await page.evaluate(
					() => (window as unknown as { frameMessages: Array<Record<string, unknown>> }).frameMessages,
				)
			).filter((message) => message['type'] === 'sync-tool-picker:reveal');
		await expect
			.poll(async () =>
				(await reveals()).some(
					(message) => Number(message['top']) <= box.top && Number(message['bottom']) >= box.bottom,
				),
			)
			.toBe(true);
		expect((await reveals()).every((message) => message['origin'] === 'null' && message['version'] === 1)).toBe(true);
		expect(consoleErrors).toEqual([]);
	});
});
