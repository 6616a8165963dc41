// A build's file list as Astro, Pagefind and the embed step write it, for the hosting tests.
import { hostingPlan, type HostingPlan } from '../../../../src/integrations/hosting/hosting-plan';

/** No inline content at all. */
export const NO_HASHES = { scripts: [], styles: [], styleAttributes: [] };

/** Every kind of file a build holds, relative to dist/. */
export const BUILT_FILES = [
	'index.html',
	'404.html',
	'embed/frame/index.html',
	'embed/sync-tool-picker.js',
	'embed/sync-tool-picker.d.ts',
	'_astro/common.BOPSUC2Q.css',
	'_astro/ec.0vx5m.js',
	'favicon.svg',
	'pagefind/pagefind.js',
	'pagefind/pagefind-entry.json',
	'pagefind/wasm.en.pagefind',
	'pagefind/pagefind.en_80ed8ac71e.pf_meta',
	'pagefind/fragment/en_1a2b3c4.pf_fragment',
	'pagefind/index/en_5d6e7f8.pf_index',
	'pagefind/filter/en_a15c62a.pf_filter',
	'server-config/nginx.conf',
	'sitemap-index.xml',
];

/** The plan of a build with these files under `base`, the iframe page framed by the site and SharePoint. */
export function planFor(files: readonly string[], base: string): HostingPlan {
	return hostingPlan({
		files,
		base,
		hashes: { scripts: ["'sha256-page='"], styles: [], styleAttributes: [] },
		frameHashes: NO_HASHES,
		frameAncestors: ["'self'", 'https://contoso.sharepoint.com'],
	});
}
