import { describe, expect, test } from 'vitest';
import { emit } from '../../../../src/elements/kit/emit';
import type { SyncToolPickerChangeDetail } from '../../../../src/elements/sync-tool-picker/events';

const detail: SyncToolPickerChangeDetail = { version: 1, question: 'forests', answer: ['one-domain'], needs: [] };

describe('emit', () => {
	test('dispatches a bubbling, composed event carrying its detail', () => {
		const target = new EventTarget();
		const heard: Event[] = [];
		target.addEventListener('sync-tool-picker:change', (event) => heard.push(event));
		expect(emit(target, 'sync-tool-picker:change', detail)).toBe(true);
		expect(heard).toHaveLength(1);
		expect(heard[0]).toMatchObject({ bubbles: true, composed: true, detail });
	});

	test('takes other options from its caller, and says when a listener cancelled the event', () => {
		const target = new EventTarget();
		const bubbled: boolean[] = [];
		target.addEventListener('sync-tool-picker:change', (event) => {
			bubbled.push(event.bubbles);
			event.preventDefault();
		});
		expect(emit(target, 'sync-tool-picker:change', detail, { bubbles: false, cancelable: true })).toBe(false);
		expect(bubbled).toEqual([false]);
	});
});
