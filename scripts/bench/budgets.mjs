// The budgets `npm run bench` holds the built site to, and the pure check that turns measurements
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
		limit: 20.5,
		why: "the 8 KB goal of issue 10 is out of reach without dropping a feature: the data alone (questions, comparison rows, the checklist with each row's caveats) is about 8.3 KB; the breakdown above shows where each kilobyte goes; issue 12's dated caveats (both wordings, and the rule that picks one for the reader's day, about 0.6 KB) took the room once left for more requirement rows, issue 9's licence rows for password writeback (with Microsoft's licensing page beside them, about 0.2 KB) raised it from 19 KB, and each caveat's own source, linked and named by its page's title where the page gives the titles (about 0.5 KB), to 19.7 KB, and the hardening of the element for host pages (a move before load, properties set before definition, two pickers sharing the address, Back past a link within the page, a host's own startOver(), forced colours, lang, links-base checks; about 0.2 KB) to 19.98 KB, and Back or Forward with two pickers sharing the address and a script's startOver() with focus inside to 20.02 KB, when the budget went from 20 to 20.5 KB, then focus kept on the same control across a re-render the reader did not ask for (about 0.2 KB) to 20.24 KB; a row no need brings in (Connect Health's licence) is not shipped, and a new row needs a saving elsewhere",
	},
	{
		name: 'filter',
		what: 'JavaScript the table filter adds to /prerequisites/, gzip',
		unit: 'KB',
		limit: 2,
		why: 'the goal of issue 10',
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
		why: "the <time-bound> island that words each deadline for the reader's own day (issue 12); nothing else",
	},
	{
		name: 'readiness',
		what: 'JavaScript the migration readiness check adds to /migrate-to-cloud-sync/, gzip',
		unit: 'KB',
		limit: 15,
		why: 'the engine and the comparison rows it decides with (shared with the picker, about 9 KB), and the check itself (about 5 KB); it imports the engine through src/decision/readiness-api.ts, so it leaves out the question tree and the checklist; raised from 14 KB at 13.98 KB, after the guided tool learnt to wait for a tick and to name ticks that contradict the forest count, Back/Forward to keep the address, and the shared links-base rule (about 0.26 KB together); raised to 15 KB at 14.55 KB for what of issue 18\'s "Read it from your server" ships with the page (the file inputs and drop zone, which load the reader when the reader comes to it; about 0.55 KB)',
	},
	{
		name: 'export-reader',
		what: 'JavaScript "Read it from your server" loads on /migrate-to-cloud-sync/ when used (panel and worker), gzip',
		unit: 'KB',
		limit: 21,
		why: "issue 18's reader of Connect Sync exports, 20.1 KB when it came: the worker (16.7 KB: a conformant XML parser that runs in a worker, saxes, about 8 KB, since DOMParser is not there; fflate's unzip, about 3 KB; the reader with its messages) and the panel (3.4 KB); none of it loads until the reader comes to it",
	},
	{
		name: 'answer',
		what: 'answering a question (Next) in the picker, slowest step, 4× CPU throttling',
		unit: 'ms',
		limit: 150,
		why: 'a guard against regressions, not the 50 ms aim: on a shared 2-core machine this measure read 64 ms at a load of 6 and up to 130 ms at a load of 15, like the code before the rework under the same load; the slowest step, showing the result, is mostly style, layout and paint of new text',
	},
	{
		name: 'keystroke',
		what: 'a keystroke in the table filter, slowest one, 4× CPU throttling',
		unit: 'ms',
		limit: 120,
		why: 'a guard against regressions with room for a loaded 2-core CI machine: about twice the 56–64 ms the finished filter measures here at a load of 4–6',
	},
];

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
