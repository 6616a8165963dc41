/**
 * A tiny static server for a built site on a loopback port, as a static host serves it.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.json': 'application/json',
	'.wasm': 'application/wasm',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.webp': 'image/webp',
	'.avif': 'image/avif',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2',
	'.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/xml',
	// Pagefind's index files are gzip data that Pagefind decompresses itself.
	'.pf_meta': 'application/octet-stream',
	'.pf_fragment': 'application/octet-stream',
	'.pf_index': 'application/octet-stream',
	'.pagefind': 'application/octet-stream',
};

/** A built site served on a loopback port. */
export interface SiteServer {
	/** `http://127.0.0.1:<port>` */
	origin: string;
	/** The base path, with slashes at both ends. */
	base: string;
	/** The built directory being served. */
	root: string;
	/** The absolute URL of a site path (`/prerequisites/#req-x`), resolved against the base. */
	url: (path: string) => string;
	close: () => Promise<void>;
}

async function fileAt(path: string) {
	try {
		return await stat(path);
	} catch {
		return undefined;
	}
}

/** Options for `serveSite`. */
export interface ServeSiteOptions {
	/**
	 * Answer requests for `<base>embed/` with `Access-Control-Allow-Origin: *`, as the /embed/ page
	 * tells a site owner to, so another origin can load the picker's module (default false).
	 */
	crossOriginEmbed?: boolean;
}

/**
 * Serves `dir` under `base` on 127.0.0.1 at a free port, as a static host would: a directory
 * serves its index.html, `/x` redirects to `/x/` when x is a directory, anything else unknown
 * gets 404.html with status 404.
 */
export async function serveSite(
	dir: string,
	base = '/',
	{ crossOriginEmbed = false }: ServeSiteOptions = {},
): Promise<SiteServer> {
	const root = resolve(dir);
	const embedDir = join(root, 'embed') + sep;
	const send = (response: ServerResponse, status: number, file: string, head: boolean) => {
		const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
		const cors = crossOriginEmbed && file.startsWith(embedDir) ? { 'access-control-allow-origin': '*' } : {};
		response.writeHead(status, { 'content-type': type, 'cache-control': 'no-cache', ...cors });
		if (head) response.end();
		else createReadStream(file).pipe(response);
	};
	const server = createServer((request, response) => {
		void (async () => {
			const head = request.method === 'HEAD';
			if (request.method !== 'GET' && !head) {
				response.writeHead(405, { allow: 'GET, HEAD' }).end();
				return;
			}
			const url = new URL(request.url ?? '/', 'http://localhost');
			const notFound = async () => {
				const page = join(root, '404.html');
				if (await fileAt(page)) send(response, 404, page, head);
				else response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
			};
			let path: string;
			try {
				path = decodeURIComponent(url.pathname);
			} catch {
				response.writeHead(400).end();
				return;
			}
			if (`${path}/` === base) {
				response.writeHead(301, { location: `${base}${url.search}` }).end();
				return;
			}
			if (!path.startsWith(base)) return notFound();
			const file = resolve(root, `./${path.slice(base.length)}`);
			if (file !== root && !file.startsWith(root + sep)) return notFound();
			const stats = await fileAt(file);
			if (stats?.isDirectory()) {
				if (!url.pathname.endsWith('/')) {
					response.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
					return;
				}
				const index = join(file, 'index.html');
				if (await fileAt(index)) return send(response, 200, index, head);
				return notFound();
			}
			if (stats?.isFile()) return send(response, 200, file, head);
			return notFound();
		})().catch((error: unknown) => {
			response.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
		});
	});
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	const { port } = server.address() as AddressInfo;
	return siteServerAt(
		`http://127.0.0.1:${port}`,
		base,
		root,
		() =>
			new Promise<void>((done, fail) => {
				server.close((error) => (error ? fail(error) : done()));
				server.closeAllConnections();
			}),
	);
}

/** A site served at `origin` under `base` from `root`, whichever process serves it; `close` stops that server. */
export function siteServerAt(origin: string, base: string, root: string, close: () => Promise<void>): SiteServer {
	return { origin, base, root, url: (path) => new URL(path.replace(/^\//, ''), `${origin}${base}`).href, close };
}
