/**
 * esbuild plugin for the embed: tells the bundler that the decision engine's modules (src/decision,
 * src/data) have no side effects, which is their design (pure TypeScript, no DOM; a unit test keeps
 * the bundled engine to its own files and data). esbuild then leaves out a module none of whose
 * exports the embed uses, even when it computes something at load: the engine's public index
 * re-exports features the picker never calls (the migration assessment's tables, for one).
 */
import type { Plugin as EsbuildPlugin } from 'esbuild';

/** Files the plugin declares free of side effects. */
const ENGINE_FILE = /[\\/]src[\\/](decision|data)[\\/][^\\/]+\.ts$/;

export const pureEngineForEsbuild: EsbuildPlugin = {
	name: 'pure-engine',
	setup(builder) {
		builder.onResolve({ filter: /^\.\.?\// }, async ({ path, resolveDir, kind, importer, pluginData }) => {
			// The resolution below comes back through this hook: let it through to the others.
			if ((pluginData as { pureEngine?: boolean } | undefined)?.pureEngine) return undefined;
			const resolved = await builder.resolve(path, { resolveDir, kind, importer, pluginData: { pureEngine: true } });
			if (resolved.errors.length > 0) return { errors: resolved.errors };
			const { path: file, namespace, external } = resolved;
			return { path: file, namespace, external, sideEffects: !ENGINE_FILE.test(file) && resolved.sideEffects };
		});
	},
};
