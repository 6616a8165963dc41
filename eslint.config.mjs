// Lint: typescript-eslint's type-checked rules on TypeScript, the Astro plugin on .astro files,
// then eslint-config-prettier so formatting is Prettier's job alone.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

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
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		linterOptions: { reportUnusedDisableDirectives: 'error' },
	},
	prettier,
);
