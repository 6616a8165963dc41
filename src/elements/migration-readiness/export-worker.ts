/**
 * The worker that reads an export off the main thread: a connector file of a big forest is megabytes
 * on one line. It takes `{ id, files }` and answers `{ id, reading }`, or `{ id, error }` if the reader
 * itself failed (it reports bad files in the reading, so that would be a bug).
 */
import { readConnectExport } from '../../connect-export/read-export';
import type { ExportFile } from '../../connect-export/types';

/** A request to the worker. */
export interface ExportRequest {
	id: number;
	files: ExportFile[];
}

addEventListener('message', (event: MessageEvent<ExportRequest>) => {
	const { id, files } = event.data;
	try {
		postMessage({ id, reading: readConnectExport(files) });
	} catch (error) {
		postMessage({ id, error: error instanceof Error ? error.message : String(error) });
	}
});
