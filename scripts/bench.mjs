// Measures a built site against its budgets (scripts/bench/budgets.mjs) and exits non-zero when one
// is exceeded. By default (`npm run bench`, in `npm test`) the sizes: the embed module's and where it
// goes, what the table filter, the readiness check and its export reader add. With --latency (`npm run bench:latency`),
// the JavaScript a guide page ships beside a real build of a plain Starlight site, and, in Chromium
// under 4× CPU throttling, how long answering a question and a filter keystroke take; it also
// reports the bytes Pagefind fetches for a first query. Run `npm run build` first.
//   node scripts/bench.mjs [dist] [--latency | --only embed,filter,readiness,export-reader,guide-page,latency,pagefind] [--budget name=value]
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';
import { benchDist, benchGroups, checkBudgets, describeVerdict, parseBudgetOverrides } from './bench/budgets.mjs';
import { answerLatency, keystrokeLatency, slowestStep } from './bench/latency.mjs';
import { beyondStarlight } from './bench/beyond-starlight.mjs';
import { embedBreakdown, gzip, htmlPages, kb, lazyScripts, pageJs, pageScripts } from './bench/sizes.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const args = process.argv.slice(2);
const DIST = resolve(benchDist(args));
const groups = benchGroups(args);
const runs = (group) => groups.has(group);
const overrides = parseBudgetOverrides(args);
const measured = new Map();
const print = (line = '') => console.log(line);
const size = (bytes) => `${kb(bytes).toFixed(1)} KB`;

if (!existsSync(join(DIST, 'index.html'))) {
	console.error(`No built site in ${DIST}: run "npm run build" first.`);
	process.exit(1);
}
print(`Budgets for ${DIST}`);

if (runs('embed')) {
	const module = readFileSync(join(DIST, 'embed/sync-tool-picker.js'));
	measured.set('embed', kb(gzip(module)));
	print(`\nEmbed module embed/sync-tool-picker.js: ${size(gzip(module))} gzip, ${size(module.length)} raw`);
	if (existsSync(join(ROOT, 'src/embed/sync-tool-picker.ts'))) {
		const { raw, total, parts, matchesDist } = await embedBreakdown(ROOT, DIST);
		print(
			`Where its ${size(total)} gzip (${size(raw)} raw) go, by esbuild's metafile (minified bytes per part; gzip shared out by how well each part compresses on its own):`,
		);
		// Two decimals, so that the smallest parts do not print as nothing.
		const fine = (bytes) => `${kb(bytes).toFixed(2)} KB`;
		for (const part of parts)
			print(`  ${fine(part.gz).padStart(9)} gzip ${fine(part.raw).padStart(9)} raw  ${part.part}`);
		if (!matchesDist) print('  (rebuilt from the sources, which differ from this dist/: rebuild for exact figures)');
	}
	if (existsSync(join(DIST, 'embed/frame.js')))
		print(`Iframe page script embed/frame.js: ${size(gzip(readFileSync(join(DIST, 'embed/frame.js'))))} gzip`);
}

const hasSite = existsSync(join(DIST, 'get-started/index.html'));
if (runs('filter') && hasSite) {
	// What only pages with the filter load: the scripts of /prerequisites/ that no page without a
	// <table-filter> has (Starlight's own, the search override, the time-bound island are all elsewhere).
	const elsewhere = new Set(
		htmlPages(DIST)
			.filter((page) => !/<table-filter\b/.test(readFileSync(join(DIST, page), 'utf-8')))
			.flatMap((page) => pageScripts(DIST, page).map((script) => script.key)),
	);
	const added = pageScripts(DIST, 'prerequisites/index.html')
		.filter((script) => !elsewhere.has(script.key))
		.reduce((sum, script) => sum + script.gz, 0);
	measured.set('filter', kb(added));
	print(`\nTable filter JavaScript on /prerequisites/ (scripts no page without a filter loads): ${size(added)} gzip`);
}

