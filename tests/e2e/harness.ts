/**
 * Browser-test harness: what the e2e files import, each from the support module with that one job
 * (the site's routes, the built site, themes, the static server, the shared Chromium, the page record, axe,
 * useSite, search, links).
 */
export { EMBED_FRAME_ROUTE, ROUTES, REQUIREMENT_ROUTES } from '../support/site-routes';
export { builtSiteDir } from '../support/built-site';
export { THEMES, type Theme } from './support/themes';
export { AXE_TAGS, axeInEveryTheme, describeViolations, runAxe } from './support/axe';
export { serveSite, type ServeSiteOptions, type SiteServer } from './support/static-server';
export { connectBrowser } from './support/browser';
export { expectCleanPage, reportOf, type PageReport } from './support/page-report';
export { useSite, type OpenPageOptions, type Site } from './support/use-site';
export { followFirstSearchResult, searchSite } from './support/search';
export { brokenLinksOn, targetsOutOfView } from './support/links';
