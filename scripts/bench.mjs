// Prints the site's size budgets from the built dist/ (run `npm run build` first): the embed
// module, the JavaScript each page ships, what the table filter adds to /prerequisites/, and the
// bytes Pagefind fetches for a first query (measured in Debian's Chromium on loopback).
import { existsSync, readFileSync, readdirSync, statSync, createReadStream } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const DIST = resolve(process.argv[2] ?? 'dist');
const GOALS = { embedKb: 8, filterKb: 2 };

if (!existsSync(join(DIST, 'index.html'))) {
	console.error(`No built site in ${DIST}: run "npm run build" first.`);
	process.exit(1);
}

const gzip = (buffer) => gzipSync(buffer, { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const read = (path) => readFileSync(join(DIST, path));

/** The site-relative paths of every JS file a page loads: its module scripts and their static imports. */
function scriptsOf(htmlPath) {
	const html = read(htmlPath).toString();
	const found = new Set();
	const queue = [...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((match) => match[1].replace(/^\//, ''));
	while (queue.length > 0) {
		const path = queue.shift();
		if (found.has(path) || !existsSync(join(DIST, path))) continue;
		found.add(path);
		const code = read(path).toString();
		for (const match of code.matchAll(/(?:import|from)\s*["']\.\/([^"']+\.js)["']/g)) {
			queue.push(join(path, '..', match[1]).split(sep).join('/'));
		}
	}
	const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
		.map((match) => match[1])
		.join('\n');
	return { files: [...found], inlineBytes: gzip(Buffer.from(inline)) };
}

function pageJs(htmlPath) {
	const { files, inlineBytes } = scriptsOf(htmlPath);
	return { files, gz: files.reduce((sum, file) => sum + gzip(read(file)), 0) + inlineBytes };
}

const htmlPages = [];
(function walk(dir) {
	for (const name of readdirSync(dir)) {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) walk(path);
		else if (name.endsWith('.html')) htmlPages.push(relative(DIST, path).split(sep).join('/'));
	}
})(DIST);

console.log(`Budgets for ${DIST}\n`);

const embed = read('embed/sync-tool-picker.js');
console.log(
	`Embed module (engine, data, element, styles): ${kb(gzip(embed))} gzip, ${kb(embed.length)} raw (goal ≤ ${GOALS.embedKb} KB gzip)`,
);
const frame = read('embed/frame.js');
console.log(`Iframe page script embed/frame.js: ${kb(gzip(frame))} gzip`);

console.log('\nJavaScript each page ships (gzip, scripts and their imports):');
for (const page of htmlPages.sort())
	console.log(`  ${kb(pageJs(page).gz).padStart(9)}  /${page.replace(/index\.html$/, '')}`);

const picker = pageJs('choose-a-sync-tool/index.html');
const pickerOnly = picker.files.filter((file) => !pageJs('get-started/index.html').files.includes(file));
const pickerGz = pickerOnly.reduce((sum, file) => sum + gzip(read(file)), 0);
console.log(
	`\nPicker JS on /choose-a-sync-tool/ beyond a plain guide page: ${kb(pickerGz)} gzip (goal ≤ ${GOALS.embedKb} KB, data included; styles are inside the JS)`,
);

const withFilter = pageJs('prerequisites/index.html');
const withoutFilter = pageJs('get-started/index.html');
// Astro inlines small scripts, so compare whole pages: /prerequisites/ against /get-started/, which has no filter.
console.log(
	`Table filter JS added to /prerequisites/: ${kb(withFilter.gz - withoutFilter.gz)} gzip (goal < ${GOALS.filterKb} KB)`,
);

// Pagefind: serve dist/ on loopback, search once in Chromium, add up what /pagefind/ sent.
const TYPES = {
	'.html': 'text/html',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.svg': 'image/svg+xml',
	'.json': 'application/json',
};
const server = createServer((request, response) => {
	let path = join(DIST, decodeURIComponent(new URL(request.url, 'http://x').pathname));
	if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
	if (!path.startsWith(DIST) || !existsSync(path)) return response.writeHead(404).end();
	response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
	createReadStream(path).pipe(response);
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
	executablePath: '/usr/bin/chromium',
	args: [
		'--no-sandbox',
		'--disable-gpu',
		'--disable-quic',
		'--no-first-run',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync',
	],
});
try {
	const page = await browser.newPage();
	let pagefindBytes = 0;
	const files = [];
	page.on('response', async (response) => {
		if (!response.url().includes('/pagefind/')) return;
		const body = await response.body().catch(() => Buffer.alloc(0));
		pagefindBytes += body.length;
		files.push(response.url().replace(origin, ''));
	});
	await page.goto(`${origin}/`);
	await page.locator('site-search button[data-open-modal]').click();
	await page.locator('#starlight__search input').first().fill('gMSA');
	await page.locator('#starlight__search .pagefind-ui__result-link').first().waitFor();
	await page.waitForTimeout(500);
	console.log(
		`\nPagefind, first query ("gMSA"): ${kb(pagefindBytes)} fetched in ${files.length} files (already compressed formats; no other origin)`,
	);
} finally {
	await browser.close();
	server.close();
}
