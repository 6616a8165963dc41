/**
 * The shareable state of a result: `?needs=a,b` in a page address. Parsing is tolerant (any
 * text in, never an exception out) and reports what it dropped, like Starlight's `parseTheme`.
 */
import type { NeedId } from '../data/ids';
import { normaliseNeeds, type NormalisedNeeds } from './needs';

/** The query parameter that holds the need ids. */
export const NEEDS_PARAM = 'needs';

/** Longest parameter text read; the rest is ignored, so a hostile address cannot stall the page. */
export const MAX_NEEDS_PARAM_LENGTH = 2000;

/**
 * Parses the value of the `needs` parameter: need ids separated by commas (or semicolons, or
 * spaces, as `+` decodes to a space), in any case, with empty entries and duplicates ignored.
 */
export function parseNeedsParam(value: string | null | undefined): NormalisedNeeds {
	if (typeof value !== 'string') return { needs: [], unknown: [] };
	return normaliseNeeds(value.slice(0, MAX_NEEDS_PARAM_LENGTH).split(/[\s,;]+/));
}

/**
 * Parses the need ids from an address, a query string (`?needs=a,b`, with or without `?`) or
 * URLSearchParams. Several `needs` parameters are read together.
 */
export function parseShareUrl(input: string | URL | URLSearchParams | null | undefined): NormalisedNeeds {
	try {
		const params = toSearchParams(input);
		if (!params) return { needs: [], unknown: [] };
		return parseNeedsParam(params.getAll(NEEDS_PARAM).join(','));
	} catch {
		return { needs: [], unknown: [] };
	}
}

function toSearchParams(input: string | URL | URLSearchParams | null | undefined): URLSearchParams | undefined {
	if (input instanceof URLSearchParams) return input;
	if (input instanceof URL) return input.searchParams;
	if (typeof input !== 'string') return undefined;
	const text = input.slice(0, MAX_NEEDS_PARAM_LENGTH * 2);
	const withoutHash = text.split('#', 1)[0] ?? '';
	const queryStart = withoutHash.indexOf('?');
	// A bare "needs=a,b" counts as a query string too.
	const query = queryStart >= 0 ? withoutHash.slice(queryStart + 1) : withoutHash.includes('=') ? withoutHash : '';
	return new URLSearchParams(query);
}

/** The `needs` parameter value for a set of needs: known ids only, each once, in table order. */
export function formatNeedsParam(needs: Iterable<string>): string {
	return normaliseNeeds(needs).needs.join(',');
}

/**
 * An address that shares these needs: `base` with its `needs` parameter replaced (other
 * parameters and the fragment kept), or just `?needs=…` without a base. Without needs, the
 * parameter is removed.
 */
export function formatShareUrl(needs: Iterable<NeedId>, base = ''): string {
	const hashStart = base.indexOf('#');
	const hash = hashStart >= 0 ? base.slice(hashStart) : '';
	const beforeHash = hashStart >= 0 ? base.slice(0, hashStart) : base;
	const queryStart = beforeHash.indexOf('?');
	const path = queryStart >= 0 ? beforeHash.slice(0, queryStart) : beforeHash;
	const kept = (queryStart >= 0 ? beforeHash.slice(queryStart + 1) : '')
		.split('&')
		.filter((pair) => pair !== '' && decodeName(pair) !== NEEDS_PARAM);
	const value = formatNeedsParam(needs);
	// Need ids are kebab-case, so the commas can stay readable instead of becoming %2C.
	const params = value === '' ? kept : [...kept, `${NEEDS_PARAM}=${value}`];
	return `${path}${params.length > 0 ? `?${params.join('&')}` : ''}${hash}`;
}

function decodeName(pair: string): string {
	const name = pair.split('=', 1)[0] ?? '';
	try {
		return decodeURIComponent(name.replace(/\+/g, ' '));
	} catch {
		return name;
	}
}
