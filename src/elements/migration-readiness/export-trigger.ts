/**
 * The part of "Read it from your server" that ships with the page: it listens to the file inputs and
 * the drop zone, and loads the reader (export-panel.ts, with its worker) only when the reader comes
 * near it, so the page's own script stays small and nothing is fetched while files are being read.
 */
import type { ExportPanel, ExportPanelOptions, ExportSource } from './export-panel';
import type { ReadinessControls } from './readiness-form';

/**
 * Wires `section` ([data-export]) of the readiness form: the panel is loaded on the first approach
 * (pointer, focus, drag) and reads what is chosen or dropped. Everything stops with `signal`.
 */
export function wireExportSection(
	section: HTMLElement,
	controls: () => ReadinessControls,
	applied: ExportPanelOptions['applied'],
	signal: AbortSignal,
): void {
	let panel: Promise<ExportPanel> | undefined;
	const load = () =>
		(panel ??= import('./export-panel').then((module) =>
			module.openExportPanel(section, { controls: controls(), applied, signal }),
		));
	const read = (source: ExportSource) => void load().then((opened) => opened.read(source));
	const options = { signal };
	for (const type of ['pointerenter', 'focusin', 'dragenter'])
		section.addEventListener(type, () => void load(), options);
	section.addEventListener(
		'change',
		(event) => {
			const input = event.target as HTMLInputElement;
			if (input.files && input.files.length > 0) read({ kind: 'files', files: [...input.files] });
		},
		options,
	);
	const zone = section.querySelector<HTMLElement>('[data-export-drop]') ?? section;
	zone.addEventListener(
		'dragover',
		(event) => {
			event.preventDefault();
			zone.toggleAttribute('data-dragging', true);
		},
		options,
	);
	zone.addEventListener('dragleave', () => zone.removeAttribute('data-dragging'), options);
	zone.addEventListener(
		'drop',
		(event) => {
			event.preventDefault();
			zone.removeAttribute('data-dragging');
			// Entries must be taken while the drop event lasts; they are read later.
			const items = [...(event.dataTransfer?.items ?? [])];
			const entries = items.map((item) => item.webkitGetAsEntry()).filter((entry) => entry !== null);
			if (entries.length > 0) read({ kind: 'entries', entries });
			else if (event.dataTransfer && event.dataTransfer.files.length > 0)
				read({ kind: 'files', files: [...event.dataTransfer.files] });
		},
		options,
	);
}
