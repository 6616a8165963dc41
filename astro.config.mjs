// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import starlight from '@astrojs/starlight';
import { normaliseBase } from './src/integrations/hosting/base-path.ts';
import {
	frameAncestorWarnings,
	parseFrameAncestors,
	parseLinkOrigins,
	parseSiteAddress,
} from './src/integrations/hosting/hosting-settings.ts';
import { trimWidgetDataForVite } from './src/integrations/embed/widget-data.ts';
import { EMBED_FRAME_PAGE, PAGES, pageSlug } from './src/data/site-contracts.ts';
import { embedBuild } from './src/integrations/embed/embed-build.ts';
import { factFreshness } from './src/integrations/fact-freshness/fact-freshness.ts';
import { hostingConfig } from './src/integrations/hosting/hosting-config.ts';
import { internalLinkCheck } from './src/integrations/link-check/internal-link-check.ts';

// BASE=/it/hybrid-sync/ npm run build publishes the site under that path. Content pages link to
// each other with relative links (`../prerequisites/`), which hold under any base.
const base = normaliseBase(process.env.BASE);
// SITE=https://intranet.example/ sets the address the sitemap and canonical links use (no sitemap
// without it). EMBED_FRAME_ANCESTORS lists the origins whose pages may frame /embed/frame/, and
// EMBED_LINK_ORIGINS those its links may point to. A bad value of any stops here, before anything
// is built, with a message naming the variable; see content/docs/host.mdx.
const site = parseSiteAddress(process.env.SITE, base);
const frameAncestors = parseFrameAncestors(process.env.EMBED_FRAME_ANCESTORS);
const linkOrigins = parseLinkOrigins(process.env.EMBED_LINK_ORIGINS);
for (const warning of frameAncestorWarnings(frameAncestors)) console.warn(`[hosting] ${warning}`);

/**
 * Sidebar entries for pages of content/docs, in the order given.
 * @param {...import('./src/data/site-contracts.ts').Page} pages
 */
const sidebarItems = (...pages) => pages.map((page) => ({ slug: pageSlug(page) }));

export default defineConfig({
	base,
	...(site ? { site } : {}),
	trailingSlash: 'always',
	// No prefetch script: pages are small, and the sandboxed iframe page (/embed/frame/) must load
	// no module script, which an opaque-origin frame could only fetch with CORS headers.
	prefetch: false,
	vite: { plugins: [trimWidgetDataForVite()] },
	integrations: [
		starlight({
			title: 'Hybrid Sync Guide',
			description:
				'Plan an Active Directory to Microsoft Entra ID integration: choose between Microsoft Entra Cloud Sync and Microsoft Entra Connect Sync, and check every prerequisite.',
			favicon: '/favicon.svg',
			customCss: ['./src/styles/site.css', './src/styles/right-sidebar.css'],
			// Wrapped code never scrolls sideways, so no code block is a scroll region a keyboard cannot reach.
			expressiveCode: { defaultProps: { wrap: true } },
			components: {
				Head: './src/components/overrides/Head.astro',
				Search: './src/components/overrides/Search.astro',
				TableOfContents: './src/components/overrides/TableOfContents.astro',
				MobileTableOfContents: './src/components/overrides/MobileTableOfContents.astro',
			},
			sidebar: [
				{ label: 'Overview', slug: pageSlug(PAGES.home) },
				{
					label: 'Plan and deploy',
					items: sidebarItems(
						PAGES.chooseASyncTool,
						PAGES.migrateToCloudSync,
						PAGES.getStarted,
						PAGES.prerequisites,
						PAGES.network,
						PAGES.topologies,
						PAGES.configure,
						PAGES.operate,
					),
				},
				{
					label: 'Concepts',
					items: sidebarItems(PAGES.directorySynchronization, PAGES.entraConnectComponents),
				},
				{
					label: 'Reference',
					items: sidebarItems(PAGES.glossary, PAGES.changes, PAGES.embed, PAGES.host),
				},
			],
		}),
		// Starlight's own sitemap, minus the bare iframe page, which asks search engines not to index it.
		sitemap({ filter: (page) => !new URL(page).pathname.endsWith(`${base}${EMBED_FRAME_PAGE}`) }),
		embedBuild(linkOrigins),
		// The Content-Security-Policy is not Astro's security.csp: that hashes only the scripts Astro
		// bundles, not Starlight's is:inline ones. This step hashes every inline script and style of
		// the finished pages and writes the policy into each page and into the server configurations.
		// After every step that writes files, since it lists them all in web.config.
		hostingConfig({ frameAncestors }),
		internalLinkCheck(),
		factFreshness(),
	],
});
