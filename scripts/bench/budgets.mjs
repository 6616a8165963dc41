// The budgets `npm run bench` and `npm run bench:latency` hold the built site to, the groups each measures, and the pure check that turns measurements
// into verdicts. A budget is exceeded when its measurement is above it; a measurement that could
// not be taken fails too, so a broken bench never passes quietly.

/**
 * @typedef {{ name: string, what: string, unit: 'KB' | 'ms', limit: number, why: string }} Budget
 * @typedef {{ budget: Budget, value: number | undefined, ok: boolean }} Verdict
 */

/** @type {Budget[]} */
export const BUDGETS = [
	{
		name: 'embed',
		what: 'embed module dist/embed/sync-tool-picker.js, gzip',
		unit: 'KB',
		limit: 20.7,
		why: "the picker works offline, so it carries its data: questions, comparison rows and the checklist with each row's dated caveats and their sources (about 9.4 KB; the breakdown above shows where each kilobyte goes); a new row or caveat needs a saving elsewhere or a raised budget",
	},
	{
		name: 'filter',
		what: 'JavaScript the table filter adds to /prerequisites/, gzip',
		unit: 'KB',
		limit: 2,
		why: 'the filter must not slow the start of a long table page on a phone',
	},
	{
		name: 'guide-page',
		what: 'JavaScript a guide page without islands ships beyond a plain Starlight page, gzip',
		unit: 'KB',
		limit: 0,
		why: 'no more than Starlight itself; named exceptions are listed above',
	},
	{
		name: 'time-bound',
		what: 'JavaScript a guide page with dated statements ships beyond a plain Starlight page, gzip',
		unit: 'KB',
		limit: 1.5,
		why: "the <time-bound> island that words each deadline for the reader's own day; nothing else",
	},
	{
		name: 'readiness',
		what: 'JavaScript the migration readiness check adds to /migrate-to-cloud-sync/, gzip',
		unit: 'KB',
		limit: 15,
		why: 'the engine and the comparison rows it decides with (shared with the picker, about 9 KB), the check itself (about 5 KB) and the file inputs of "Read it from your server" (the reader loads only when used); the question tree and the checklist stay out, because the modules of the engine have no side effects (the sideEffects list of package.json)',
	},
	{
		name: 'export-reader',
		what: 'JavaScript "Read it from your server" loads on /migrate-to-cloud-sync/ when used (panel and worker), gzip',
		unit: 'KB',
		limit: 21,
		why: "the reader of Connect Sync exports: the worker (about 16.7 KB: saxes, a conformant XML parser, about 8 KB, since a worker has no DOMParser; fflate's unzip, about 3 KB; the reader with its messages) and the panel (about 3.4 KB); none of it loads until the reader comes to it",
	},
	{
		name: 'answer',
		what: 'answering a question (Next) in the picker, slowest step, 4× CPU throttling',
		unit: 'ms',
		limit: 150,
		why: 'a guard against regressions, not the 50 ms aim: on a shared 2-core machine it reads about 64 ms at a load of 6 and up to 130 ms at a load of 15; the slowest step, showing the result, is mostly style, layout and paint of new text',
	},
	{
		name: 'keystroke',
		what: 'a keystroke in the table filter, slowest one, 4× CPU throttling',
		unit: 'ms',
		limit: 120,
		why: 'a guard against regressions with room for a loaded 2-core CI machine: about twice the 56–64 ms the filter measures at a load of 4–6',
	},
];

/**
 * What `npm run bench` measures, in `npm test`: sizes read from the build, cheap and the same on any machine.
 * What `npm run bench:latency` (`--latency`) measures, apart: it builds a plain Starlight site as the
 * baseline of the guide-page budgets, and times interactions in Chromium under 4× CPU throttling,
 * which a loaded machine turns to noise.
 */
export const BENCH_GROUPS = {
	sizes: ['embed', 'filter', 'readiness', 'export-reader'],
	latency: ['guide-page', 'latency', 'pagefind'],
};

/**
 * The groups a bench run measures: those `--only a,b` names, else the latency groups with `--latency`, else the sizes.
 * @param {string[]} args
 * @returns {Set<string>}
 */
export function benchGroups(args) {
	const all = [...BENCH_GROUPS.sizes, ...BENCH_GROUPS.latency];
	const only = args.includes('--only') ? (args[args.indexOf('--only') + 1] ?? '').split(',') : undefined;
	const unknown = (only ?? []).filter((group) => !all.includes(group));
	if (only && (unknown.length > 0 || only.length === 0)) {
		throw new Error(`--only ${only.join(',')}: name groups from ${all.join(', ')}`);
	}
	return new Set(only ?? (args.includes('--latency') ? BENCH_GROUPS.latency : BENCH_GROUPS.sizes));
}

/** The site folder a bench run measures: its first argument that is neither an option nor an option's value. */
export function benchDist(args) {
	const takesValue = new Set(['--only', '--budget']);
	return args.find((arg, index) => !arg.startsWith('--') && !takesValue.has(args[index - 1] ?? '')) ?? 'dist';
}

/**
 * Parses `--budget name=value` overrides (the unit tests use them to prove an exceeded budget fails).
 * @param {string[]} args
 * @returns {Map<string, number>}
 */
export function parseBudgetOverrides(args) {
	const overrides = new Map();
	args.forEach((arg, index) => {
		if (arg !== '--budget') return;
		const [name, value] = (args[index + 1] ?? '').split('=');
		const limit = Number(value);
		if (!BUDGETS.some((budget) => budget.name === name) || !Number.isFinite(limit)) {
			throw new Error(
				`--budget ${args[index + 1] ?? ''}: use --budget <name>=<number>, name one of ${BUDGETS.map((budget) => budget.name).join(', ')}`,
			);
		}
		overrides.set(name, limit);
	});
	return overrides;
}

/**
 * Checks measurements against the budgets; only budgets with a measurement entry are checked.
 * @param {Map<string, number | undefined>} measured by budget name; undefined when it could not be measured
 * @param {Map<string, number>} [overrides] limits by budget name
 * @returns {Verdict[]}
 */
export function checkBudgets(measured, overrides = new Map()) {
	return BUDGETS.filter((budget) => measured.has(budget.name)).map((original) => {
		const budget = { ...original, limit: overrides.get(original.name) ?? original.limit };
		const value = measured.get(budget.name);
		return { budget, value, ok: value !== undefined && value <= budget.limit + 1e-9 };
	});
}

/**
 * One line per verdict, for the bench's summary.
 * @param {Verdict} verdict
 */
export function describeVerdict({ budget, value, ok }) {
	const shown = value === undefined ? 'not measured' : `${value.toFixed(budget.unit === 'KB' ? 2 : 0)} ${budget.unit}`;
	return `${ok ? 'ok  ' : 'OVER'} ${budget.name}: ${shown} (budget ${budget.limit} ${budget.unit}) — ${budget.what}; ${budget.why}`;
}
