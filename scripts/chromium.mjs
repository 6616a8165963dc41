// How the browser tests and `npm run bench` start Chromium: Debian's build (never a downloaded one),
// quiet, offline and without a GPU, so the browser makes no request of its own beyond the site's.

/** Debian's Chromium, or the one `E2E_CHROMIUM` names. */
export const CHROMIUM_PATH = process.env['E2E_CHROMIUM'] ?? '/usr/bin/chromium';

/** The launch flags of every Chromium the project starts. */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];
