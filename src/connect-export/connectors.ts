/**
 * Reads a connector file (`<ma-data>`, one per connector in `Connectors/`): which directory it
 * connects, and for Active Directory the forest, its selected domains and their container filter,
 * password hash sync and the group-filtering group; for Microsoft Entra ID password writeback and
 * the connector's version.
 */
import { child, childrenNamed, textAt, type XmlElement } from './xml';
import type { DomainScope } from './types';

/** The Microsoft Entra connector's id, the same on every server. */
export const ENTRA_CONNECTOR_ID = '{B891884F-051E-4A83-95AF-2544101C9083}';

/** Elements of a connector file the reader never needs; the schema alone is megabytes long. */
export const CONNECTOR_SKIPPED = new Set(['schema', 'attribute-inclusion', 'ma-run-data', 'export-attribute-flow']);

/** What one connector file says. */
export type ConnectorReading =
	| {
			kind: 'ad';
			id: string;
			name: string;
			forest: string | undefined;
			/** Selected domains; undefined when the file has no partition data at all. */
			domains: DomainScope[] | undefined;
			/** `password-hash-sync-config/enabled`, when present. */
			passwordHashSync: boolean | undefined;
			/** `Connector.GroupFilteringGroupDn`: undefined when absent, '' when present and empty. */
			groupFilteringGroupDn: string | undefined;
	  }
	| {
			kind: 'entra';
			id: string;
			name: string;
			/** `aad-password-reset-config/enabled`, when present. */
			passwordWriteback: boolean | undefined;
			/** The connector's assembly version, which the wizard's version follows. */
			version: string | undefined;
	  }
	| { kind: 'other'; id: string; name: string; type: string };

/** `1`/`0` (or True/False) as a boolean; anything else, or nothing, is undefined. */
export function readSwitch(value: string | undefined): boolean | undefined {
	const text = value?.trim().toLowerCase();
	if (text === '1' || text === 'true') return true;
	if (text === '0' || text === 'false') return false;
	return undefined;
}

/** A connector id in one spelling: upper case, in braces (rule files write it in lower case). */
export function connectorKey(id: string): string {
	const bare = id.trim().replace(/^\{|\}$/g, '');
	return `{${bare.toUpperCase()}}`;
}

function domainScope(partition: XmlElement): DomainScope {
	const containers = child(partition, 'filter', 'containers');
	const list = (group: string, item: string) =>
		childrenNamed(child(containers, group), item)
			.map((each) => each.text)
			.filter((dn) => dn !== '');
	return {
		dn: textAt(partition, 'name') ?? '',
		included: list('inclusions', 'inclusion'),
		excluded: list('exclusions', 'exclusion'),
	};
}

/** Selected partitions that are domains (an application partition says `is-domain` 0). */
function selectedDomains(root: XmlElement): DomainScope[] | undefined {
	const data = child(root, 'ma-partition-data');
	if (!data) return undefined;
	return childrenNamed(data, 'partition')
		.filter((partition) => readSwitch(textAt(partition, 'selected')) === true)
		.filter((partition) => readSwitch(textAt(partition, 'custom-data', 'adma-partition-data', 'is-domain')) !== false)
		.map(domainScope);
}

function parameter(config: XmlElement | undefined, name: string): XmlElement | undefined {
	return childrenNamed(child(config, 'parameter-values'), 'parameter').find((each) => each.attributes['name'] === name);
}

/** True for the Microsoft Entra connector: its fixed id, or its connector type's name. */
function isEntraConnector(id: string, subtype: string): boolean {
	return connectorKey(id) === ENTRA_CONNECTOR_ID || /azure active directory|entra id/i.test(subtype);
}

/** What the connector file rooted at `root` (`<ma-data>`) says. */
export function readConnector(root: XmlElement): ConnectorReading {
	const id = textAt(root, 'id') ?? '';
	const name = textAt(root, 'name') ?? '';
	const category = textAt(root, 'category') ?? '';
	const subtype = textAt(root, 'subtype') ?? '';
	if (category.toUpperCase() === 'AD') {
		const config = child(root, 'private-configuration', 'adma-configuration');
		const groupDn = parameter(config, 'Connector.GroupFilteringGroupDn');
		return {
			kind: 'ad',
			id: connectorKey(id),
			name,
			forest: textAt(config, 'forest-name') || undefined,
			domains: selectedDomains(root),
			passwordHashSync: readSwitch(textAt(config, 'password-hash-sync-config', 'enabled')),
			groupFilteringGroupDn: groupDn?.text,
		};
	}
	if (isEntraConnector(id, subtype)) {
		const config = child(root, 'private-configuration', 'MAConfig');
		return {
			kind: 'entra',
			id: connectorKey(id),
			name,
			passwordWriteback: readSwitch(textAt(config, 'aad-password-reset-config', 'enabled')),
			version: textAt(config, 'extension-config', 'assembly-version') || undefined,
		};
	}
	return { kind: 'other', id: connectorKey(id), name, type: subtype || category || 'unknown type' };
}
