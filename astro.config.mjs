// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { normaliseBase } from './src/build/base-path.ts';
import { trimWidgetDataForVite } from './src/build/widget-data.ts';
import { embedBuild } from './src/integrations/embed-build.ts';
import { internalLinkCheck } from './src/integrations/internal-link-check.ts';

// BASE=/it/hybrid-sync/ npm run build publishes the site under that path. Content pages link to
// each other with relative links (`../prerequisites/`), which hold under any base.
const base = normaliseBase(process.env.BASE);

export default defineConfig({
	base,
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
			customCss: ['./src/styles/site.css'],
			// Wrapped code never scrolls sideways, so no code block is a scroll region a keyboard cannot reach.
			expressiveCode: { defaultProps: { wrap: true } },
			components: {
				Head: './src/components/overrides/Head.astro',
				Search: './src/components/overrides/Search.astro',
			},
			sidebar: [
				{ label: 'Overview', slug: 'index' },
				{
					label: 'Plan and deploy',
					items: [
						{ slug: 'choose-a-sync-tool' },
						{ slug: 'get-started' },
						{ slug: 'prerequisites' },
						{ slug: 'configure' },
					],
				},
				{
					label: 'Concepts',
					items: [{ slug: 'concepts/directory-synchronization' }, { slug: 'concepts/entra-connect-components' }],
				},
				{ label: 'Reference', items: [{ slug: 'glossary' }, { slug: 'embed' }] },
			],
		}),
		embedBuild(),
		internalLinkCheck(),
	],
});
