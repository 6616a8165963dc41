// Integrity of the requirement (seed 004) and configuration-feature (seed 001) tables: every seed row
// is there, every row validates and cites the Learn page its seed was taken from, and every statement
// from another page cites that page with its own date.
import { readFileSync } from 'node:fs';
import { describe, test, expect } from 'vitest';
import type { ToolId } from '../../../src/data/ids';
import { RequirementSchema, type Category, type Requirement } from '../../../src/data/schemas/requirements';

/** The Microsoft Learn pages seeds 004 and 001 were taken from. */
const REQUIREMENTS_PAGE = 'https://learn.microsoft.com/entra/identity/hybrid/prerequisites';
const CONFIGURE_PAGE = 'https://learn.microsoft.com/entra/identity/hybrid/configure';

function loadRows(file: string): Requirement[] {
	const raw: unknown = JSON.parse(readFileSync(new URL(`../../../content/data/${file}`, import.meta.url), 'utf8'));
	expect(Array.isArray(raw), `${file} must hold a JSON array`).toBe(true);
	return (raw as unknown[]).map((entry, index) => {
		const result = RequirementSchema.safeParse(entry);
		if (!result.success) {
			throw new Error(
				`${file}, entry ${index} (${JSON.stringify((entry as { id?: unknown }).id)}): ${result.error.message}`,
			);
		}
		return result.data;
	});
}

const requirements = loadRows('requirements.json');
/** The rows taken from seed 004; the licence rows come from Microsoft's feature pages instead. */
const seedRequirements = requirements.filter((row) => row.category !== 'licensing');
const configureFeatures = loadRows('configure-features.json');

function rowsOf(rows: Requirement[], tool: ToolId, category?: Category): Requirement[] {
	return rows.filter((row) => row.tool === tool && (category === undefined || row.category === category));
}

/** All detail text of one tool's rows in one category, for "this figure is stated" checks. */
function detailText(tool: ToolId, category: Category): string {
	return rowsOf(requirements, tool, category)
		.flatMap((row) => row.details)
		.join('\n');
}

/** All update wordings of one tool's rows in one category: text, or both sides of a time-bound one. */
function updateText(tool: ToolId, category: Category): string {
	return rowsOf(requirements, tool, category)
		.flatMap((row) =>
			row.updates.flatMap((update) =>
				update.timeBound ? [update.timeBound.before, update.timeBound.after] : [update.text ?? ''],
			),
		)
		.join('\n');
}

