/** Registers <migration-readiness>: under its own tag by default, or under any valid tag a page chooses. */
import { defineElement } from '../kit/define-element';
import { MigrationReadinessElement } from './migration-readiness-element';

/**
 * Defines the readiness check under `tag` unless that name is taken, and returns the class in use
 * there. A registry accepts a class only once, so a further tag gets a subclass of its own. Like
 * `customElements.define`, it throws a SyntaxError for a name that is not a valid custom element name.
 */
export function defineMigrationReadiness(
	tag = 'migration-readiness',
	registry: CustomElementRegistry = customElements,
): CustomElementConstructor {
	return defineElement(tag, MigrationReadinessElement, registry);
}

declare global {
	interface HTMLElementTagNameMap {
		'migration-readiness': MigrationReadinessElement;
	}
}
