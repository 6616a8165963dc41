// `npm run sources`: fetches every page of the source register, reads its ms.date, updated_at and
// git_commit_id, and lists the pages that changed, moved or vanished since their facts were last
// re-checked, each with its facts and the places to re-read, picker first. `-- --record` then stores
// what it saw. Exit codes: 0 nothing to re-read, 1 something changed, moved or vanished, 2 bad usage
// or data, 3 some or all pages could not be checked. Honours HTTPS_PROXY, HTTP_PROXY and NO_PROXY.
// SOURCES_ORIGIN (tests only) fetches each page's path from another origin, such as a local server.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { FACT_FILES, SOURCES_FILE } from '../src/data/fact-files.ts';
import { collectFacts, findProseUses } from '../src/data/fact-inventory.ts';
import { localDay } from '../src/data/time-bound.ts';
import { fetchPages } from '../src/sources-watch/fetch-pages.ts';
import { fetchUrl, LEARN_ORIGIN, observe } from '../src/sources-watch/observe.ts';
import { readProxySettings } from '../src/sources-watch/proxy.ts';
import { readRegister, withRecords } from '../src/sources-watch/register.ts';
import {
	EXIT,
	exitCode,
	formatRecordSummary,
	formatWatchReport,
	nothingReached,
	type WatchResult,
} from '../src/sources-watch/report.ts';
import { usesBySource } from '../src/sources-watch/where-shown.ts';
import { mdxPages, readJsonFile, ROOT } from './project-files.ts';

const SCRIPT = 'npm run sources';
const USAGE = `Usage: npm run sources [-- [--record] [--register FILE] [--timeout SECONDS] [--retries N] [ADDRESS...]]
  --record           store what each changed or never-recorded page shows now, once its facts are re-checked
  --register FILE    the source register (default ${SOURCES_FILE})
  --timeout SECONDS  how long one try at a page may take (default 20)
  --retries N        tries after the first, for a time-out, a dropped connection or a 5xx (default 2)
  ADDRESS...         check only these pages of the register`;

function fail(message: string, code: number = EXIT.usage): never {
	console.error(`${SCRIPT}: ${message}`);
	process.exit(code);
}

function parseArguments() {
	try {
		return parseArgs({
			allowPositionals: true,
			options: {
				record: { type: 'boolean', default: false },
				register: { type: 'string', default: SOURCES_FILE },
				timeout: { type: 'string', default: '20' },
				retries: { type: 'string', default: '2' },
				help: { type: 'boolean', default: false },
			},
		});
	} catch (error) {
		fail(`${(error as Error).message}\n${USAGE}`);
	}
}

function numberOption(name: string, value: string, valid: (number: number) => boolean): number {
	const number = Number(value);
	if (value.trim() === '' || !valid(number)) fail(`--${name} "${value}" is not a number it can use\n${USAGE}`);
	return number;
}

const { values: options, positionals: addresses } = parseArguments();
if (options.help) {
	console.log(USAGE);
	process.exit(EXIT.ok);
}
const timeoutMs = numberOption('timeout', options.timeout, (seconds) => seconds > 0 && seconds <= 600) * 1000;
const retries = numberOption(
	'retries',
	options.retries,
	(count) => Number.isInteger(count) && count >= 0 && count <= 5,
);
const proxies = readProxySettings(process.env);
if (typeof proxies === 'string') fail(proxies);
const origin = (process.env['SOURCES_ORIGIN'] ?? LEARN_ORIGIN).replace(/\/+$/, '');
if (!/^https?:\/\/[^/]+$/.test(origin))
	fail(`SOURCES_ORIGIN "${origin}" is not an origin such as http://127.0.0.1:8080`);

const registerFile = resolve(options.register);
const register = readJsonFile(registerFile, SCRIPT, EXIT.usage).json;
const { sources: registered, problems } = readRegister(register);
if (problems.length > 0) fail(`${options.register}: ${problems.join('; ')}`);
const unknown = addresses.filter((address) => !registered.some((source) => source.address === address));
if (unknown.length > 0) fail(`not in ${options.register}: ${unknown.join(', ')}`);
const sources = addresses.length ? registered.filter((source) => addresses.includes(source.address)) : registered;

const inventory = collectFacts(
	FACT_FILES.map((file) => ({ file, json: readJsonFile(file.file, SCRIPT, EXIT.usage).json })),
);
const pages = mdxPages('content/docs');
const uses = usesBySource(
	sources.map((source) => source.address),
	{
		inventory,
		files: FACT_FILES,
		tree: readJsonFile('content/data/decision-tree.json', SCRIPT, EXIT.usage).json,
		pages,
		proseUses: findProseUses(pages),
	},
);

console.error(`Checking ${sources.length} page${sources.length === 1 ? '' : 's'} on ${origin}...`);
const fetched = await fetchPages(
	sources.map((source) => fetchUrl(source.address, origin)),
	{ timeoutMs, retries, backoffMs: 1000, concurrency: 4, proxies },
);
const results: WatchResult[] = sources.map((source, index) => ({
	source,
	state: observe(source, fetched[index]!, origin),
}));

const blocked = nothingReached(results);
if (blocked) fail(blocked, EXIT.notChecked);
console.log(formatWatchReport(results, uses));

if (options.record) {
	const today = localDay(new Date());
	const records = new Map(
		results.flatMap(({ source, state }) =>
			state.kind === 'changed' || state.kind === 'never-recorded'
				? [[source.address, { ...state.version, recorded: today }] as const]
				: [],
		),
	);
	const json = JSON.stringify(withRecords(register as unknown[], records), null, '\t');
	// Formatted as Prettier formats the register, so the diff is the new records alone.
	const prettier = await import('prettier');
	const config = await prettier.resolveConfig(resolve(ROOT, SOURCES_FILE));
	writeFileSync(registerFile, await prettier.format(json, { ...config, filepath: registerFile }));
	console.log(`\n${formatRecordSummary(results, [...records.keys()], options.register, today)}`);
	process.exit(exitCode(results.filter(({ source }) => !records.has(source.address))));
}
process.exit(exitCode(results));
