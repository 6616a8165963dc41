/**
 * Writes dist/web.config from a hosting plan, for IIS 7.5 and later: MIME maps for the file
 * extensions a default IIS does not know, the security headers, a year's caching for
 * content-hashed files and revalidation for the rest, and the custom not-found page under the
 * base path.
 */
import { FRAME_FOLDER, NOT_FOUND_PAGE, type HostingPlan, type ResponseHeader } from './hosting-plan';

/**
 * The MIME map we assume a default IIS has, for the extensions this site can contain. Microsoft
 * publishes no list for IIS 10; these are in all three applicationHost.config dumps the hosting
 * fact sheet compared (`.wasm` was missing from one, so it is treated as missing; `.mjs`,
 * `.webmanifest`, `.webp`, `.avif` and Pagefind's extensions were in none).
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

/** A year, as IIS writes a time span (days.hours:minutes:seconds). */
const ONE_YEAR = '365.00:00:00';

function attribute(value: string): string {
	return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function indent(lines: string[], depth: number): string[] {
	return lines.map((line) => `${'\t'.repeat(depth)}${line}`);
}

/** `<remove>` before each `<add>`, so a header a parent level already sets is replaced, not doubled (a 500.19). */
function setHeaders(headers: readonly ResponseHeader[]): string[] {
	return headers.flatMap(({ name, value }) => [
		`<remove name="${attribute(name)}" />`,
		`<add name="${attribute(name)}" value="${attribute(value)}" />`,
	]);
}

/** A `<location>` for a path relative to the site, holding `system.webServer` settings. */
function location(path: string, webServer: string[]): string[] {
	return [
		`<location path="${attribute(path.replace(/\/$/, ''))}">`,
		...indent(['<system.webServer>', ...indent(webServer, 1), '</system.webServer>'], 1),
		'</location>',
	];
}

/** The web.config text for a plan. */
export function webConfig(plan: HostingPlan): string {
	const missing = plan.mimeTypes.filter(({ extension }) => !(extension in IIS_DEFAULT_MIME_TYPES));
	const frameOnly = plan.frameHeaders.filter(
		(header) => !plan.headers.some((site) => site.name === header.name && site.value === header.value),
	);
	const dropped = plan.headers.filter((header) => !plan.frameHeaders.some((frame) => frame.name === header.name));
	const longCache = [
		'<staticContent>',
		`\t<clientCache cacheControlMode="UseMaxAge" cacheControlMaxAge="${ONE_YEAR}" cacheControlCustom="immutable" />`,
		'</staticContent>',
	];
	const root = [
		'<staticContent>',
		// Remove first: where the server already maps an extension, a second <mimeMap> is a 500.19 error.
		...indent(
			missing.flatMap(({ extension, type }) => [
				`<remove fileExtension="${extension}" />`,
				`<mimeMap fileExtension="${extension}" mimeType="${attribute(type)}" />`,
			]),
			1,
		),
		// Cache-Control: no-cache (revalidate every time) for pages and files whose names stay the same.
		'\t<clientCache cacheControlMode="DisableCache" />',
		'</staticContent>',
		'<httpProtocol>',
		'\t<customHeaders>',
		'\t\t<remove name="X-Powered-By" />',
		...indent(setHeaders(plan.headers), 2),
		'\t</customHeaders>',
		'</httpProtocol>',
		'<httpErrors errorMode="Custom">',
		'\t<remove statusCode="404" subStatusCode="-1" />',
		`\t<error statusCode="404" subStatusCode="-1" path="${attribute(plan.base + NOT_FOUND_PAGE)}" responseMode="ExecuteURL" />`,
		'</httpErrors>',
	];
	const frame = [
		'<httpProtocol>',
		'\t<customHeaders>',
		...indent([...setHeaders(frameOnly), ...dropped.map(({ name }) => `<remove name="${attribute(name)}" />`)], 2),
		'\t</customHeaders>',
		'</httpProtocol>',
	];
	return [
		'<?xml version="1.0" encoding="utf-8"?>',
		`<!-- Written by the Hybrid Sync Guide build for the base path ${plan.base.replace(/--/g, '- -')}. Do not edit: build again (see the site's "Host the site" page). -->`,
		'<configuration>',
		...indent(['<system.webServer>', ...indent(root, 1), '</system.webServer>'], 1),
		...indent(
			[
				...plan.contentHashed.folders.flatMap((folder) => location(folder, longCache)),
				...plan.contentHashed.files.flatMap((file) => location(file, longCache)),
				...location(FRAME_FOLDER, frame),
			],
			1,
		),
		'</configuration>',
		'',
	].join('\r\n');
}
