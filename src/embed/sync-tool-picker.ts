/**
 * Entry of dist/embed/sync-tool-picker.js, the self-contained embed: importing it defines
 * <sync-tool-picker> (unless already defined) and exports the engine for programmatic use. The
 * build writes its type declarations beside it (sync-tool-picker.d.ts) from this file's exports.
 */
import { SyncToolPickerElement } from '../elements/sync-tool-picker/sync-tool-picker-element';
import { defineSyncToolPicker } from '../elements/sync-tool-picker/define';

// The module lives at <site>/embed/; its "read more" links default to that site.
SyncToolPickerElement.defaultLinksBase = new URL('../', import.meta.url).href;
defineSyncToolPicker();

export { recommend, NEEDS } from '../decision';
export type { Need, NeedId, Recommendation, RecommendedTool, ToolId } from '../decision';
export type { SyncToolPickerChangeDetail, SyncToolPickerCitedItem, SyncToolPickerResultDetail } from '../elements/sync-tool-picker/events';
export { SyncToolPickerElement, defineSyncToolPicker };
