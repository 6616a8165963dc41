/** Display names for the data's tool and category ids, shared by tables, filters and the picker. */
import type { PageType } from './schemas/frontmatter';
import type { ToolId } from './ids';
import type { Category } from './schemas/requirements';

/** Current product names of the two tools. */
export const toolLabels: Record<ToolId, string> = {
	'cloud-sync': 'Microsoft Entra Cloud Sync',
	'connect-sync': 'Microsoft Entra Connect Sync',
};

/** Human names of the table categories. */
export const categoryLabels: Record<Category, string> = {
	'hardware-software': 'Hardware and software',
	'active-directory': 'Active Directory',
	tenant: 'Microsoft Entra tenant',
	'sql-server': 'SQL Server',
	accounts: 'Accounts and roles',
	setup: 'Set-up and installation',
	'scoping-filtering': 'Scoping and filtering',
	attributes: 'Attributes and mapping',
	'sign-in': 'Sign-in',
	writeback: 'Writeback',
	operations: 'Operations',
	licensing: 'Licences',
	'service-endpoints': 'Outbound ports and URLs',
	'domain-controllers': 'Ports to domain controllers',
	proxy: 'Proxies and TLS inspection',
	'forests-tenants': 'Forests and tenants',
	'servers-agents': 'Servers and agents',
	'side-by-side': 'Both tools side by side',
	'sync-cycle': 'How often it synchronises',
	'high-availability': 'High availability and failover',
	upgrades: 'Upgrades and versions',
	monitoring: 'Verify and monitor',
};

/** Human names of the page types, as the search filter shows them. */
export const pageTypeLabels: Record<PageType, string> = {
	overview: 'Overview',
	guide: 'Guide',
	concept: 'Concept',
	reference: 'Reference',
	decision: 'Decision tool',
};
