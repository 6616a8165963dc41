/** Registers <sync-tool-picker>, once: loading the module twice, or beside another copy, is harmless. */
import { SyncToolPickerElement } from './sync-tool-picker-element';

/** Defines the element under `tag` unless that name is taken already; returns the class in use. */
export function defineSyncToolPicker(tag = 'sync-tool-picker', registry: CustomElementRegistry = customElements) {
	const existing = registry.get(tag);
	if (existing) return existing;
	registry.define(tag, SyncToolPickerElement);
	return SyncToolPickerElement;
}

declare global {
	interface HTMLElementTagNameMap {
		'sync-tool-picker': SyncToolPickerElement;
	}
}
