/**
 * Which `links-base` the iframe page (/embed/frame/) accepts from its own address. The frame is
 * served under the site's origin, so a links-base from anywhere would let any page that frames it
 * (or any link to it) point the site's own widget at another site. It accepts the site's origin,
 * and the origins the site's owner allows at build time in EMBED_LINK_ORIGINS (for an intranet
 * mirror, say; read and checked by src/integrations/hosting/hosting-settings.ts).
 */

/** The build variable that lists further origins the frame's links may point to, separated by spaces or commas. */
export const LINK_ORIGINS_VARIABLE = 'EMBED_LINK_ORIGINS';

/** The frame's verdict on a links-base: the value to use, or why it was refused. */
export type LinksBaseVerdict = { accepted: string } | { refused: string };

/** Accepts `value` when it resolves to the site's own origin or to an allowed one. */
export function frameLinksBase(value: string, siteOrigin: string, allowed: readonly string[]): LinksBaseVerdict {
	let origin: string;
	try {
		origin = new URL(value, `${siteOrigin}/`).origin;
	} catch {
		origin = 'null';
	}
	if (origin === siteOrigin || allowed.includes(origin)) return { accepted: value };
	const others = allowed.length > 0 ? ` or ${allowed.join(', ')}` : '';
	return {
		refused: `[sync-tool-picker] Ignoring links-base="${value}" in the frame's address: its links may point only to ${siteOrigin}${others} (the site's ${LINK_ORIGINS_VARIABLE} build setting); using ${siteOrigin}.`,
	};
}
