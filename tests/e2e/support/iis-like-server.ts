/**
 * A static server that behaves like a default IIS 10 site serving a folder, for the browser tests.
 * It knows only IIS's default MIME types (./iis-default-mime-types.ts) plus what web.config files
 * add, and it reads them as IIS does: one in any folder, each applying to its folder and below on
 * top of its parents', with `<location>` paths, custom headers, client caching and custom errors;
 * strictly (an unknown element, a duplicate entry, malformed XML, or a section the server locks
 * anywhere in the file is a 500.19 for every request under that file's folder, and only there).
 * So a test served by it proves the generated files, not a friendlier server.
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { join, resolve, sep } from 'node:path';
import { extensionOf } from '../../../src/integrations/hosting/hosting-plan';
import type { SiteServer } from '../harness';
import { IIS_DEFAULT_MIME_TYPES } from './iis-default-mime-types';
import { listenOnLoopback } from './loopback';
import { parseXml, type XmlElement } from './xml';

/** The sections web.config may set here, as applicationHost.config names them. */
export const SECTIONS = {
	staticContent: 'system.webServer/staticContent',
	httpProtocol: 'system.webServer/httpProtocol',
	httpErrors: 'system.webServer/httpErrors',
} as const;

/** Server-level settings (applicationHost.config) the test chooses. */
export interface IisLikeServerOptions {
	/** Sections locked for every site (`overrideModeDefault="Deny"`), e.g. `system.webServer/staticContent`. */
	lockedSections?: string[];
	/** `<location>` elements added to applicationHost.config, e.g. one that unlocks sections for this site. */
	applicationHostLocations?: string;
	/** The IIS site's name, as applicationHost.config's location paths start with it. */
	siteName?: string;
	/** Extensions the server has no MIME type for although a default IIS 10 has (an older IIS lacked `.json`, say). */
	missingMimeTypes?: string[];
}

/** One request, as IIS's W3C log records it. */
export interface IisLogEntry {
	method: string;
	path: string;
	status: number;
	subStatus: number;
}

/** The served site, with the request log. */
export interface IisLikeServer extends SiteServer {
	log: IisLogEntry[];
}

/** What IIS shows when the configuration cannot be used (HTTP 500.19). */
class ConfigError extends Error {
	/** The folder of the web.config at fault, relative to the site. */
	folder: string | undefined;
	constructor(
		readonly code: string,
		message: string,
	) {
		super(message);
	}
}

interface ClientCache {
	cacheControlMode: string;
	cacheControlMaxAge?: string;
	cacheControlCustom?: string;
}

interface ErrorPage {
	statusCode: number;
	subStatusCode: number;
	path: string;
	responseMode: string;
}

/** The effective system.webServer settings for one URL. */
interface WebServerConfig {
	mimeMap: Map<string, string>;
	clientCache: ClientCache;
	headers: Array<{ name: string; value: string }>;
	errorMode: string;
	errors: ErrorPage[];
}

const HIDDEN_SEGMENTS = [
	'web.config',
	'bin',
	'app_code',
	'app_globalresources',
	'app_localresources',
	'app_webreferences',
	'app_data',
	'app_browsers',
];
const DENIED_EXTENSIONS = ['.config', '.cs', '.vb', '.asax', '.ascx', '.master', '.mdb', '.mdf', '.ldf', '.resx'];

function serverDefaults(missingMimeTypes: readonly string[] = []): WebServerConfig {
	return {
		mimeMap: new Map(
			Object.entries(IIS_DEFAULT_MIME_TYPES).filter(([extension]) => !missingMimeTypes.includes(extension)),
		),
		clientCache: { cacheControlMode: 'NoControl' },
		headers: [{ name: 'X-Powered-By', value: 'ASP.NET' }],
		errorMode: 'DetailedLocalOnly',
		errors: [],
	};
}

function copy(config: WebServerConfig): WebServerConfig {
	return {
		mimeMap: new Map(config.mimeMap),
		clientCache: { ...config.clientCache },
		headers: config.headers.map((header) => ({ ...header })),
		errorMode: config.errorMode,
		errors: config.errors.map((error) => ({ ...error })),
	};
}

/** Reads the attributes of an element, refusing any IIS would not recognise. */
function attributesOf(element: XmlElement, allowed: string[], required: string[] = []): Record<string, string> {
	for (const name of element.attributes.keys()) {
		if (!allowed.includes(name))
			throw new ConfigError('0x8007000d', `Unrecognized attribute '${name}' on <${element.name}>.`);
	}
	for (const name of required) {
		if (!element.attributes.has(name))
			throw new ConfigError('0x8007000d', `Missing required attribute '${name}' on <${element.name}>.`);
	}
	return Object.fromEntries(element.attributes);
}

