// Dated statements as built, read from dist/ without a browser: what a reader without JavaScript sees.
// Every <time-bound> is worded for the day the site was built, which the prerequisites' note states,
// and no page is built marked as if its script had run.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DomUtils, parseDocument } from 'htmlparser2';
import { expect, test } from 'vitest';
import { daysBetween, formatLongDate, timeBoundText, utcDay } from '../../src/data/time-bound';
import { PAGES } from '../../src/data/site-contracts';
import { builtSiteDir } from '../support/built-site';
import { ROUTES } from '../support/site-routes';

/** The parsed built page of a route. */
function builtPage(route: string) {
	return parseDocument(readFileSync(join(builtSiteDir(), route, 'index.html'), 'utf-8'));
}

/** The build's day, kept from its first clean read; a failed read is repeated, so every test reports it. */
let cachedBuiltDay: string | undefined;
function builtDay(): string {
	cachedBuiltDay ??= readBuiltDay();
	return cachedBuiltDay;
}

/** The build's day, as the prerequisites' note states it. */
function readBuiltDay(): string {
	const note = DomUtils.findOne(
		(element) => element.name === 'time' && DomUtils.hasAttrib(element, 'datetime'),
		DomUtils.getElementsByClassName('time-bound-note', builtPage(PAGES.prerequisites).children),
	);
	expect(note, 'the prerequisites’ note of the day they are worded for').not.toBeNull();
	const day = note?.attribs['datetime'] ?? '';
	expect(DomUtils.textContent(note!)).toBe(formatLongDate(day));
	return day;
}

test('the prerequisites’ note names the day the site was built', () => {
	const built = builtDay();
	if (!process.env['SOURCE_DATE_EPOCH']) {
		// The build's day is the day its HTML was written (a build that runs over midnight may differ by one).
		const written = utcDay(statSync(join(builtSiteDir(), `${PAGES.prerequisites}index.html`)).mtime);
		expect(Math.abs(daysBetween(built, written))).toBeLessThanOrEqual(1);
	}
});

test('the built pages hold dated statements to read', () => {
	const statements = ROUTES.flatMap((route) => DomUtils.getElementsByTagName('time-bound', builtPage(route).children));
	expect(statements.length).toBeGreaterThan(0);
});

test.each(ROUTES)('%s words every dated statement for the day the site was built', (route) => {
	const built = builtDay();
	const elements = DomUtils.getElementsByTagName('time-bound', builtPage(route).children);
	for (const element of elements) {
		const { date = '', before = '', after = '' } = element.attribs;
		expect(DomUtils.textContent(element), `${route}: <time-bound date="${date}">`).toBe(
			timeBoundText({ date, before, after }, built),
		);
		expect(element.attribs['data-phase'], 'marked as if its script had run').toBeUndefined();
	}
});
