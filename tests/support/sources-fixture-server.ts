// A stand-in for Microsoft Learn on loopback, for the sources watch's tests: each path answers as
// the test says (a fixture page, a redirect, an HTTP status, or nothing at all), and the server
// counts what it was asked and how many requests it held at once.
import { readFileSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { PROJECT_ROOT } from './astro-build';

const PAGES = join(PROJECT_ROOT, 'tests/fixtures/sources-watch');

/** How one path answers. */
export type FixtureRoute =
	/** A page from tests/fixtures/sources-watch/, with 200. */
	| { page: string }
	/** A redirect to another path or address. */
	| { redirect: string; status?: 301 | 302 | 307 | 308 }
	/** A bare status, such as 404, 410 or 503. */
	| { status: number }
	/** No answer until the server closes: longer than any time-out a test sets. */
	| { hold: true }
	/** 503 for the first `failures` requests, then `then`. */
	| { failures: number; then: FixtureRoute }
	/** Held until `count` requests to such routes are under way at once, then answered with `page`. */
	| { gather: number; page: string };

export interface FixtureServer {
	origin: string;
	/** Requests received, by path. */
	hits: Map<string, number>;
	/** The most requests under way at once. */
	mostAtOnce: () => number;
	close: () => Promise<void>;
}

/** Starts the server on 127.0.0.1 at a free port; paths without a route answer 404. */
export async function startFixtureServer(routes: Readonly<Record<string, FixtureRoute>>): Promise<FixtureServer> {
	const hits = new Map<string, number>();
	const gathered: Array<() => void> = [];
	let underWay = 0;
	let most = 0;

	function answer(response: ServerResponse, route: FixtureRoute | undefined, hit: number): void {
		const finish = (status: number, headers: Record<string, string> = {}, body = '') => {
			response.writeHead(status, { 'content-type': 'text/html; charset=utf-8', ...headers }).end(body);
		};
		if (route === undefined) return finish(404, {}, '<!doctype html><title>Not found</title>');
		const page = (file: string) => readFileSync(join(PAGES, file), 'utf8');
		if ('gather' in route) {
			gathered.push(() => finish(200, {}, page(route.page)));
			if (gathered.length >= route.gather) gathered.splice(0).forEach((release) => release());
			return;
		}
		if ('page' in route) return finish(200, {}, page(route.page));
		if ('redirect' in route) return finish(route.status ?? 301, { location: route.redirect });
		if ('status' in route) return finish(route.status);
		if ('failures' in route) return hit <= route.failures ? finish(503) : answer(response, route.then, hit);
		// { hold: true }: no answer; close() ends the connection.
	}

	const server = createServer((request, response) => {
		const path = new URL(request.url ?? '/', 'http://fixture').pathname;
		const hit = (hits.get(path) ?? 0) + 1;
		hits.set(path, hit);
		underWay += 1;
		most = Math.max(most, underWay);
		// Answered, or dropped by a client that gave up: either way no longer under way.
		response.on('close', () => (underWay -= 1));
		answer(response, routes[path], hit);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		origin: `http://127.0.0.1:${port}`,
		hits,
		mostAtOnce: () => most,
		close: () =>
			new Promise<void>((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			}),
	};
}

/** A loopback port with nothing listening on it: taken from the system, then let go. */
export async function closedPort(): Promise<number> {
	const server = createServer();
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	await new Promise<void>((resolve) => server.close(() => resolve()));
	return port;
}
