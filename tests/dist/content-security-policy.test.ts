// The strict Content-Security-Policy as the build writes it: in a <meta> of every built page, and
// as a header in web.config; read from dist/ without a browser (csp.e2e.ts checks pages obey it).
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { FRAME_FOLDER } from '../../src/integrations/hosting/hosting-plan';
import { builtSiteDir } from '../support/built-site';
import { parseXml, type XmlElement } from '../e2e/support/xml';

/** A policy with no way around it for scripts: no inline or eval'd script, no host but the site. */
const STRICT_SCRIPTS = /(^|; )script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/=]+')*(;|$)/;

/** The policy a built page carries in its <meta> element, and where the element sits. */
async function metaPolicyOf(file: string): Promise<{ policy: string; first: boolean }> {
	const html = await readFile(file, 'utf-8');
	const meta = /<meta http-equiv="content-security-policy" content="([^"]*)">/.exec(html);
	const firstScriptOrStyle = html.search(/<(script|style|link)\b/);
	return { policy: (meta?.[1] ?? '').replace(/&amp;/g, '&'), first: !!meta && meta.index < firstScriptOrStyle };
}

describe('the policy', () => {
	test('is in a <meta> of every built page, before anything it governs, strict and without frame-ancestors', async () => {
		const pages = (await readdir(builtSiteDir(), { recursive: true })).filter((file) => file.endsWith('.html'));
		expect(pages.length).toBeGreaterThan(10);
		const wrong: string[] = [];
		for (const file of pages) {
			const { policy, first } = await metaPolicyOf(join(builtSiteDir(), file));
			if (!first) wrong.push(`${file}: no <meta> policy before its first script or style`);
			if (!STRICT_SCRIPTS.test(policy)) wrong.push(`${file}: script-src is not strict`);
			if (/'unsafe-inline'|'unsafe-eval'|\*|frame-ancestors/.test(policy)) wrong.push(`${file}: ${policy}`);
			for (const directive of ["default-src 'none'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"]) {
				if (!policy.split('; ').includes(directive)) wrong.push(`${file}: no ${directive}`);
			}
		}
		expect(wrong).toEqual([]);
	});

	test('is sent by web.config as a header that forbids framing, but for /embed/frame/, and that any proxy passes', async () => {
		const [configuration] = parseXml(await readFile(join(builtSiteDir(), 'web.config'), 'utf-8'));
		/** The Content-Security-Policy values an element adds, not counting those of nested <location>s. */
		const added = (element: XmlElement): string[] => [
			...(element.name === 'add' && element.attributes.get('name') === 'Content-Security-Policy'
				? [element.attributes.get('value') ?? '']
				: []),
			...element.children.filter((child) => child.name !== 'location').flatMap(added),
		];
		const locations = configuration?.children.filter((child) => child.name === 'location') ?? [];
		const policies: Array<[string, string]> = [
			...(configuration ? added(configuration) : []).map((value): [string, string] => ['', value]),
			...locations.flatMap((location) =>
				added(location).map((value): [string, string] => [location.attributes.get('path') ?? '', value]),
			),
		];
		expect(policies.map(([path]) => path)).toEqual(['', FRAME_FOLDER.replace(/\/$/, '')]);
		for (const [path, policy] of policies) {
			expect(policy, path).toMatch(STRICT_SCRIPTS);
			expect(policy, path).toMatch(path ? /; frame-ancestors 'self'$/ : /; frame-ancestors 'none'$/);
			// Style attributes are left to each page's <meta> list (see /host/); nothing else is loosened.
			expect(policy.replace("style-src-attr 'unsafe-inline'", ''), path).not.toMatch(
				/'unsafe-inline'|'unsafe-eval'|\*/,
			);
			// Well below nginx's 4 KB directive limit and the 4 KB response-header buffers of common proxies.
			expect(policy.length, path).toBeLessThan(2048);
		}
	});
});
