/**
 * Writes the IIS configuration of a build from its hosting plan, for IIS 7.5 and later, as one
 * web.config per folder so that a server which locks a section refuses as little as it can:
 * - the root web.config sets what every page needs (the security headers, `Cache-Control`, the
 *   custom not-found page under the base path) and no MIME type, since a server that locks
 *   `staticContent` refuses every request below a web.config that uses it;
 * - each folder that holds no page and nothing the pages load (the search index, the server
 *   snippets) maps every file extension in it, in a web.config of its own.
 * Caching is a `Cache-Control` header, not `<clientCache>` (a `staticContent` element), for the same reason.
 */
import { NOT_FOUND_PAGE } from '../../data/site-contracts';
import {
	CACHE_CONTROL,
	FRAME_FOLDER,
	type HostingPlan,
	type IndependentFolder,
	type ResponseHeader,
} from './hosting-plan';

function attribute(value: string): string {
	return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function comment(text: string): string {
	return `<!-- ${text.replace(/--/g, '- -')} -->`;
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

function customHeaders(lines: string[]): string[] {
	return ['<httpProtocol>', '\t<customHeaders>', ...indent(lines, 2), '\t</customHeaders>', '</httpProtocol>'];
}

function webServer(lines: string[]): string[] {
	return ['<system.webServer>', ...indent(lines, 1), '</system.webServer>'];
}

/** A `<location>` for a path relative to the web.config's folder, holding `system.webServer` settings. */
function location(path: string, settings: string[]): string[] {
	return [`<location path="${attribute(path.replace(/\/$/, ''))}">`, ...indent(webServer(settings), 1), '</location>'];
}

function file(note: string, body: string[]): string {
	return [
		'<?xml version="1.0" encoding="utf-8"?>',
		comment(note),
		'<configuration>',
		...indent(body, 1),
		'</configuration>',
		'',
	].join('\r\n');
}

const DO_NOT_EDIT = `Do not edit: build again (see the site's "Host the site" page).`;

/** The site's web.config: headers, caching and the not-found page; no MIME type (see the file's comment). */
function rootWebConfig(plan: HostingPlan): string {
	const frameOnly = plan.frameHeaders.filter(
		(header) => !plan.headers.some((site) => site.name === header.name && site.value === header.value),
	);
	const dropped = plan.headers.filter((header) => !plan.frameHeaders.some((frame) => frame.name === header.name));
	const longCache = customHeaders(setHeaders([{ name: 'Cache-Control', value: CACHE_CONTROL.contentHashed }]));
	const root = [
		comment(
			`No MIME types here: a server that locks them would refuse every page. The pages and what they load (${plan.pageExtensions.join(' ')}) use the server's own types; ${plan.independentFolders.map(({ folder }) => `${folder}web.config`).join(' and ') || 'no folder'} map every type in ${plan.independentFolders.length === 1 ? 'its folder' : 'their folders'}.`,
		),
		...customHeaders([
			'<remove name="X-Powered-By" />',
			...setHeaders([...plan.headers, { name: 'Cache-Control', value: CACHE_CONTROL.revalidate }]),
		]),
		'<httpErrors errorMode="Custom">',
		'\t<remove statusCode="404" subStatusCode="-1" />',
		`\t<error statusCode="404" subStatusCode="-1" path="${attribute(plan.base + NOT_FOUND_PAGE)}" responseMode="ExecuteURL" />`,
		'</httpErrors>',
	];
	const frame = customHeaders([
		...setHeaders(frameOnly),
		...dropped.map(({ name }) => `<remove name="${attribute(name)}" />`),
	]);
	return file(`Written by the Hybrid Sync Guide build for the base path ${plan.base}. ${DO_NOT_EDIT}`, [
		...webServer(root),
		...plan.contentHashed.folders.flatMap((folder) => location(folder, longCache)),
		...plan.contentHashed.files.flatMap((hashed) => location(hashed, longCache)),
		...location(FRAME_FOLDER, frame),
	]);
}

/** The web.config of a folder the pages can do without: a MIME map for every extension in it. */
function folderWebConfig({ folder, mimeTypes }: IndependentFolder): string {
	const maps = mimeTypes.flatMap(({ extension, type }) => [
		// Remove first: where the server already maps an extension, a second <mimeMap> is a 500.19 error.
		`<remove fileExtension="${attribute(extension)}" />`,
		`<mimeMap fileExtension="${attribute(extension)}" mimeType="${attribute(type)}" />`,
	]);
	return file(
		`Written by the Hybrid Sync Guide build: the MIME type of every file in ${folder}, kept out of the site's web.config so that a server which locks MIME types refuses only this folder, never a page. ${DO_NOT_EDIT}`,
		webServer(['<staticContent>', ...indent(maps, 1), '</staticContent>']),
	);
}

/** Every web.config of a build: its path relative to the build, and its text (Windows line endings). */
export function webConfigFiles(plan: HostingPlan): Record<string, string> {
	return {
		'web.config': rootWebConfig(plan),
		...Object.fromEntries(
			plan.independentFolders.map((folder) => [`${folder.folder}web.config`, folderWebConfig(folder)]),
		),
	};
}