function duplicate(type: string, key: string, value: string): never {
	throw new ConfigError(
		'0x800700b7',
		`Cannot add duplicate collection entry of type '${type}' with unique key attribute '${key}' set to '${value}'.`,
	);
}

function unrecognised(element: XmlElement): never {
	throw new ConfigError('0x8007000d', `Unrecognized element '${element.name}'.`);
}

/** Applies one `<system.webServer>` element to a configuration. */
function applyWebServer(config: WebServerConfig, webServer: XmlElement): void {
	attributesOf(webServer, []);
	for (const section of webServer.children) {
		if (section.name === 'staticContent') {
			attributesOf(section, []);
			for (const entry of section.children) {
				if (entry.name === 'remove') {
					config.mimeMap.delete(
						attributesOf(entry, ['fileExtension'], ['fileExtension'])['fileExtension']?.toLowerCase() ?? '',
					);
				} else if (entry.name === 'mimeMap') {
					const { fileExtension = '', mimeType = '' } = attributesOf(
						entry,
						['fileExtension', 'mimeType'],
						['fileExtension', 'mimeType'],
					);
					if (config.mimeMap.has(fileExtension.toLowerCase())) duplicate('mimeMap', 'fileExtension', fileExtension);
					config.mimeMap.set(fileExtension.toLowerCase(), mimeType);
				} else if (entry.name === 'clear') {
					config.mimeMap.clear();
				} else if (entry.name === 'clientCache') {
					const attributes = attributesOf(entry, [
						'cacheControlMode',
						'cacheControlMaxAge',
						'cacheControlCustom',
						'httpExpires',
						'setEtag',
					]);
					config.clientCache = { ...config.clientCache, ...attributes };
				} else unrecognised(entry);
			}
		} else if (section.name === 'httpProtocol') {
			attributesOf(section, []);
			for (const collection of section.children) {
				if (collection.name !== 'customHeaders') unrecognised(collection);
				for (const entry of collection.children) {
					if (entry.name === 'remove') {
						const { name = '' } = attributesOf(entry, ['name'], ['name']);
						config.headers = config.headers.filter((header) => header.name.toLowerCase() !== name.toLowerCase());
					} else if (entry.name === 'add') {
						const { name = '', value = '' } = attributesOf(entry, ['name', 'value'], ['name']);
						if (config.headers.some((header) => header.name.toLowerCase() === name.toLowerCase()))
							duplicate('add', 'name', name);
						config.headers.push({ name, value });
					} else if (entry.name === 'clear') {
						config.headers = [];
					} else unrecognised(entry);
				}
			}
		} else if (section.name === 'httpErrors') {
			const { errorMode } = attributesOf(section, ['errorMode', 'existingResponse', 'defaultResponseMode']);
			if (errorMode) config.errorMode = errorMode;
			for (const entry of section.children) {
				const key = (attributes: Record<string, string>) => ({
					statusCode: Number(attributes['statusCode']),
					subStatusCode: Number(attributes['subStatusCode'] ?? '-1'),
				});
				if (entry.name === 'remove') {
					const { statusCode, subStatusCode } = key(
						attributesOf(entry, ['statusCode', 'subStatusCode'], ['statusCode']),
					);
					config.errors = config.errors.filter(
						(error) => error.statusCode !== statusCode || error.subStatusCode !== subStatusCode,
					);
				} else if (entry.name === 'error') {
					const attributes = attributesOf(
						entry,
						['statusCode', 'subStatusCode', 'path', 'responseMode', 'prefixLanguageFilePath'],
						['statusCode', 'path'],
					);
					const { statusCode, subStatusCode } = key(attributes);
					if (config.errors.some((error) => error.statusCode === statusCode && error.subStatusCode === subStatusCode)) {
						duplicate('error', 'statusCode', String(statusCode));
					}
					config.errors.push({
						statusCode,
						subStatusCode,
						path: attributes['path'] ?? '',
						responseMode: attributes['responseMode'] ?? 'File',
					});
				} else if (entry.name === 'clear') {
					config.errors = [];
				} else unrecognised(entry);
			}
		} else unrecognised(section);
	}
}

/** One web.config: its folder (relative to the site, `` or `pagefind/`) and what it sets, by target path. */
interface WebConfigFile {
	folder: string;
	/** The `system.webServer` blocks and the path (relative to the site, no slashes at the ends) each applies to. */
	blocks: Array<{ target: string; webServer: XmlElement }>;
}

