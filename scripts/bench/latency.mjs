// Interaction latency for the bench, measured in Chromium with the Event Timing API under 4× CPU
// throttling: answering the picker's questions, and typing into the table filter. Each interaction's
// latency is the longest `event` entry of its interactionId (input to next paint); an interaction
// with no entry took less than the API's 16 ms threshold and counts as 16.

const THRESHOLD_MS = 16;

/** Starts recording Event Timing entries in the page. */
async function recordInteractions(page) {
	await page.evaluate((threshold) => {
		window.__interactions = new Map();
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries()) {
				if (!entry.interactionId) continue;
				const known = window.__interactions.get(entry.interactionId) ?? 0;
				window.__interactions.set(entry.interactionId, Math.max(known, entry.duration));
			}
		}).observe({ type: 'event', durationThreshold: threshold, buffered: true });
	}, THRESHOLD_MS);
}

/** Waits two frames, so the entries of the last interaction are delivered, and returns the longest since `since`. */
async function longestSince(page, since) {
	return page.evaluate(
		async ({ since, threshold }) => {
			for (let frame = 0; frame < 3; frame++)
				await new Promise((done) => requestAnimationFrame(() => setTimeout(done)));
			const values = [...window.__interactions.entries()].filter(([id]) => id > since).map(([, duration]) => duration);
			const latest = Math.max(0, ...window.__interactions.keys());
			return { longest: Math.max(threshold, ...values), latest };
		},
		{ since, threshold: THRESHOLD_MS },
	);
}

/** Opens `url` and slows the page's CPU four times (after loading: a navigation may change renderer). */
async function openThrottled(context, url) {
	const page = await context.newPage();
	await page.goto(url);
	const cdp = await context.newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
	return page;
}

/**
 * Walks the picker `walks` times from the first question to the result (ticking the first answer of
 * each question) and returns each walk's latencies, step by step: the tick, and the Next after it.
 * @returns {Promise<Array<{ ticks: number[], nexts: number[] }>>}
 */
export async function answerLatency(browser, url, walks = 7) {
	const results = [];
	for (let walk = 0; walk < walks; walk++) {
		const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
		const page = await openThrottled(context, url);
		const picker = page.locator('sync-tool-picker');
		await picker.locator('fieldset').waitFor();
		await recordInteractions(page);
		let since = 0;
		const ticks = [];
		const nexts = [];
		for (let step = 0; step < 9 && (await picker.locator('[data-tool]').count()) === 0; step++) {
			await picker.locator('input').first().click();
			const tick = await longestSince(page, since);
			ticks.push(tick.longest);
			since = tick.latest;
			await picker.locator('button.primary').click();
			await picker.locator('[data-focus]').first().waitFor();
			const next = await longestSince(page, since);
			nexts.push(next.longest);
			since = next.latest;
		}
		results.push({ ticks, nexts });
		await context.close();
	}
	return results;
}

/** Types `query` into the table filter of `url` `runs` times and returns each run's latency per keystroke. */
export async function keystrokeLatency(browser, url, query = 'windows server', runs = 3) {
	const results = [];
	for (let run = 0; run < runs; run++) {
		const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
		const page = await openThrottled(context, url);
		const input = page.locator('main input[type="search"]').first();
		await input.waitFor({ state: 'visible' });
		await recordInteractions(page);
		await input.click();
		let { latest: since } = await longestSince(page, 0);
		const keys = [];
		for (const key of query) {
			await input.press(key === ' ' ? 'Space' : key);
			const { longest, latest } = await longestSince(page, since);
			keys.push(longest);
			since = latest;
		}
		results.push(keys);
		await context.close();
	}
	return results;
}

/**
 * The latency of the slowest step, robust to a busy machine: each step's best (lowest) value over
 * the repeats, since other processes only ever add time, then the worst step.
 * @param {number[][]} repeats one array of step latencies per repeat, steps in the same order
 */
export function slowestStep(repeats) {
	const steps = Math.min(...repeats.map((steps) => steps.length));
	let slowest = 0;
	for (let step = 0; step < steps; step++)
		slowest = Math.max(slowest, Math.min(...repeats.map((values) => values[step])));
	return slowest;
}

/** The median of some numbers. */
export function median(values) {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
