// The routes the built site promises, shared by the tests that read dist/ and those that open it:
// read from the site's contracts (src/data/site-contracts.ts), so a new page is tested as it lands.
import { ROW_FILES } from '../../src/data/fact-files';
import { EMBED_FRAME_PAGE, PAGES, REQUIREMENT_PREFIX, siteRoute, type SiteRoute } from '../../src/data/site-contracts';

/** Every route of content/docs (a contract). */
export const ROUTES: readonly SiteRoute[] = Object.values(PAGES).map(siteRoute);

/** Routes whose requirement rows (`tr[id^="req-"]`) must each be reachable by their anchor. */
export const REQUIREMENT_ROUTES: readonly SiteRoute[] = ROW_FILES.filter(
	(file) => file.anchorPrefix === REQUIREMENT_PREFIX,
).map((file) => file.route);

/** The embed's bare iframe page, which is not a page of content/docs. */
export const EMBED_FRAME_ROUTE = siteRoute(EMBED_FRAME_PAGE);
