/**
 * The postMessage contract between the iframe variant (/embed/frame/) and its host page.
 * Every message carries a namespaced `type` and a `version`; hosts check both before use.
 */

/** Bumped only when a message's shape changes incompatibly; a new message type leaves it alone (hosts ignore types they do not know). */
export const MESSAGE_VERSION = 1;

/** Frame → host: the frame's content height in CSS pixels. Harmless, so sent to any parent. */
export interface ResizeMessage {
	type: 'sync-tool-picker:resize';
	version: typeof MESSAGE_VERSION;
	height: number;
}

/**
 * Frame → host: focus moved to the part of the frame from `top` to `bottom` (CSS pixels from the
 * top of the frame's content), which the reader must see: the next question's heading, the copy
 * fallback. A browser does not scroll the host page for focus moved by a script inside a
 * cross-origin frame, so the host scrolls it into view. Sent after the resize that makes room for
 * it; harmless, so sent to any parent.
 */
export interface RevealMessage {
	type: 'sync-tool-picker:reveal';
	version: typeof MESSAGE_VERSION;
	top: number;
	bottom: number;
}

/** Frame → host: a recommendation was shown. Sent only to the parent origin the host named. */
export interface ResultMessage {
	type: 'sync-tool-picker:result';
	version: typeof MESSAGE_VERSION;
	tool: 'cloud-sync' | 'connect-sync' | 'both';
	needs: string[];
	reasons: Array<{ need: string; text: string }>;
	shareUrl: string;
}

/** Every message the frame sends. */
export type FrameToHostMessage = ResizeMessage | RevealMessage | ResultMessage;

/** True when `data` is a well-formed message of this contract (hosts use the same check). */
export function isFrameToHostMessage(data: unknown): data is FrameToHostMessage {
	if (typeof data !== 'object' || data === null) return false;
	const message = data as Record<string, unknown>;
	if (message['version'] !== MESSAGE_VERSION) return false;
	const length = (value: unknown) => typeof value === 'number' && Number.isFinite(value) && value >= 0;
	if (message['type'] === 'sync-tool-picker:resize') return length(message['height']);
	if (message['type'] === 'sync-tool-picker:reveal') {
		return length(message['top']) && length(message['bottom']) && Number(message['bottom']) >= Number(message['top']);
	}
	if (message['type'] === 'sync-tool-picker:result') {
		return (
			['cloud-sync', 'connect-sync', 'both'].includes(message['tool'] as string) &&
			Array.isArray(message['needs']) &&
			Array.isArray(message['reasons']) &&
			typeof message['shareUrl'] === 'string'
		);
	}
	return false;
}

/**
 * Reads the `parent-origin` query parameter of the frame: the only origin result messages go to.
 * Returns null (and results are not posted) when it is missing or not an http(s) origin.
 */
export function parseParentOrigin(search: string): string | null {
	const value = new URLSearchParams(search).get('parent-origin');
	if (!value) return null;
	try {
		const url = new URL(value);
		if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
		return url.origin;
	} catch {
		return null;
	}
}
