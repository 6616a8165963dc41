// The pure rule every page, the <time-bound> element and `npm run facts` word dated statements by.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { BUILD_DAY_KEY, buildDay, buildDayFrom } from '../../../src/data/build-date';
import {
	daysBetween,
	fillDate,
	formatLongDate,
	formatShortDate,
	hasPassed,
	isIsoDate,
	localDay,
	timeBoundText,
	type TimeBoundStatement,
} from '../../../src/data/time-bound';

const DEADLINE: TimeBoundStatement = {
	date: '2026-09-30',
	before: 'Versions below 2.5.79.0 stop synchronising on {date}: upgrade before then.',
	after: 'Versions below 2.5.79.0 have not synchronised since {date}: upgrade them now.',
};

describe('timeBoundText', () => {
	test('uses the "before" wording up to the day before the date', () => {
		expect(timeBoundText(DEADLINE, '2026-09-29')).toBe(
			'Versions below 2.5.79.0 stop synchronising on 30 September 2026: upgrade before then.',
		);
		expect(timeBoundText(DEADLINE, '2025-01-01')).toMatch(/^Versions below 2\.5\.79\.0 stop/);
	});

	test('uses the "after" wording on the date itself and every day after it', () => {
		for (const day of ['2026-09-30', '2026-10-01', '2026-11-27', '2031-01-01']) {
			expect(timeBoundText(DEADLINE, day), day).toBe(
				'Versions below 2.5.79.0 have not synchronised since 30 September 2026: upgrade them now.',
			);
		}
	});

	test("reads a Date on the device's own calendar, not in UTC", () => {
		// Local midnight at the start of the deadline day is the deadline day, in any time zone.
		expect(timeBoundText(DEADLINE, new Date(2026, 8, 30, 0, 0, 1))).toMatch(/have not synchronised/);
		expect(timeBoundText(DEADLINE, new Date(2026, 8, 29, 23, 59, 59))).toMatch(/stop synchronising on/);
	});

	test('fills every {date} and leaves a wording without one as it is', () => {
		expect(fillDate('{date}, and again {date}', '2024-06-30')).toBe('30 June 2024, and again 30 June 2024');
		expect(timeBoundText({ date: '2024-06-30', before: 'Still in preview.', after: 'Retired.' }, '2026-01-01')).toBe(
			'Retired.',
		);
	});

	test('refuses a day that is not a calendar date, rather than guessing a side', () => {
		expect(() => timeBoundText(DEADLINE, '30/09/2026')).toThrow(/"30\/09\/2026" is not a date written YYYY-MM-DD/);
		expect(() => hasPassed({ date: '2026-02-30' }, '2026-03-01')).toThrow(/"2026-02-30"/);
	});
});

describe('dates', () => {
	test('writes dates out in full and short, with English month names on any runtime', () => {
		expect(formatLongDate('2026-09-30')).toBe('30 September 2026');
		expect(formatLongDate('2025-04-09')).toBe('9 April 2025');
		expect(formatShortDate('2025-04-09')).toBe('9 Apr 2025');
		expect(formatShortDate('2023-03-01')).toBe('1 Mar 2023');
	});

	test('accepts only real calendar dates', () => {
		expect(isIsoDate('2024-02-29')).toBe(true);
		expect(isIsoDate('2025-02-29')).toBe(false);
		expect(isIsoDate('2025-13-01')).toBe(false);
		expect(isIsoDate('2025-1-01')).toBe(false);
	});

	test('counts whole days between two dates across a year end', () => {
		expect(daysBetween('2025-12-31', '2026-01-01')).toBe(1);
		expect(daysBetween('2025-11-27', '2026-11-27')).toBe(365);
		expect(daysBetween('2026-11-27', '2026-09-30')).toBe(-58);
	});

	test('reads the local calendar day of an instant', () => {
		expect(localDay(new Date(2026, 0, 5, 12))).toBe('2026-01-05');
	});
});

describe('buildDayFrom', () => {
	const noon = new Date('2026-11-27T12:00:00Z');

	test('is the UTC day of the build', () => {
		expect(buildDayFrom({}, new Date('2026-11-27T23:30:00Z'))).toBe('2026-11-27');
	});

	test('follows SOURCE_DATE_EPOCH when it is set, for a build repeated for a given day', () => {
		expect(buildDayFrom({ SOURCE_DATE_EPOCH: String(Date.UTC(2026, 8, 29, 12) / 1000) }, noon)).toBe('2026-09-29');
	});

	test('names SOURCE_DATE_EPOCH and its bad value instead of building for a wrong day', () => {
		expect(() => buildDayFrom({ SOURCE_DATE_EPOCH: '2026-09-29' }, noon)).toThrow(
			/SOURCE_DATE_EPOCH="2026-09-29" is not a time/,
		);
	});
});

describe('buildDay', () => {
	const forget = () => delete (globalThis as { [BUILD_DAY_KEY]?: string })[BUILD_DAY_KEY];
	afterEach(() => {
		vi.useRealTimers();
		vi.unstubAllEnvs();
		forget();
	});

	test('stays the day of its first call for the rest of the build, across midnight UTC', () => {
		forget();
		vi.stubEnv('SOURCE_DATE_EPOCH', '');
		vi.useFakeTimers({ now: new Date('2026-11-27T23:59:59.900Z') });
		const first = buildDay();
		vi.setSystemTime(new Date('2026-11-28T00:00:01Z'));
		expect([first, buildDay()]).toEqual(['2026-11-27', '2026-11-27']);
		expect(buildDayFrom({}, new Date())).toBe('2026-11-28');
	});
});
