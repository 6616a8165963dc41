// The build command the "Host the site" page shows, read from the built page without a browser
// (hosting.e2e.ts builds and serves the site with it).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { builtSiteDir } from '../support/built-site';
import { bashVariables, powerShellVariables } from '../e2e/support/build-command';
import { snippetTitled, snippetsIn } from '../e2e/support/page-snippets';

describe('the build command of /host/', () => {
	test('is the same in bash and PowerShell, and sets the base path, the site address and the frame ancestors', () => {
		const snippets = snippetsIn(readFileSync(join(builtSiteDir(), 'host/index.html'), 'utf-8'));
		const bash = bashVariables(snippetTitled(snippets, 'Build for your server (bash)').code);
		const powerShell = powerShellVariables(snippetTitled(snippets, 'Build for your server (PowerShell)').code);
		expect(powerShell).toEqual(bash);
		expect(Object.keys(bash).sort()).toEqual(['BASE', 'EMBED_FRAME_ANCESTORS', 'SITE']);
	});
});
