/** Starts an HTTP server of a test on a free port of 127.0.0.1, and stops it with its open connections. */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A listening test server. */
export interface Listening {
	/** `http://127.0.0.1:<port>` */
	origin: string;
	close: () => Promise<void>;
}

/** Listens on a free loopback port. */
export async function listenOnLoopback(server: Server): Promise<Listening> {
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	return {
		origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
		close: () =>
			new Promise<void>((done, fail) => {
				server.close((error) => (error ? fail(error) : done()));
				server.closeAllConnections();
			}),
	};
}
