import { describe, expect, test } from 'vitest';
import { TREE, questionById } from '../../../src/decision';
import { firstQuestionShadowHtml } from '../../../src/widget/server-render';

const first = questionById(TREE.start);

describe('firstQuestionShadowHtml', () => {
	test('writes the first question with the view code: heading at the level asked, progress, help, every answer', () => {
		const html = firstQuestionShadowHtml(3);
		expect(first).toBeDefined();
		expect(html).toContain(`<h3 tabindex="-1" data-focus="" aria-describedby="ssr-${TREE.start}-progress">`);
		expect(html).toContain('Question 1 of up to 8');
		expect(html).toContain(first?.help ?? '');
		for (const option of first?.options ?? []) expect(html).toContain(`value="${option.id}"`);
		expect(html).toContain('value="not-sure"');
		expect(firstQuestionShadowHtml(1)).toMatch(/<h1 /);
	});

	test('marks its text English, as the element does, whatever the host page’s language', () => {
		const html = firstQuestionShadowHtml(2);
		expect(html).toContain('<div class="root" part="root" lang="en">');
		expect(html).toContain('<p class="status" role="status" lang="en">');
	});

	test('disables every control, and adds no script, event handler or markup from data', () => {
		const html = firstQuestionShadowHtml(2);
		const controls = html.match(/<(input|button)\b[^>]*>/g) ?? [];
		expect(controls.length).toBe((first?.options.length ?? 0) + 2);
		expect(controls.filter((control) => !control.includes(' disabled=""'))).toEqual([]);
		expect(html).not.toMatch(/<script|\son[a-z]+=/i);
	});

	test('brings the styles and hides the question when scripting is off', () => {
		const html = firstQuestionShadowHtml(2);
		expect(html).toMatch(/^<style>[\s\S]*\.root[\s\S]*<\/style><div class="root" part="root" lang="en"><form /);
		expect(html).toMatch(
			/@media \(scripting: none\) \{ \.root, \.status \{ display: none; \} slot \{ display: contents; \} \}/,
		);
		expect(html).toContain('<p class="status" role="status" lang="en"></p><slot hidden></slot>');
	});

	test('leaves no document behind in Node once it has rendered', () => {
		firstQuestionShadowHtml(2);
		expect((globalThis as { document?: unknown }).document).toBeUndefined();
	});
});
