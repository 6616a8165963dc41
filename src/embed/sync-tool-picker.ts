/**
 * Entry of dist/embed/sync-tool-picker.js, the self-contained embed: importing it defines
 * <sync-tool-picker> (unless already defined) and exports the engine for programmatic use.
 */
import { SyncToolPickerElement } from '../widget/sync-tool-picker-element';
import { defineSyncToolPicker } from '../widget/define';

// The module lives at <site>/embed/; its "read more" links default to that site.
SyncToolPickerElement.defaultLinksBase = new URL('../', import.meta.url).href;
defineSyncToolPicker();

export { recommend, NEEDS } from '../decision';
export { SyncToolPickerElement, defineSyncToolPicker };
