import { describe, expect, test, vi } from 'vitest';
import { parseSourceTitles } from '../../../../src/elements/kit/source-titles';

describe('data-source-titles', () => {
	test('keeps each address whose title is text, and drops blank or non-text titles', () => {
		const onInvalid = vi.fn();
		const titles = parseSourceTitles(
			'{"https://learn.microsoft.com/a":"Page A","https://learn.microsoft.com/b":3,"https://learn.microsoft.com/c":" "}',
			onInvalid,
		);
		expect([...titles]).toEqual([['https://learn.microsoft.com/a', 'Page A']]);
		expect(onInvalid).not.toHaveBeenCalled();
	});

	test('gives no titles and no complaint when the attribute is absent or empty', () => {
		const onInvalid = vi.fn();
		expect(parseSourceTitles(undefined, onInvalid).size).toBe(0);
		expect(parseSourceTitles('  ', onInvalid).size).toBe(0);
		expect(onInvalid).not.toHaveBeenCalled();
	});

	test.each(['{not json', '["https://learn.microsoft.com/a"]', '"Page A"', 'null', '42'])(
		'gives no titles and reports %s as invalid',
		(value) => {
			const onInvalid = vi.fn();
			expect(parseSourceTitles(value, onInvalid).size).toBe(0);
			expect(onInvalid).toHaveBeenCalledOnce();
		},
	);
});
