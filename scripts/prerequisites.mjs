// What `npm test` needs from the machine beyond Node, and the check that runs as its first step:
// it names each missing program and the one command that installs it, in a second, instead of a
// suite that fails after minutes. Plain JavaScript, so it also runs on the machine's own Node
// before `npm ci` has installed the project's Node 24.
//   node scripts/prerequisites.mjs                     checks; exits 1 naming what is missing
//   node scripts/prerequisites.mjs --missing-packages  prints the Debian packages to install (for .ci/setup)
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_PATH } from './chromium.mjs';

/**
 * @typedef {object} Prerequisite
 * @property {string} name what the reader knows it as
 * @property {string} [path] where the tests run it from
 * @property {string} [command] a command found on PATH, when no fixed path is used
 * @property {string} [debianPackage] the Debian package that provides it; none for the npm packages
 * @property {string} neededBy which tests need it
 */

/** The one command that installs everything `npm test` needs (system packages without starting their services, then `npm ci`). */
export const SETUP_COMMAND = '.ci/setup';

/** The repository root. */
const ROOT = fileURLToPath(new URL('../', import.meta.url));

/** Debian's nginx, which the hosting tests run with a configuration of their own. */
export const NGINX_PATH = '/usr/sbin/nginx';

/** Debian's Apache httpd, which the hosting tests run with a configuration of their own. */
export const APACHE_PATH = '/usr/sbin/apache2';

/** Everything `npm test` runs that a fresh machine may lack. */
export const PREREQUISITES = [
	{
		name: 'the npm packages (Node 24, Astro, Vitest)',
		path: join(ROOT, 'node_modules/.bin/astro'),
		neededBy: 'every step',
	},
	{ name: 'Chromium', path: CHROMIUM_PATH, debianPackage: 'chromium', neededBy: 'the browser tests' },
	{ name: 'nginx', path: NGINX_PATH, debianPackage: 'nginx', neededBy: 'the hosting tests' },
	{ name: 'Apache httpd', path: APACHE_PATH, debianPackage: 'apache2', neededBy: 'the hosting tests' },
	{
		name: 'Python 3',
		command: 'python3',
		debianPackage: 'python3',
		neededBy: 'the hosting test of the one-line server /host/ shows',
	},
];

/** Whether `path` is a file this process may execute. */
export function isExecutable(path) {
	try {
		accessSync(path, constants.X_OK);
		return true;
	} catch {
		return false;
	}
}

/**
 * The prerequisites this machine lacks.
 * @param {Prerequisite[]} prerequisites
 * @param {{ searchPath?: string, exists?: (path: string) => boolean }} [machine] PATH and the executable test, injectable for tests
 * @returns {Prerequisite[]}
 */
export function missingPrerequisites(
	prerequisites,
	{ searchPath = process.env.PATH ?? '', exists = isExecutable } = {},
) {
	const onPath = (command) =>
		searchPath
			.split(delimiter)
			.filter(Boolean)
			.some((dir) => exists(join(dir, command)));
	return prerequisites.filter((prerequisite) =>
		prerequisite.path ? !exists(prerequisite.path) : !onPath(prerequisite.command ?? ''),
	);
}

/**
 * What the reader is told when something is missing: each item, where it was looked for, what needs it, and the command.
 * @param {Prerequisite[]} missing not empty
 */
export function describeMissing(missing) {
	const lines = missing.map((prerequisite) => {
		const where = prerequisite.path ? `no ${prerequisite.path}` : `no ${prerequisite.command} on PATH`;
		const from = prerequisite.debianPackage ? `, Debian package ${prerequisite.debianPackage}` : '';
		return `  ${prerequisite.name} (${where}${from}), for ${prerequisite.neededBy}`;
	});
	return [
		`npm test needs ${missing.length === 1 ? 'something' : 'things'} this machine lacks:`,
		...lines,
		`Install ${missing.length === 1 ? 'it' : 'them'} with: ${SETUP_COMMAND}`,
		'(it installs the Debian packages without starting their services, then runs npm ci; then run npm test again)',
	].join('\n');
}

/** The Debian packages that provide the missing prerequisites. */
export function missingPackages(missing) {
	return missing.flatMap((prerequisite) => (prerequisite.debianPackage ? [prerequisite.debianPackage] : []));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const missing = missingPrerequisites(PREREQUISITES);
	if (process.argv.includes('--missing-packages')) {
		console.log(missingPackages(missing).join(' '));
	} else if (missing.length > 0) {
		console.error(describeMissing(missing));
		process.exitCode = 1;
	} else {
		console.log(`Prerequisites present: ${PREREQUISITES.map((prerequisite) => prerequisite.name).join('; ')}.`);
	}
}
