import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { PROJECT_ROOT } from '../support/astro-build';

// Small modules with one job each; a file that outgrows this is doing two.
const MAX_LINES = 250;
const SOURCE_FILE = /\.(ts|js|mjs|css|astro)$/;

describe('source files', () => {
	test(`in src/ have at most ${MAX_LINES} lines each`, () => {
		const long = readdirSync(join(PROJECT_ROOT, 'src'), { recursive: true, encoding: 'utf-8' })
			.filter((file) => SOURCE_FILE.test(file))
			.map((file) => ({
				file,
				lines: readFileSync(join(PROJECT_ROOT, 'src', file), 'utf-8')
					.trimEnd()
					.split('\n').length,
			}))
			.filter(({ lines }) => lines > MAX_LINES);
		expect(long).toEqual([]);
	});
});
