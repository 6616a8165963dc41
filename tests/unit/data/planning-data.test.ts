// The planning facts behind /network/, /topologies/ and /operate/, and the licence rows on
// /prerequisites/: every row valid, sourced and dated, ids unique across every requirement-shaped
// file, each page's categories present, and the facts issue 9 asks for findable in the rows.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { ToolId } from '../../../src/data/ids';
import { RequirementSchema, type Category, type Requirement } from '../../../src/data/schemas/requirements';

function load(file: string): Requirement[] {
	const raw = JSON.parse(readFileSync(new URL(`../../../content/data/${file}`, import.meta.url), 'utf8')) as unknown[];
	return raw.map((entry, index) => {
		const result = RequirementSchema.safeParse(entry);
		if (!result.success) throw new Error(`${file}, entry ${index}: ${result.error.message}`);
		return result.data;
	});
}

const PLANNING = {
	'network.json': ['service-endpoints', 'domain-controllers', 'proxy'],
	'topologies.json': ['forests-tenants', 'servers-agents', 'side-by-side'],
	'operations.json': ['sync-cycle', 'high-availability', 'upgrades', 'monitoring'],
} as const satisfies Record<string, readonly Category[]>;

const planning = Object.fromEntries(Object.keys(PLANNING).map((file) => [file, load(file)])) as Record<
	keyof typeof PLANNING,
	Requirement[]
>;
const requirements = load('requirements.json');
const licences = requirements.filter((row) => row.category === 'licensing');
const newRows = [...Object.values(planning).flat(), ...licences];

/** Everything a reader can read in a row, lower-cased. */
function textOf(row: Requirement): string {
	return [
		row.requirement,
		...row.details,
		...row.updates.flatMap((update) =>
			update.timeBound ? [update.timeBound.before, update.timeBound.after] : [update.text ?? ''],
		),
	]
		.join(' ')
		.toLowerCase();
}

function rowsOf(rows: Requirement[], tool: ToolId, category?: Category): Requirement[] {
	return rows.filter((row) => row.tool === tool && (category === undefined || row.category === category));
}

describe('planning data', () => {
	test.each(Object.entries(PLANNING))('%s has rows for both tools in each of its categories', (file, categories) => {
		const rows = planning[file as keyof typeof PLANNING];
		expect(new Set(rows.map((row) => row.category))).toEqual(new Set(categories));
		for (const category of categories) {
			// The pages show one table per tool and category, except the side-by-side table (Cloud Sync's pages).
			const tools: ToolId[] = category === 'side-by-side' ? ['cloud-sync'] : ['cloud-sync', 'connect-sync'];
			for (const tool of tools)
				expect(rowsOf(rows, tool, category).length, `${file}: ${tool} ${category}`).toBeGreaterThan(0);
		}
	});

	test('gives every row of every requirement-shaped file its own id, so each #req- anchor is unique', () => {
		const ids = [...requirements, ...load('configure-features.json'), ...Object.values(planning).flat()].map(
			(row) => row.id,
		);
		expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
	});

	test('cites a Microsoft Learn page without a locale for every row, update and link', () => {
		const learn = /^https:\/\/learn\.microsoft\.com\/(?![a-z]{2}-[a-z]{2}\/)\S+$/;
		for (const row of newRows) {
			expect(row.source, row.id).toMatch(learn);
			for (const update of row.updates) expect(update.source, `update on ${row.id}`).toMatch(learn);
			for (const link of row.links) expect(link.href, `link on ${row.id}`).toMatch(learn);
		}
	});

	test('dates every row: stated (asOf) no later than checked, and checked no later than today', () => {
		const today = new Date().toISOString().slice(0, 10);
		for (const row of newRows) {
			expect(row.asOf <= row.checked, `${row.id}: asOf ${row.asOf}, checked ${row.checked}`).toBe(true);
			expect(row.checked <= today, `${row.id}: checked ${row.checked}`).toBe(true);
			for (const update of row.updates) expect(update.asOf <= row.checked, `update on ${row.id}`).toBe(true);
		}
	});

	test('keeps words that go stale ("currently", "now", "today", "yet") out of plain statements', () => {
		for (const row of newRows) {
			const plain = [row.requirement, ...row.details, ...row.updates.map((update) => update.text ?? '')].join(' ');
			expect(plain, row.id).not.toMatch(/\b(currently|now|today|yet|at present)\b/i);
		}
	});

	test('words every time-bound statement for both sides of its date, with the date in each', () => {
		const timeBound = newRows.flatMap((row) => row.updates.flatMap((update) => update.timeBound ?? []));
		expect(timeBound.map((statement) => statement.date).sort()).toEqual([
			'2022-08-31',
			'2024-06-30',
			'2026-09-30',
			'2027-04-07',
		]);
		for (const statement of timeBound) {
			expect(statement.before).toContain('{date}');
			expect(statement.after).toContain('{date}');
			expect(statement.before).not.toBe(statement.after);
		}
	});
});

describe('the facts issue 9 asks for', () => {
	test.each<[keyof typeof PLANNING, ToolId, string]>([
		['network.json', 'cloud-sync', '*.msappproxy.net'],
		['network.json', 'cloud-sync', '*.servicebus.usgovcloudapi.net'],
		['network.json', 'cloud-sync', 'http 1.1'],
		['network.json', 'cloud-sync', '3268'],
		['network.json', 'connect-sync', 'ldap 389'],
		['network.json', 'connect-sync', '49152–65535'],
		['network.json', 'connect-sync', '5671'],
		['network.json', 'connect-sync', 'at least 6 minutes'],
		['topologies.json', 'connect-sync', 'staging mode'],
		['topologies.json', 'connect-sync', 'reach every forest'],
		['topologies.json', 'cloud-sync', 'only one agent is ever active'],
		['topologies.json', 'cloud-sync', 'disconnected'],
		['topologies.json', 'cloud-sync', 'in the scope of only one'],
		['operations.json', 'cloud-sync', 'every 2 minutes'],
		['operations.json', 'connect-sync', 'every 30 minutes'],
		['operations.json', 'cloud-sync', 'quarantine'],
		['operations.json', 'cloud-sync', 'provisioning logs'],
		['operations.json', 'connect-sync', 'synchronization service manager'],
		['operations.json', 'connect-sync', 'get-adsyncscheduler'],
		['operations.json', 'connect-sync', 'connect health'],
		['operations.json', 'connect-sync', '2.5.79.0'],
		['operations.json', 'cloud-sync', '1.1.3730.0'],
	])('%s states for %s: "%s"', (file, tool, fact) => {
		expect(rowsOf(planning[file], tool).map(textOf).join('\n')).toContain(fact.toLowerCase());
	});

	test.each<[ToolId, string]>([
		['cloud-sync', 'password writeback'],
		['cloud-sync', 'group provisioning to active directory'],
		['connect-sync', 'device writeback'],
		['connect-sync', 'connect health'],
	])('has a %s licence row for %s that names Microsoft Entra ID P1', (tool, feature) => {
		const rows = rowsOf(licences, tool).filter((row) => textOf(row).includes(feature));
		expect(rows, `licence rows for ${feature}`).toHaveLength(1);
		expect(rows[0]?.requirement).toMatch(/Microsoft Entra ID P1/);
	});
});
