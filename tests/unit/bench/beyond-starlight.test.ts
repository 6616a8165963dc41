import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { beyondStarlight, moduleOf } from '../../../scripts/bench/beyond-starlight.mjs';
import { pageScripts } from '../../../scripts/bench/sizes.mjs';

const root = mkdtempSync(join(tmpdir(), 'beyond-starlight-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Writes a small built site: each path to its text, an .html page naming its scripts as Astro does. */
function site(name: string, files: Record<string, string>) {
	const dist = join(root, name);
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(dirname(join(dist, path)), { recursive: true });
		writeFileSync(join(dist, path), text);
	}
	return dist;
}
const page = (...scripts: string[]) =>
	`<!doctype html><title>t</title>${scripts
		.map((script) =>
			script.endsWith('.js') ? `<script type="module" src="/_astro/${script}"></script>` : `<script>${script}</script>`,
		)
		.join('')}`;

const THEME = 'window.theme = localStorage.getItem("theme");';
const SEARCH = 'Search.astro_astro_type_script_index_0_lang';
const baseline = site('baseline', {
	'guide/index.html': page(`${SEARCH}.BH3XwIQL.js`, THEME),
	[`_astro/${SEARCH}.BH3XwIQL.js`]: 'const preload = (load) => load(); preload(() => import("./ui-core.D5U32Csp.js"));',
});
const baselinePages = [pageScripts(baseline, 'guide/index.html')];
const names = (scripts: Array<{ key: string }>) => scripts.map((script) => script.key).sort();

describe('beyondStarlight', () => {
	test("counts Starlight's script as Starlight's when a dynamic import of ours moves Vite's preload helper out of it", () => {
		const dist = site('helper-split', {
			'index.html': page(`${SEARCH}.D6kdV2AE.js`, THEME),
			[`_astro/${SEARCH}.D6kdV2AE.js`]:
				'import { p } from "./preload-helper.DygEbaNj.js"; p(() => import("./ui-core.DdZDRPcq.js"));',
			'_astro/preload-helper.DygEbaNj.js': 'export const p = (load) => load();',
		});
		expect(names(beyondStarlight(baselinePages, pageScripts(dist, 'index.html')))).toEqual([]);
	});

	test('counts our scripts, inline or external, and the chunks only they import', () => {
		const dist = site('ours', {
			'index.html': page(
				`${SEARCH}.D6kdV2AE.js`,
				THEME,
				'document.title += "!";',
				'TimeBound.astro_astro_type_script_index_0_lang.C13hX_Yx.js',
			),
			[`_astro/${SEARCH}.D6kdV2AE.js`]: 'import { p } from "./preload-helper.DygEbaNj.js"; p();',
			'_astro/preload-helper.DygEbaNj.js': 'export const p = () => {};',
			'_astro/TimeBound.astro_astro_type_script_index_0_lang.C13hX_Yx.js':
				'import "./time-bound.BF630xvb.js"; import { p } from "./preload-helper.DygEbaNj.js"; p();',
			'_astro/time-bound.BF630xvb.js': 'customElements.define("time-bound", class extends HTMLElement {});',
		});
		const ours = beyondStarlight(baselinePages, pageScripts(dist, 'index.html'));
		// The helper loads for Starlight's search whether or not our island imports it too.
		expect(names(ours)).toEqual([
			'TimeBound.astro_astro_type_script_index_0_lang.C13hX_Yx.js',
			expect.stringMatching(/^inline:/),
			'time-bound.BF630xvb.js',
		]);
	});

	test("counts every script of a module when the page has more of it than Starlight's page, as none can be told apart", () => {
		const dist = site('two-searches', {
			'index.html': page(`${SEARCH}.D6kdV2AE.js`, `${SEARCH}.Xk3mPq9z.js`),
			[`_astro/${SEARCH}.D6kdV2AE.js`]: 'console.log("starlight");',
			[`_astro/${SEARCH}.Xk3mPq9z.js`]: 'console.log("ours");',
		});
		expect(names(beyondStarlight(baselinePages, pageScripts(dist, 'index.html')))).toEqual([
			`${SEARCH}.D6kdV2AE.js`,
			`${SEARCH}.Xk3mPq9z.js`,
		]);
	});

	test("names a script's module by its file name less Vite's hash, after a dot or a hyphen", () => {
		expect(moduleOf(`${SEARCH}.D6kdV2AE.js`)).toBe(SEARCH);
		expect(moduleOf('export-worker-wMMr_MNv.js')).toBe('export-worker');
		// Expressive Code names its own file, with no Vite hash: it matches by its whole name.
		expect(moduleOf('ec.0vx5m.js')).toBe('ec.0vx5m.js');
	});
});
