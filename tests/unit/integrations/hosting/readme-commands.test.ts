// The README repeats the build command of /host/ for developers; the browser tests build and serve
// the site with the one on /host/ (tests/e2e/hosting.e2e.ts), so the README's must be that one.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { PROJECT_ROOT } from '../../../support/astro-build';

const read = (file: string) => readFileSync(join(PROJECT_ROOT, file), 'utf8');

/** The lines of the `sh` code blocks of a Markdown or MDX text. */
function shellLines(text: string): string[] {
	return [...text.matchAll(/^```sh[^\n]*\n([\s\S]*?)^```/gm)].flatMap((block) => (block[1] ?? '').split('\n'));
}

test("the README's build commands for a server are the ones /host/ shows and the hosting tests run", () => {
	const host = read('content/docs/host.mdx');
	const hostCommand = /^```sh title="Build for your server \(bash\)"\n(.*)\n```/m.exec(host)?.[1];
	expect(hostCommand).toMatch(/^SITE=\S+ BASE=\S+ .*npm run build$/);
	const readmeBuilds = shellLines(read('README.md')).filter((line) => /^SITE=.*npm run build$/.test(line));
	expect(readmeBuilds).toEqual([hostCommand]);
	const base = /BASE=(\S+)/.exec(hostCommand ?? '')?.[1];
	expect(shellLines(read('README.md'))).toContain(`BASE=${base} npm run build`);
});
