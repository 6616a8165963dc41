// Debian's Chromium, as every browser test drives it: the one the e2e project's global setup
// launched (tests/e2e/global-setup.ts), never a downloaded one.
import { chromium, type Browser } from 'playwright-core';
import { inject } from 'vitest';

/** Connects to the shared Chromium; closing what this returns disconnects this test file only. */
export async function connectBrowser(): Promise<Browser> {
	return chromium.connect(inject('chromiumEndpoint'));
}
