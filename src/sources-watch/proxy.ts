/**
 * The proxy settings `npm run sources` honours (HTTPS_PROXY, HTTP_PROXY and NO_PROXY, as curl and
 * undici read them: lower-case first, HTTPS falling back to HTTP), and what a failed request says
 * in plain words, naming the proxy when it is the proxy that failed. undici's EnvHttpProxyAgent
 * does the proxying and the NO_PROXY matching; this module reads the variables once, so a
 * failure can name the one in use, and never shows a proxy's password.
 */
import { isIP } from 'node:net';
import { EnvHttpProxyAgent } from 'undici';
import type { FetchFailure } from './observe.ts';

/** A proxy, and the variable that set it. */
export interface ProxySetting {
	variable: string;
	url: URL;
}

/** The proxy for each scheme (null: none), and the hosts that bypass it. */
export interface ProxySettings {
	http: ProxySetting | null;
	https: ProxySetting | null;
	noProxy: string;
}

type Environment = Readonly<Record<string, string | undefined>>;

function firstSet(env: Environment, names: readonly string[]): { variable: string; value: string } | null {
	for (const variable of names) {
		const value = env[variable]?.trim();
		if (value) return { variable, value };
	}
	return null;
}

function readProxy(env: Environment, names: readonly string[]): ProxySetting | null | string {
	const set = firstSet(env, names);
	if (set === null) return null;
	const url = URL.canParse(set.value) ? new URL(set.value) : null;
	if (url === null || (url.protocol !== 'http:' && url.protocol !== 'https:') || url.hostname === '') {
		return `${set.variable} is not a proxy address: write it as http://host:port (for example http://proxy.example:8080)`;
	}
	return { variable: set.variable, url };
}

/** The proxy settings of an environment, or a sentence saying which variable is not an address. */
export function readProxySettings(env: Environment): ProxySettings | string {
	const http = readProxy(env, ['http_proxy', 'HTTP_PROXY']);
	if (typeof http === 'string') return http;
	const https = readProxy(env, ['https_proxy', 'HTTPS_PROXY']);
	if (typeof https === 'string') return https;
	return { http, https: https ?? http, noProxy: firstSet(env, ['no_proxy', 'NO_PROXY'])?.value ?? '' };
}

/** The dispatcher that sends each request through its proxy, or straight when NO_PROXY names its host. */
export function proxyAgent(settings: ProxySettings): EnvHttpProxyAgent {
	return new EnvHttpProxyAgent({
		httpProxy: settings.http?.url.href ?? '',
		httpsProxy: settings.https?.url.href ?? '',
		noProxy: settings.noProxy,
	});
}

/** A proxy as a message names it: its address without credentials or path, and its variable. */
export function proxyName(proxy: ProxySetting): string {
	return `${proxy.url.protocol}//${proxy.url.host} (${proxy.variable})`;
}

function proxyPort(url: URL): number {
	return Number(url.port) || (url.protocol === 'https:' ? 443 : 80);
}

interface ErrorFields {
	name?: unknown;
	code?: unknown;
	message?: unknown;
	address?: unknown;
	port?: unknown;
	hostname?: unknown;
	cause?: unknown;
}

/** The error itself, or the cause it wraps when that carries a system error code. */
function innermost(error: unknown): ErrorFields {
	const outer = (typeof error === 'object' && error !== null ? error : { message: String(error) }) as ErrorFields;
	const cause = outer.cause as ErrorFields | undefined;
	return typeof cause?.code === 'string' && /^E[A-Z]+$/.test(cause.code) ? cause : outer;
}

const NO_ROUTE = new Set([
	'ENOTFOUND',
	'EAI_AGAIN',
	'ECONNREFUSED',
	'ENETUNREACH',
	'EHOSTUNREACH',
	'ENETDOWN',
	'EHOSTDOWN',
]);
const DROPPED = new Set(['UND_ERR_SOCKET', 'ECONNRESET', 'EPIPE', 'UND_ERR_CLOSED']);
const TIMED_OUT = new Set(['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'UND_ERR_CONNECT_TIMEOUT']);

/** Why a host could not be reached, in a phrase. */
function unreachable(code: string): string {
	if (code === 'ECONNREFUSED') return 'refused the connection';
	if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'could not be found: its name does not resolve';
	return `could not be reached (${code})`;
}

/** A request's failure in plain words, and whether another try may help. */
export function describeFailure(
	error: unknown,
	target: URL,
	settings: ProxySettings,
	timeoutMs: number,
): FetchFailure & { retry: boolean } {
	const fields = innermost(error);
	const code = typeof fields.code === 'string' ? fields.code : '';
	const message = (typeof fields.message === 'string' ? fields.message : code).split('\n')[0]!;
	const proxy = target.protocol === 'https:' ? settings.https : settings.http;
	const tunnel = /^Proxy (?:response \((\d{3})\)|.*\((\d{3})\))/.exec(message);
	if (proxy && tunnel) {
		const status = tunnel[1] ?? tunnel[2];
		const why =
			status === '407' ? 'asks for credentials (HTTP 407)' : `refused to reach ${target.host} (HTTP ${status})`;
		return { reason: `the proxy ${proxyName(proxy)} ${why}`, scope: 'proxy', retry: false };
	}
	if (NO_ROUTE.has(code)) {
		const host = proxy?.url.hostname.replace(/^\[(.*)\]$/, '$1');
		const atProxy =
			proxy !== null &&
			(fields.hostname === host ||
				(fields.port === proxyPort(proxy.url) && (fields.address === host || isIP(host ?? '') === 0)));
		const what = atProxy
			? `the proxy ${proxyName(proxy)}`
			: typeof fields.hostname === 'string'
				? fields.hostname
				: target.host;
		return {
			reason: `${what} ${unreachable(code)}`,
			scope: atProxy ? 'proxy' : 'network',
			retry: code === 'EAI_AGAIN',
		};
	}
	if (fields.name === 'TimeoutError' || TIMED_OUT.has(code)) {
		return { reason: `no answer within ${timeoutMs / 1000} s`, scope: 'page', retry: true };
	}
	if (DROPPED.has(code)) return { reason: 'the connection closed before the page arrived', scope: 'page', retry: true };
	if (/CERT|TLS|SSL/.test(code)) {
		return {
			reason: `the TLS certificate of ${target.host} could not be verified (${code}); behind a proxy that inspects TLS, set NODE_EXTRA_CA_CERTS to its CA certificate file`,
			scope: 'page',
			retry: false,
		};
	}
	return { reason: message || 'the request failed', scope: 'page', retry: false };
}
