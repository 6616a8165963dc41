// Reads the variables the build commands of /host/ set, in bash and in PowerShell.
import { expect } from 'vitest';

/** The variables a bash command line sets before `npm run build`. */
export function bashVariables(command: string): Record<string, string> {
	const [assignments = '', rest] = command.trim().split(/\s+npm run build$/);
	if (rest !== '') throw new Error(`"${command}" does not end with npm run build.`);
	return Object.fromEntries(
		[...assignments.matchAll(/(\w+)=("([^"]*)"|'([^']*)'|(\S+))/g)].map((match) => [
			match[1] ?? '',
			match[3] ?? match[4] ?? match[5] ?? '',
		]),
	);
}

/** The variables a PowerShell line sets with `$env:NAME = '…'` before `npm run build`. */
export function powerShellVariables(command: string): Record<string, string> {
	expect(command.trim()).toMatch(/;\s*npm run build$/);
	return Object.fromEntries(
		[...command.matchAll(/\$env:(\w+)\s*=\s*'([^']*)'/g)].map((match) => [match[1] ?? '', match[2] ?? '']),
	);
}
