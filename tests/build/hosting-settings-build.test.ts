// Real builds started with a bad hosting setting: each stops before building anything, with a
// message that names the variable and the value.
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { PROJECT_ROOT, runAstroBuild } from '../support/astro-build';

/** Where the builds are told to write, which they must never create; removed should one do so. */
const OUT_DIR = 'tests/.tmp/never-written';
afterAll(() => rmSync(join(PROJECT_ROOT, OUT_DIR), { recursive: true, force: true }));

const BUILD_TIMEOUT = 120_000;

describe('astro build', () => {
	test(
		'stops on an EMBED_FRAME_ANCESTORS entry that is not an origin, naming the variable and the value',
		async () => {
			const value = 'https://contoso.sharepoint.com/sites/it';
			const { exitCode, output } = await runAstroBuild(PROJECT_ROOT, ['--outDir', OUT_DIR], {
				EMBED_FRAME_ANCESTORS: value,
			});
			expect(exitCode, output).not.toBe(0);
			expect(output).toContain(`EMBED_FRAME_ANCESTORS="${value}" is not a usable list of origins`);
			expect(existsSync(join(PROJECT_ROOT, OUT_DIR))).toBe(false);
		},
		BUILD_TIMEOUT,
	);

	test(
		'stops on a SITE that is not an absolute address, naming the variable and the value',
		async () => {
			const { exitCode, output } = await runAstroBuild(PROJECT_ROOT, ['--outDir', OUT_DIR], {
				SITE: 'intranet.example',
			});
			expect(exitCode, output).not.toBe(0);
			expect(output).toContain('SITE="intranet.example" is not a usable site address');
			expect(existsSync(join(PROJECT_ROOT, OUT_DIR))).toBe(false);
		},
		BUILD_TIMEOUT,
	);
});
