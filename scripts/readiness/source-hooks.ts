// Lets Node's type stripping load the site's TypeScript as Vite does: a relative import without an
// extension is the `.ts` file (or folder index) beside it, and a `.json` import is JSON. Register it
// before importing anything from src/.
import { existsSync } from 'node:fs';
import { registerHooks } from 'node:module';
import { fileURLToPath } from 'node:url';

registerHooks({
	resolve(specifier, context, nextResolve) {
		if (specifier.endsWith('.json')) {
			return { ...nextResolve(specifier, context), importAttributes: { type: 'json' } };
		}
		const relative = specifier.startsWith('./') || specifier.startsWith('../');
		if (relative && context.parentURL && !/\.[cm]?[jt]s$/.test(specifier)) {
			for (const candidate of [`${specifier}.ts`, `${specifier}/index.ts`]) {
				const url = new URL(candidate, context.parentURL);
				if (existsSync(fileURLToPath(url))) return nextResolve(url.href, context);
			}
		}
		return nextResolve(specifier, context);
	},
});
