/**
 * Turns a file's bytes into text, or says why not. The server writes UTF-8 (with or without a byte
 * order mark); a UTF-16 file (one resaved by PowerShell's Out-File, say) or a binary file is refused
 * with a message, as is a file too large to be an export.
 */

/** The largest file read: well above a big forest's AD connector file, far below what stalls a tab. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

/** The file's text, or why it is not read. */
export type DecodedText = { ok: true; text: string } | { ok: false; why: string };

const startsWith = (bytes: Uint8Array, ...prefix: number[]) => prefix.every((byte, index) => bytes[index] === byte);

/** True when many of the first bytes are NUL: UTF-16 without a byte order mark, or a binary file. */
function hasNulBytes(bytes: Uint8Array): boolean {
	const sample = bytes.subarray(0, 4096);
	return sample.includes(0);
}

/** The text of `bytes`, decoded as UTF-8, or why it cannot be. */
export function decodeText(bytes: Uint8Array): DecodedText {
	if (bytes.length > MAX_FILE_BYTES) {
		return { ok: false, why: `it is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB, more than any export file` };
	}
	if (bytes.length === 0) return { ok: false, why: 'it is empty' };
	if (startsWith(bytes, 0xff, 0xfe) || startsWith(bytes, 0xfe, 0xff)) {
		return {
			ok: false,
			why: 'it is saved as UTF-16, not as the UTF-8 the server writes (was it resaved, by PowerShell’s Out-File for example?); export it again, or save it as UTF-8',
		};
	}
	if (hasNulBytes(bytes)) {
		return {
			ok: false,
			why: 'it holds NUL bytes: it is UTF-16 text without a byte order mark, or not text at all; the server writes UTF-8',
		};
	}
	try {
		// `fatal` refuses bytes that are not UTF-8; the byte order mark, if any, is dropped.
		return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
	} catch {
		return { ok: false, why: 'it is not UTF-8 text' };
	}
}

/** True when `bytes` open like a zip archive. */
export function isZip(bytes: Uint8Array): boolean {
	return startsWith(bytes, 0x50, 0x4b, 0x03, 0x04) || startsWith(bytes, 0x50, 0x4b, 0x05, 0x06);
}
