/**
 * The picker's styles, adopted into its shadow root as a constructed stylesheet (allowed under a
 * host's `style-src 'self'`). Sizes are in px, not rem, so a host page that resizes its root font
 * cannot blow the picker up; every inherited property is set on the inner root so host rules that
 * cross the shadow boundary by inheritance (even `!important` ones) stop there.
 */
export const pickerStyles = `
:host {
	display: block !important;
	contain: content;
	--_accent: var(--sync-tool-picker-accent, #0b5cad);
	--_on-accent: #ffffff;
	--_text: var(--sync-tool-picker-text, #1b1f24);
	--_muted: #4a525c;
	--_background: var(--sync-tool-picker-background, #ffffff);
	--_surface: #f3f5f8;
	--_border: var(--sync-tool-picker-border, #8a939e);
	--_radius: var(--sync-tool-picker-radius, 8px);
	--_font: var(--sync-tool-picker-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
	--_focus: #b35c00;
}
:host([hidden]) { display: none !important; }
.root.dark {
	--_accent: var(--sync-tool-picker-accent, #79b8ff);
	--_on-accent: #0d1117;
	--_text: var(--sync-tool-picker-text, #e6edf3);
	--_muted: #b4bdc8;
	--_background: var(--sync-tool-picker-background, #16191d);
	--_surface: #20252b;
	--_border: var(--sync-tool-picker-border, #7d8590);
	--_focus: #ffb454;
}
.root {
	all: initial;
	display: block;
	box-sizing: border-box;
	font-family: var(--_font);
	font-size: var(--sync-tool-picker-font-size, 16px);
	line-height: 1.5;
	color: var(--_text);
	background: var(--_background);
	border: 1px solid var(--_border);
	border-radius: var(--_radius);
	padding: 20px;
	text-align: start;
}
.root *, .root *::before, .root *::after { box-sizing: border-box; }
.root :where(h1, h2, h3, h4, h5, h6, p, ul, ol, fieldset, legend, dl, dd) { margin: 0; padding: 0; font: inherit; color: inherit; }
.root :where(h1, h2, h3, h4, h5, h6) { font-size: 1.25em; font-weight: 700; line-height: 1.3; }
.root :where(h1, h2, h3, h4, h5, h6):focus { outline: none; }
.root :where(h1, h2, h3, h4, h5, h6):focus-visible { outline: 3px solid var(--_focus); outline-offset: 2px; }
.root :where(h1, h2, h3, h4, h5, h6) { scroll-margin-top: var(--sync-tool-picker-scroll-margin, 96px); }
.root p + p, .root p + ul, .root ul + p { margin-top: 8px; }
.root ul { padding-inline-start: 22px; }
.root li + li { margin-top: 6px; }
.root a { color: var(--_accent); text-decoration: underline; text-underline-offset: 2px; }
.root a:focus-visible, .root button:focus-visible, .root input:focus-visible { outline: 3px solid var(--_focus); outline-offset: 2px; }
.muted { color: var(--_muted); font-size: 0.9em; }
.progress { display: flex; align-items: center; gap: 12px; margin-bottom: 14px; color: var(--_muted); font-size: 0.9em; }
.progress-bar { flex: 1; height: 6px; border-radius: 3px; background: var(--_surface); border: 1px solid var(--_border); overflow: hidden; }
.progress-fill { height: 100%; background: var(--_accent); transform-origin: left; }
fieldset { border: 0; min-width: 0; }
legend { display: block; width: 100%; margin-bottom: 6px; }
.question-help { margin-bottom: 12px; color: var(--_muted); }
.options { display: grid; gap: 8px; margin: 12px 0 0; padding: 0; list-style: none; }
.option { display: grid; grid-template-columns: 24px 1fr; gap: 4px 10px; align-items: start; padding: 10px 12px; border: 1px solid var(--_border); border-radius: calc(var(--_radius) - 2px); background: var(--_background); cursor: pointer; }
.option:has(input:checked) { border-color: var(--_accent); box-shadow: inset 0 0 0 1px var(--_accent); background: var(--_surface); }
.option input { width: 20px; height: 20px; margin: 2px 0 0; accent-color: var(--_accent); cursor: pointer; }
.option-help { grid-column: 2; color: var(--_muted); font-size: 0.9em; }
.error { margin-top: 10px; color: var(--_text); border-inline-start: 4px solid var(--_focus); padding-inline-start: 10px; }
.actions { display: flex; flex-wrap: wrap; gap: 10px; margin-top: 18px; }
button { font: inherit; font-size: 0.95em; min-height: 40px; min-width: 44px; padding: 8px 16px; border-radius: calc(var(--_radius) - 2px); border: 1px solid var(--_border); background: var(--_surface); color: var(--_text); cursor: pointer; }
button.primary { background: var(--_accent); border-color: var(--_accent); color: var(--_on-accent); font-weight: 600; }
button.link { min-height: 24px; min-width: 24px; padding: 0 4px; border: 0; background: none; color: var(--_accent); text-decoration: underline; }
.result-tool { font-size: 1.4em; font-weight: 700; margin: 6px 0 10px; }
.result section { margin-top: 18px; }
.result section :where(h2, h3, h4, h5, h6) { margin: 12px 0 8px; font-size: 1.05em; }
.source { color: var(--_muted); font-size: 0.9em; }
.summary dl { display: grid; grid-template-columns: minmax(0, 1fr) auto; gap: 6px 12px; }
.summary dt { font-weight: 600; grid-column: 1 / -1; }
.summary dd { color: var(--_muted); }
.status { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
@media (prefers-reduced-motion: no-preference) {
	.progress-fill { transition: transform 200ms ease-out; }
}
@media print {
	.root, .root.dark { --_accent: #000; --_text: #000; --_muted: #333; --_background: #fff; --_surface: #fff; --_border: #666; }
	.root { border: 0; padding: 0; color: #000; background: #fff; }
	.actions, .progress, button { display: none !important; }
	.root a { color: #000; }
}
`;
