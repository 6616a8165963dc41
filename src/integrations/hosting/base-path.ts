/** Turns the `BASE` setting (`/it/hybrid-sync`, `it/hybrid-sync/`, or nothing) into `/it/hybrid-sync/`. */
export function normaliseBase(value: string | undefined): string {
	const trimmed = (value ?? '').trim().replace(/^\/+|\/+$/g, '');
	if (!trimmed) return '/';
	if (
		!/^[A-Za-z0-9._~\-/]+$/.test(trimmed) ||
		trimmed.split('/').some((part) => part === '' || part === '.' || part === '..')
	) {
		throw new Error(
			`BASE="${value}" is not a usable base path: use plain URL path segments such as "/it/hybrid-sync/".`,
		);
	}
	return `/${trimmed}/`;
}
