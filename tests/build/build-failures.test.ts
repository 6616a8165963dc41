// Real builds of a copy of the project that must fail, and say why: a malformed data file, and a
// page with a broken internal link. Each build takes several seconds, so both live in this file.
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PROJECT_ROOT, runAstroBuild } from '../support/astro-build';

const PROJECT_FILES = ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'content', 'public'];
// Caches Astro and Vite keep in node_modules; each copy gets its own so builds never share them.
const NODE_MODULES_CACHES = new Set(['.astro', '.vite', '.cache']);
const BUILD_TIMEOUT = 240_000;

// One folder per run, so two people running the tests in one checkout never share a copy.
let copies = '';

/** Copies the project into tests/.tmp/build-failures-…/<name>, with node_modules linked, not copied. */
async function copyProject(name: string): Promise<string> {
	const root = join(copies, name);
	await mkdir(join(root, 'node_modules'), { recursive: true });
	for (const file of PROJECT_FILES) await cp(join(PROJECT_ROOT, file), join(root, file), { recursive: true });
	for (const entry of await readdir(join(PROJECT_ROOT, 'node_modules'))) {
		if (!NODE_MODULES_CACHES.has(entry))
			await symlink(join(PROJECT_ROOT, 'node_modules', entry), join(root, 'node_modules', entry));
	}
	return root;
}

beforeAll(async () => {
	await mkdir(join(PROJECT_ROOT, 'tests/.tmp'), { recursive: true });
	copies = await mkdtemp(join(PROJECT_ROOT, 'tests/.tmp/build-failures-'));
});

afterAll(async () => {
	if (copies) await rm(copies, { recursive: true, force: true });
});

describe('astro build', () => {
	test(
		'fails on a malformed requirements file, naming the file, the entry and the field',
		async () => {
			const root = await copyProject('malformed-requirements');
			const file = join(root, 'content/data/requirements.json');
			const entries = JSON.parse(await readFile(file, 'utf-8')) as Array<Record<string, unknown>>;
			const broken = entries[1];
			if (!broken) throw new Error('content/data/requirements.json needs at least two entries for this test.');
			broken['asOf'] = '1 March 2023';
			await writeFile(file, JSON.stringify(entries, null, '\t'));

			const { exitCode, output } = await runAstroBuild(root);

			expect(exitCode, output).not.toBe(0);
			expect(output).toContain(
				`content/data/requirements.json: entry "${String(broken['id'])}" (#2) does not match its schema`,
			);
			expect(output).toContain('field "asOf": must be a date written YYYY-MM-DD');
		},
		BUILD_TIMEOUT,
	);

	test(
		'fails on a page with a broken internal link, naming the page and the link',
		async () => {
			const root = await copyProject('broken-link');
			await writeFile(
				join(root, 'content/docs/link-check-fixture.mdx'),
				[
					'---',
					'title: Link check fixture',
					'description: A page whose only purpose is to hold a link to a page that does not exist.',
					'---',
					'',
					'Read [how to choose a sync tool](../choose-a-sync-toool/) first.',
					'',
				].join('\n'),
			);

			const { exitCode, output } = await runAstroBuild(root);

			expect(exitCode, output).not.toBe(0);
			expect(output).toContain('/link-check-fixture/: "../choose-a-sync-toool/" no page or file at that path');
		},
		BUILD_TIMEOUT,
	);
});
