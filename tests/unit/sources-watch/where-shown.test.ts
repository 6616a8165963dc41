// Where a source's facts show, in the order to re-read them: picker, then table rows, then prose.
import { describe, expect, test } from 'vitest';
import { FACT_FILES, type FactFile } from '../../../src/data/fact-files';
import { collectFacts, findProseUses } from '../../../src/data/fact-inventory';
import { pickerCitedSources } from '../../../src/decision/cited-sources';
import { firstPlaceRank, proseRoute, usesBySource, type ProsePage } from '../../../src/sources-watch/where-shown';
import { facts } from '../../support/load-facts';

const GUIDE = 'https://learn.microsoft.com/entra/identity/hybrid/cloud-sync/connect-to-cloud-sync-decision-guide';
const PORTS = 'https://learn.microsoft.com/entra/identity/hybrid/connect/reference-connect-ports';
const ELSEWHERE = 'https://learn.microsoft.com/entra/identity/hybrid/whatis-hybrid-identity';

const files: FactFile[] = [
	{ collection: 'requirements', file: 'req.json', anchorPrefix: 'req-', route: '/prerequisites/', picker: 'checklist' },
	{ collection: 'network', file: 'net.json', anchorPrefix: 'req-', route: '/network/' },
	{
		collection: 'capabilities',
		file: 'cap.json',
		anchorPrefix: 'cap-',
		route: '/choose-a-sync-tool/',
		picker: 'answers',
	},
	{ collection: 'guidance', file: 'guide.json', anchorPrefix: 'guidance-', route: null, picker: 'reasons' },
];
const row = (id: string, source: string, extra: object = {}) => ({
	id,
	source,
	asOf: '2025-02-17',
	checked: '2026-11-27',
	...extra,
});
const inventory = collectFacts([
	{
		file: files[0]!,
		json: [
			row('agent-server', PORTS, {
				updates: [
					{
						id: 'agent-deadline',
						timeBound: { date: '2026-09-30', before: 'b', after: 'a' },
						source: GUIDE,
						asOf: '2025-02-17',
					},
				],
			}),
		],
	},
	{ file: files[1]!, json: [row('outbound-443', PORTS)] },
	{
		file: files[2]!,
		json: [row('device-sync', GUIDE), row('single-forest', GUIDE), row('lightweight-agent', GUIDE)],
	},
	{ file: files[3]!, json: [row('cloud-sync-by-default', GUIDE)] },
]);
const tree = {
	start: 'forests',
	questions: [
		{
			id: 'forests',
			options: [{ id: 'one', implies: ['single-forest'] }],
			notSure: { implies: ['single-forest'] },
		},
		{ id: 'devices', options: [{ id: 'yes', implies: ['device-sync', 'single-forest'] }] },
		{ id: 'unrelated', options: [{ id: 'x', implies: ['password-writeback'] }] },
	],
};
const pages: ProsePage[] = [
	{ file: 'content/docs/index.mdx', text: `Read [the guide](${GUIDE}#when-to-choose).` },
	{ file: 'content/docs/concepts/agents.mdx', text: `<TimeBound id="agent-deadline" /> and ${GUIDE}-old-copy` },
	{ file: 'content/docs/network.mdx', text: `See [ports](${PORTS}).` },
];

function uses(address: string) {
	return usesBySource([address], { inventory, files, tree, pages, proseUses: findProseUses(pages) }).get(address)!;
}

describe('usesBySource', () => {
	test('lists every fact citing the source, its own or an update’s', () => {
		expect(uses(GUIDE).facts.map((fact) => fact.anchor)).toEqual([
			'req-agent-server',
			'cap-device-sync',
			'cap-single-forest',
			'cap-lightweight-agent',
			'guidance-cloud-sync-by-default',
		]);
	});

	test('orders the places picker first (questions in tree order, then its result), then rows, then prose', () => {
		expect(uses(GUIDE).places).toEqual([
			{ kind: 'picker', where: 'picker question "forests"', what: 'cap-single-forest' },
			{ kind: 'picker', where: 'picker question "devices"', what: 'cap-device-sync, cap-single-forest' },
			{ kind: 'picker', where: 'picker result, prerequisites checklist', what: 'req-agent-server' },
			{ kind: 'picker', where: 'picker result, reasons', what: 'guidance-cloud-sync-by-default' },
			{ kind: 'table', where: '/prerequisites/#req-agent-server', what: 'req.json' },
			{ kind: 'table', where: '/choose-a-sync-tool/#cap-device-sync', what: 'cap.json' },
			{ kind: 'table', where: '/choose-a-sync-tool/#cap-single-forest', what: 'cap.json' },
			{ kind: 'table', where: '/choose-a-sync-tool/#cap-lightweight-agent', what: 'cap.json' },
			{ kind: 'page', where: '/', what: 'content/docs/index.mdx: links to it' },
			{ kind: 'page', where: '/concepts/agents/', what: 'content/docs/concepts/agents.mdx: quotes agent-deadline' },
		]);
	});

	test('leaves the picker out for facts it does not show', () => {
		expect(uses(PORTS).places).toEqual([
			{ kind: 'picker', where: 'picker result, prerequisites checklist', what: 'req-agent-server' },
			{ kind: 'table', where: '/prerequisites/#req-agent-server', what: 'req.json' },
			{ kind: 'table', where: '/network/#req-outbound-443', what: 'net.json' },
			{ kind: 'page', where: '/network/', what: 'content/docs/network.mdx: links to it' },
		]);
	});

	test('ranks a source by its first place, and one nothing cites last', () => {
		expect([uses(GUIDE), uses(ELSEWHERE)].map(firstPlaceRank)).toEqual([0, 3]);
		expect(firstPlaceRank({ facts: [], places: [{ kind: 'page', where: '/', what: '' }] })).toBe(2);
	});
});

describe('proseRoute', () => {
	test.each([
		['content/docs/index.mdx', '/'],
		['content/docs/network.mdx', '/network/'],
		['content/docs/concepts/index.mdx', '/concepts/'],
		['content/docs/concepts/sync-cycle.md', '/concepts/sync-cycle/'],
	])('%s is %s', (file, route) => {
		expect(proseRoute(file)).toBe(route);
	});
});

describe('the real data', () => {
	test('every page the picker can cite is the source of a fact in a file marked as shown by the picker', () => {
		const shown = new Set(FACT_FILES.filter((file) => file.picker).map((file) => file.collection));
		const cited = new Set(
			Object.entries(facts)
				.filter(([collection]) => shown.has(collection as FactFile['collection']))
				.flatMap(([, entries]) =>
					entries.flatMap((entry) => [
						entry.source,
						...('updates' in entry ? entry.updates.map((update) => update.source) : []),
						...('support' in entry ? Object.values(entry.support).flatMap((cell) => cell.source ?? []) : []),
					]),
				),
		);
		expect([...pickerCitedSources()].filter((source) => !cited.has(source))).toEqual([]);
	});
});
