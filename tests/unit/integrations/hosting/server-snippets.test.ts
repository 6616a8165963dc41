// The nginx and Apache configuration of a build: the same types, headers, caching and not-found
// page as web.config, written so each server's own rules keep them (nginx's add_header inheritance,
// Apache's section order).
import { describe, expect, test } from 'vitest';
import { hostingPlan } from '../../../../src/integrations/hosting/hosting-plan';
import { apacheConfig, nginxConfig } from '../../../../src/integrations/hosting/server-snippets';
import { BUILT_FILES, NO_HASHES, planFor } from './built-files';

const BASE = '/it/hybrid-sync/';
const plan = planFor(BUILT_FILES, BASE);

/** The lines of a block that starts with `opening` (brace-delimited, as nginx writes it). */
function nginxBlock(config: string, opening: string): string[] {
	const lines = config.split('\n');
	const start = lines.findIndex((line) => line.trim() === `${opening} {`);
	expect(start, opening).toBeGreaterThan(-1);
	const depth = (lines[start]?.match(/^\t*/)?.[0] ?? '').length;
	const end = lines.findIndex((line, index) => index > start && line === `${'\t'.repeat(depth)}}`);
	return lines.slice(start + 1, end).map((line) => line.trim());
}

describe('nginxConfig', () => {
	const config = nginxConfig(plan);
	const outer = nginxBlock(config, `location ^~ ${BASE}`);

	test('maps every extension of the build in one types block, since it replaces the server map', () => {
		const types = nginxBlock(config, 'types');
		const mapped = types.flatMap((line) => line.replace(/;$/, '').split(/\s+/).slice(1));
		expect(mapped.sort()).toEqual(plan.mimeTypes.map(({ extension }) => extension.slice(1)).sort());
		expect(types).toContain('application/octet-stream pagefind pf_filter pf_fragment pf_index pf_meta;');
	});

	test('sends the not-found page and every header, on errors too', () => {
		expect(outer).toContain(`error_page 404 ${BASE}404.html;`);
		for (const { name } of plan.headers)
			expect(outer.some((line) => line.startsWith(`add_header ${name} `) && line.endsWith(' always;'))).toBe(true);
	});

	test('caches hashed paths by a variable only, so those locations keep the parent headers', () => {
		for (const opening of [`location ^~ ${BASE}_astro/`, `location = ${BASE}pagefind/pagefind.en_80ed8ac71e.pf_meta`]) {
			expect(nginxBlock(config, opening)).toEqual(['set $hybrid_sync_cache_control "max-age=31536000, immutable";']);
		}
	});

	test('gives the iframe page all its headers, with its own frame-ancestors and no X-Frame-Options', () => {
		const frame = nginxBlock(config, `location ^~ ${BASE}embed/frame/`);
		expect(frame.filter((line) => line.startsWith('add_header')).map((line) => line.split(' ')[1])).toEqual([
			'Content-Security-Policy',
			'X-Content-Type-Options',
			'Referrer-Policy',
			'Cache-Control',
		]);
		expect(frame.join('\n')).toContain("frame-ancestors 'self' https://contoso.sharepoint.com\" always;");
	});

	test('refuses a header value nginx would read as a variable', () => {
		const bad = hostingPlan({
			files: BUILT_FILES,
			base: BASE,
			hashes: NO_HASHES,
			frameHashes: NO_HASHES,
			frameAncestors: ['https://$host'],
		});
		expect(() => nginxConfig(bad)).toThrow('Cannot write the header value');
	});
});

describe('apacheConfig', () => {
	const config = apacheConfig(plan);
	const lines = config.split('\n').map((line) => line.trim());

	test('maps every extension of the build and sends the not-found page', () => {
		const mapped = lines.filter((line) => line.startsWith('AddType ')).flatMap((line) => line.split(' ').slice(2));
		expect(mapped.sort()).toEqual(plan.mimeTypes.map(({ extension }) => extension).sort());
		expect(lines).toContain(`ErrorDocument 404 ${BASE}404.html`);
	});

	test('caches exactly the content-hashed paths for a year', () => {
		const pattern = new RegExp(
			/^<LocationMatch "(.*)">$/.exec(lines.find((line) => line.startsWith('<LocationMatch')) ?? '')?.[1] ?? '$^',
		);
		for (const file of BUILT_FILES) {
			const hashed = pattern.test(BASE + file) || lines.includes(`<Location "${BASE}${file}">`);
			expect(hashed, file).toBe(/^(_astro|pagefind\/(fragment|index|filter))\/|\.pf_meta$/.test(file));
		}
	});

	test('overrides the headers for the iframe page after the general section', () => {
		const general = lines.indexOf(`<Location "${BASE}">`);
		const frame = lines.indexOf(`<Location "${BASE}embed/frame/">`);
		expect(general).toBeGreaterThan(-1);
		expect(frame).toBeGreaterThan(general);
		const frameLines = lines.slice(frame, lines.indexOf('</Location>', frame));
		expect(frameLines).toContain('Header always unset X-Frame-Options');
		expect(frameLines.join('\n')).toContain("frame-ancestors 'self' https://contoso.sharepoint.com\"");
	});
});
