import { describe, expect, test } from 'vitest';
import {
	GUIDED_TOOL_CONDITIONS_MET,
	explainMigration,
	migrationToMarkdown,
	type MigrationInput,
} from '../../../src/decision';

const markdownOf = (input: MigrationInput, options: Parameters<typeof migrationToMarkdown>[2] = {}) =>
	migrationToMarkdown(explainMigration(input), input, options);

describe('Markdown export of a readiness check', () => {
	test('states the verdict, what stays and why, what only Cloud Sync meets, and each failed condition with its source', () => {
		const input: MigrationInput = {
			needs: ['attribute-filtering', 'disconnected-forests', 'password-hash-sync'],
			forests: 2,
			inScopeObjects: 1500,
			customUpn: false,
			groupFiltering: true,
		};
		expect(markdownOf(input, { siteUrl: '/site/', shareUrl: 'https://x.example/m/?needs=a b' })).toMatchInlineSnapshot(`
				"## Migration readiness: Move part to Cloud Sync, keep part on Connect Sync

				Some of your needs only Connect Sync meets and some only Cloud Sync: run both side by side, each object in the scope of exactly one tool.

				- Needs ticked: Forests with no network path between them, such as after a merger; Password hash synchronisation; Filter objects by attribute values.
				- Figures for the guided migration tool: forests: 2; objects in scope: 1,500; most included containers in one domain: not given; custom UPN: no; group filtering: yes.

				### What stays on Connect Sync

				- **Filter objects by attribute values**: Connect Sync filters objects on attribute values without restriction; the decision guide rates Cloud Sync's attribute filtering as basic only. ([Source](https://learn.microsoft.com/entra/identity/hybrid/cloud-sync/connect-to-cloud-sync-decision-guide), as of 2025-02-17; [comparison row](/site/choose-a-sync-tool/#cap-attribute-filtering))
				  - What Cloud Sync offers instead: Scoping by organisational unit or security group, with group scoping meant for pilots only. ([Source](https://learn.microsoft.com/entra/identity/hybrid/cloud-sync/how-to-configure), as of 2025-04-09)

				### What only Cloud Sync meets

				- **Forests with no network path between them, such as after a merger**: Cloud Sync synchronises forests that cannot reach one another, as after a merger or acquisition, without consolidating them; Connect Sync needs every forest reachable from its one server. ([Source](https://learn.microsoft.com/entra/identity/hybrid/cloud-sync/connect-to-cloud-sync-decision-guide), as of 2025-02-17; [comparison row](/site/choose-a-sync-tool/#cap-disconnected-forests))

				### The guided migration tool: does not apply

				- **Forests**: You gave 2 forests; the tool moves exactly 1 Active Directory forest. ([Source](https://learn.microsoft.com/entra/identity/hybrid/cloud-sync/migrate-connect-sync-cloud-sync-tool), as of 2026-09-16)
				- **Included containers**: The number of included containers per domain is missing: the tool allows no more than 30 in each domain. ([Source](https://learn.microsoft.com/entra/identity/hybrid/cloud-sync/migrate-connect-sync-cloud-sync-tool), as of 2026-09-16)
				- **Group filtering**: Connect Sync filters by group membership, which the tool blocks on. ([Source](https://learn.microsoft.com/entra/identity/hybrid/cloud-sync/migrate-connect-sync-cloud-sync-tool), as of 2026-09-16)
				- **Filter objects by attribute values**: This stays on Connect Sync, but the tool hands synchronisation over to Cloud Sync and leaves Connect Sync in staging mode, where it exports nothing. ([Source](https://learn.microsoft.com/entra/identity/hybrid/cloud-sync/migrate-connect-sync-cloud-sync-tool), as of 2026-09-16; [comparison row](/site/choose-a-sync-tool/#cap-attribute-filtering))

				Open this check again: <https://x.example/m/?needs=a%20b>
				"
			`);
	});

	test('says the guided tool applies, with its conditions and source, for a small move', () => {
		const markdown = markdownOf(
			{
				needs: ['password-hash-sync'],
				forests: 1,
				inScopeObjects: 2000,
				maxContainersPerDomain: 30,
				customUpn: false,
				groupFiltering: false,
			},
			{ headingLevel: 3 },
		);
		expect(markdown).toMatch(/^### Migration readiness: Move everything to Cloud Sync\n/);
		expect(markdown).toContain('#### The guided migration tool: applies');
		expect(markdown).toMatch(
			/Its own readiness review, the first step of the migration, has the last word\. \(\[Source\]\(https:\/\/learn\.microsoft\.com\/entra\/identity\/hybrid\/cloud-sync\/migrate-connect-sync-cloud-sync-tool\), as of 2026-09-16\)/,
		);
		expect(markdown).not.toContain('What stays');
	});

	test('names a cited page by its title where the caller knows it', () => {
		const tool = 'https://learn.microsoft.com/entra/identity/hybrid/cloud-sync/migrate-connect-sync-cloud-sync-tool';
		const markdown = markdownOf(
			{ needs: ['attribute-filtering'], forests: 2 },
			{ titleOf: (source) => (source === tool ? 'Migrate with the guided tool' : undefined) },
		);
		expect(markdown).toContain(
			`**Forests**: You gave 2 forests; the tool moves exactly 1 Active Directory forest. ([Migrate with the guided tool](${tool}), as of 2026-09-16)`,
		);
		// A page without a title keeps the generic name.
		expect(markdown).toMatch(
			/\(\[Source\]\(https:\/\/learn\.microsoft\.com\/entra\/identity\/hybrid\/cloud-sync\/connect-to-cloud-sync-decision-guide\)/,
		);
	});

	test('says a yes/no question left unanswered is not answered, and that the guided tool does not apply', () => {
		const markdown = markdownOf({
			needs: ['password-hash-sync'],
			forests: 1,
			inScopeObjects: 2000,
			maxContainersPerDomain: 30,
			groupFiltering: false,
		});
		expect(markdown).toContain('custom UPN: not answered; group filtering: no.');
		expect(markdown).toContain('### The guided migration tool: does not apply');
		expect(markdown).toMatch(/^- \*\*Custom UPN\*\*: Whether your users sign in with a custom UPN is not known/m);
		expect(markdown).not.toContain(GUIDED_TOOL_CONDITIONS_MET);
	});

	test('lists the ignored parts of an address as code, once each, with Markdown in them made harmless', () => {
		const markdown = markdownOf(
			{ needs: ['*bold*'] },
			{ ignored: ['needs: "*bold*" is not a need id', 'upn="`x`" is not yes or no'] },
		);
		expect(markdown).toContain('### Ignored');
		expect(markdown).toContain('- `upn="\'x\'" is not yes or no`');
		expect(markdown.match(/- `\*bold\*`/g)).toHaveLength(1);
	});

	test('links no comparison row without the site address', () => {
		expect(markdownOf({ needs: ['device-sync'] })).not.toContain('comparison row');
	});
});
