import { describe, expect, expectTypeOf, test } from 'vitest';
import { NEEDS, NEED_IDS, isNeedId, type NeedId } from '../../../src/decision';

describe('need ids', () => {
	test('are a closed union of the ids in the data, so isNeedId narrows a string', () => {
		expectTypeOf<NeedId>().not.toEqualTypeOf<string>();
		expectTypeOf<'device-writeback'>().toExtend<NeedId>();
		expectTypeOf<'warp-drive'>().not.toExtend<NeedId>();
		const given: string = 'device-writeback';
		if (isNeedId(given)) expectTypeOf(given).toEqualTypeOf<NeedId>();
		expect(isNeedId(given)).toBe(true);
		expect(isNeedId('Device-Writeback')).toBe(false);
	});

	test('list every selectable capability as a need, in table order', () => {
		expect(NEEDS.map((need) => need.id)).toEqual([...NEED_IDS]);
	});
});
