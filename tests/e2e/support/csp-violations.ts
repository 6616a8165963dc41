/**
 * Records Content-Security-Policy violations as the page itself sees them: every
 * `securitypolicyviolation` event, in every frame, from before the page's first script.
 */
import type { Page } from 'playwright-core';
import { expectCleanPage } from '../harness';

/** An init script (for `openPage({ initScript })` or `addInitScript`) that records violations in each frame. */
export const RECORD_CSP_VIOLATIONS = `(() => {
	const seen = (window.__cspViolations = []);
	document.addEventListener('securitypolicyviolation', (event) => {
		seen.push(event.violatedDirective + ' blocked ' + (event.blockedURI || 'inline') + (event.sample ? ' (' + event.sample.slice(0, 60) + ')' : '') + ' at ' + location.pathname);
	});
})();`;

/** The violations recorded so far in every frame of the page. */
export async function cspViolationsOn(page: Page): Promise<string[]> {
	const perFrame = await Promise.all(
		page.frames().map((frame) =>
			frame
				.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])
				// A frame that navigated away or was removed meanwhile has nothing left to report.
				.catch(() => []),
		),
	);
	return perFrame.flat();
}

/**
 * Waits for the page to settle, asserts it logged no console error and had no failed request, and
 * closes it; returns the violations recorded in its frames meanwhile.
 */
export async function violationsOfCleanPage(page: Page): Promise<string[]> {
	await expectCleanPage(page);
	const violations = await cspViolationsOn(page);
	await page.close();
	return violations;
}
