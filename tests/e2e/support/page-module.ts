// A module of the project's source bundled as the site bundles it (esbuild, ES2022), for tests that
// inject it into a page (opened with the page CSP bypassed) to drive an element's public API.
import { build } from 'esbuild';
import { PROJECT_ROOT } from '../../support/astro-build';

/** Bundles `source` (TypeScript, imports relative to the project root) into one script's text. */
export async function bundleForPage(source: string): Promise<string> {
	const result = await build({
		stdin: { contents: source, resolveDir: PROJECT_ROOT, loader: 'ts' },
		bundle: true,
		write: false,
		format: 'esm',
		target: 'es2022',
	});
	return result.outputFiles[0]?.text ?? '';
}
