// Lint: typescript-eslint's type-checked rules on TypeScript, the Astro plugin on .astro files,
// then eslint-config-prettier so formatting is Prettier's job alone.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// The floors of src/, lowest first, as the imports stand: a folder imports only from folders on
// lower floors, never from a neighbour on its own floor or from above, so every arrow runs one way.
// The custom elements share one floor, so none imports another; what they share is their kit's.
const ELEMENTS = ['sync-tool-picker', 'migration-readiness', 'table-filter', 'time-bound'].map(
	(tag) => `elements/${tag}`,
);
const FLOORS = [
	['data', 'elements/kit'],
	['decision', 'sources-watch'],
	['connect-export'],
	ELEMENTS,
	['embed', 'element-docs'],
	['integrations', 'components'],
	['pages'],
];

// The floors up to the embed's take zod, Astro and the schemas as types only: zod runs at build time
// (the content collections) and in the unit tests, never in the engine or in a reader's browser.
const TYPES_ONLY_FLOORS = FLOORS.findIndex((floor) => floor.includes('embed')) + 1;
const TYPES_ONLY = [
	{
		group: ['astro', 'astro:*', 'zod', '@astrojs/*'],
		allowTypeImports: true,
		message: 'below src/integrations/, zod and Astro come in as types only ("import type").',
	},
	{
		regex: '(?:^|/)schemas/',
		allowTypeImports: true,
		message: 'below src/integrations/, a schema comes in as its type only ("import type"), so zod stays out.',
	},
];
// Where zod belongs: the schemas keep only their floor's rule.
const SCHEMAS = 'src/data/schemas/*';
// How deep below its folder of src/ a file may sit and still be held to its floor (src/data/schemas/ is 1).
const MAX_DEPTH = 2;

/** The files of a folder of src/ that sit `depth` folders below it. */
const filesAt = (folder, depth) => [`src/${folder}/${'*/'.repeat(depth)}*.{ts,js,mjs,astro}`];

/**
 * The relative paths from `depth` below `folder` to `other` (folders of src/, such as "elements/kit"):
 * through src/, and through each folder the two share ("../kit" from src/elements/time-bound/).
 */
function pathsTo(folder, depth, other) {
	const [from, to] = [folder.split('/'), other.split('/')];
	let shared = 0;
	while (shared < Math.min(from.length, to.length) && from[shared] === to[shared]) shared += 1;
	return Array.from({ length: shared + 1 }, (_, kept) => {
		const climb = depth + from.length - kept;
		return `(?:\\.\\./){${climb}}${to.slice(kept).join('/')}`;
	});
}

/** The pattern that bars, from `depth` below `folder`, every folder of src/ on its floor or above. */
function upwardFrom(folder, depth) {
	const level = FLOORS.findIndex((floor) => floor.includes(folder));
	const barred = FLOORS.slice(level)
		.flat()
		.filter((other) => other !== folder);
	if (barred.length === 0) return [];
	const regex = `^(?:${barred.flatMap((other) => pathsTo(folder, depth, other)).join('|')})(?:/|$)`;
	const message = `src/${folder}/ is on floor ${level + 1} of FLOORS in eslint.config.mjs; import only from a lower floor.`;
	return [{ regex, message }];
}

const restrict = (files, patterns, ignores = []) => ({
	files,
	ignores,
	rules: { 'no-restricted-imports': ['error', { patterns }] },
});

/** Each folder's import rule, at each depth; the schemas last, with their floor's rule alone. */
const layerConfigs = [
	...FLOORS.flatMap((floor, level) =>
		floor.flatMap((folder) =>
			Array.from({ length: MAX_DEPTH + 1 }, (_, depth) => {
				const patterns = [...upwardFrom(folder, depth), ...(level < TYPES_ONLY_FLOORS ? TYPES_ONLY : [])];
				return patterns.length === 0 ? [] : [restrict(filesAt(folder, depth), patterns, [SCHEMAS])];
			}).flat(),
		),
	),
	restrict([SCHEMAS], upwardFrom('data', 1)),
];

export default tseslint.config(
	{ ignores: ['dist/', '.astro/', 'node_modules/', 'tests/.tmp/', 'tests/fixtures/'] },
	js.configs.recommended,
	{
		files: ['**/*.ts'],
		extends: [tseslint.configs.recommendedTypeChecked],
		languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
		rules: {
			// `_`-prefixed names mark parameters a signature needs but the body does not use.
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
		},
	},
	{
		files: ['tests/**/*.ts'],
		rules: {
			// Vitest's asymmetric matchers (expect.stringContaining, expect.objectContaining) are typed `any`.
			'@typescript-eslint/no-unsafe-assignment': 'off',
		},
	},
	...astro.configs.recommended,
	...layerConfigs,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		linterOptions: { reportUnusedDisableDirectives: 'error' },
	},
	prettier,
);