describe('requirement and configuration-feature data', () => {
	test('every row of both files is a valid requirement entry', () => {
		expect(requirements.length).toBeGreaterThan(0);
		expect(configureFeatures.length).toBeGreaterThan(0);
	});

	test('gives every row an id that no other row in either file uses, so each #req- anchor is unique', () => {
		const ids = [...requirements, ...configureFeatures].map((row) => row.id);
		const duplicates = ids.filter((id, index) => ids.indexOf(id) !== index);
		expect(duplicates).toEqual([]);
	});

	test("cites seed 004's Learn page (dated 2023-03-01) for every requirement row and seed 001's (dated 2025-04-09) for every feature row", () => {
		for (const row of seedRequirements)
			expect({ id: row.id, source: row.source, asOf: row.asOf }).toEqual({
				id: row.id,
				source: REQUIREMENTS_PAGE,
				asOf: '2023-03-01',
			});
		for (const row of configureFeatures)
			expect({ id: row.id, source: row.source, asOf: row.asOf }).toEqual({
				id: row.id,
				source: CONFIGURE_PAGE,
				asOf: '2025-04-09',
			});
	});

	test('backs every "what Microsoft says today" update with a Microsoft Learn address and a date', () => {
		for (const row of [...requirements, ...configureFeatures]) {
			for (const update of row.updates) {
				expect(update.source, `update on ${row.id}`).toMatch(/^https:\/\/learn\.microsoft\.com\//);
				expect(update.asOf, `update on ${row.id}`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
			}
		}
	});

	test('links only to public Microsoft Learn pages without a locale', () => {
		for (const row of [...requirements, ...configureFeatures]) {
			for (const link of row.links) {
				expect(link.href, `link on ${row.id}`).toMatch(/^https:\/\/learn\.microsoft\.com\/(?![a-z]{2}-[a-z]{2}\/)/);
				expect(link.href, `link on ${row.id}`).not.toMatch(/\.md(#|$)/);
			}
		}
	});
});

describe('prerequisites from seed 004', () => {
	test.each<[ToolId, Category]>([
		['cloud-sync', 'hardware-software'],
		['cloud-sync', 'active-directory'],
		['cloud-sync', 'tenant'],
		['cloud-sync', 'accounts'],
		['connect-sync', 'hardware-software'],
		['connect-sync', 'active-directory'],
		['connect-sync', 'tenant'],
		['connect-sync', 'sql-server'],
		['connect-sync', 'accounts'],
	])('has a %s table for %s', (tool, category) => {
		expect(rowsOf(requirements, tool, category).length).toBeGreaterThan(0);
	});

	test('has no SQL Server row for Cloud Sync, which needs no database', () => {
		expect(rowsOf(requirements, 'cloud-sync', 'sql-server')).toEqual([]);
	});

	test("lists the seed's three Cloud Sync accounts and three Connect account rows, none more", () => {
		expect(rowsOf(requirements, 'cloud-sync', 'accounts')).toHaveLength(3);
		expect(rowsOf(requirements, 'connect-sync', 'accounts')).toHaveLength(3);
		expect(seedRequirements).toHaveLength(13);
	});

	test.each<[ToolId, Category, string]>([
		['cloud-sync', 'hardware-software', 'Windows Server 2016'],
		['cloud-sync', 'hardware-software', '4 GB'],
		['cloud-sync', 'hardware-software', '4.7.1'],
		['cloud-sync', 'hardware-software', 'domain'],
		['cloud-sync', 'hardware-software', 'Undefined'],
		['cloud-sync', 'hardware-software', 'RemoteSigned'],
		['cloud-sync', 'hardware-software', 'TLS 1.2'],
		['cloud-sync', 'active-directory', '2003'],
		['cloud-sync', 'accounts', 'gMSA'],
		['cloud-sync', 'accounts', 'guest'],
		['connect-sync', 'hardware-software', 'Windows Server 2016'],
		['connect-sync', 'hardware-software', '4 GB'],
		['connect-sync', 'hardware-software', '4.6.2'],
		['connect-sync', 'hardware-software', 'RemoteSigned'],
		['connect-sync', 'hardware-software', 'TLS 1.2'],
		['connect-sync', 'hardware-software', '2012 R2'],
		['connect-sync', 'active-directory', '2003'],
		['connect-sync', 'active-directory', 'writeable domain controller'],
		['connect-sync', 'sql-server', 'SQL Server 2019 Express LocalDB'],
		['connect-sync', 'accounts', 'AD DS Connector account'],
		['connect-sync', 'accounts', 'ADSync service account'],
		['connect-sync', 'accounts', 'Microsoft Entra Connector account'],
	])('states the seed\'s %s %s figure "%s" in the row details', (tool, category, figure) => {
		expect(detailText(tool, category)).toContain(figure);
	});

	test("keeps the Cloud Sync execution policy (Undefined or RemoteSigned) apart from Connect's (RemoteSigned only)", () => {
		expect(detailText('connect-sync', 'hardware-software')).not.toContain('Undefined');
	});

	test("states the seed's 4 GB and today's 6 GB for the Connect server side by side", () => {
		expect(detailText('connect-sync', 'hardware-software')).toContain('4 GB');
		expect(updateText('connect-sync', 'hardware-software')).toContain('6 GB');
	});

	test('flags .NET Framework 4.7.2, the cut-off below 2.5.79.0 (30 September 2026) and the 2.6.84.0 deadline (7 April 2027) as time-bound', () => {
		const updates = updateText('connect-sync', 'hardware-software');
		expect(updates).toContain('4.7.2');
		expect(updates).toContain('2.5.79.0');
		const dated = rowsOf(requirements, 'connect-sync', 'hardware-software').flatMap((row) =>
			row.updates.flatMap((update) => (update.timeBound ? [{ id: update.id, date: update.timeBound.date }] : [])),
		);
		expect(dated).toEqual([
			{ id: 'connect-sync-net-framework', date: '2026-09-30' },
			{ id: 'connect-sync-2-5-79-0-deadline', date: '2026-09-30' },
			{ id: 'connect-sync-2-6-84-0-deadline', date: '2027-04-07' },
		]);
		// The date lives in the data field only, never written into a wording where it could go stale.
		expect(updates).not.toContain('30 September 2026');
		expect(updates).not.toContain('7 April 2027');
	});

	test('recommends Windows Server 2025 or 2022 for Connect Sync, as Microsoft does since January 2026', () => {
		const updates = updateText('connect-sync', 'hardware-software');
		expect(updates).toMatch(/recommends Windows Server 2025 or Windows Server 2022/);
		expect(updates).not.toMatch(/Windows Server 2025 is not supported/);
	});

	test('warns that LocalDB stops at 10 GB, about 100,000 objects', () => {
		const updates = updateText('connect-sync', 'sql-server');
		expect(updates).toContain('10 GB');
		expect(updates).toContain('100,000 objects');
	});

	test('recommends three active Cloud Sync agents', () => {
		expect(updateText('cloud-sync', 'hardware-software')).toMatch(/three active agents/);
	});

	test('says what the Hybrid Identity Administrator does for Connect and flags the seed\'s "configure cloud sync" wording', () => {
		const [row] = rowsOf(requirements, 'connect-sync', 'accounts').filter(
			(r) => r.requirement === 'Hybrid Identity Administrator',
		);
		expect(row).toBeDefined();
		expect(row!.details[0]).toBe('Configures Microsoft Entra Connect Sync');
		expect(row!.details.join('\n')).toMatch(/“required to configure cloud sync”.*copy error/);
		expect(row!.updates.map((update) => update.text ?? '').join('\n')).toContain(
			'Global Administrator or Hybrid Identity Administrator',
		);
	});

	test('makes the former Azure AD names searchable', () => {
		const text = requirements.flatMap((row) => [row.requirement, ...row.details]).join('\n');
		expect(text).toContain('formerly the Azure AD Connect provisioning agent');
		expect(text).toContain('formerly Azure AD Connect');
		expect(text).toContain('formerly Azure Active Directory');
	});
});

describe('configuration features from seed 001', () => {
	test("has the seed's 5 Cloud Sync tasks and 7 Connect tasks", () => {
		expect(rowsOf(configureFeatures, 'cloud-sync')).toHaveLength(5);
		expect(rowsOf(configureFeatures, 'connect-sync')).toHaveLength(7);
	});

	test('uses only configuration categories, never requirement ones', () => {
		const featureCategories: Category[] = [
			'setup',
			'scoping-filtering',
			'attributes',
			'sign-in',
			'writeback',
			'operations',
		];
		for (const row of configureFeatures) expect(featureCategories, row.id).toContain(row.category);
		for (const row of requirements) expect(featureCategories, row.id).not.toContain(row.category);
	});

	test('links every task to the Microsoft Learn page the seed points to', () => {
		for (const row of configureFeatures) expect(row.links.length, row.id).toBeGreaterThan(0);
	});

	test("keeps Connect's attribute-mapping row and notes that the seed links it to the Cloud Sync page", () => {
		const row = rowsOf(configureFeatures, 'connect-sync', 'attributes').find((r) =>
			r.links.some((link) => link.href.includes('/cloud-sync/')),
		);
		expect(row).toBeDefined();
		expect(row!.details.join('\n')).toMatch(/copy error/);
	});
});
