/**
 * Writes the nginx and Apache httpd configuration of a build from its hosting plan, with the same
 * MIME types, headers, caching and not-found page as dist/web.config. Both are included inside the
 * server's own site block (see the site's "Host the site" page), so nothing else is assumed of it.
 */
import { NOT_FOUND_PAGE } from '../../data/site-contracts';
import { CACHE_CONTROL, FRAME_FOLDER, type HostingPlan, type ResponseHeader } from './hosting-plan';

/** Where the build writes the snippets, relative to dist/. */
export const SERVER_CONFIG_FILES = { nginx: 'server-config/nginx.conf', apache: 'server-config/apache.conf' } as const;

/** A header value in double quotes; nginx would expand a `$`, so one is refused rather than mangled. */
function quoted(value: string): string {
	if (/["\\$\r\n]/.test(value))
		throw new Error(`Cannot write the header value ${JSON.stringify(value)} into a server configuration.`);
	return `"${value}"`;
}

function preamble(plan: HostingPlan, server: string, include: string): string[] {
	return [
		`# Hybrid Sync Guide for ${server}, built for the base path ${plan.base}: MIME types, security`,
		'# headers, caching and the not-found page, matching the web.config beside it.',
		'# Written by the build: do not edit, build again. See the "Host the site" page of the site.',
		`# ${include}`,
		'',
	];
}

/** The MIME types grouped by type, as `[type, extensions without dots]`. */
function typesByName(plan: HostingPlan): Array<[string, string[]]> {
	const grouped = new Map<string, string[]>();
	for (const { extension, type } of plan.mimeTypes)
		grouped.set(type, [...(grouped.get(type) ?? []), extension.slice(1)]);
	return [...grouped].sort(([a], [b]) => a.localeCompare(b));
}

/** The nginx variable that carries each location's Cache-Control into the shared add_header. */
const NGINX_CACHE_VARIABLE = '$hybrid_sync_cache_control';

/** nginx: one prefix location for the base path, with nested locations for caching and the iframe page. */
export function nginxConfig(plan: HostingPlan): string {
	const base = plan.base;
	const headers = (set: readonly ResponseHeader[]) => [
		...set.map(({ name, value }) => `add_header ${name} ${quoted(value)} always;`),
		`add_header Cache-Control ${NGINX_CACHE_VARIABLE} always;`,
	];
	const cache = (value: string) => `set ${NGINX_CACHE_VARIABLE} ${quoted(value)};`;
	const nested = (match: string, lines: string[]) => [
		'',
		`location ${match} {`,
		...lines.map((line) => `\t${line}`),
		'}',
	];
	const longCache = [cache(CACHE_CONTROL.contentHashed)];
	const body = [
		// A types block replaces the server's whole MIME map here, so it lists every extension of the build.
		'types {',
		...typesByName(plan).map(([type, extensions]) => `\t${type} ${extensions.join(' ')};`),
		'}',
		'default_type application/octet-stream;',
		'charset utf-8;',
		'charset_types text/css text/javascript text/plain application/json application/xml image/svg+xml;',
		`error_page 404 ${base}${NOT_FOUND_PAGE};`,
		cache(CACHE_CONTROL.revalidate),
		// Nested locations that only set the variable inherit these; one with its own add_header would inherit none.
		...headers(plan.headers),
		...plan.contentHashed.folders.flatMap((folder) => nested(`^~ ${base}${folder}`, longCache)),
		...plan.contentHashed.files.flatMap((file) => nested(`= ${base}${file}`, longCache)),
		...nested(`^~ ${base}${FRAME_FOLDER}`, [cache(CACHE_CONTROL.revalidate), ...headers(plan.frameHeaders)]),
	];
	return [
		...preamble(
			plan,
			'nginx',
			'Include it inside the server { } block whose root holds the site: include /path/to/this/nginx.conf;',
		),
		`location ^~ ${base} {`,
		...body.map((line) => (line ? `\t${line}` : line)),
		'}',
		'',
	].join('\n');
}

/** A regular expression matching a literal path. */
function literal(path: string): string {
	return path.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
}

/** Apache httpd 2.4: mod_mime, mod_headers and mod_dir, all enabled in a default installation. */
export function apacheConfig(plan: HostingPlan): string {
	const base = plan.base;
	const set = (headers: readonly ResponseHeader[]) =>
		headers.map(({ name, value }) => `\tHeader always set ${name} ${quoted(value)}`);
	const longCache = `\tHeader always set Cache-Control ${quoted(CACHE_CONTROL.contentHashed)}`;
	const hashedFolders = plan.contentHashed.folders.map((folder) => literal(folder.replace(/\/$/, ''))).join('|');
	const dropped = plan.headers.filter((header) => !plan.frameHeaders.some((frame) => frame.name === header.name));
	return [
		...preamble(
			plan,
			'Apache httpd 2.4',
			'Include it inside the <VirtualHost> whose DocumentRoot holds the site: Include /path/to/this/apache.conf',
		),
		// Later sections override earlier ones for the paths they match, so the general one comes first.
		`<Location "${base}">`,
		...typesByName(plan).map(
			([type, extensions]) => `\tAddType ${type} ${extensions.map((extension) => `.${extension}`).join(' ')}`,
		),
		`\tErrorDocument 404 ${base}${NOT_FOUND_PAGE}`,
		...set(plan.headers),
		`\tHeader always set Cache-Control ${quoted(CACHE_CONTROL.revalidate)}`,
		'</Location>',
		...(hashedFolders ? [`<LocationMatch "^${literal(base)}(${hashedFolders})/">`, longCache, '</LocationMatch>'] : []),
		...plan.contentHashed.files.flatMap((file) => [`<Location "${base}${file}">`, longCache, '</Location>']),
		`<Location "${base}${FRAME_FOLDER}">`,
		...set(plan.frameHeaders),
		...dropped.map(({ name }) => `\tHeader always unset ${name}`),
		'</Location>',
		'',
	].join('\n');
}
