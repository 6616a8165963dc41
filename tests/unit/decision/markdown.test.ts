import { describe, expect, test } from 'vitest';
import { recommend, recommendationToMarkdown } from '../../../src/decision';

describe('Markdown export for a change ticket', () => {
	test('states the tool, the reasons with their sources, the split, trade-offs, gaps, ignored ids and the checklist', () => {
		const result = recommend([
			'device-sync',
			'disconnected-forests',
			'attribute-filtering',
			'user-provisioning-to-ad',
			'warp-drive',
		]);
		const markdown = recommendationToMarkdown(result, {
			comparisonUrl: '/compare/',
			checklist: [
				{
					id: 'agent',
					text: 'Install three Cloud Sync agents',
					href: 'https://learn.microsoft.com/entra/identity/hybrid/cloud-sync/how-to-install',
				},
				{ id: 'sql', text: 'Size SQL Server for more than 100,000 objects' },
			],
		});
		expect(markdown).toMatchInlineSnapshot(`
			"## Sync tool: Microsoft Entra Connect Sync and Microsoft Entra Cloud Sync, side by side

			Needs considered: Forests with no network path between them, such as after a merger; Synchronise devices for Microsoft Entra hybrid join; Filter objects by attribute values; Provision cloud users to Active Directory.

			### Why

			- **Forests with no network path between them, such as after a merger** (Cloud Sync): Cloud Sync synchronises forests that cannot reach one another, as after a merger or acquisition, without consolidating them; Connect Sync needs every forest reachable from its one server. ([Source](https://learn.microsoft.com/entra/identity/hybrid/cloud-sync/connect-to-cloud-sync-decision-guide), as of 2025-02-17; [comparison row](/compare/#cap-disconnected-forests))
			  - Disputed: The decision guide's prose says Connect Sync needs complicated configurations or several instances for disconnected forests, which hints at some support, while its table and Connect's topology page rule it out.
			- **Synchronise devices for Microsoft Entra hybrid join** (Connect Sync): Connect Sync synchronises Windows computer objects so they can be Microsoft Entra hybrid joined; Cloud Sync does not offer this in general availability. ([Source](https://learn.microsoft.com/entra/identity/hybrid/cloud-sync/connect-to-cloud-sync-decision-guide), as of 2025-02-17; [comparison row](/compare/#cap-device-sync))
			  - Disputed: The decision guide marks device sync unsupported in Cloud Sync, but since July 2026 Microsoft documents a Cloud Sync device sync preview (agent 1.1.1107 or later); this guide counts a preview as not supported.
			- **The two tools can run side by side** (both tools): Both tools can synchronise to one tenant at the same time, each over its own forests or organisational units, provided each object is in the scope of one tool only. ([Source](https://learn.microsoft.com/entra/identity/hybrid/cloud-sync/plan-cloud-sync-topologies), as of 2024-04-26)

			### Which tool takes which need

			- Microsoft Entra Connect Sync: Synchronise devices for Microsoft Entra hybrid join.
			- Microsoft Entra Cloud Sync: Forests with no network path between them, such as after a merger.

			### Trade-offs

			- **Filter objects by attribute values** (limited in Cloud Sync): Cloud Sync offers only basic attribute filtering; complex attribute-based scoping rules need Connect Sync. ([Source](https://learn.microsoft.com/entra/identity/hybrid/cloud-sync/connect-to-cloud-sync-decision-guide), as of 2025-02-17; [comparison row](/compare/#cap-attribute-filtering))
			  - Disputed: The decision guide rates Cloud Sync's attribute filtering as limited, while the older Cloud Sync overview and the supported-scenarios table list filtering on attribute values for Connect Sync only.

			### Not supported by either tool

			- **Provision cloud users to Active Directory**: Neither tool creates Active Directory accounts for users created in the cloud; Microsoft lists it as a possible future Cloud Sync feature, and Microsoft Identity Manager is the documented route today. ([Source](https://learn.microsoft.com/entra/identity/hybrid/cloud-sync/connect-to-cloud-sync-decision-guide), as of 2025-02-17; [comparison row](/compare/#cap-user-provisioning-to-ad))

			### Ignored need ids

			- \`warp-drive\`

			### Checklist

			- [ ] [Install three Cloud Sync agents](https://learn.microsoft.com/entra/identity/hybrid/cloud-sync/how-to-install)
			- [ ] Size SQL Server for more than 100,000 objects
			"
		`);
	});

	test("gives Microsoft's default reason, citing the decision guide, when nothing forces a tool", () => {
		expect(recommendationToMarkdown(recommend([]))).toMatchInlineSnapshot(`
			"## Sync tool: Microsoft Entra Cloud Sync

			Needs considered: none.

			### Why

			- **Microsoft recommends Cloud Sync for most organisations** (Cloud Sync): No hard need requires Connect Sync, and Microsoft recommends Cloud Sync for most organisations because it builds new synchronisation features mainly on Cloud Sync. ([Source](https://learn.microsoft.com/entra/identity/hybrid/cloud-sync/connect-to-cloud-sync-decision-guide), as of 2025-02-17)
			"
		`);
	});

	test('lists a soft need Connect Sync lacks as a trade-off', () => {
		const markdown = recommendationToMarkdown(recommend(['reconciliation', 'on-demand-provisioning']));
		expect(markdown).toContain('## Sync tool: Microsoft Entra Connect Sync');
		expect(markdown).toContain('- **On-demand provisioning of one object** (not in Connect Sync): ');
	});

	test('escapes checklist text, drops unsafe links and keeps each item on one line', () => {
		const markdown = recommendationToMarkdown(recommend([]), {
			checklist: [
				{ id: 'a', text: 'Click [here](javascript:alert(1))\n# not a heading', href: 'javascript:alert(1)' },
				{ id: 'b', text: '*Check* the <agent> version', href: 'https://example.com/a path (1)' },
				{ id: 'c', text: 'Relative link', href: '../prerequisites/#cloud-sync' },
			],
		});
		expect(markdown.split('### Checklist\n\n')[1]).toMatchInlineSnapshot(`
			"- [ ] Click \\[here\\](javascript:alert(1)) \\# not a heading
			- [ ] [\\*Check\\* the \\<agent\\> version](https://example.com/a%20path%20%281%29)
			- [ ] [Relative link](../prerequisites/#cloud-sync)
			"
		`);
	});

	test('shows ignored need ids as code, whatever they contain', () => {
		const markdown = recommendationToMarkdown(recommend(['`rm -rf`', '<img src=x>']));
		expect(markdown).toContain("- `'rm -rf'`");
		expect(markdown).toContain('- `<img src=x>`');
	});

	test('starts at the heading level asked for', () => {
		expect(recommendationToMarkdown(recommend([]), { headingLevel: 1 })).toMatch(/^# Sync tool: .*\n[\s\S]*\n## Why\n/);
		expect(recommendationToMarkdown(recommend([]), { headingLevel: 9 })).toMatch(/^#### Sync tool/);
	});
});
