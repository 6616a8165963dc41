/**
 * The iframe page's first script, run before its body is parsed (classic, not deferred): it marks
 * the page dark (`data-theme`, which the pre-rendered first question's styles read) when the
 * address asks for the dark theme, or for none or auto on a dark system, so the question paints in
 * its theme from the first frame, before frame.js takes the picker over. Those styles read the mark
 * through :host-context(), which only Chromium-based browsers support; elsewhere the question is light
 * until frame.js runs. A theme the picker would refuse counts as auto here too; frame.js warns.
 */
const theme = new URLSearchParams(location.search).get('theme')?.trim().toLowerCase();
const dark = theme === 'dark' || (theme !== 'light' && matchMedia('(prefers-color-scheme: dark)').matches);
document.documentElement.dataset['theme'] = dark ? 'dark' : 'light';
