/** The built embed, as the embed-build integration tells pages (src/integrations/embed/embed-build.ts). */
declare module 'virtual:sync-tool-picker-embed' {
	/** The Subresource Integrity value (`sha384-…`) of dist/embed/sync-tool-picker.js. */
	export const integrity: string;
}