const LOCKED =
	'This configuration section cannot be used at this path. This happens when the section is locked at a parent level. Locking is either by default (overrideModeDefault="Deny"), or set explicitly by a location tag with overrideMode="Deny" or the legacy allowOverride="false".';

/**
 * Reads the web.config of `folder`, failing as IIS does: malformed, unknown or locked content is a
 * ConfigError. A section used anywhere in the file, inside a `<location>` too, counts.
 */
function readWebConfig(
	text: string,
	folder: string,
	isLocked: (section: string) => boolean,
	defaults: WebServerConfig,
): WebConfigFile {
	let documentElements: XmlElement[];
	try {
		documentElements = parseXml(text);
	} catch (error) {
		throw new ConfigError('0x8007000d', `Configuration file is not well-formed XML: ${(error as Error).message}`);
	}
	const [configuration, ...others] = documentElements;
	if (!configuration || configuration.name !== 'configuration' || others.length) {
		throw new ConfigError('0x8007000d', 'The root element must be a single <configuration>.');
	}
	const checkLocks = (webServer: XmlElement) => {
		for (const section of webServer.children) {
			if (isLocked(`system.webServer/${section.name}`)) throw new ConfigError('0x80070021', LOCKED);
		}
	};
	const here = folder.replace(/\/$/, '');
	const result: WebConfigFile = { folder, blocks: [] };
	for (const child of configuration.children) {
		if (child.name === 'system.webServer') {
			checkLocks(child);
			result.blocks.push({ target: here, webServer: child });
		} else if (child.name === 'location') {
			const { path = '' } = attributesOf(child, ['path', 'inheritInChildApplications', 'overrideMode'], ['path']);
			const webServer = child.children.filter((element) => element.name === 'system.webServer');
			if (webServer.length !== child.children.length)
				unrecognised(child.children.find((element) => element.name !== 'system.webServer') ?? child);
			webServer.forEach(checkLocks);
			const target = [here, path.replace(/^\/|\/$/g, '')].filter(Boolean).join('/');
			for (const block of webServer) result.blocks.push({ target, webServer: block });
		} else unrecognised(child);
	}
	// Validate every block once, so a bad entry fails on any request under the file, as in IIS.
	for (const { webServer } of result.blocks) applyWebServer(copy(defaults), webServer);
	return result;
}

/** Whether `path` (relative to the site) is `target` or lies below it. */
function isAtOrBelow(path: string, target: string): boolean {
	return target === '' || path === target || path.startsWith(`${target}/`);
}

/**
 * The settings that apply to a path relative to the site (`embed/frame/index.html`): the server's,
 * then each block of the web.config files along the path whose target holds it, shallowest target
 * first (a `<location>` of a parent file is the same level as the folder it names).
 */
function effectiveConfig(
	files: readonly WebConfigFile[],
	relativePath: string,
	defaults: WebServerConfig,
): WebServerConfig {
	const config = copy(defaults);
	const blocks = files
		.flatMap((file) => file.blocks.map((block) => ({ ...block, depth: file.folder.split('/').length })))
		.filter(({ target }) => isAtOrBelow(relativePath, target))
		.sort((a, b) => a.target.split('/').length - b.target.split('/').length || a.depth - b.depth);
	for (const { webServer } of blocks) applyWebServer(config, webServer);
	return config;
}

function cacheControl({
	cacheControlMode,
	cacheControlMaxAge = '1.00:00:00',
	cacheControlCustom,
}: ClientCache): string | undefined {
	if (cacheControlMode === 'DisableCache') return 'no-cache';
	if (cacheControlMode !== 'UseMaxAge') return undefined;
	const [days = '0', time = '0:0:0'] = cacheControlMaxAge.includes('.')
		? cacheControlMaxAge.split('.')
		: ['0', cacheControlMaxAge];
	const [hours = 0, minutes = 0, seconds = 0] = time.split(':').map(Number);
	const maxAge = Number(days) * 86400 + hours * 3600 + minutes * 60 + seconds;
	return [`max-age=${maxAge}`, cacheControlCustom].filter(Boolean).join(', ');
}

function detailedError(status: number, subStatus: number, detail: string): string {
	return `<!DOCTYPE html><html><head><title>IIS 10.0 Detailed Error - ${status}.${subStatus}</title></head><body><h1>HTTP Error ${status}.${subStatus}</h1><p>${detail.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p></body></html>`;
}

/**
 * Serves `root` as the IIS application at `appPath` (`/` or `/it/hybrid-sync/`) on 127.0.0.1,
 * reading `root/web.config` once at start, as IIS does on the first request.
 */
