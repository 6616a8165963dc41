import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { PROJECT_ROOT } from '../../support/astro-build';

// Issue 10: small modules with one job each; a file that outgrows this is doing two.
const FOLDERS = ['src/decision', 'src/widget', 'src/embed', 'src/table-filter', 'src/sources-watch'];
const MAX_LINES = 250;

describe('source files', () => {
	test.each(FOLDERS)(`in %s have at most ${MAX_LINES} lines each`, (folder) => {
		const long = readdirSync(join(PROJECT_ROOT, folder), { recursive: true, encoding: 'utf-8' })
			.filter((file) => /\.(ts|css)$/.test(file))
			.map((file) => ({
				file,
				lines: readFileSync(join(PROJECT_ROOT, folder, file), 'utf-8')
					.trimEnd()
					.split('\n').length,
			}))
			.filter(({ lines }) => lines > MAX_LINES);
		expect(long).toEqual([]);
	});
});
