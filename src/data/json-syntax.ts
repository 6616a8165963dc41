/**
 * Where a data file's JSON breaks, in words a maintainer can act on: the line, the column, the entry
 * it is in and what the parser expected there. V8's own message gives no position for some of the
 * commonest slips (a comma after the last item of a list, a curly quote pasted from a web page).
 */

/** A syntax error: where it is and what was expected there. */
export interface JsonSyntaxError {
	line: number;
	column: number;
	/** The index of the top-level array's entry it is in, and that entry's id when it was written before the error. */
	entry?: { index: number; id?: string };
	problem: string;
}

/** Thrown inside the scanner to stop at the first error; never leaves it. */
class Stop extends Error {
	// Plain fields, not parameter properties: `npm run facts` imports this file into Node, whose type
	// stripping does not take them.
	readonly at: number;
	readonly problem: string;
	constructor(at: number, problem: string) {
		super(problem);
		this.at = at;
		this.problem = problem;
	}
}

const BAD_ESCAPE =
	'a backslash that starts no escape; write \\\\ for a backslash itself (escapes are \\" \\\\ \\/ \\b \\f \\n \\r \\t \\u and four hex digits)';
/** What follows a backslash in a JSON string. */
const escape = /^\\(?:["\\/bfnrt]|u[\dA-Fa-f]{4})/;
// Windows PowerShell 5's "-Encoding UTF8" writes one; JSON.parse refuses it without saying so.
const BYTE_ORDER_MARK =
	'the file starts with a byte-order mark (BOM), which JSON does not allow; save it as UTF-8 without BOM (in VS Code: the status bar’s encoding, then Save with Encoding, UTF-8)';

/** Finds the first syntax error in `text`, or undefined when it is valid JSON. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
	let i = 0;
	const entryStarts: number[] = [];
	/** Where each finished entry of the top-level list ends: an error past its end is in no entry. */
	const entryEnds: number[] = [];
	const blank = () => {
		while (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r') i++;
	};
	const expect = (wanted: string, what: string) => {
		if (text[i] !== wanted) throw new Stop(i, `expected ${what}, found ${found()}`);
		i++;
	};
	// What stands there, as the rest of its line (up to 20 characters) in single quotes, as V8 quotes a token.
	const found = () => (i >= text.length ? 'the end of the file' : `'${text.slice(i, i + 20).split(/\r?\n/)[0]}'`);
	const string = () => {
		expect('"', 'a double quote (")');
		for (;;) {
			const char = text[i];
			if (char === undefined) throw new Stop(i, 'the file ends inside a string; close it with "');
			if (char === '"') return void i++;
			if (char < ' ') throw new Stop(i, 'a line break or tab inside a string; close the string with " first');
			if (char === '\\' && !escape.test(text.slice(i, i + 6))) throw new Stop(i, BAD_ESCAPE);
			i += char === '\\' ? (text[i + 1] === 'u' ? 6 : 2) : 1;
		}
	};
	const list = (close: string, item: () => void, top: boolean) => {
		i++;
		blank();
		if (text[i] === close) return void i++;
		for (let comma = -1; ;) {
			blank();
			// Said at the comma, which is what to delete, and in no entry when it follows the last one.
			if (text[i] === close) throw new Stop(comma, `a comma before "${close}"; JSON allows none after the last item`);
			if (top) entryStarts.push(i);
			item();
			if (top) entryEnds.push(i);
			blank();
			if (text[i] !== ',') return expect(close, `"," or "${close}" (is a comma missing?)`);
			comma = i++;
		}
	};
	const literal = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;
	const value = (top = false) => {
		blank();
		if (text[i] === '{') {
			list('}', () => (string(), blank(), expect(':', '":" after the field name'), value()), false);
		} else if (text[i] === '[') list(']', () => value(), top);
		else if (text[i] === '"') string();
		else {
			literal.lastIndex = i;
			if (!literal.test(text))
				throw new Stop(
					i,
					`expected a value (text in "double quotes", a number, true, false, null, [ or {), found ${found()}`,
				);
			i = literal.lastIndex;
		}
	};
	try {
		if (text.startsWith('\uFEFF')) throw new Stop(0, BYTE_ORDER_MARK);
		value(true);
		blank();
		if (i < text.length) throw new Stop(i, `text after the end of the file's JSON, from ${found()}`);
		return undefined;
	} catch (error) {
		if (!(error instanceof Stop)) throw error;
		const before = text.slice(0, error.at).split('\n');
		const last = entryStarts.findLastIndex((start) => start <= error.at);
		const index = error.at < (entryEnds[last] ?? Infinity) ? last : -1;
		// The entry's own id, when it is its first field (as in every data file), not one nested deeper.
		const id =
			index < 0 ? undefined : /^\{\s*"id"\s*:\s*"([^"\n]*)"/.exec(text.slice(entryStarts[index], error.at))?.[1];
		return {
			line: before.length,
			column: (before.at(-1)?.length ?? 0) + 1,
			...(index < 0 ? {} : { entry: id === undefined ? { index } : { index, id } }),
			problem: error.problem,
		};
	}
}

/** "at line 10, column 5, in entry "tenant" (#2): …" */
export function describeJsonSyntaxError({ line, column, entry, problem }: JsonSyntaxError): string {
	const where = entry ? `, in entry ${entry.id ? `"${entry.id}" ` : ''}(#${entry.index + 1})` : '';
	return `at line ${line}, column ${column}${where}: ${problem}`;
}

/** Why `text` is not valid JSON, for a message after the file's name: where it breaks, or else V8's words. */
export function whyNotValidJson(text: string, error: unknown): string {
	const located = findJsonSyntaxError(text);
	return `not valid JSON ${located ? describeJsonSyntaxError(located) : `(${(error as Error).message}).`}`;
}
