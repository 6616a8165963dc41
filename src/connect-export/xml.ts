/**
 * A small element tree from XML text, built with saxes (a conformant streaming parser that runs the
 * same in Node, the browser and a worker, none of which shares DOMParser). Subtrees the reader never
 * needs, such as a connector's megabyte-long schema, are skipped as they stream past.
 */
import { SaxesParser } from 'saxes';

/** An element: its name, attributes, child elements and own text (trimmed). */
export interface XmlElement {
	readonly name: string;
	readonly attributes: Readonly<Record<string, string>>;
	readonly children: XmlElement[];
	text: string;
}

/** The XML's root element, or why the text is not well-formed XML. */
export type ParsedXml = { ok: true; root: XmlElement } | { ok: false; why: string };

/** Parses `text`, leaving out the content of every element named in `skip`. */
export function parseXml(text: string, skip: ReadonlySet<string> = new Set()): ParsedXml {
	const parser = new SaxesParser<{ position: false; xmlns: false }>({ position: false, xmlns: false });
	const open: XmlElement[] = [];
	let root: XmlElement | undefined;
	let skipping = 0;
	// saxes reports a self-closing element as opened and closed, so every open has its close.
	parser.on('opentag', (tag) => {
		if (skipping > 0) {
			skipping += 1;
			return;
		}
		const element: XmlElement = { name: tag.name, attributes: tag.attributes, children: [], text: '' };
		const parent = open.at(-1);
		if (parent) parent.children.push(element);
		else root = element;
		open.push(element);
		if (skip.has(tag.name)) skipping = 1;
	});
	parser.on('closetag', () => {
		if (skipping > 1) {
			skipping -= 1;
			return;
		}
		skipping = 0;
		const element = open.pop();
		if (element) element.text = element.text.trim();
	});
	const addText = (value: string) => {
		const current = open.at(-1);
		if (skipping === 0 && current) current.text += value;
	};
	parser.on('text', addText);
	parser.on('cdata', addText);
	try {
		parser.write(text).close();
	} catch (error) {
		return { ok: false, why: whyNotXml(error as Error, text) };
	}
	return root ? { ok: true, root } : { ok: false, why: 'it holds no XML element' };
}

/** saxes's message, in words a reader can act on; a file cut short is the likeliest cause. */
function whyNotXml(error: Error, text: string): string {
	const message = error.message.replace(/^undefined:/, '').trim();
	if (/unclosed|unexpected end/i.test(message)) {
		return `its XML stops before its end (${message}): the file looks cut short; copy it again whole`;
	}
	return `it is not well-formed XML (${message})${text.trimStart().startsWith('<') ? '' : '; it does not start with "<"'}`;
}

/** The first child of `element` named `name`, following a path of names. */
export function child(element: XmlElement | undefined, ...path: string[]): XmlElement | undefined {
	let current = element;
	for (const name of path) current = current?.children.find((each) => each.name === name);
	return current;
}

/** Every child of `element` named `name`. */
export function childrenNamed(element: XmlElement | undefined, name: string): XmlElement[] {
	return element?.children.filter((each) => each.name === name) ?? [];
}

/** The text at a path of names under `element`, or undefined when an element on the way is missing. */
export function textAt(element: XmlElement | undefined, ...path: string[]): string | undefined {
	return child(element, ...path)?.text;
}
