// What a page opened by a test did that a clean page must not do: console errors, failed requests,
// requests to another origin.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** What a page did that a clean page must not do. */
export interface PageReport {
	/** Console errors and uncaught exceptions. */
	consoleErrors: string[];
	/** Requests that failed, and responses with a status of 400 or more. */
	failedRequests: string[];
	/** Requests to any origin but the test server's (blocked, so the site is proven offline). */
	offOriginRequests: string[];
}

const reports = new WeakMap<Page, PageReport>();

/** Starts the record of `page` (openPage does, before the page loads anything). */
export function startReport(page: Page): PageReport {
	const report: PageReport = { consoleErrors: [], failedRequests: [], offOriginRequests: [] };
	reports.set(page, report);
	return report;
}

/** The record of `page`, or undefined if it was not opened with openPage(). */
export function recordedReport(page: Page): PageReport | undefined {
	return reports.get(page);
}

/** The record of everything `page` did since `openPage`. */
export function reportOf(page: Page): PageReport {
	const report = reports.get(page);
	if (!report) throw new Error('This page was not opened with openPage(), so nothing was recorded.');
	return report;
}

/** Asserts the page logged no console error, had no failed request and asked no other origin. */
export async function expectCleanPage(page: Page): Promise<void> {
	// Late requests (Pagefind's UI loads when the browser is idle) count too.
	await page.waitForLoadState('networkidle');
	expect(reportOf(page), `page ${page.url()}`).toEqual({
		consoleErrors: [],
		failedRequests: [],
		offOriginRequests: [],
	});
}
