import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createAnnouncer } from '../../../../src/elements/kit/announcer';

describe('announcer', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	/** A stand-in for the status element: only textContent is used. */
	const region = () => ({ textContent: 'old' }) as unknown as HTMLElement;

	test('empties the region at once and fills it a moment later, so a repeated message is read again', () => {
		const status = region();
		const announcer = createAnnouncer(status);
		announcer.say('Link copied.');
		expect(status.textContent).toBe('');
		vi.advanceTimersByTime(100);
		expect(status.textContent).toBe('Link copied.');
		announcer.say('Link copied.');
		expect(status.textContent).toBe('');
		vi.advanceTimersByTime(100);
		expect(status.textContent).toBe('Link copied.');
	});

	test('replaces a pending message: two quick messages end as the last one, never run together', () => {
		const status = region();
		const announcer = createAnnouncer(status);
		announcer.say('Link copied.');
		announcer.say('Link copied.');
		vi.advanceTimersByTime(500);
		expect(status.textContent).toBe('Link copied.');
		announcer.say('Link copied.');
		announcer.say('Markdown copied.');
		vi.advanceTimersByTime(500);
		expect(status.textContent).toBe('Markdown copied.');
	});

	test('stop() cancels a pending message and leaves no timer behind', () => {
		const status = region();
		const announcer = createAnnouncer(status);
		announcer.say('Recommendation ready.');
		announcer.stop();
		expect(vi.getTimerCount()).toBe(0);
		vi.advanceTimersByTime(500);
		expect(status.textContent).toBe('');
	});
});
