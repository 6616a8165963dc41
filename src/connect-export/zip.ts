/** Expands a .zip of an export into its files (fflate, synchronous: the caller runs it off the main thread). */
import { unzipSync } from 'fflate';
import { MAX_FILE_BYTES } from './decode';
import type { ExportFile } from './types';

/** The most the files inside one archive may add up to. */
export const MAX_UNZIPPED_BYTES = 512 * 1024 * 1024;

/** The archive's files (folders left out), named `archive/path`, or why it cannot be opened. */
export function expandZip(archive: ExportFile): { ok: true; files: ExportFile[] } | { ok: false; why: string } {
	let total = 0;
	let tooLarge = '';
	let entries: Record<string, Uint8Array>;
	try {
		entries = unzipSync(archive.bytes, {
			// Checked before inflating, from the sizes the archive states, so a zip bomb is refused unopened.
			filter: (entry) => {
				if (entry.name.endsWith('/')) return false;
				total += entry.originalSize;
				if (entry.originalSize > MAX_FILE_BYTES || total > MAX_UNZIPPED_BYTES) tooLarge = entry.name;
				return tooLarge === '';
			},
		});
	} catch (error) {
		return { ok: false, why: `it cannot be opened as a zip archive (${(error as Error).message})` };
	}
	if (tooLarge !== '') return { ok: false, why: `its file ${tooLarge} would unpack to more than an export holds` };
	const files = Object.entries(entries).map(([path, bytes]) => ({ name: `${archive.name}/${path}`, bytes }));
	return { ok: true, files };
}
