/**
 * Reads the code snippets of a built page as a reader copies them (the text of each code block's
 * copy button), with the title written above each and the section it sits in, so the browser
 * tests run exactly what the page shows.
 */

/** One code block of a page. */
export interface Snippet {
	/** The title above the block (`title="…"` in the MDX source); empty when it has none. */
	title: string;
	/** The code, as the copy button copies it. */
	code: string;
	/** The id of the `<h2>` the block sits under. */
	section: string;
}

function decode(text: string): string {
	return text
		.replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
		.replace(/&#(\d+);/g, (_, decimal: string) => String.fromCodePoint(Number(decimal)))
		.replace(/&quot;/g, '"')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&');
}

/** Every code block of a built page, in order. */
export function snippetsIn(html: string): Snippet[] {
	const sections = [...html.matchAll(/<h2 id="([^"]+)"/g)].map((match) => ({ id: match[1] ?? '', at: match.index }));
	return [...html.matchAll(/<figure class="frame[^"]*"[^>]*>([\s\S]*?)<\/figure>/g)].map((figure) => {
		const body = figure[1] ?? '';
		const code = /data-code="([^"]*)"/.exec(body)?.[1];
		if (code === undefined) throw new Error(`A code block at offset ${figure.index} has no copy button to read.`);
		return {
			title: decode(/<span class="title">([\s\S]*?)<\/span>/.exec(body)?.[1] ?? ''),
			// Expressive Code separates the lines of the copied text with U+007F.
			code: decode(code).replace(/\u007f/g, '\n'),
			section: sections.filter((section) => section.at < figure.index).at(-1)?.id ?? '',
		};
	});
}

/** The snippet with this title; fails, naming the titles there are, when there is none or several. */
export function snippetTitled(snippets: Snippet[], title: string): Snippet {
	const found = snippets.filter((snippet) => snippet.title === title);
	if (found.length !== 1) {
		throw new Error(
			`Expected one code block titled "${title}", found ${found.length}; titles: ${snippets.map((s) => `"${s.title}"`).join(', ')}`,
		);
	}
	return found[0] as Snippet;
}
