// The heading-level rule the picker, its frame and the readiness check share: a digit from 1 to 6,
// with spaces around it allowed as in any attribute, and none of the number forms Number() also reads.
import { describe, expect, test } from 'vitest';
import { isHeadingLevel } from '../../../../src/elements/kit/heading-level';

describe('isHeadingLevel', () => {
	test.each(['1', '3', '6', ' 4 '])('takes %j', (value) => {
		expect(isHeadingLevel(value)).toBe(true);
	});

	test.each(['', ' ', '0', '7', '2.5', '3.0', '0x3', '1e0', '+3', '-1', '03', 'three'])('refuses %j', (value) => {
		expect(isHeadingLevel(value)).toBe(false);
	});
});
