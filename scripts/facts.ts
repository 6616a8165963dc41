// `npm run facts`: lists every fact by when it was last compared with its source, flags the ones not
// checked for 12 months and the time-bound statements whose date has passed since their last check,
// and says which Microsoft Learn page to re-read. `npm run facts -- --today 2027-06-01` looks ahead.
// Runs on the project's Node 24, which strips the types; exits 1 only when it cannot read the data.
import { FACT_FILES, SOURCES_FILE } from '../src/data/fact-files.ts';
import { formatReport } from '../src/data/fact-freshness.ts';
import { collectFacts, findProseUses, sourceTitles } from '../src/data/fact-inventory.ts';
import { isIsoDate, localDay } from '../src/data/time-bound.ts';
import { mdxPages, readJsonFile } from './project-files.ts';

function usage(message: string): never {
	console.error(`npm run facts: ${message}\nUsage: npm run facts [-- --today YYYY-MM-DD]`);
	process.exit(2);
}

function todayFromArguments(args: readonly string[]): string {
	if (args.length === 0) return localDay(new Date());
	const [flag, value = ''] = args[0]?.includes('=') ? args[0].split('=', 2) : [args[0], args[1]];
	if (flag !== '--today' || args.length > (args[0]?.includes('=') ? 1 : 2))
		usage(`unknown argument "${args.join(' ')}"`);
	if (!isIsoDate(value)) usage(`--today "${value}" is not a date written YYYY-MM-DD`);
	return value;
}

const readJson = (file: string): unknown => readJsonFile(file, 'npm run facts', 1).json;

const today = todayFromArguments(process.argv.slice(2));
const inventory = collectFacts(FACT_FILES.map((file) => ({ file, json: readJson(file.file) })));
const register = readJson(SOURCES_FILE);
const titles = sourceTitles(register);
const proseUses = findProseUses(mdxPages('content/docs'));
const knownIds = new Set(inventory.timeBound.flatMap((fact) => (fact.id ? [fact.id] : [])));
for (const [id, files] of proseUses) {
	if (!knownIds.has(id))
		inventory.problems.push(`${files.join(', ')}: <TimeBound id="${id}" /> names no time-bound statement`);
}
console.log(formatReport(inventory, titles, today, proseUses));
if (inventory.problems.length > 0) process.exit(1);
