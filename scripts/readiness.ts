// `npm run readiness -- [--json] [--objects N] PATH...`: reads a Connect Sync export (a folder, its
// files, or a .zip) with the same reader as /migrate-to-cloud-sync/, and prints the readiness report
// as Markdown, or with --json the reading and the assessment. Runs on Node 24, which strips the
// types; exits 1 when no file of an export could be read, 2 on a usage error.
import './readiness/source-hooks.ts';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const { readConnectExport } = await import('../src/connect-export/read-export.ts');
const { readingToMarkdown } = await import('../src/connect-export/reading-markdown.ts');
const { minimumVersionFrom } = await import('../src/connect-export/minimum-version.ts');
const { assessMigration } = await import('../src/decision/migration.ts');
const { explainMigration, migrationToMarkdown } = await import('../src/decision/index.ts');
const { toMigrationInput, readCount } = await import('../src/readiness/readiness-state.ts');
const { localDay } = await import('../src/data/time-bound.ts');

const USAGE = 'Usage: npm run readiness -- [--json] [--objects N] PATH...  (a folder, files or a .zip)';

function usage(message: string): never {
	console.error(`npm run readiness: ${message}\n${USAGE}`);
	process.exit(2);
}

interface Options {
	json: boolean;
	objects: number | null;
	paths: string[];
}

function parseArguments(args: readonly string[]): Options {
	const options: Options = { json: false, objects: null, paths: [] };
	for (let index = 0; index < args.length; index += 1) {
		const arg = args[index]!;
		if (arg === '--json') options.json = true;
		else if (arg === '--objects' || arg.startsWith('--objects=')) {
			const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : args[(index += 1)];
			const count = readCount(value ?? '');
			if (typeof count !== 'number') usage(`--objects "${value ?? ''}" is not a whole number`);
			options.objects = count;
		} else if (arg.startsWith('--')) usage(`unknown option "${arg}"`);
		else options.paths.push(arg);
	}
	if (options.paths.length === 0) usage('give the export folder, its files or a .zip');
	return options;
}

/**
 * Every file under `path` (itself, if a file), named as a browser names it: a file given alone by
 * its own name, a folder's files by their path from the folder's name (webkitRelativePath).
 */
function filesAt(path: string): Array<{ name: string; bytes: Uint8Array }> {
	let folder: boolean;
	try {
		folder = statSync(path).isDirectory();
	} catch (error) {
		usage(`cannot read ${path}: ${(error as Error).message}`);
	}
	if (!folder) return [{ name: basename(path), bytes: new Uint8Array(readFileSync(path)) }];
	return readdirSync(path, { recursive: true, encoding: 'utf8' })
		.filter((name) => statSync(join(path, name)).isFile())
		.sort()
		.map((name) => ({
			name: `${basename(resolve(path))}/${name}`,
			bytes: new Uint8Array(readFileSync(join(path, name))),
		}));
}

const options = parseArguments(process.argv.slice(2));
const reading = readConnectExport(options.paths.flatMap(filesAt));
const answers = { ...reading.answers, objects: options.objects };
const input = toMigrationInput(answers);
const requirements = JSON.parse(
	readFileSync(fileURLToPath(new URL('../content/data/requirements.json', import.meta.url)), 'utf8'),
) as unknown;
const minimum = minimumVersionFrom(requirements);

if (options.json) {
	console.log(
		JSON.stringify(
			{ reading, answers, assessment: assessMigration(input), minimumVersion: minimum ?? null },
			null,
			'\t',
		),
	);
} else {
	for (const message of reading.messages)
		console.error(`${message.level === 'error' ? 'Not read' : 'Note'}: ${message.file}: ${message.text}`);
	process.stdout.write(
		`${migrationToMarkdown(explainMigration(input), input)}\n${readingToMarkdown(reading, { minimum, today: localDay(new Date()) })}`,
	);
}
process.exit(reading.format === 'none' ? 1 : 0);
