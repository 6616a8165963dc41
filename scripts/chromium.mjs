// How the browser tests and `npm run bench` start Chromium: Debian's build (never a downloaded one),
// quiet, offline and without a GPU, so the browser makes no request of its own beyond the site's.

/** Debian's Chromium, or the one `E2E_CHROMIUM` names. */
export const CHROMIUM_PATH = process.env['E2E_CHROMIUM'] ?? '/usr/bin/chromium';

/**
 * The Chromium features turned off for every launch. Chromium keeps only the last `--disable-features`,
 * so this list replaces Playwright's own and must carry it (`chromiumFlagsDropped` checks at launch).
 */
export const DISABLED_FEATURES = [
	// Playwright's own list (playwright-core 1.65, src/server/chromium/chromiumSwitches.ts).
	'AvoidUnnecessaryBeforeUnloadCheckSync',
	'DestroyProfileOnBrowserClose',
	'HttpsUpgrades',
	'HttpsFirstBalancedModeAutoEnable',
	'LensOverlay',
	'MediaRouter',
	'PaintHolding',
	'ThirdPartyStoragePartitioning',
	'AvoidCorsURLLoaderRestartOnRedirect',
	'TcpPortRandomizationWin',
	'OptimizationHints',
	'NetworkTimeServiceQuerying',
	'AimEnabled',
	'PreconnectToSearch',
	'msForceBrowserSignIn',
	'msEdgeUpdateLaunchServicesPreferredVersion',
	// Each new window would start a renderer for the address bar's suggestion pop-up (a WebUI page)
	// and a spare renderer for the next site: about two thirds of the CPU a test's page load costs.
	'WebUIOmniboxPopup',
	'WebUIOmniboxAimPopup',
	'SpareRendererForSitePerProcess',
];

/** The launch flags of every Chromium the project starts. */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	`--disable-features=${DISABLED_FEATURES.join(',')}`,
];

/**
 * The features Playwright's `--disable-features` turned off that the project's, the last in
 * `commandLine` (a launched browser's arguments) and the one Chromium keeps, leaves on.
 * @param {readonly string[]} commandLine
 * @returns {string[]}
 */
export function chromiumFlagsDropped(commandLine) {
	const lists = commandLine
		.filter((arg) => arg.startsWith('--disable-features='))
		.map((arg) => arg.slice('--disable-features='.length).split(',').filter(Boolean));
	if (lists.length < 2) {
		throw new Error(
			`Chromium's command line shows ${lists.length === 1 ? 'one --disable-features list' : 'no --disable-features list'}, not Playwright's and the project's: it could not be read.`,
		);
	}
	const kept = new Set(lists.at(-1));
	return [...new Set(lists.slice(0, -1).flat())].filter((feature) => !kept.has(feature));
}
