/**
 * The picker's first question as HTML for a declarative shadow root, written at build time by the
 * very view code the element runs (question-view.ts), so the page shows the question from its
 * first paint and nothing moves when the script takes over. Imported by Astro components only:
 * the embed never ships it.
 *
 * Its controls are disabled: until the element takes over they could not work, so they do not
 * pretend to. Without JavaScript (`scripting: none`) the question is not shown at all, and the
 * element's own content (its light DOM: "needs JavaScript", pointing to the comparison table) is.
 */
import { domBuilder, type ElementFactory } from '../kit/dom';
import { questionView, shownQuestion } from './question-view';
import { initialState } from './picker-state';
import type { ViewContext } from './view-context';

type Child = ServerElement | string;

/**
 * Just enough of an element for the picker's DOM builder (dom.ts) to build with, serialised as HTML.
 * It has no `style`: a view that set one would fail here, at build time, rather than need a style attribute.
 */
class ServerElement {
	readonly attributes = new Map<string, string>();
	readonly children: Child[] = [];
	constructor(readonly localName: string) {}
	setAttribute(name: string, value: string): void {
		this.attributes.set(name.toLowerCase(), String(value));
	}
	append(...nodes: Child[]): void {
		this.children.push(...nodes);
	}
	/** Listeners mean nothing in HTML: the element adds its own when it takes over. */
	addEventListener(): void {}
}

/** Makes ServerElements where the views ask for elements: they use no more of an element than it has. */
const serverDocument: ElementFactory = {
	createElement: <K extends keyof HTMLElementTagNameMap>(tag: K) =>
		new ServerElement(tag) as unknown as HTMLElementTagNameMap[K],
};

const VOID_ELEMENTS = new Set(['input', 'br', 'hr', 'img', 'meta', 'link']);
const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text: string) => escapeText(text).replace(/"/g, '&quot;');

function serialise(node: Child): string {
	if (typeof node === 'string') return escapeText(node);
	const open = [node.localName, ...[...node.attributes].map(([name, value]) => `${name}="${escapeAttribute(value)}"`)];
	if (VOID_ELEMENTS.has(node.localName)) return `<${open.join(' ')}>`;
	return `<${open.join(' ')}>${node.children.map(serialise).join('')}</${node.localName}>`;
}

/** Every control of a built view disabled: it cannot work before the element takes over. */
function disableControls(node: Child): void {
	if (typeof node === 'string') return;
	if (node.localName === 'input' || node.localName === 'button') node.setAttribute('disabled', '');
	node.children.forEach(disableControls);
}

const NO_ACTION = () => {};

/**
 * The content of the picker's declarative shadow root: a link to its stylesheet (the file built
 * from picker-shadow-root.css, at `stylesheet`), its first question as the element renders it (headings at `level`,
 * controls disabled), its status region, and a slot that shows the element's light DOM only when
 * scripting is off.
 */
export function firstQuestionShadowHtml(level: number, stylesheet: string): string {
	const state = initialState();
	const question = shownQuestion(state);
	if (!question) throw new Error('The decision tree has no first question.');
	const context: ViewContext = {
		level,
		ids: 'ssr',
		dom: domBuilder(serverDocument),
		link: (page) => page,
		comparisonHref: '',
		canPrint: false,
		today: '',
		// A question cites nothing and copies nothing.
		titleOf: () => undefined,
		markdown: () => '',
		actions: {
			tick: NO_ACTION,
			next: NO_ACTION,
			back: NO_ACTION,
			startOver: NO_ACTION,
			edit: NO_ACTION,
			copyLink: NO_ACTION,
			copyMarkdown: NO_ACTION,
		},
	};
	const root = questionView(state, question, context);
	if (!(root instanceof ServerElement)) throw new Error('The question view built something other than an element.');
	disableControls(root);
	return [
		`<link rel="stylesheet" href="${escapeAttribute(stylesheet)}">`,
		`<div class="root" part="root" lang="en">${serialise(root)}</div>`,
		'<p class="status" role="status" lang="en"></p>',
		'<slot hidden></slot>',
	].join('');
}
