// The analyzer's own declarations leave out its programmatic entry: create(), and the TypeScript it
// parses with (its own version, whose syntax kinds it compares against).
import type { Plugin } from '@custom-elements-manifest/analyzer';
import type * as typescript from 'typescript';

declare module '@custom-elements-manifest/analyzer' {
	/** The manifest of the given modules. */
	export function create(options: { modules: typescript.SourceFile[]; plugins?: Plugin[] }): unknown;
	export const ts: typeof typescript;
}
