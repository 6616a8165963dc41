/**
 * The MIME map the IIS-like test server assumes a default IIS 10 has, for the extensions this site
 * can contain. Microsoft publishes no list; these are in all three applicationHost.config files the
 * hosting fact sheet compared (`.wasm` was missing from one, so it is left out; `.mjs`,
 * `.webmanifest`, `.webp`, `.avif` and Pagefind's extensions were in none), and `.ts` as the one of
 * them we checked maps it: to a video type. The build does not rely on this list; it only makes the
 * test server as unhelpful as a real one.
 */
export const IIS_DEFAULT_MIME_TYPES: Readonly<Record<string, string>> = {
	'.html': 'text/html',
	'.htm': 'text/html',
	'.css': 'text/css',
	'.js': 'application/javascript',
	'.json': 'application/json',
	'.map': 'text/plain',
	'.xml': 'text/xml',
	'.txt': 'text/plain',
	'.ts': 'video/vnd.dlna.mpeg-tts',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.jpeg': 'image/jpeg',
	'.gif': 'image/gif',
	'.ico': 'image/x-icon',
	'.woff': 'font/x-woff',
	'.woff2': 'application/font-woff2',
	'.pdf': 'application/pdf',
};
