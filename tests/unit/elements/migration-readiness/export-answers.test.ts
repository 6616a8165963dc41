import { describe, expect, test } from 'vitest';
import { readConnectExport } from '../../../../src/connect-export/read-export';
import { fillFromExport } from '../../../../src/elements/migration-readiness/export-answers';
import type { ReadinessAnswers } from '../../../../src/decision/readiness-answers';
import { NO_ANSWERS } from '../../../../src/elements/migration-readiness/readiness-state';
import { fixtureFiles } from '../../../support/connect-export-files';

describe('filling the form from an export', () => {
	test('on an empty form, the answers are the reading’s own', () => {
		const reading = readConnectExport(fixtureFiles('one-forest'));
		expect(fillFromExport(NO_ANSWERS, reading.origins)).toEqual(reading.answers);
	});

	test('what the files determine replaces the reader’s answer; what they do not, and the objects, stay', () => {
		const reading = readConnectExport(fixtureFiles('settings-json'));
		const before: ReadinessAnswers = {
			needs: ['multiple-connected-forests', 'password-hash-sync', 'seamless-sso'],
			forests: 3,
			objects: 1500,
			containers: 40,
			customUpn: true,
			groupFiltering: false,
		};
		expect(fillFromExport(before, reading.origins)).toEqual({
			// Several forests is read as off, hash sync is not determined in the JSON, seamless SSO is not in any export.
			needs: [
				'users-groups-contacts',
				'single-forest',
				'password-hash-sync',
				'exchange-hybrid',
				'advanced-sync-rules',
				'ou-filtering',
				'seamless-sso',
			],
			forests: 1,
			objects: 1500,
			containers: 2,
			customUpn: true,
			groupFiltering: false,
		});
	});
});
