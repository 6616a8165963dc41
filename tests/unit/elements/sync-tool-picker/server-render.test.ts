import { describe, expect, test } from 'vitest';
import { TREE, questionById } from '../../../../src/decision';
import { initialState, progressOf } from '../../../../src/elements/sync-tool-picker/picker-state';
import { firstQuestionShadowHtml } from '../../../../src/elements/sync-tool-picker/server-render';

const first = questionById(TREE.start);
const STYLESHEET = '/_astro/picker.css';

describe('firstQuestionShadowHtml', () => {
	test('writes the first question with the view code: heading at the level asked, progress, help, every answer', () => {
		const html = firstQuestionShadowHtml(3, STYLESHEET);
		expect(first).toBeDefined();
		expect(html).toContain(`<h3 tabindex="-1" data-focus="" aria-describedby="ssr-${TREE.start}-progress">`);
		expect(html).toContain('Question 1 of up to 8');
		expect(html).toContain(first?.help ?? '');
		for (const option of first?.options ?? []) expect(html).toContain(`value="${option.id}"`);
		expect(html).toContain('value="not-sure"');
		expect(firstQuestionShadowHtml(1, STYLESHEET)).toMatch(/<h1 /);
	});

	test('marks its text English, as the element does, whatever the host page’s language', () => {
		const html = firstQuestionShadowHtml(2, STYLESHEET);
		expect(html).toContain('<div class="root" part="root" lang="en">');
		expect(html).toContain('<p class="status" role="status" lang="en">');
	});

	test('disables every control, and adds no script, event handler or markup from data', () => {
		const html = firstQuestionShadowHtml(2, STYLESHEET);
		const controls = html.match(/<(input|button)\b[^>]*>/g) ?? [];
		expect(controls.length).toBe((first?.options.length ?? 0) + 2);
		expect(controls.filter((control) => !control.includes(' disabled=""'))).toEqual([]);
		expect(html).not.toMatch(/<script|\son[a-z]+=/i);
	});

	test('shows the progress as one segment per question there can be, the first filled', () => {
		const { step, total } = progressOf(initialState());
		const bar = /<div class="progress-bar" role="presentation">(.*?)<\/div>/.exec(
			firstQuestionShadowHtml(2, STYLESHEET),
		);
		const segments = bar?.[1]?.match(/<span[^>]*>/g) ?? [];
		expect(segments.map((segment) => segment === '<span class="done">')).toEqual(
			Array.from({ length: total }, (_, index) => index < step),
		);
		expect(step).toBe(1);
	});

	test('links its stylesheet, and holds no <style> element and no style attribute', () => {
		const html = firstQuestionShadowHtml(2, STYLESHEET);
		expect(html).toMatch(
			/^<link rel="stylesheet" href="\/_astro\/picker\.css"><div class="root" part="root" lang="en"><form /,
		);
		expect(html).not.toMatch(/<style/i);
		expect(html).not.toMatch(/\sstyle=/i);
		expect(html).toContain('<p class="status" role="status" lang="en"></p><slot hidden></slot>');
		expect(firstQuestionShadowHtml(2, '/a"b.css')).toMatch(/^<link rel="stylesheet" href="\/a&quot;b\.css">/);
	});

	test('renders without reading or replacing the global document', () => {
		const scope = globalThis as { document?: unknown };
		const touched: string[] = [];
		Object.defineProperty(scope, 'document', {
			configurable: true,
			get: () => void touched.push('read'),
			set: () => void touched.push('replaced'),
		});
		try {
			expect(firstQuestionShadowHtml(2, STYLESHEET)).toContain('<form ');
		} finally {
			delete scope.document;
		}
		expect(touched).toEqual([]);
	});
});
