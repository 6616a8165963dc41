// The project's data files and prose pages as the maintainers' scripts (npm run facts, npm run sources)
// read them: a file that cannot be read or parsed ends the script with one line naming the file and
// the place, never a stack trace.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { whyNotValidJson } from '../src/data/json-syntax.ts';

/** The project's root folder. */
export const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** A file's text and its parsed JSON; `file` is relative to the root, or absolute. Exits with `exitCode` when it cannot. */
export function readJsonFile(file: string, script: string, exitCode: number): { text: string; json: unknown } {
	let text: string;
	try {
		text = readFileSync(resolve(ROOT, file), 'utf8');
	} catch (error) {
		console.error(`${script}: cannot read ${file}: ${(error as Error).message}`);
		process.exit(exitCode);
	}
	try {
		return { text, json: JSON.parse(text) };
	} catch (error) {
		// Where it breaks, as the build says it, not V8's few characters of context.
		console.error(`${script}: ${file}: ${whyNotValidJson(text, error)}`);
		process.exit(exitCode);
	}
}

/** The MDX and Markdown pages under `dir` (relative to the root), each with its file relative to the root. */
export function mdxPages(dir: string): Array<{ file: string; text: string }> {
	return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
		.filter((name) => /\.mdx?$/.test(name))
		.toSorted()
		.map((name) => ({
			file: relative(ROOT, join(ROOT, dir, name)),
			text: readFileSync(join(ROOT, dir, name), 'utf8'),
		}));
}
