// Sources as readers see them: every fact cites a public Microsoft Learn address that the source
// register names, so a citation shows the page's title and date, never a seed's file name.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { FACT_FILES } from '../../../src/data/fact-files';
import { PROJECT_ROOT } from '../../support/astro-build';
import { citations, requirementRows, sources } from '../../support/load-facts';

const registered = new Set(sources.map((page) => page.id));

describe('the source register', () => {
	test('names every address that a row, an update, a capability note or a change cites', () => {
		const missing = citations().filter((citation) => !registered.has(citation.source));
		expect(missing.map((citation) => `${citation.where}: ${citation.source}`)).toEqual([]);
	});

	test('lists each address once, with a title', () => {
		const ids = sources.map((page) => page.id);
		expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
		for (const page of sources) expect(page.title.trim(), page.id).not.toBe('');
	});

	test('keeps each seed file name in the register only, beside the address of its page', () => {
		const seeds = sources.flatMap((page) => (page.seed ? [page.seed.file] : []));
		expect(seeds.toSorted()).toEqual([
			'000_a1681be8c960a507.txt',
			'001_cc8e67c01faab3d0.txt',
			'002_fe356296cb2164be.txt',
			'003_571b356dc6d5d5ed.txt',
			'004_d0e12f0b76525344.txt',
		]);
		for (const { file } of FACT_FILES) {
			expect(readFileSync(join(PROJECT_ROOT, file), 'utf8'), file).not.toMatch(/\d{3}_[0-9a-f]{16}\.txt/);
		}
	});

	test("dates each seed-based row with its seed's date", () => {
		const seedDates = new Map(sources.flatMap((page) => (page.seed ? [[page.id, page.seed.asOf] as const] : [])));
		const seedRows = requirementRows.filter(({ row }) => seedDates.has(row.source));
		expect(seedRows.length).toBeGreaterThan(0);
		for (const { file, row } of seedRows) {
			expect(row.asOf, `${file} ${row.id}`).toBe(seedDates.get(row.source));
		}
	});
});

describe('citations', () => {
	test('are never checked before the page stated them', () => {
		const checked = new Map<string, string>();
		for (const { file, row } of requirementRows) {
			checked.set(`${file} ${row.id}`, row.checked);
			row.updates.forEach((update, index) =>
				checked.set(`${file} ${row.id} updates[${index}]`, update.checked ?? row.checked),
			);
		}
		const early = citations().filter((citation) => {
			const date = checked.get(citation.where);
			return date !== undefined && date < citation.asOf;
		});
		expect(early.map((citation) => citation.where)).toEqual([]);
	});

	test('label statements by their date, so no update calls itself current, new or today’s', () => {
		const relative =
			/\b(currently|today'?s?|is now|are now|no longer|recently|(?:the|this) current (?:version|page|table|hardware|minimum|release)|newly)\b/i;
		const worded = requirementRows.flatMap(({ file, row }) =>
			row.updates.flatMap((update, index) =>
				[update.text, update.timeBound?.before].flatMap((text) =>
					text && relative.test(text) ? [`${file} ${row.id} updates[${index}]: ${text}`] : [],
				),
			),
		);
		expect(worded).toEqual([]);
	});
});
