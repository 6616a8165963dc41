// The routes the built site promises, shared by the tests that read dist/ and those that open it.

/** Every route the site promises (a contract): adding a page to the tests is one line here. */
export const ROUTES = [
	'/',
	'/get-started/',
	'/configure/',
	'/prerequisites/',
	'/concepts/directory-synchronization/',
	'/concepts/entra-connect-components/',
	'/glossary/',
	'/choose-a-sync-tool/',
	'/embed/',
	'/migrate-to-cloud-sync/',
	'/network/',
	'/topologies/',
	'/operate/',
	'/changes/',
	'/host/',
] as const;

/** Routes whose requirement rows (`tr[id^="req-"]`) must each be reachable by their anchor. */
export const REQUIREMENT_ROUTES = ['/prerequisites/', '/configure/', '/network/', '/topologies/', '/operate/'] as const;
