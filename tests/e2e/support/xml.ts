/**
 * A small, strict XML reader for the test servers: elements, attributes, comments and the XML
 * declaration; anything malformed throws, as IIS refuses a malformed web.config.
 */

/** An element with its attributes (in order) and child elements; text between elements is dropped. */
export interface XmlElement {
	name: string;
	attributes: Map<string, string>;
	children: XmlElement[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text: string, at: number): string {
	return text.replace(/&([^;]*);?/g, (whole, name: string) => {
		if (!whole.endsWith(';')) throw new Error(`Malformed XML: a bare "&" near offset ${at}.`);
		if (/^#x[0-9a-f]+$/i.test(name)) return String.fromCodePoint(parseInt(name.slice(2), 16));
		if (/^#\d+$/.test(name)) return String.fromCodePoint(parseInt(name.slice(1), 10));
		const character = ENTITIES[name];
		if (character === undefined) throw new Error(`Malformed XML: unknown entity "&${name};" near offset ${at}.`);
		return character;
	});
}

/** Parses a document (or a fragment of sibling elements) into its top-level elements. */
export function parseXml(source: string): XmlElement[] {
	const top: XmlElement[] = [];
	const open: XmlElement[] = [];
	const token =
		/<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<\/([\w.:-]+)\s*>|<([\w.:-]+)((?:\s+[\w.:-]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>|([^<]+)|(<)/gy;
	// Every character matches one alternative (a lone "<" the last), so the loop reads the whole source.
	for (let match = token.exec(source); match; match = token.exec(source)) {
		const [, closing, name, attributeText, selfClosing, text, stray] = match;
		if (stray) throw new Error(`Malformed XML: unexpected "<" at offset ${match.index}.`);
		if (text !== undefined) {
			if (text.trim() && open.length === 0)
				throw new Error(`Malformed XML: text outside the root at offset ${match.index}.`);
			continue;
		}
		if (closing) {
			const element = open.pop();
			if (element?.name !== closing) {
				throw new Error(
					`Malformed XML: </${closing}> at offset ${match.index} closes <${element?.name ?? 'nothing'}>.`,
				);
			}
			continue;
		}
		if (!name) continue; // a comment or the declaration
		const attributes = new Map<string, string>();
		for (const [, key = '', double, single] of (attributeText ?? '').matchAll(
			/([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g,
		)) {
			if (attributes.has(key)) throw new Error(`Malformed XML: attribute "${key}" twice on <${name}>.`);
			attributes.set(key, decode(double ?? single ?? '', match.index));
		}
		const element: XmlElement = { name, attributes, children: [] };
		(open.at(-1)?.children ?? top).push(element);
		if (!selfClosing) open.push(element);
	}
	if (open.length) throw new Error(`Malformed XML: <${open.at(-1)?.name}> is never closed.`);
	return top;
}
