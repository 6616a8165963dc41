/**
 * What a screen reader is given, read from Chromium's own accessibility tree (Chrome DevTools
 * Protocol): each node's role, name and description, shadow roots included. Playwright's aria
 * snapshot leaves descriptions out; this reads them.
 */
import type { Page } from 'playwright-core';

/** One node of the accessibility tree, as a screen reader meets it. */
export interface AccessibleNode {
	role: string;
	name: string;
	/** The accessible description (aria-describedby and the like); '' when it has none. */
	description: string;
	focused: boolean;
}

/** Every node of the page's accessibility tree that is not ignored, in tree order (the top frame only). */
export async function accessibleNodes(page: Page): Promise<AccessibleNode[]> {
	const cdp = await page.context().newCDPSession(page);
	try {
		await cdp.send('Accessibility.enable');
		const { nodes } = await cdp.send('Accessibility.getFullAXTree');
		const text = (value: { value?: unknown } | undefined) => (typeof value?.value === 'string' ? value.value : '');
		return nodes
			.filter((node) => !node.ignored)
			.map((node) => ({
				role: text(node.role),
				name: text(node.name),
				description: text(node.description),
				focused:
					node.properties?.some((property) => property.name === 'focused' && property.value.value === true) ?? false,
			}));
	} finally {
		await cdp.detach();
	}
}

/** The focused node: what a screen reader says as focus lands. Fails when nothing has focus. */
export async function focusedNode(page: Page): Promise<AccessibleNode> {
	const focused = (await accessibleNodes(page)).filter((node) => node.focused);
	const node = focused.at(-1);
	if (!node) throw new Error('No element has focus in the accessibility tree.');
	return node;
}

/** The node with this role and name; fails, naming what there is, when there is none. */
export async function accessibleNode(page: Page, role: string, name: string): Promise<AccessibleNode> {
	const nodes = await accessibleNodes(page);
	const node = nodes.find((candidate) => candidate.role === role && candidate.name === name);
	if (!node) {
		const named = nodes.filter((candidate) => candidate.role === role).map((candidate) => `"${candidate.name}"`);
		throw new Error(`No ${role} named "${name}"; the ${role}s are ${named.join(', ') || 'none'}.`);
	}
	return node;
}
