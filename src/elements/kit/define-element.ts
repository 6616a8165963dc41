/** Registers a custom element under any tag, any number of times, in every browser the site supports. */

/**
 * Defines `element` under `tag` in `registry` unless that tag is taken, and returns the class in
 * use there. A registry accepts a class only once, so when `element` is registered under another
 * tag already, a fresh subclass goes under this one. That case is told by `define`'s
 * NotSupportedError, not by `registry.getName()`, which browsers before 2023 (older Edge and
 * Safari among them) lack. Like `customElements.define`, an invalid tag throws a SyntaxError.
 */
export function defineElement(
	tag: string,
	element: CustomElementConstructor,
	registry: CustomElementRegistry,
): CustomElementConstructor {
	const existing = registry.get(tag);
	if (existing) return existing;
	try {
		registry.define(tag, element);
		return element;
	} catch (error) {
		if (!(error instanceof DOMException) || error.name !== 'NotSupportedError') throw error;
		const subclass = class extends element {};
		registry.define(tag, subclass);
		return subclass;
	}
}
