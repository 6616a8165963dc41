/** Registers <time-bound>: under its own tag by default, or under any valid tag a page chooses. */
import { defineElement } from '../kit/define-element';
import { TimeBoundElement } from './time-bound-element';

/**
 * Defines the statement under `tag` unless that name is taken, and returns the class in use there.
 * A registry accepts a class only once, so a further tag gets a subclass of its own. Like
 * `customElements.define`, it throws a SyntaxError for a name that is not a valid custom element name.
 */
export function defineTimeBound(
	tag = 'time-bound',
	registry: CustomElementRegistry = customElements,
): CustomElementConstructor {
	return defineElement(tag, TimeBoundElement, registry);
}

declare global {
	interface HTMLElementTagNameMap {
		'time-bound': TimeBoundElement;
	}
}
