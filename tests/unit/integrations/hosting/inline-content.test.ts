// Inline scripts, styles and style attributes of a built page, hashed as Chromium hashes them for
// Content-Security-Policy, and the page's policy written where it governs everything after it.
import { describe, expect, test } from 'vitest';
import {
	hashSource,
	hashSources,
	inlineContentOf,
	withPolicyMeta,
} from '../../../../src/integrations/hosting/inline-content';

describe('inlineContentOf', () => {
	test('lists inline classic and module scripts, not external scripts or data blocks', () => {
		const html = [
			'<script>alert(1)</script>',
			'<script type="module">import "./a.js";</script>',
			'<script src="/a.js"></script>',
			'<script type="application/ld+json">{"a":1}</script>',
			'<SCRIPT type="text/javascript">b()</SCRIPT >',
		].join('');
		expect(inlineContentOf(html).scripts).toEqual(['alert(1)', 'import "./a.js";', 'b()']);
	});

	test('reads a script body as raw text, tags and entities included', () => {
		expect(inlineContentOf('<script>if (a < b && "</p>") x("&amp;")</script>').scripts).toEqual([
			'if (a < b && "</p>") x("&amp;")',
		]);
	});

	test('lists style elements and decoded style attributes, wherever the attribute sits', () => {
		const html = `<style>.a{color:red}</style><p id=x style="--0:#7FDBCA;--1:#8844AE" class='y'>t</p><span data-x="style=&quot;no&quot;" STYLE='content: &quot;&#x2192;&quot;'></span>`;
		expect(inlineContentOf(html)).toEqual({
			scripts: [],
			styles: ['.a{color:red}'],
			styleAttributes: ['--0:#7FDBCA;--1:#8844AE', 'content: "→"'],
		});
	});

	test('skips comments and takes line endings as the HTML parser does (CR LF becomes LF)', () => {
		expect(inlineContentOf('<!-- <script>no()</script> --><script>a\r\nb</script>').scripts).toEqual(['a\nb']);
	});

	test('decodes a style attribute as the browser does, every named reference and its legacy rule included', () => {
		expect(inlineContentOf('<p style="content: &rarr; &#x2192; &notin; &notanentity;">').styleAttributes).toEqual([
			'content: → → ∉ &notanentity;',
		]);
	});

	test('refuses a script that is never closed', () => {
		expect(() => inlineContentOf('<script>a()')).toThrow('A <script> element is never closed.');
	});
});

describe('hashSource', () => {
	test("gives the source Chromium names for the text (alert(1) is the browser's own example)", () => {
		expect(hashSource('alert(1)')).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
		expect(hashSource('a\nb')).toBe("'sha256-fhj3NzEbLcOy8mndeDlrA1HxT7Zu+oefdoyyMYGIPHg='");
	});

	test('lists each text once, sorted', () => {
		expect(hashSources(['a\nb', 'alert(1)', 'a\nb'])).toEqual([
			"'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='",
			"'sha256-fhj3NzEbLcOy8mndeDlrA1HxT7Zu+oefdoyyMYGIPHg='",
		]);
	});
});

describe('withPolicyMeta', () => {
	test('puts the policy right after <meta charset>, before any script or style', () => {
		const html = '<!doctype html><html><head><meta charset="utf-8"><script>a()</script></head></html>';
		expect(withPolicyMeta(html, "script-src 'self'")).toBe(
			`<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="script-src 'self'"><script>a()</script></head></html>`,
		);
	});

	test('puts it first in a <head> without <meta charset>, and escapes the attribute', () => {
		expect(withPolicyMeta('<head lang="en"><style></style>', 'a "b" & c')).toBe(
			'<head lang="en"><meta http-equiv="content-security-policy" content="a &quot;b&quot; &amp; c"><style></style>',
		);
	});

	test('refuses a page that already has a policy, or has no head', () => {
		expect(() => withPolicyMeta('<head><meta http-equiv="Content-Security-Policy" content="x">', 'y')).toThrow(
			'already has',
		);
		expect(() => withPolicyMeta('<p>no head</p>', 'y')).toThrow('no <head>');
	});
});
