// What `npm run facts` and the build's warning say: facts listed by their last check, the stale
// and the passed flagged with the page to re-read (the command itself: tests/scripts/facts.test.ts;
// the build's hook: tests/unit/integrations/fact-freshness/).
import { describe, expect, test } from 'vitest';
import type { FactFile } from '../../../src/data/fact-files';
import { describeAge, flagFacts, formatFlags, formatReport, monthsBefore } from '../../../src/data/fact-freshness';
import { collectFacts, findProseUses, sourceTitles } from '../../../src/data/fact-inventory';

const FILE: FactFile = {
	collection: 'requirements',
	file: 'content/data/requirements.json',
	anchorPrefix: 'req-',
	route: '/prerequisites/',
};
const PREREQUISITES = 'https://learn.microsoft.com/entra/identity/hybrid/connect/how-to-connect-install-prerequisites';
const PORTS = 'https://learn.microsoft.com/entra/identity/hybrid/connect/reference-connect-ports';
const titles = sourceTitles([
	{ id: PREREQUISITES, title: 'Prerequisites for Microsoft Entra Connect' },
	{ id: PORTS, title: 'Hybrid Identity Required Ports and Protocols' },
]);

const DEADLINE = { date: '2026-09-30', before: 'Stops on {date}.', after: 'Stopped on {date}.' };

function inventory(rows: unknown[]) {
	return collectFacts([{ file: FILE, json: rows }]);
}

const server = {
	id: 'connect-sync-server',
	source: PREREQUISITES,
	asOf: '2025-09-29',
	checked: '2026-06-01',
	updates: [
		{ text: 'Ports.', source: PORTS, asOf: '2025-04-09' },
		{ id: 'deadline', timeBound: DEADLINE, source: PREREQUISITES, asOf: '2025-09-29' },
	],
};

describe('flagFacts', () => {
	test('flags a fact not checked for 12 months, from the day the 12 months are up', () => {
		const facts = inventory([{ ...server, checked: '2025-11-27' }]);
		expect(flagFacts(facts, '2026-11-26').stale).toEqual([]);
		expect(flagFacts(facts, '2026-11-27').stale.map((entry) => entry.anchor)).toEqual(['req-connect-sync-server']);
	});

	test('flags a time-bound statement whose date has passed since its last check, and only then', () => {
		const facts = inventory([server]);
		expect(flagFacts(facts, '2026-09-29').passed).toEqual([]);
		expect(flagFacts(facts, '2026-09-30').passed.map((fact) => fact.id)).toEqual(['deadline']);
		const checkedSince = inventory([{ ...server, checked: '2026-10-02' }]);
		expect(flagFacts(checkedSince, '2026-11-27').passed).toEqual([]);
	});

	test("uses a statement's own check date before its row's", () => {
		const own = { ...server, updates: [{ ...server.updates[1], checked: '2026-10-01' }] };
		expect(flagFacts(inventory([own]), '2026-11-27').passed).toEqual([]);
	});

	test('flags a check dated on a day that has not come yet', () => {
		expect(flagFacts(inventory([{ ...server, checked: '2027-01-01' }]), '2026-11-27').future).toHaveLength(1);
	});

	test('reads a file whose facts no page lists as rows, naming each by its prefix and id', () => {
		const guidance: FactFile = {
			collection: 'guidance',
			file: 'content/data/guidance.json',
			anchorPrefix: 'guidance-',
			route: null,
		};
		const advice = { id: 'side-by-side', source: PORTS, asOf: '2024-04-26', checked: '2025-06-01' };
		const facts = collectFacts([{ file: guidance, json: [advice] }]);
		expect(facts.entries).toEqual([
			{ file: guidance.file, anchor: 'guidance-side-by-side', where: null, checked: '2025-06-01', sources: [PORTS] },
		]);
		expect(formatFlags(flagFacts(facts, '2026-11-27'), titles, '2026-11-27')[0]).toMatch(
			/^STALE {2}guidance-side-by-side \(content\/data\/guidance\.json\): last checked 1 Jun 2025/,
		);
	});

	test('names an entry it cannot read instead of skipping it silently', () => {
		expect(inventory([{ id: 'x', source: PORTS }, 'nonsense']).problems).toEqual([
			'content/data/requirements.json: entry #1 "x" has no valid id, source or checked date',
			'content/data/requirements.json: entry #2 has no valid id, source or checked date',
		]);
	});
});

describe('the report', () => {
	test('says which pages to re-read, by title and address, for a stale row and a passed deadline', () => {
		const facts = inventory([{ ...server, checked: '2025-09-01' }]);
		const lines = formatFlags(flagFacts(facts, '2026-11-27'), titles, '2026-11-27');
		expect(lines).toEqual([
			'STALE  req-connect-sync-server (content/data/requirements.json): last checked 1 Sep 2025, 1 year 2 months ago; not checked for 12 months.',
			`      re-read: Prerequisites for Microsoft Entra Connect <${PREREQUISITES}>`,
			`      re-read: Hybrid Identity Required Ports and Protocols <${PORTS}>`,
			'PASSED req-connect-sync-server › deadline (content/data/requirements.json): its date, 30 September 2026, has passed since it was last checked on 1 Sep 2025. Check that the "after" wording is still true, then update its check date.',
			`      re-read: Prerequisites for Microsoft Entra Connect <${PREREQUISITES}>`,
		]);
	});

	test('lists facts oldest check first, with time-bound statements and where prose quotes them', () => {
		const facts = inventory([server, { ...server, id: 'older', checked: '2026-01-15', updates: [] }]);
		const report = formatReport(
			facts,
			titles,
			'2026-11-27',
			new Map([['deadline', ['content/docs/prerequisites.mdx']]]),
		);
		expect(report.indexOf('req-older')).toBeLessThan(report.indexOf('req-connect-sync-server'));
		expect(report).toContain(
			'30 Sep 2026  passed           req-connect-sync-server › deadline, checked 1 Jun 2026; quoted in content/docs/prerequisites.mdx',
		);
		expect(report).toContain('Needs a look (1):');
	});

	test('counts ages in days, then months and years', () => {
		expect(describeAge('2026-11-27', '2026-11-27')).toBe('today');
		expect(describeAge('2026-11-20', '2026-11-27')).toBe('7 days');
		expect(describeAge('2026-08-27', '2026-11-27')).toBe('3 months');
		expect(describeAge('2025-09-01', '2026-11-27')).toBe('1 year 2 months');
		expect(monthsBefore('2026-03-31', 1)).toBe('2026-02-28');
	});

	test('finds the time-bound statements prose quotes by id', () => {
		const uses = findProseUses([
			{ file: 'a.mdx', text: 'Note: <TimeBound id="deadline" /> and <TimeBound id="other"/>.' },
			{ file: 'b.mdx', text: '<TimeBound  id="deadline" />' },
		]);
		expect(Object.fromEntries(uses)).toEqual({ deadline: ['a.mdx', 'b.mdx'], other: ['a.mdx'] });
	});
});
