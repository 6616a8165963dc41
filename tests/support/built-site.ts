// Where the built site the dist and browser tests read lives.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PROJECT_ROOT } from './astro-build';

/**
 * The built site the tests run against: `E2E_DIST` if set (absolute, or relative to the project),
 * else `dist/`. `npm test` builds it before the dist and browser tests; nothing here builds it.
 */
export function builtSiteDir(): string {
	const dir = resolve(PROJECT_ROOT, process.env['E2E_DIST'] ?? 'dist');
	if (!existsSync(join(dir, 'index.html'))) {
		throw new Error(
			`No built site in ${dir}. Run \`npm run build\` first (npm test does), or point E2E_DIST at a built directory.`,
		);
	}
	return dir;
}
