/** Registers <table-filter>: under its own tag by default, or under any valid tag a page chooses. */
import { defineElement } from '../kit/define-element';
import { TableFilterElement } from './table-filter-element';

/**
 * Defines the filter under `tag` unless that name is taken, and returns the class in use there. A
 * registry accepts a class only once, so a second tag gets a subclass of its own. Like
 * `customElements.define`, it throws a SyntaxError for a name that is not a valid custom element name.
 */
export function defineTableFilter(
	tag = 'table-filter',
	registry: CustomElementRegistry = customElements,
): CustomElementConstructor {
	return defineElement(tag, TableFilterElement, registry);
}

declare global {
	interface HTMLElementTagNameMap {
		'table-filter': TableFilterElement;
	}
}
