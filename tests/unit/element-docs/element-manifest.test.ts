// The element documentation /embed/ prints comes from a custom-elements manifest of the element
// classes: it must name exactly the attributes each element reads and the events it dispatches.
import { describe, expect, test, vi } from 'vitest';
import { customElement, elementManifest, eventRows, propertyRows } from '../../../src/element-docs/element-manifest';
import * as readinessEvents from '../../../src/readiness/events';
import * as pickerEvents from '../../../src/widget/events';

// Node has no DOM; declaring the element classes takes only a base class.
vi.stubGlobal('HTMLElement', class {});
const { SyncToolPickerElement } = await import('../../../src/widget/sync-tool-picker-element');
const { MigrationReadinessElement } = await import('../../../src/readiness/migration-readiness-element');

/** The event names an events module exports: its `…_EVENT` constants. */
const eventsOf = (module: object) =>
	Object.entries(module)
		.filter(([name]) => name.endsWith('_EVENT'))
		.map(([, value]) => value as string);

const observedBy = (element: object) => (element as { observedAttributes?: string[] }).observedAttributes ?? [];

const ELEMENTS = [
	{
		tag: 'sync-tool-picker',
		observed: observedBy(SyncToolPickerElement),
		// Read whenever the element needs it, so a change needs no re-render.
		readWhenNeeded: ['url-state'],
		events: eventsOf(pickerEvents),
	},
	{
		tag: 'migration-readiness',
		observed: observedBy(MigrationReadinessElement),
		readWhenNeeded: ['links-base', 'heading-level', 'url-state', 'data-source-titles'],
		events: eventsOf(readinessEvents),
	},
];

const sorted = (names: readonly string[]) => [...names].sort();

describe.each(ELEMENTS)('the manifest of <$tag>', ({ tag, observed, readWhenNeeded, events }) => {
	const element = customElement(elementManifest(), tag);

	test('documents each attribute the element observes or reads, and no other', () => {
		const documented = (element.attributes ?? []).map((attribute) => attribute.name);
		expect(sorted(documented)).toEqual(sorted([...observed, ...readWhenNeeded]));
	});

	test('documents each event its events module defines, and no other', () => {
		expect(sorted(eventRows(element).map((event) => event.name))).toEqual(sorted(events));
		expect(events.length).toBeGreaterThan(0);
	});

	test('describes every attribute, property and event it lists', () => {
		const undescribed = [
			...propertyRows(element).filter((row) => !row.values),
			...eventRows(element).filter((row) => !row.when || !row.detail),
		];
		expect(undescribed).toEqual([]);
	});
});

describe('the picker’s attribute table', () => {
	test('pairs each property with the attribute it mirrors, then the read-only result, with defaults', () => {
		const rows = propertyRows(customElement(elementManifest(), 'sync-tool-picker'));
		expect(
			rows.map(({ property, attribute, readonly, default: value }) => [property, attribute, readonly, value]),
		).toEqual([
			['theme', 'theme', false, '`auto`'],
			['headingLevel', 'heading-level', false, '`2`'],
			['linksBase', 'links-base', false, 'the site the module was loaded from'],
			[undefined, 'data-source-titles', false, 'absent'],
			[undefined, 'url-state', false, 'absent'],
			['result', undefined, true, undefined],
		]);
	});
});

describe('customElement', () => {
	test('names the tag it cannot find and the tag that would give it', () => {
		expect(() => customElement(elementManifest(), 'time-bound')).toThrow(
			"has no <time-bound>: is its class's @tagname",
		);
	});
});
