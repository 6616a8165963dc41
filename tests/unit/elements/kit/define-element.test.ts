// defineElement against a registry that behaves as the standard says and has no getName(), as in
// the older Edge and Safari the site must support.
import { describe, expect, test } from 'vitest';
import { defineElement } from '../../../../src/elements/kit/define-element';

/** A registry with the standard's errors for define(), and nothing newer than get() and define(). */
function registryWithoutGetName(): CustomElementRegistry {
	const byTag = new Map<string, CustomElementConstructor>();
	const registry = {
		get: (tag: string) => byTag.get(tag),
		define(tag: string, element: CustomElementConstructor) {
			if (!/^[a-z][a-z0-9._]*-[a-z0-9._-]*$/.test(tag))
				throw new DOMException(`"${tag}" is not a valid name`, 'SyntaxError');
			if (byTag.has(tag)) throw new DOMException(`"${tag}" is taken`, 'NotSupportedError');
			if ([...byTag.values()].includes(element))
				throw new DOMException('class registered already', 'NotSupportedError');
			byTag.set(tag, element);
		},
	};
	return registry as unknown as CustomElementRegistry;
}

// Only a constructor to register: the registry above never creates an element.
const Element = class {} as unknown as CustomElementConstructor;

describe('defineElement', () => {
	test('registers the class itself under the first tag, and the same class again for a taken tag', () => {
		const registry = registryWithoutGetName();
		const first = defineElement('table-filter', Element, registry);
		expect([first, defineElement('table-filter', Element, registry)]).toEqual([Element, Element]);
	});

	test('registers a subclass under a further tag, without registry.getName()', () => {
		const registry = registryWithoutGetName();
		defineElement('table-filter', Element, registry);
		const other = defineElement('intranet-filter', Element, registry);
		expect(other).not.toBe(Element);
		expect(other.prototype).toBeInstanceOf(Element);
		expect(registry.get('intranet-filter')).toBe(other);
	});

	test('throws the registry’s SyntaxError for an invalid tag, and registers nothing', () => {
		const registry = registryWithoutGetName();
		expect(() => defineElement('nodash', Element, registry)).toThrow(expect.objectContaining({ name: 'SyntaxError' }));
		expect(registry.get('nodash')).toBeUndefined();
	});
});
