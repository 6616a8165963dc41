/**
 * Entry of dist/embed/sync-tool-picker.js, the self-contained embed: importing it defines
 * <sync-tool-picker> (unless already defined) and exports the engine for programmatic use. The
 * build writes its type declarations beside it (sync-tool-picker.d.ts) from this file's exports.
 */
import { SyncToolPickerElement } from '../elements/sync-tool-picker/sync-tool-picker-element';
import { defineSyncToolPicker as definePicker } from '../elements/sync-tool-picker/define';

// The module lives at <site>/embed/; its pickers' "read more" links default to that site.
const SITE = new URL('../', import.meta.url).href;

/** The picker as this module defines it: each one's links default to the module's own site. */
class EmbeddedSyncToolPicker extends SyncToolPickerElement {
	override defaultLinksBase = SITE;
}

/** Defines this module's picker under `tag` (default `sync-tool-picker`) unless it is taken; see define.ts. */
const defineSyncToolPicker = (tag?: string, registry?: CustomElementRegistry): CustomElementConstructor =>
	definePicker(tag, registry, EmbeddedSyncToolPicker);

defineSyncToolPicker();

export { recommend, NEEDS } from '../decision';
export type { Need, NeedId, Recommendation, RecommendedTool, ToolId } from '../decision';
export type {
	SyncToolPickerChangeDetail,
	SyncToolPickerCitedItem,
	SyncToolPickerResultDetail,
} from '../elements/sync-tool-picker/events';
export { SyncToolPickerElement, defineSyncToolPicker };
