/**
 * Runs Debian's nginx and Apache httpd on loopback ports for the browser tests, each with a main
 * configuration of its own (no system service is touched) around a site block the test supplies.
 * `.ci/setup` installs both where they are missing (scripts/prerequisites.mjs holds their paths); a
 * test that needs one fails if it is absent.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { APACHE_PATH, NGINX_PATH, SETUP_COMMAND } from '../../../scripts/prerequisites.mjs';

/** A web server process answering on `origin`. */
export interface RunningServer {
	origin: string;
	/** Stops the process this helper started (and only that one). */
	stop: () => Promise<void>;
}

/** A free TCP port on the loopback interface. */
export async function freePort(): Promise<number> {
	const probe = createServer();
	await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
	const { port } = probe.address() as { port: number };
	await new Promise((done) => probe.close(done));
	return port;
}

function requireProgram(path: string, name: string): void {
	if (!existsSync(path)) throw new Error(`No ${name} at ${path}: install it with ${SETUP_COMMAND}.`);
}

/** Checks a configuration with the server's own test flag; fails with its output, warnings included. */
function checkConfiguration(program: string, args: string[], name: string): void {
	const result = spawnSync(program, args, { encoding: 'utf-8' });
	const output = `${result.stdout}${result.stderr}`;
	if (result.status !== 0 || /\[warn\]|warning/i.test(output)) {
		throw new Error(`${name} refuses its configuration:\n${output}`);
	}
}

/** How long a server may take to answer its first request on a loaded machine. */
const START_TIMEOUT = 20_000;

/**
 * Waits until the server answers (checking every 50 ms; `beforeAll` cannot use expect.poll), and
 * stops it again if it exits or never answers, so no test leaves a server behind.
 */
async function started(child: ChildProcess, origin: string, name: string, log: string): Promise<RunningServer> {
	const exited = new Promise<number | null>((done) => child.on('exit', done));
	const stop = async () => {
		if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
		await exited;
	};
	const deadline = Date.now() + START_TIMEOUT;
	for (;;) {
		const answered = await fetch(`${origin}/`).then(
			() => true,
			() => false,
		);
		if (answered) return { origin, stop };
		if (child.exitCode !== null || Date.now() > deadline) {
			await stop();
			const why =
				child.exitCode !== null ? `exited with code ${child.exitCode}` : `did not answer within ${START_TIMEOUT} ms`;
			throw new Error(`${name} ${why}: ${await readFile(log, 'utf-8').catch(() => '(no log)')}`);
		}
		await new Promise((done) => setTimeout(done, 50));
	}
}

/**
 * Starts nginx with `siteBlock` (a `server { }` block, listening on `port`) inside a minimal
 * `http { }`, all state under `workDir`.
 */
export async function startNginx(siteBlock: string, port: number, workDir: string): Promise<RunningServer> {
	const nginx = NGINX_PATH;
	requireProgram(nginx, 'nginx');
	await mkdir(workDir, { recursive: true });
	const log = join(workDir, 'error.log');
	const temp = (name: string) => `${name}_temp_path ${join(workDir, name)};`;
	const config = join(workDir, 'nginx.conf');
	await writeFile(
		config,
		[
			'daemon off;',
			'worker_processes 1;',
			`pid ${join(workDir, 'nginx.pid')};`,
			`error_log ${log};`,
			'events { worker_connections 64; }',
			'http {',
			'access_log off;',
			...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp),
			siteBlock,
			'}',
			'',
		].join('\n'),
	);
	const args = ['-p', workDir, '-e', log, '-c', config];
	checkConfiguration(nginx, ['-t', ...args], 'nginx');
	return started(spawn(nginx, args, { stdio: 'ignore' }), `http://127.0.0.1:${port}`, 'nginx', log);
}

/** The modules a fresh Debian apache2 enables, plus mod_headers, which /host/ tells readers to enable. */
const APACHE_MODULES = [
	'mpm_event',
	'access_compat',
	'alias',
	'auth_basic',
	'authn_core',
	'authn_file',
	'authz_core',
	'authz_host',
	'authz_user',
	'autoindex',
	'deflate',
	'dir',
	'env',
	'filter',
	'mime',
	'negotiation',
	'reqtimeout',
	'setenvif',
	'headers',
];

/**
 * Starts Apache httpd with Debian's default modules and their default settings, the default
 * deny-all for the file system, and `siteBlock` (a `<VirtualHost>` for `port`), under `workDir`.
 */
export async function startApache(siteBlock: string, port: number, workDir: string): Promise<RunningServer> {
	const apache = APACHE_PATH;
	const modules = '/etc/apache2/mods-available';
	requireProgram(apache, 'Apache httpd');
	await mkdir(workDir, { recursive: true });
	const log = join(workDir, 'error.log');
	const config = join(workDir, 'httpd.conf');
	const root = process.getuid?.() === 0;
	await writeFile(
		config,
		[
			`ServerRoot "/etc/apache2"`,
			`Listen 127.0.0.1:${port}`,
			'ServerName localhost',
			`PidFile "${join(workDir, 'httpd.pid')}"`,
			`ErrorLog "${log}"`,
			`DefaultRuntimeDir "${workDir}"`,
			`Mutex file:${workDir} default`,
			// Started as root (as in CI containers), httpd serves as an unprivileged user.
			...(root ? ['User www-data', 'Group www-data'] : []),
			...APACHE_MODULES.flatMap((module) => [
				`Include "${modules}/${module}.load"`,
				...(existsSync(`${modules}/${module}.conf`) ? [`Include "${modules}/${module}.conf"`] : []),
			]),
			// Debian's apache2.conf: nothing of the file system is served unless a <Directory> allows it.
			'<Directory />',
			'\tOptions FollowSymLinks',
			'\tAllowOverride None',
			'\tRequire all denied',
			'</Directory>',
			siteBlock,
			'',
		].join('\n'),
	);
	const args = ['-f', config];
	checkConfiguration(apache, ['-t', ...args], 'Apache httpd');
	return started(
		spawn(apache, [...args, '-DFOREGROUND'], { stdio: 'ignore' }),
		`http://127.0.0.1:${port}`,
		'Apache httpd',
		log,
	);
}
