/**
 * The e2e project's global setup: one Debian Chromium and one static server of the built site for
 * every test file, instead of one of each per file. Test files reach them through `inject`
 * (tests/e2e/support/browser.ts, useSite); each opens its own browser contexts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { CHROMIUM_ARGS, CHROMIUM_PATH, chromiumFlagsDropped } from '../../scripts/chromium.mjs';
import { builtSiteDir } from '../support/built-site';
import { serveSite } from './support/static-server';

declare module 'vitest' {
	export interface ProvidedContext {
		/** The address test files connect to the shared Chromium at. */
		chromiumEndpoint: string;
		/** The origin of the shared static server of the built site, at base `/`. */
		siteOrigin: string;
	}
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
	if (!existsSync(CHROMIUM_PATH)) {
		throw new Error(`No Chromium at ${CHROMIUM_PATH}: run .ci/setup (Debian's chromium package), or set E2E_CHROMIUM.`);
	}
	const site = await serveSite(builtSiteDir());
	const browser = await chromium.launchServer({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
	try {
		const commandLine = readFileSync(`/proc/${browser.process().pid}/cmdline`, 'utf-8').split('\0');
		const dropped = chromiumFlagsDropped(commandLine);
		if (dropped.length > 0) {
			throw new Error(
				`Playwright turns off Chromium features that DISABLED_FEATURES in scripts/chromium.mjs leaves on: ${dropped.join(', ')}. Add them there.`,
			);
		}
	} catch (error) {
		await browser.close();
		await site.close();
		throw error;
	}
	project.provide('chromiumEndpoint', browser.wsEndpoint());
	project.provide('siteOrigin', site.origin);
	return async () => {
		await browser.close();
		await site.close();
	};
}