if (runs('readiness') && hasSite) {
	// What the readiness check costs a reader who opens its page: the scripts of /migrate-to-cloud-sync/
	// that no page without an island loads (the engine it shares with the picker counts in full).
	const ISLAND = /<(sync-tool-picker|table-filter|migration-readiness)\b|data-embed-demo/;
	const plain = new Set(
		htmlPages(DIST)
			.filter((page) => !ISLAND.test(readFileSync(join(DIST, page), 'utf-8')))
			.flatMap((page) => pageScripts(DIST, page).map((script) => script.key)),
	);
	const added = pageScripts(DIST, 'migrate-to-cloud-sync/index.html')
		.filter((script) => !plain.has(script.key))
		.reduce((sum, script) => sum + script.gz, 0);
	measured.set('readiness', kb(added));
	print(
		`\nMigration readiness check on /migrate-to-cloud-sync/ (scripts no page without an island loads): ${size(added)} gzip`,
	);
}

if (runs('export-reader') && hasSite) {
	// What "Read it from your server" loads when the reader comes to it (the panel and its worker):
	// nothing of it is in the page's first load, which the `readiness` budget measures.
	// Pagefind's search UI loads when used on every page; it is not the reader's.
	const plainPage = htmlPages(DIST).find(
		(page) =>
			!/<(sync-tool-picker|table-filter|migration-readiness)\b|data-embed-demo/.test(
				readFileSync(join(DIST, page), 'utf-8'),
			),
	);
	const everywhere = new Set(plainPage ? lazyScripts(DIST, plainPage).map((script) => script.key) : []);
	const lazy = lazyScripts(DIST, 'migrate-to-cloud-sync/index.html').filter((script) => !everywhere.has(script.key));
	const added = lazy.reduce((sum, script) => sum + script.gz, 0);
	measured.set('export-reader', lazy.length > 0 ? kb(added) : undefined);
	print(`\nExport reader on /migrate-to-cloud-sync/, loaded when used: ${size(added)} gzip`);
	for (const script of lazy) print(`  ${script.key}: ${size(script.gz)}`);
}

/** Our scripts that a plain Starlight page lacks but that a guide page may carry, each for a stated reason. */
const ALLOWED_ADDITIONS = [
	{
		match: /nameIncludesShortcut/,
		from: 'src/components/overrides/Search.astro',
		why: 'gives the search button an accessible name that contains its visible shortcut (WCAG 2.5.3)',
	},
];

if (runs('guide-page') && hasSite) {
	// The baseline is a real build of tests/fixtures/plain-starlight: the same Starlight, only a title
	// and a sidebar. What a guide page adds is the gzip of the scripts that build does not account for
	// (scripts/bench/beyond-starlight.mjs).
	const baselineDist = join(ROOT, 'tests/.tmp/plain-starlight-dist');
	const built = spawnSync(
		process.execPath,
		[
			join(ROOT, 'node_modules/astro/bin/astro.mjs'),
			'build',
			'--root',
			join(ROOT, 'tests/fixtures/plain-starlight'),
			'--outDir',
			baselineDist,
		],
		{ cwd: ROOT, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }, encoding: 'utf-8' },
	);
	if (built.status !== 0) {
		print(`\nThe plain Starlight baseline did not build:\n${built.stdout}${built.stderr}`);
		measured.set('guide-page', undefined);
	} else {
		const baselinePages = htmlPages(baselineDist).map((page) => pageScripts(baselineDist, page));
		const plainGuide = pageJs(baselineDist, 'guide/index.html');
		print(
			`\nFirst-load JavaScript, against a plain Starlight guide page (${size(plainGuide)} gzip with a table of contents, tabs and code):`,
		);
		let worst = 0;
		let worstDated = 0;
		for (const page of htmlPages(DIST)) {
			const html = readFileSync(join(DIST, page), 'utf-8');
			const island = html.includes('data-embed-demo')
				? 'embed demo'
				: (/<(sync-tool-picker|table-filter|migration-readiness)\b/.exec(html)?.[1] ?? '');
			// A dated statement is reworded for the reader's day by its own small island.
			const dated = /<time-bound(?:-today)?\b/.test(html);
			const scripts = pageScripts(DIST, page);
			const ours = beyondStarlight(baselinePages, scripts);
			const allowed = ours.filter((script) => ALLOWED_ADDITIONS.some((allowance) => allowance.match.test(script.text)));
			const counted = ours.filter((script) => !allowed.includes(script));
			const added = counted.reduce((sum, script) => sum + script.gz, 0);
			const total = scripts.reduce((sum, script) => sum + script.gz, 0);
			const note = island
				? `island: ${island}, budgeted on its own`
				: dated
					? `island: time-bound, ${size(added)} beyond Starlight`
					: `${size(added)} beyond Starlight`;
			print(`  ${size(total).padStart(8)}  /${page.replace(/index\.html$/, '')} (${note})`);
			if (island || page === 'embed/frame/index.html') continue;
			if (counted.length > 0) print(`            beyond Starlight: ${counted.map((script) => script.key).join(', ')}`);
			if (dated) worstDated = Math.max(worstDated, added);
			else worst = Math.max(worst, added);
		}
		for (const { from, why } of ALLOWED_ADDITIONS) print(`  Allowed beyond Starlight: ${from}, which ${why}.`);
		measured.set('guide-page', kb(worst));
		measured.set('time-bound', kb(worstDated));
	}
}

