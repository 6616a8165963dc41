// The two screens the browser tests read pages on.
import type { ViewportSize } from 'playwright-core';

/** A desktop, where Starlight shows its sidebar, its "On this page" column and its search shortcut. */
export const DESKTOP: Readonly<ViewportSize> = { width: 1280, height: 800 };

/** A phone held upright, where Starlight folds its sidebar and "On this page" into menus. */
export const PHONE: Readonly<ViewportSize> = { width: 390, height: 844 };
