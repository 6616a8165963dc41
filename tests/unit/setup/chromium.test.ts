import { describe, expect, test } from 'vitest';
import { CHROMIUM_ARGS, DISABLED_FEATURES, chromiumFlagsDropped } from '../../../scripts/chromium.mjs';

describe('chromiumFlagsDropped', () => {
	test('names what an earlier --disable-features turned off and the last one leaves on', () => {
		const commandLine = [
			'--headless',
			'--disable-features=PaintHolding,MediaRouter',
			'--disable-features=MediaRouter,Other',
		];
		expect(chromiumFlagsDropped(commandLine)).toEqual(['PaintHolding']);
	});

	test('finds nothing dropped when the last list carries the earlier ones', () => {
		expect(chromiumFlagsDropped(['--disable-features=A,B', '--disable-features=B,A,C'])).toEqual([]);
	});

	test('refuses a command line without both lists, as one it could not read', () => {
		expect(() => chromiumFlagsDropped(['--disable-features=A'])).toThrow(/shows one --disable-features list,/);
		expect(() =>
			chromiumFlagsDropped(['/usr/lib/chromium/chromium --disable-features=A --disable-features=B']),
		).toThrow(/shows no --disable-features list,/);
	});

	test("finds nothing dropped from the project's own flags placed after a list it carries", () => {
		const playwrights = `--disable-features=${DISABLED_FEATURES.slice(0, 5).join(',')}`;
		expect(chromiumFlagsDropped([playwrights, ...CHROMIUM_ARGS])).toEqual([]);
	});
});
