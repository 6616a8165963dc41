/**
 * Script of the iframe variant (/embed/frame/), built as a classic script: a sandboxed frame has
 * an opaque origin, and a module script would then need CORS headers from the site's server.
 * It defines the picker, applies the frame's query parameters (a links-base only on the site's own
 * origin or one allowed at build time), and talks to the host page only through the namespaced,
 * versioned messages of messages.ts.
 */
import { defineSyncToolPicker } from '../elements/sync-tool-picker/define';
import { HEADING_LEVEL_RULE, isHeadingLevel } from '../elements/kit/heading-level';
import { frameLinksBase } from './links-base';
import {
	MESSAGE_VERSION,
	parseParentOrigin,
	type ResizeMessage,
	type ResultMessage,
	type RevealMessage,
} from './messages';

/** The origins EMBED_LINK_ORIGINS allowed when the site was built (replaced by the embed build). */
declare const __EMBED_LINK_ORIGINS__: readonly string[];

const script = document.currentScript;
// Links point to the site that serves this frame (the script lives at <site>/embed/frame.js).
const site = new URL('../', script instanceof HTMLScriptElement ? script.src : location.href);
const picker = document.querySelector('sync-tool-picker');
// Set before the element starts, so its first view links there; a links-base in the address may replace it.
if (picker && !picker.hasAttribute('links-base')) picker.setAttribute('links-base', site.href);
defineSyncToolPicker();

const params = new URLSearchParams(location.search);
for (const name of ['theme', 'heading-level', 'links-base']) {
	const value = params.get(name);
	// An empty parameter is as good as none: the page's own value stays.
	if (!value || !picker) continue;
	let refused: string | undefined;
	if (name === 'links-base') {
		const verdict = frameLinksBase(value, site.origin, __EMBED_LINK_ORIGINS__);
		if ('refused' in verdict) refused = verdict.refused;
	} else if (name === 'heading-level' && !isHeadingLevel(value)) {
		// The page's own level (1: the picker is the frame's main heading), not the element's default of 2.
		refused = `[sync-tool-picker] Ignoring heading-level="${value}" in the frame's address: ${HEADING_LEVEL_RULE}; using ${picker.getAttribute(name)}.`;
	}
	if (refused) console.warn(refused);
	else picker.setAttribute(name, value);
}

const parentOrigin = parseParentOrigin(location.search);
/** Pixels kept around a focused element the host is asked to show: its focus ring is 5 px wide and away. */
const FOCUS_RING_ROOM = 8;
if (window.parent !== window) {
	let lastHeight = -1;
	const postHeight = () => {
		const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
		if (height === lastHeight) return;
		lastHeight = height;
		const message: ResizeMessage = { type: 'sync-tool-picker:resize', version: MESSAGE_VERSION, height };
		// The height says nothing about the reader's answers, so any parent may have it.
		window.parent.postMessage(message, '*');
	};
	new ResizeObserver(postHeight).observe(document.documentElement);
	postHeight();

	// Wherever focus goes in the picker, ask the host to show it: the browser does not scroll the host
	// for focus a script moves inside a cross-origin frame (the next heading, the copy fallback).
	// Heard on the shadow root: a move between two of its elements never reaches the document.
	// Not for the control the reader is pressing: it is in view, and scrolling the host between the
	// press and the release would move it from under the pointer and lose the click.
	let pressed: EventTarget | undefined;
	picker?.shadowRoot?.addEventListener('pointerdown', (event) => (pressed = event.composedPath()[0]));
	picker?.shadowRoot?.addEventListener('focusin', (event) => {
		const byPointer = event.target === pressed;
		pressed = undefined;
		if (!(event.target instanceof Element)) return;
		// The height first, so the host has made room for what it is asked to show.
		postHeight();
		if (byPointer) return;
		// The box in the frame's content, with room for its focus ring.
		const box = event.target.getBoundingClientRect();
		const top = Math.max(0, Math.floor(box.top + scrollY) - FOCUS_RING_ROOM);
		const bottom = Math.max(top, Math.ceil(box.bottom + scrollY) + FOCUS_RING_ROOM);
		const message: RevealMessage = { type: 'sync-tool-picker:reveal', version: MESSAGE_VERSION, top, bottom };
		window.parent.postMessage(message, '*');
	});

	if (!parentOrigin) {
		console.warn('[sync-tool-picker] No valid parent-origin parameter: result messages are not sent to the host page.');
	}
	picker?.addEventListener('sync-tool-picker:result', (event) => {
		if (!parentOrigin) return;
		const { tool, needs, reasons, shareUrl } = event.detail;
		const message: ResultMessage = {
			type: 'sync-tool-picker:result',
			version: MESSAGE_VERSION,
			tool,
			needs,
			reasons: reasons.map((reason) => ({ need: reason.need ?? '', text: reason.text })),
			shareUrl,
		};
		window.parent.postMessage(message, parentOrigin);
	});
}
