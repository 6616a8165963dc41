/** Registers <sync-tool-picker>, under its own tag or any other: loading the module twice, or beside another copy, is harmless. */
import { defineElement } from '../kit/define-element';
import { SyncToolPickerElement } from './sync-tool-picker-element';

/**
 * Defines the picker (or `element`, a subclass of it) under `tag` (default `sync-tool-picker`)
 * unless that tag is taken already, and returns the class registered under it. Works at any time
 * after import: a class can be registered once per registry, so a further tag gets a subclass of
 * its own. An invalid tag name throws the registry's SyntaxError, as `customElements.define` does.
 */
export function defineSyncToolPicker(
	tag = 'sync-tool-picker',
	registry: CustomElementRegistry = customElements,
	element: typeof SyncToolPickerElement = SyncToolPickerElement,
): CustomElementConstructor {
	return defineElement(tag, element, registry);
}
