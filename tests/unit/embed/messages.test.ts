import { describe, expect, test } from 'vitest';
import { isFrameToHostMessage } from '../../../src/embed/messages';

describe('isFrameToHostMessage', () => {
	test('accepts each message of version 1 in its documented shape', () => {
		expect(isFrameToHostMessage({ type: 'sync-tool-picker:resize', version: 1, height: 640 })).toBe(true);
		expect(isFrameToHostMessage({ type: 'sync-tool-picker:reveal', version: 1, top: 900, bottom: 1010 })).toBe(true);
		expect(
			isFrameToHostMessage({
				type: 'sync-tool-picker:result',
				version: 1,
				tool: 'both',
				needs: [],
				reasons: [],
				shareUrl: 'https://example.org/choose-a-sync-tool/?needs=',
			}),
		).toBe(true);
	});

	test('refuses a reveal without a sensible box, another version and unknown types', () => {
		for (const message of [
			{ type: 'sync-tool-picker:reveal', version: 1, top: 10 },
			{ type: 'sync-tool-picker:reveal', version: 1, top: 20, bottom: 10 },
			{ type: 'sync-tool-picker:reveal', version: 1, top: -5, bottom: 10 },
			{ type: 'sync-tool-picker:reveal', version: 1, top: '10', bottom: '20' },
			{ type: 'sync-tool-picker:reveal', version: 2, top: 10, bottom: 20 },
			{ type: 'sync-tool-picker:scroll', version: 1, top: 10 },
			null,
			'sync-tool-picker:reveal',
		]) {
			expect(isFrameToHostMessage(message), JSON.stringify(message)).toBe(false);
		}
	});
});
