// Starlight's colour themes, which the browser tests open pages in.

/** Starlight's two colour themes. */
export const THEMES = ['light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];
