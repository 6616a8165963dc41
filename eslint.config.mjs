// Lint: typescript-eslint's type-checked rules on TypeScript, the Astro plugin on .astro files,
// then eslint-config-prettier so formatting is Prettier's job alone.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// The floors of src/, lowest first, as the imports stand: a folder imports only from folders on
// lower floors, never from a neighbour on its own floor or from above, so every arrow runs one way.
const FLOORS = [
	['data', 'elements'],
	['decision', 'sources-watch', 'time-bound', 'table-filter'],
	['connect-export', 'widget'],
	['readiness', 'embed', 'element-docs'],
	['integrations', 'components'],
	['pages'],
];

// The floors up to the embed's take zod, Astro and the schemas as types only: zod runs at build time
// (the content collections) and in the unit tests, never in the engine or in a reader's browser.
const TYPES_ONLY_FLOORS = 4;
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

/** The pattern that bars, from `depth` below `folder`, every folder of src/ on its floor or above. */
function upwardFrom(folder, depth) {
	const level = FLOORS.findIndex((floor) => floor.includes(folder));
	const barred = FLOORS.slice(level)
		.flat()
		.filter((other) => other !== folder);
	if (barred.length === 0) return [];
	// From this depth a relative import climbs exactly depth + 1 folders to reach src/.
	const regex = `^(?:\\.\\./){${depth + 1}}(?:${barred.join('|')})(?:/|$)`;
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
