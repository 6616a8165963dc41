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
	constructor(
		readonly at: number,
		readonly problem: string,
	) {
		super(problem);
	}
}

/** Finds the first syntax error in `text`, or undefined when it is valid JSON. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
	let i = 0;
	const entryStarts: number[] = [];
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
			i += char === '\\' ? 2 : 1;
		}
	};
	const list = (close: string, item: () => void, top: boolean) => {
		i++;
		blank();
		if (text[i] === close) return void i++;
		for (;;) {
			blank();
			if (top) entryStarts.push(i);
			if (text[i] === close) throw new Stop(i, `a comma before "${close}"; JSON allows none after the last item`);
			item();
			blank();
			if (text[i] === ',') i++;
			else return expect(close, `"," or "${close}" (is a comma missing?)`);
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
		value(true);
		blank();
		if (i < text.length) throw new Stop(i, `text after the end of the file's JSON, from ${found()}`);
		return undefined;
	} catch (error) {
		if (!(error instanceof Stop)) throw error;
		const before = text.slice(0, error.at).split('\n');
		const index = entryStarts.findLastIndex((start) => start <= error.at);
		const id =
			index < 0 ? undefined : /^\s*\{[^]*?"id"\s*:\s*"([^"\n]*)"/.exec(text.slice(entryStarts[index], error.at))?.[1];
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
