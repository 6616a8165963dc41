// Which proxy the watch uses, and what it says when a request fails: plain words, the proxy named
// when it is the proxy that failed, its password never shown.
import { describe, expect, test } from 'vitest';
import { describeFailure, proxyName, readProxySettings, type ProxySettings } from '../../../src/sources-watch/proxy';

const LEARN = new URL('https://learn.microsoft.com/entra/identity/hybrid/');

function settings(env: Record<string, string>): ProxySettings {
	const read = readProxySettings(env);
	if (typeof read === 'string') throw new Error(read);
	return read;
}

/** An error shaped as Node and undici throw them. */
function systemError(code: string, fields: Record<string, unknown> = {}): Error {
	return Object.assign(new Error(`${code} (test)`), { code, ...fields });
}

describe('readProxySettings', () => {
	test('uses no proxy when none is set', () => {
		expect(settings({})).toEqual({ http: null, https: null, noProxy: '' });
	});

	test('prefers the lower-case variable, as curl and undici do, and reads NO_PROXY', () => {
		const read = settings({
			https_proxy: 'http://lower.example:3128',
			HTTPS_PROXY: 'http://upper.example:3128',
			NO_PROXY: 'localhost,.corp.example',
		});
		expect(read.https?.variable).toBe('https_proxy');
		expect(read.https?.url.host).toBe('lower.example:3128');
		expect(read.noProxy).toBe('localhost,.corp.example');
	});

	test('sends HTTPS through the HTTP proxy when only that one is set', () => {
		const read = settings({ HTTP_PROXY: 'http://proxy.example:8080' });
		expect(read.https).toBe(read.http);
		expect(read.https?.variable).toBe('HTTP_PROXY');
	});

	test('names a variable that is not a proxy address', () => {
		expect(readProxySettings({ HTTPS_PROXY: 'proxy.example:8080' })).toBe(
			'HTTPS_PROXY is not a proxy address: write it as http://host:port (for example http://proxy.example:8080)',
		);
		expect(readProxySettings({ http_proxy: 'not an address' })).toMatch(/^http_proxy is not a proxy address/);
	});

	test('names a proxy without its credentials or path', () => {
		const read = settings({ HTTPS_PROXY: 'http://me:secret@proxy.example:8080/ignored' });
		expect(proxyName(read.https!)).toBe('http://proxy.example:8080 (HTTPS_PROXY)');
	});
});

describe('describeFailure', () => {
	const proxied = settings({ HTTPS_PROXY: 'http://me:secret@127.0.0.1:3128' });
	const named = settings({ HTTPS_PROXY: 'http://proxy.example:3128' });
	const direct = settings({});

	test('names a proxy that refuses the connection, by address or by name', () => {
		const refused = systemError('ECONNREFUSED', { address: '127.0.0.1', port: 3128 });
		expect(describeFailure(refused, LEARN, proxied, 20_000)).toEqual({
			reason: 'the proxy http://127.0.0.1:3128 (HTTPS_PROXY) refused the connection',
			scope: 'proxy',
			retry: false,
		});
		const resolvedName = systemError('ECONNREFUSED', { address: '10.1.2.3', port: 3128 });
		expect(describeFailure(resolvedName, LEARN, named, 20_000).scope).toBe('proxy');
	});

	test('names a proxy whose name does not resolve', () => {
		const unknownName = systemError('ENOTFOUND', { hostname: 'proxy.example' });
		expect(describeFailure(unknownName, LEARN, named, 20_000)).toEqual({
			reason: 'the proxy http://proxy.example:3128 (HTTPS_PROXY) could not be found: its name does not resolve',
			scope: 'proxy',
			retry: false,
		});
	});

	test('names a proxy that wants credentials or refuses the tunnel', () => {
		const tunnel = Object.assign(new Error('Proxy response (407) !== 200 when HTTP Tunneling'), {
			code: 'UND_ERR_ABORTED',
		});
		expect(describeFailure(tunnel, LEARN, named, 20_000).reason).toBe(
			'the proxy http://proxy.example:3128 (HTTPS_PROXY) asks for credentials (HTTP 407)',
		);
		const forbidden = new Error('Proxy response (403) !== 200 when HTTP Tunneling');
		expect(describeFailure(forbidden, LEARN, named, 20_000).reason).toBe(
			'the proxy http://proxy.example:3128 (HTTPS_PROXY) refused to reach learn.microsoft.com (HTTP 403)',
		);
	});

	test('calls a failure to reach Learn itself a network failure, not the proxy’s', () => {
		expect(
			describeFailure(systemError('ENOTFOUND', { hostname: 'learn.microsoft.com' }), LEARN, direct, 20_000),
		).toEqual({
			reason: 'learn.microsoft.com could not be found: its name does not resolve',
			scope: 'network',
			retry: false,
		});
		const refused = systemError('ECONNREFUSED', { address: '13.107.246.1', port: 443 });
		expect(describeFailure(refused, LEARN, direct, 20_000)).toEqual({
			reason: 'learn.microsoft.com refused the connection',
			scope: 'network',
			retry: false,
		});
		expect(describeFailure(systemError('EAI_AGAIN'), LEARN, direct, 20_000).retry).toBe(true);
	});

	test('retries a time-out or a dropped connection, in words', () => {
		const timeout = new DOMException('The operation was aborted due to timeout', 'TimeoutError');
		expect(describeFailure(timeout, LEARN, direct, 2_500)).toEqual({
			reason: 'no answer within 2.5 s',
			scope: 'page',
			retry: true,
		});
		expect(describeFailure(systemError('UND_ERR_SOCKET'), LEARN, direct, 20_000)).toEqual({
			reason: 'the connection closed before the page arrived',
			scope: 'page',
			retry: true,
		});
	});

	test('reads the system error a wrapper carries as its cause', () => {
		const wrapped = new TypeError('fetch failed', { cause: systemError('ECONNRESET') });
		expect(describeFailure(wrapped, LEARN, direct, 20_000).reason).toBe(
			'the connection closed before the page arrived',
		);
	});

	test('says what to do about a certificate a TLS-inspecting proxy replaced', () => {
		const reason = describeFailure(systemError('SELF_SIGNED_CERT_IN_CHAIN'), LEARN, direct, 20_000).reason;
		expect(reason).toBe(
			'the TLS certificate of learn.microsoft.com could not be verified (SELF_SIGNED_CERT_IN_CHAIN); behind a proxy that inspects TLS, set NODE_EXTRA_CA_CERTS to its CA certificate file',
		);
	});

	test('gives the first line of anything else, never a stack', () => {
		expect(describeFailure(new Error('odd\n    at somewhere (file.js:1:1)'), LEARN, direct, 20_000)).toEqual({
			reason: 'odd',
			scope: 'page',
			retry: false,
		});
		expect(describeFailure('a string', LEARN, direct, 20_000).reason).toBe('a string');
	});
});
