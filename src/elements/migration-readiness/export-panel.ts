/**
 * "Read it from your server", loaded only when the reader comes to it: collects the chosen or dropped
 * files (a folder is walked), reads them in a worker, fills the form from the reading, marks each
 * answer's origin and shows what the files say. Nothing is uploaded or stored; the files are held
 * in memory only while they are read.
 */
import { asMinimumVersion, type MinimumVersion } from '../../connect-export/minimum-version';
import { readingToMarkdown } from '../../connect-export/reading-markdown';
import { summariseReading } from '../../connect-export/reading-summary';
import type { ExportFile, ExportReading } from '../../connect-export/types';
import { localDay } from '../../data/time-bound';
import { fillFromExport } from './export-answers';
import { clearMarkOf, clearMarks, markOrigins, summaryView } from './export-view';
import type { ExportRequest } from './export-worker';
import { readForm, writeForm, type ReadinessControls } from './readiness-form';

/** What was chosen (files, or a folder's files) or dropped (entries, which may be folders). */
export type ExportSource = { kind: 'files'; files: File[] } | { kind: 'entries'; entries: FileSystemEntry[] };

/** What the panel works with. */
export interface ExportPanelOptions {
	controls: ReadinessControls;
	/** The form was filled from `reading`; `markdown` is its section of the report. */
	applied: (reading: ExportReading | null, markdown: string) => void;
	signal: AbortSignal;
}

/** The opened panel. */
export interface ExportPanel {
	read(source: ExportSource): Promise<void>;
}

/** The files of a dropped entry: itself, or everything under a folder, named by their path. */
async function filesOf(entry: FileSystemEntry): Promise<Array<{ name: string; file: File }>> {
	const name = entry.fullPath.replace(/^\//, '');
	if (entry.isFile) {
		const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
		return [{ name, file }];
	}
	const reader = (entry as FileSystemDirectoryEntry).createReader();
	const children: FileSystemEntry[] = [];
	// A directory reader hands out its entries in batches until one comes back empty.
	for (;;) {
		const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
		if (batch.length === 0) break;
		children.push(...batch);
	}
	return (await Promise.all(children.map(filesOf))).flat();
}

async function collect(source: ExportSource): Promise<ExportFile[]> {
	const named =
		source.kind === 'files'
			? source.files.map((file) => ({ name: file.webkitRelativePath || file.name, file }))
			: (await Promise.all(source.entries.map(filesOf))).flat();
	return Promise.all(named.map(async ({ name, file }) => ({ name, bytes: new Uint8Array(await file.arrayBuffer()) })));
}

function parseMinimum(text: string | undefined): MinimumVersion | undefined {
	try {
		return text ? asMinimumVersion(JSON.parse(text)) : undefined;
	} catch {
		return undefined;
	}
}

/** Opens the panel in `section`: starts its worker, and stops everything with `options.signal`. */
export function openExportPanel(section: HTMLElement, options: ExportPanelOptions): ExportPanel {
	const { controls, signal } = options;
	const status = section.querySelector<HTMLElement>('[data-export-status]');
	const summary = section.querySelector<HTMLElement>('[data-export-summary]');
	const minimum = parseMinimum(summary?.dataset['minimumVersion']);
	const worker = new Worker(new URL('./export-worker.ts', import.meta.url), { type: 'module' });
	signal.addEventListener('abort', () => worker.terminate());
	const pending = new Map<number, (result: { reading?: ExportReading; error?: string }) => void>();
	let next = 0;
	worker.addEventListener('message', (event: MessageEvent<{ id: number; reading?: ExportReading; error?: string }>) => {
		pending.get(event.data.id)?.(event.data);
		pending.delete(event.data.id);
	});
	worker.addEventListener('error', () => {
		for (const settle of pending.values()) settle({ error: 'the reader could not start in this browser' });
		pending.clear();
	});
	const readInWorker = (files: ExportFile[]) =>
		new Promise<{ reading?: ExportReading; error?: string }>((resolve) => {
			const id = (next += 1);
			pending.set(id, resolve);
			const request: ExportRequest = { id, files };
			worker.postMessage(
				request,
				files.map((file) => file.bytes.buffer as ArrayBuffer),
			);
		});
	const say = (text: string) => {
		if (status) status.textContent = text;
	};
	const { form } = controls;
	form.addEventListener('input', (event) => clearMarkOf(event.target), { signal });
	form.addEventListener(
		'reset',
		() => {
			clearMarks(form);
			summary?.replaceChildren();
			say('');
			options.applied(null, '');
		},
		{ signal },
	);
	section.toggleAttribute('data-export-ready', true);

	return {
		async read(source) {
			say('Reading the files in this browser…');
			section.toggleAttribute('data-export-busy', true);
			let files: ExportFile[];
			try {
				files = await collect(source);
			} catch (error) {
				say(`The files could not be opened: ${(error as Error).message}`);
				section.removeAttribute('data-export-busy');
				return;
			}
			const { reading, error } = await readInWorker(files);
			section.removeAttribute('data-export-busy');
			if (signal.aborted) return;
			if (!reading) {
				say(`The files could not be read: ${error ?? 'no answer from the reader'}.`);
				return;
			}
			const today = localDay(new Date());
			const lines = reading.format === 'none' ? [] : summariseReading(reading, minimum, today);
			summary?.replaceChildren(summaryView(lines, reading.messages));
			const refused = reading.messages.filter((message) => message.level === 'error').length;
			if (reading.format === 'none') {
				say(`Nothing was filled in: no file of a Connect Sync export could be used (${refused} not read).`);
				return;
			}
			writeForm(controls, fillFromExport(readForm(controls), reading.origins));
			markOrigins(controls, reading.origins);
			say(
				`Read ${reading.files.length} files and filled in what they show${refused > 0 ? `; ${refused} not read` : ''}. Give the number of objects in scope yourself.`,
			);
			options.applied(reading, readingToMarkdown(reading, { minimum, today, headingLevel: 2 }));
		},
	};
}
