/**
 * A content loader for one JSON file of entries. Astro's own `file()` loader only logs a syntax
 * error, a missing file or an entry without an id and builds on with an empty or partial
 * collection; a reference site must not ship silently missing facts, so this one throws, naming
 * the file, the entry and the field.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { whyNotValidJson } from './json-syntax';

/** Thrown for any problem with a data file; the message names file, entry and field. */
export class DataFileError extends Error {
	override name = 'DataFileError';
}

/** The error for a file that does not parse: where it breaks, found by our scanner, or else V8's message. */
function notValidJson(fileName: string, text: string, error: unknown): DataFileError {
	return new DataFileError(`${fileName}: ${whyNotValidJson(text, error)}`);
}

/** Formats zod issues as `field.path: message` lines. */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
	return issues
		.map((issue) => `  - field "${issue.path.map(String).join('.') || '(entry)'}": ${issue.message}`)
		.join('\n');
}

/** A check of a file's entries together (what no one entry's schema sees): one line per problem, naming entry and field. */
export type EntriesCheck<T> = (entries: ReadonlyArray<{ id: string; data: T }>) => string[];

/**
 * Parses the text of a data file into validated entries, or throws a `DataFileError`.
 * Pure (no file system), so tests can feed it malformed text directly.
 */
export function parseDataFile<S extends z.ZodType>(
	fileName: string,
	text: string,
	schema: S,
	checkEntries?: EntriesCheck<z.output<S>>,
): Array<{ id: string; raw: Record<string, unknown>; data: z.output<S> }> {
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch (error) {
		throw notValidJson(fileName, text, error);
	}
	if (!Array.isArray(raw)) {
		throw new DataFileError(`${fileName}: must hold a JSON array of entries, found ${typeof raw}.`);
	}
	if (raw.length === 0) throw new DataFileError(`${fileName}: holds no entries.`);
	const seen = new Set<string>();
	const entries = raw.map((item: unknown, index) => {
		const id =
			typeof item === 'object' && item !== null && 'id' in item && typeof item.id === 'string' ? item.id : undefined;
		const entryName = id ? `entry "${id}" (#${index + 1})` : `entry #${index + 1}`;
		if (!id) throw new DataFileError(`${fileName}: ${entryName} has no "id" string.\n  - field "id": required`);
		if (seen.has(id)) {
			throw new DataFileError(
				`${fileName}: ${entryName} repeats an id already used above.\n  - field "id": must be unique in the file`,
			);
		}
		seen.add(id);
		const result = schema.safeParse(item);
		if (!result.success) {
			throw new DataFileError(
				`${fileName}: ${entryName} does not match its schema:\n${describeIssues(result.error.issues)}`,
			);
		}
		return { id, raw: item as Record<string, unknown>, data: result.data };
	});
	const problems = checkEntries?.(entries) ?? [];
	if (problems.length > 0) throw new DataFileError(`${fileName}:\n${problems.map((line) => `  - ${line}`).join('\n')}`);
	return entries;
}

/** Names the place of a zod issue inside a data file: `questions[3] "forests" → options[1].implies[0]`. */
function describePath(root: unknown, path: readonly PropertyKey[]): string {
	let node: unknown = root;
	const parts: string[] = [];
	for (const key of path) {
		node = typeof node === 'object' && node !== null ? (node as Record<PropertyKey, unknown>)[key] : undefined;
		const id = typeof node === 'object' && node !== null && 'id' in node ? node.id : undefined;
		parts.push(typeof key === 'number' ? `[${key}]${typeof id === 'string' ? ` "${id}"` : ''}` : `.${String(key)}`);
	}
	return parts.join('').replace(/^\./, '') || '(file)';
}

/**
 * Parses a data file that holds one object (such as the decision tree), or throws a
 * `DataFileError` naming the file and, for each problem, where it is and what is wrong.
 */
export function parseDataObjectFile<S extends z.ZodType>(fileName: string, text: string, schema: S): z.output<S> {
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch (error) {
		throw notValidJson(fileName, text, error);
	}
	const result = schema.safeParse(raw);
	if (!result.success) {
		const lines = result.error.issues.map((issue) => `  - ${describePath(raw, issue.path)}: ${issue.message}`);
		throw new DataFileError(`${fileName} does not match its schema:\n${lines.join('\n')}`);
	}
	return result.data;
}

/** Loads a one-object data file as a collection with the single entry `id`. */
export function strictObjectFileLoader(fileName: string, schema: z.ZodType, id: string): Loader {
	return {
		name: 'strict-object-file-loader',
		load: async (context) => {
			const { config, store } = context;
			const filePath = fileURLToPath(new URL(fileName, config.root));
			let text: string;
			try {
				text = await readFile(filePath, 'utf-8');
			} catch {
				throw new DataFileError(`${fileName}: the data file is missing or unreadable.`);
			}
			parseDataObjectFile(fileName, text, schema);
			store.clear();
			store.set({
				id,
				data: await context.parseData({ id, data: JSON.parse(text) as Record<string, unknown>, filePath }),
				filePath: fileName,
			});
		},
	};
}

/** Loads `fileName` (relative to the project root) as a strict, validated collection. */
export function strictFileLoader<S extends z.ZodType>(
	fileName: string,
	schema: S,
	checkEntries?: EntriesCheck<z.output<S>>,
): Loader {
	return {
		name: 'strict-file-loader',
		load: async (context) => {
			const { config, store, watcher, logger } = context;
			const url = new URL(fileName, config.root);
			const filePath = fileURLToPath(url);
			const sync = async () => {
				let text: string;
				try {
					text = await readFile(filePath, 'utf-8');
				} catch {
					throw new DataFileError(`${fileName}: the data file is missing or unreadable.`);
				}
				const entries = parseDataFile(fileName, text, schema, checkEntries);
				store.clear();
				for (const { id, raw } of entries) {
					// parseData applies the collection schema again so Astro records the entry's types.
					store.set({ id, data: await context.parseData({ id, data: raw, filePath }), filePath: fileName });
				}
			};
			await sync();
			watcher?.add(filePath);
			watcher?.on('change', (changed) => {
				// In `astro dev`, report a broken edit and keep serving; the build still fails on it.
				if (changed === filePath)
					sync().catch((error: unknown) => logger.error(error instanceof Error ? error.message : String(error)));
			});
		},
	};
}
