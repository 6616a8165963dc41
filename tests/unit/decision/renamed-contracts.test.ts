// One rename in the site's contracts (src/data/site-contracts.ts) reaches every address the engine
// and the fact registry build: with the module's routes and row anchors renamed here, and nothing
// changed on disk, the picker's checklist, the Markdown exports and the fact files all follow.
import { describe, expect, test, vi } from 'vitest';
import { FACT_FILES } from '../../../src/data/fact-files';
import { RowAnchorSchema } from '../../../src/data/schemas/changes';
import {
	checklistFor,
	explainMigration,
	migrationToMarkdown,
	recommend,
	recommendationToMarkdown,
} from '../../../src/decision';

vi.mock('../../../src/data/site-contracts', async (importOriginal) => {
	const real = await importOriginal<typeof import('../../../src/data/site-contracts')>();
	const renamed = {
		PREREQUISITES_PAGE: 'before-you-start/',
		CHOOSE_A_SYNC_TOOL_PAGE: 'which-tool/',
		REQUIREMENT_PREFIX: 'must-',
		CAPABILITY_PREFIX: 'can-',
	} as const;
	return {
		...real,
		...renamed,
		PAGES: {
			...real.PAGES,
			prerequisites: renamed.PREREQUISITES_PAGE,
			chooseASyncTool: renamed.CHOOSE_A_SYNC_TOOL_PAGE,
		},
		requirementAnchor: (id: string) => `${renamed.REQUIREMENT_PREFIX}${id}`,
		capabilityAnchor: (id: string) => `${renamed.CAPABILITY_PREFIX}${id}`,
	};
});

const SITE = 'https://sync.example/';

describe('a route or row anchor renamed in the site contracts', () => {
	test("reaches the picker's reasons, its checklist and its Markdown export", () => {
		const result = recommend(['device-writeback']);
		expect(result.reasons.map((reason) => reason.anchor)).toContain('can-device-writeback');
		expect(checklistFor(result.tool, result.needs).map((item) => item.anchor)).toContain('must-connect-sync-server');
		const markdown = recommendationToMarkdown(result, { siteUrl: SITE });
		expect(markdown).toContain(`(${SITE}before-you-start/#must-connect-sync-server)`);
		expect(markdown).toContain(`[comparison row](${SITE}which-tool/#can-device-writeback)`);
		expect(markdown).not.toMatch(/sync\.example\/(?:prerequisites|choose-a-sync-tool)\/|#req-|#cap-/);
	});

	test("reaches the readiness check's report and its Markdown export", () => {
		const input = { needs: ['attribute-filtering'], forests: 1, inScopeObjects: 10 };
		const report = explainMigration(input);
		expect(report.guidedTool.failures.map((failure) => failure.anchor)).toContain('can-attribute-filtering');
		const markdown = migrationToMarkdown(report, input, { siteUrl: SITE });
		expect(markdown).toContain(`[comparison row](${SITE}which-tool/#can-attribute-filtering)`);
		expect(markdown).not.toMatch(/sync\.example\/choose-a-sync-tool\/|#cap-/);
	});

	test('reaches the fact files and the rows a change may name', () => {
		const requirements = FACT_FILES.find((file) => file.collection === 'requirements');
		expect(requirements).toMatchObject({ route: '/before-you-start/', anchorPrefix: 'must-' });
		expect(RowAnchorSchema.safeParse('must-connect-sync-server').success).toBe(true);
		expect(RowAnchorSchema.safeParse('req-connect-sync-server').success).toBe(false);
	});
});