export async function serveLikeIis(
	root: string,
	appPath = '/',
	options: IisLikeServerOptions = {},
): Promise<IisLikeServer> {
	const siteRoot = resolve(root);
	const {
		lockedSections = [],
		applicationHostLocations = '',
		siteName = 'Default Web Site',
		missingMimeTypes = [],
	} = options;
	const appLocation = `${siteName}${appPath}`.replace(/\/$/, '').toLowerCase();
	// applicationHost.config's <location overrideMode="Allow"> elements: each unlocks its sections for its path and below.
	const unlocks = parseXml(applicationHostLocations)
		.filter((location) => location.name === 'location' && location.attributes.get('overrideMode') === 'Allow')
		.map((location) => ({
			path: (location.attributes.get('path') ?? '').replace(/\/$/, '').toLowerCase(),
			sections: location.children
				.filter((element) => element.name === 'system.webServer')
				.flatMap((webServer) => webServer.children.map((section) => `system.webServer/${section.name}`)),
		}));
	/** Whether a web.config in `folder` (relative to the site) may not use `section`. */
	const isLocked = (folder: string, section: string) => {
		const here = `${appLocation}/${folder}`.replace(/\/$/, '').toLowerCase();
		return (
			lockedSections.includes(section) &&
			!unlocks.some(
				({ path, sections }) => sections.includes(section) && (here === path || here.startsWith(`${path}/`)),
			)
		);
	};
	const defaults = serverDefaults(missingMimeTypes);
	// Each folder's web.config, read on the first request that needs it (as IIS does) and kept.
	const webConfigs = new Map<string, Promise<WebConfigFile | undefined>>();
	const webConfigOf = (folder: string) => {
		let loaded = webConfigs.get(folder);
		if (!loaded) {
			loaded = readFile(join(siteRoot, folder, 'web.config'), 'utf-8').then(
				(text) => {
					try {
						return readWebConfig(text, folder, (section) => isLocked(folder, section), defaults);
					} catch (error) {
						if (error instanceof ConfigError) error.folder = folder;
						throw error;
					}
				},
				(error: NodeJS.ErrnoException) => {
					if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return undefined;
					throw error;
				},
			);
			webConfigs.set(folder, loaded);
		}
		return loaded;
	};
	/** The web.config files along a path relative to the site, from the site's own down; rejects with the first ConfigError. */
	const webConfigsAlong = async (relativePath: string): Promise<WebConfigFile[]> => {
		const segments = relativePath.split('/').slice(0, -1);
		const folders = ['', ...segments.map((_, index) => `${segments.slice(0, index + 1).join('/')}/`)];
		const files: WebConfigFile[] = [];
		for (const folder of folders) {
			const file = await webConfigOf(folder);
			if (file) files.push(file);
		}
		return files;
	};
	/** The settings for a path relative to the site; rejects with a ConfigError where IIS answers 500.19. */
	const configFor = async (relativePath: string): Promise<WebServerConfig> => {
		const files = await webConfigsAlong(relativePath);
		try {
			return effectiveConfig(files, relativePath, defaults);
		} catch (error) {
			// An entry that clashes with a parent file's (a duplicate) is reported against the deepest file.
			if (error instanceof ConfigError) error.folder ??= files.at(-1)?.folder;
			throw error;
		}
	};
	const log: IisLogEntry[] = [];

	const server = createServer((request, response) => {
		void (async () => {
			const method = request.method ?? 'GET';
			const url = new URL(request.url ?? '/', 'http://localhost');
			const entry: IisLogEntry = { method, path: url.pathname, status: 200, subStatus: 0 };
			log.push(entry);
			const send = (
				status: number,
				subStatus: number,
				headers: Record<string, string>,
				body?: string | { file: string },
			) => {
				entry.status = status;
				entry.subStatus = subStatus;
				response.writeHead(status, { Server: 'Microsoft-IIS/10.0', ...headers });
				if (method === 'HEAD' || body === undefined) response.end();
				else if (typeof body === 'string') response.end(body);
				else createReadStream(body.file).pipe(response);
			};
			const headersOf = (config: WebServerConfig) =>
				Object.fromEntries(config.headers.map(({ name, value }) => [name, value]));
			// Requests in these tests come from the server itself: under IIS's default errorMode
			// (DetailedLocalOnly) they get its detailed page; errorMode="Custom" gives everyone the custom one.
			const fail = async (
				config: WebServerConfig,
				status: number,
				subStatus: number,
				detail: string,
			): Promise<void> => {
				const page =
					config.errorMode === 'Custom'
						? config.errors.find(
								(error) =>
									error.statusCode === status && (error.subStatusCode === -1 || error.subStatusCode === subStatus),
							)
						: undefined;
				if (page?.responseMode === 'ExecuteURL' && page.path.startsWith(appPath)) {
					const pagePath = page.path.slice(appPath.length);
					const target = join(siteRoot, pagePath);
					const type = config.mimeMap.get(extensionOf(target));
					const pageConfig = await configFor(pagePath).catch(() => undefined);
					if (type && pageConfig && (await stat(target).catch(() => undefined))?.isFile()) {
						return send(status, subStatus, { ...headersOf(pageConfig), 'Content-Type': type }, { file: target });
					}
				}
				send(
					status,
					subStatus,
					{ ...headersOf(config), 'Content-Type': 'text/html' },
					detailedError(status, subStatus, detail),
				);
			};

			let path: string;
			try {
				path = decodeURIComponent(url.pathname);
			} catch {
				return send(400, 0, { 'Content-Type': 'text/html' }, detailedError(400, 0, 'Bad Request'));
			}
			if (`${path}/` === appPath) return send(301, 0, { Location: `${appPath}${url.search}` });
			if (!path.startsWith(appPath))
				return fail(
					defaults,
					404,
					0,
					'The resource you are looking for has been removed, had its name changed, or is temporarily unavailable.',
				);
			const relativePath = path.slice(appPath.length);
			let config: WebServerConfig;
			try {
				config = await configFor(relativePath);
			} catch (error) {
				if (!(error instanceof ConfigError)) throw error;
				const file = `C:\\inetpub\\wwwroot${`${appPath}${error.folder ?? ''}`.replace(/\//g, '\\')}web.config`;
				return send(
					500,
					19,
					{ 'Content-Type': 'text/html' },
					detailedError(
						500,
						19,
						`Internal Server Error. The requested page cannot be accessed because the related configuration data for the page is invalid. Error Code ${error.code}. Config Error: ${error.message} Config File \\\\?\\${file}`,
					),
				);
			}
			if (method !== 'GET' && method !== 'HEAD')
				return fail(
					config,
					405,
					0,
					'The page you are looking for cannot be displayed because an invalid method (HTTP verb) is being used.',
				);
			const segments = relativePath.toLowerCase().split('/');
			if (segments.some((segment) => HIDDEN_SEGMENTS.includes(segment)))
				return fail(
					config,
					404,
					8,
					'The request filtering module is configured to deny a path in the URL that contains a hiddenSegment section.',
				);
			if (DENIED_EXTENSIONS.includes(extensionOf(relativePath)))
				return fail(config, 404, 7, 'The request filtering module is configured to deny the file extension.');
			let file = resolve(siteRoot, `./${relativePath}`);
			if (file !== siteRoot && !file.startsWith(siteRoot + sep)) return fail(config, 404, 0, 'Not Found');
			let stats = await stat(file).catch(() => undefined);
			if (stats?.isDirectory()) {
				if (!path.endsWith('/'))
					return send(301, 0, { ...headersOf(config), Location: `${url.pathname}/${url.search}` });
				file = join(file, 'index.html');
				stats = await stat(file).catch(() => undefined);
				if (!stats?.isFile())
					return fail(
						config,
						403,
						14,
						'A default document is not configured for the requested URL, and directory browsing is not enabled on the server.',
					);
			}
			if (!stats?.isFile())
				return fail(
					config,
					404,
					0,
					'The resource you are looking for has been removed, had its name changed, or is temporarily unavailable.',
				);
			const type = config.mimeMap.get(extensionOf(file));
			if (!type)
				return fail(
					config,
					404,
					3,
					'The page you are requesting cannot be served because of the extension configuration. If the page is a script, add a handler. If the file should be downloaded, add a MIME map.',
				);
			const etag = `"${stats.mtimeMs.toString(16)}:${stats.size.toString(16)}"`;
			const headers: Record<string, string> = {
				...headersOf(config),
				'Content-Type': type,
				ETag: etag,
				'Last-Modified': stats.mtime.toUTCString(),
			};
			const cache = cacheControl(config.clientCache);
			if (cache) headers['Cache-Control'] = cache;
			if (request.headers['if-none-match'] === etag) return send(304, 0, headers);
			send(200, 0, { ...headers, 'Content-Length': String(stats.size) }, { file });
		})().catch((error: unknown) => {
			if (!response.headersSent) response.writeHead(500, { 'Content-Type': 'text/plain' });
			response.end(String(error));
		});
	});
	const { origin, close } = await listenOnLoopback(server);
	return {
		origin,
		base: appPath,
		root: siteRoot,
		log,
		url: (path) => new URL(path.replace(/^\//, ''), `${origin}${appPath}`).href,
		close,
	};
}
