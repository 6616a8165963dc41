/** Lets a custom element take the properties a script set on it before the element was defined. */

/**
 * Re-sets each of `names` that `element` holds as an own property: one set on the plain element
 * before its class was defined, which hides the class's accessor (and so its attribute) for good.
 */
export function upgradeProperties(element: HTMLElement, names: readonly string[]): void {
	for (const name of names) {
		const value: unknown = Reflect.get(element, name);
		if (Object.hasOwn(element, name) && Reflect.deleteProperty(element, name)) Reflect.set(element, name, value);
	}
}
