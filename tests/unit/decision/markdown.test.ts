import { describe, expect, test } from 'vitest';
import { recommend, recommendationToMarkdown } from '../../../src/decision';

describe('Markdown export for a change ticket', () => {
	test('states the tool, the reasons with their sources, what the other tool offers, the split, gaps and ignored ids', () => {
		const result = recommend([
			'device-writeback',
			'disconnected-forests',
			'attribute-filtering',
			'user-provisioning-to-ad',
			'warp-drive',
		]);
		const markdown = recommendationToMarkdown(result, { siteUrl: '/site/', checklist: false });
		expect(markdown).toMatchInlineSnapshot(`
			"## Sync tool: Microsoft Entra Connect Sync and Microsoft Entra Cloud Sync, side by side

			Needs considered: Forests with no network path between them, such as after a merger; Filter objects by attribute values; Write devices back to Active Directory; Provision cloud users to Active Directory.

			### Why

			- **Forests with no network path between them, such as after a merger** (Cloud Sync): Cloud Sync synchronises forests that cannot reach one another, as after a merger or acquisition, without consolidating them; Connect Sync needs every forest reachable from its one server. ([Source](https://learn.microsoft.com/entra/identity/hybrid/cloud-sync/connect-to-cloud-sync-decision-guide), as of 2025-02-17; [comparison row](/site/choose-a-sync-tool/#cap-disconnected-forests))
			  - Disputed: The decision guide's prose says Connect Sync needs complicated configurations or several instances for disconnected forests, which hints at some support, while its table and Connect's topology page rule it out.
			- **Filter objects by attribute values** (Connect Sync): Connect Sync filters objects on attribute values without restriction; the decision guide rates Cloud Sync's attribute filtering as basic only. ([Source](https://learn.microsoft.com/entra/identity/hybrid/cloud-sync/connect-to-cloud-sync-decision-guide), as of 2025-02-17; [comparison row](/site/choose-a-sync-tool/#cap-attribute-filtering))
			  - Disputed: The decision guide rates Cloud Sync's attribute filtering as limited, while the older Cloud Sync overview and the supported-scenarios table list filtering on attribute values for Connect Sync only.
			  - What Cloud Sync offers instead: Scoping by organisational unit or security group, with group scoping meant for pilots only. ([Source](https://learn.microsoft.com/entra/identity/hybrid/cloud-sync/how-to-configure), as of 2025-04-09)
			- **Write devices back to Active Directory** (Connect Sync): Connect Sync writes Microsoft Entra devices back to Active Directory; Cloud Sync does not, as Microsoft discontinued the feature in favour of Cloud Kerberos trust. ([Source](https://learn.microsoft.com/entra/identity/hybrid/cloud-sync/connect-to-cloud-sync-decision-guide), as of 2025-02-17; [comparison row](/site/choose-a-sync-tool/#cap-device-writeback))
			- **The two tools can run side by side** (both tools): Both tools can synchronise to one tenant at the same time, each over its own forests or organisational units, provided each object is in the scope of one tool only. ([Source](https://learn.microsoft.com/entra/identity/hybrid/cloud-sync/plan-cloud-sync-topologies), as of 2024-04-26)

			### Which tool takes which need

			- Microsoft Entra Connect Sync: Filter objects by attribute values; Write devices back to Active Directory.
			- Microsoft Entra Cloud Sync: Forests with no network path between them, such as after a merger.

			### Not supported by either tool

			- **Provision cloud users to Active Directory**: Neither tool creates Active Directory accounts for users created in the cloud as a supported feature: Microsoft's decision guide marks it unsupported in both. ([Source](https://learn.microsoft.com/entra/identity/hybrid/cloud-sync/connect-to-cloud-sync-decision-guide), as of 2025-02-17; [comparison row](/site/choose-a-sync-tool/#cap-user-provisioning-to-ad))

			### Ignored need ids

			- \`warp-drive\`
			"
		`);
	});

	test("gives Microsoft's default reason, citing the decision guide, when nothing forces a tool", () => {
		expect(recommendationToMarkdown(recommend([]), { checklist: false })).toMatchInlineSnapshot(`
			"## Sync tool: Microsoft Entra Cloud Sync

			Needs considered: none.

			### Why

			- **Microsoft recommends Cloud Sync for most organisations** (Cloud Sync): No hard need requires Connect Sync. As of 17 February 2025, Microsoft's decision guide recommends Cloud Sync for most organisations, saying new synchronisation features are being developed mainly on it. ([Source](https://learn.microsoft.com/entra/identity/hybrid/cloud-sync/connect-to-cloud-sync-decision-guide), as of 2025-02-17)
			"
		`);
	});

	test("lists the recommended tool's prerequisites with each row's caveats, linked to their rows", () => {
		const markdown = recommendationToMarkdown(recommend(['device-writeback']), {
			siteUrl: 'https://sync.example/it/',
		});
		const checklist = markdown.split('### Checklist\n\n')[1] ?? '';
		expect(checklist).toContain(
			'- [ ] [A Windows Server 2016 or later host for Microsoft Entra Connect Sync](https://sync.example/it/prerequisites/#req-connect-sync-server)',
		);
		expect(checklist).toMatch(
			/\n {2}- Windows Server, domain-joined: .*Windows Server 2025 or Windows Server 2022.* \(\[Source\]\(https:\/\/learn\.microsoft\.com\/entra\/identity\/hybrid\/connect\/how-to-connect-install-prerequisites\), as of 2026-01-16\)\n/,
		);
		expect(checklist).not.toContain('cloud-sync-agent-server');
	});

	test('names each cited page by its title where the caller knows it, and says "Source" where not', () => {
		const prerequisites =
			'https://learn.microsoft.com/entra/identity/hybrid/connect/how-to-connect-install-prerequisites';
		const titles = new Map([[prerequisites, 'Prerequisites for Microsoft Entra Connect [current]']]);
		const markdown = recommendationToMarkdown(recommend(['device-writeback']), {
			titleOf: (source) => titles.get(source),
		});
		const caveat =
			markdown.split('\n').find((line) => line.includes('Windows Server 2025 or Windows Server 2022')) ?? '';
		// The title is text inside a link: its brackets are escaped.
		expect(caveat).toMatch(
			/\(\[Prerequisites for Microsoft Entra Connect \\\[current\\\]\]\(https:\/\/learn\.microsoft\.com\/.+\), as of 2026-01-16\)$/,
		);
		// A blank title is no title.
		expect(recommendationToMarkdown(recommend(['device-writeback']), { titleOf: () => ' ' })).not.toMatch(/\[\s*\]\(/);
		const reason = markdown.split('\n').find((line) => line.startsWith('- **')) ?? '';
		expect(reason).toMatch(/\(\[Source\]\(https:\/\/learn\.microsoft\.com\/[^)]+\), as of \d{4}-\d{2}-\d{2}/);
	});

	test('lists a licence only for a chosen feature, and says where the others are', () => {
		const checklistOf = (needs: string[]) =>
			recommendationToMarkdown(recommend(needs), { siteUrl: '/' }).split('### Checklist\n\n')[1] ?? '';
		expect(checklistOf(['device-writeback'])).toContain('#req-connect-sync-device-writeback-licence');
		expect(checklistOf(['device-writeback'])).not.toContain('#req-connect-sync-password-writeback-licence');
		expect(checklistOf(['device-writeback'])).toMatch(
			/^Licences needed only for features not chosen here are under Licences/,
		);
	});

	test("words a caveat that turns on a date for the reader's day, on either side of it", () => {
		const deadline = (today: string) =>
			recommendationToMarkdown(recommend(['device-writeback']), { today })
				.split('\n')
				.filter((line) => line.includes('below 2.5.79.0'));
		expect(deadline('2026-09-29')).toEqual([
			'  - Every Connect Sync version below 2.5.79.0 stops synchronising on 30 September 2026: upgrade before then. ([Source](https://learn.microsoft.com/entra/identity/hybrid/connect/how-to-connect-install-prerequisites), as of 2025-09-29)',
		]);
		expect(deadline('2026-09-30')).toEqual([
			expect.stringMatching(/below 2\.5\.79\.0 has not synchronised since 30 September 2026/),
		]);
	});

	test('prefixes each line with its tool when both tools are recommended', () => {
		const markdown = recommendationToMarkdown(recommend(['device-writeback', 'disconnected-forests']));
		const tasks = (markdown.split('### Checklist\n\n')[1] ?? '').split('\n').filter((line) => line.startsWith('- [ ]'));
		expect(tasks[0]).toMatch(/^- \[ \] Microsoft Entra Connect Sync: /);
		expect(tasks.at(-1)).toMatch(/^- \[ \] Microsoft Entra Cloud Sync: /);
	});

	test('lists a soft need Connect Sync lacks as a trade-off', () => {
		const markdown = recommendationToMarkdown(recommend(['reconciliation', 'on-demand-provisioning']));
		expect(markdown).toContain('## Sync tool: Microsoft Entra Connect Sync');
		expect(markdown).toContain('- **On-demand provisioning of one object** (not in Connect Sync): ');
	});

	test('links nothing when the site address is not http(s) or relative', () => {
		const markdown = recommendationToMarkdown(recommend(['device-writeback']), { siteUrl: 'javascript:alert(1)//' });
		expect(markdown).not.toContain('javascript:');
		expect(markdown).toContain('- [ ] A Windows Server 2016 or later host for Microsoft Entra Connect Sync\n');
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
