import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
	PREREQUISITES,
	SETUP_COMMAND,
	describeMissing,
	missingPackages,
	missingPrerequisites,
} from '../../../scripts/prerequisites.mjs';
import { PROJECT_ROOT } from '../../support/astro-build';

/** A machine whose executables are exactly `files`. */
const machine = (searchPath: string, ...files: string[]) => ({
	searchPath,
	exists: (path: string) => files.includes(path),
});
const named = (name: string) => PREREQUISITES.find((prerequisite) => prerequisite.name.startsWith(name))!;
const nginx = named('nginx');
const python = named('Python');

describe('missingPrerequisites', () => {
	test('finds a program at its fixed path, and a command in any folder of PATH', () => {
		const present = machine('/opt/bin:/usr/local/bin', nginx.path!, '/usr/local/bin/python3');
		expect(missingPrerequisites([nginx, python], present)).toEqual([]);
	});

	test('reports a program missing from its fixed path even when PATH has one of that name', () => {
		expect(missingPrerequisites([nginx, python], machine('/usr/bin', '/usr/bin/nginx', '/usr/bin/python3'))).toEqual([
			nginx,
		]);
	});

	test('reports a command that no folder of PATH holds, and ignores empty PATH entries', () => {
		expect(missingPrerequisites([nginx, python], machine('::/usr/bin:', nginx.path!, 'python3'))).toEqual([python]);
	});
});

describe('describeMissing', () => {
	test('names each missing program, where it was looked for, its Debian package, and the one setup command', () => {
		const message = describeMissing([nginx, python]);
		expect(message).toContain(`nginx (no ${nginx.path}, Debian package nginx), for the hosting tests`);
		expect(message).toContain('Python 3 (no python3 on PATH, Debian package python3)');
		expect(message).toContain(`Install them with: ${SETUP_COMMAND}`);
	});
});

describe('missingPackages', () => {
	test('lists the Debian packages to install, leaving out what npm ci installs', () => {
		expect(missingPackages(PREREQUISITES)).toEqual(['chromium', 'nginx', 'apache2', 'python3']);
	});
});

describe('set-up', () => {
	const read = (file: string) => readFileSync(join(PROJECT_ROOT, file), 'utf-8');

	test('npm test checks its prerequisites before anything else', () => {
		const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts;
		expect(scripts['test']).toMatch(/^node scripts\/prerequisites\.mjs && /);
	});

	test("the README's set-up is the setup command and npm test, the two commands CI runs", () => {
		const setUp = /^## Set up and test\n[\s\S]*?```sh\n([\s\S]*?)```/m.exec(read('README.md'))?.[1];
		expect(setUp?.trim().split('\n')).toEqual([SETUP_COMMAND, 'npm test']);
		const ciCommands = read('.ci/run')
			.split('\n')
			.filter((line) => line === SETUP_COMMAND || line === 'npm test');
		expect(ciCommands).toEqual([SETUP_COMMAND, 'npm test']);
	});
});