// A static server for the browser measurements, on loopback.
const TYPES = {
	'.html': 'text/html',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.svg': 'image/svg+xml',
	'.json': 'application/json',
	'.wasm': 'application/wasm',
};
const server = createServer((request, response) => {
	let path = join(DIST, decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
	if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
	if (!path.startsWith(DIST) || !existsSync(path)) return response.writeHead(404).end();
	response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
	createReadStream(path).pipe(response);
});

if ((runs('latency') || runs('pagefind')) && hasSite) {
	await new Promise((done) => server.listen(0, '127.0.0.1', done));
	const origin = `http://127.0.0.1:${server.address().port}`;
	const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
	try {
		if (runs('latency')) {
			print(
				'\nInteraction latency, Chromium at 4× CPU throttling, Event Timing API (input to next paint, rounded to 8 ms;',
			);
			print(
				'under 16 ms counts as 16). Each step is repeated and its best value kept, since a busy machine only adds time:',
			);
			const walks = await answerLatency(browser, `${origin}/choose-a-sync-tool/`);
			const steps = (key) =>
				walks.map((walk) => walk[key].map((ms) => String(ms).padStart(4)).join('')).join('\n      ');
			print(`  Next, per step of ${walks.length} walks (the last shows the result), ms:\n      ${steps('nexts')}`);
			print(`  Ticking an answer, per step, ms (the first is the page's first input):\n      ${steps('ticks')}`);
			const answer = slowestStep(walks.map((walk) => walk.nexts));
			print(`  Answering a question: ${answer} ms (the slowest step's best)`);
			measured.set('answer', answer);
			const runs = await keystrokeLatency(browser, `${origin}/prerequisites/`);
			print(
				`  Table filter, per keystroke of "windows server", ms:\n      ${runs.map((keys) => keys.map((ms) => String(ms).padStart(4)).join('')).join('\n      ')}`,
			);
			const keystroke = slowestStep(runs);
			print(`  Table filter keystroke: ${keystroke} ms (the slowest keystroke's best)`);
			measured.set('keystroke', keystroke);
		}
		if (runs('pagefind')) {
			const page = await browser.newPage();
			let bytes = 0;
			let files = 0;
			page.on('response', async (response) => {
				if (!response.url().includes('/pagefind/')) return;
				files += 1;
				bytes += (await response.body().catch(() => Buffer.alloc(0))).length;
			});
			await page.goto(`${origin}/`);
			await page.locator('site-search button[data-open-modal]').click();
			await page.locator('#starlight__search input').first().fill('gMSA');
			await page.locator('#starlight__search .pagefind-ui__result-link').first().waitFor();
			await page.waitForLoadState('networkidle');
			print(
				`\nPagefind, first query ("gMSA"): ${size(bytes)} fetched in ${files} files (already compressed formats; no other origin; reported, not budgeted)`,
			);
		}
	} finally {
		await browser.close();
		server.close();
	}
}

const verdicts = checkBudgets(measured, overrides);
print('\nBudgets:');
for (const verdict of verdicts) print(`  ${describeVerdict(verdict)}`);
const over = verdicts.filter((verdict) => !verdict.ok);
if (over.length > 0) {
	print(
		`\n${over.length} budget${over.length === 1 ? '' : 's'} exceeded: ${over.map((verdict) => verdict.budget.name).join(', ')}.`,
	);
	process.exitCode = 1;
}
