/** Copies text to the clipboard; where the page may not (a sandboxed frame), offers it selected to copy by hand. */
import { h } from './dom';

/** Writes `text` to the clipboard; resolves false where the clipboard is missing or refused. */
export async function copyText(text: string): Promise<boolean> {
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
