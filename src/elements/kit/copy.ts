/** Copies text to the clipboard; where the page may not (a sandboxed frame), offers it selected to copy by hand. */
import { h } from './dom';

/** What the box says where copying is refused. */
const COPY_MANUALLY = 'Copying is not allowed here: the text is selected below, copy it with Ctrl+C (⌘C on a Mac).';

/** Chromium's view of the page's permissions policy (a sandboxed frame is not allowed the clipboard). */
type WithPolicy = Document & { featurePolicy?: { allowsFeature(feature: string): boolean } };

/** Writes `text` to the clipboard; resolves false where the clipboard is missing or refused. */
export async function copyText(text: string): Promise<boolean> {
	// Asking where the policy forbids it logs a console error in Chromium: do not ask.
	if ((document as WithPolicy).featurePolicy?.allowsFeature('clipboard-write') === false) return false;
	try {
		await navigator.clipboard.writeText(text);
		return true;
	} catch {
		return false;
	}
}

/** Shows `text` selected in a read-only box inside `container`, with `label` saying how to copy it. */
export function showForManualCopy(container: HTMLElement, text: string, label: string): void {
	const area = h('textarea', { readonly: true, rows: 6, 'aria-label': label });
	area.value = text;
	container.replaceChildren(h('p', {}, label), area);
	container.hidden = false;
	area.focus();
	area.select();
}

/**
 * Copies `text` and calls `copied`; where copying is refused, shows the text selected in `fallback`
 * (a hidden container of the view) for the reader to copy by hand.
 */
export async function copyOrShow(
	text: string,
	fallback: HTMLElement | null | undefined,
	copied: () => void,
): Promise<void> {
	if (await copyText(text)) {
		copied();
		if (fallback) fallback.hidden = true;
	} else if (fallback) showForManualCopy(fallback, text, COPY_MANUALLY);
}
