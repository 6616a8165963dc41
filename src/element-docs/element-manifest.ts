/**
 * The custom-elements manifest of the site's elements (the community schema that editors and
 * documentation tools read), made at build time by @custom-elements-manifest/analyzer from the JSDoc
 * tags on their classes (`@tagname`, `@attr`, `@fires`) and their code (`observedAttributes`,
 * accessors): the one description of their public API, from which /embed/ prints its tables.
 */
import { create, ts } from '@custom-elements-manifest/analyzer';
import { marked } from 'marked';

/** The element classes described: source text by path, read through Vite, so nothing is written to disk. */
const ELEMENT_SOURCES: Record<string, string> = import.meta.glob(
	['../widget/sync-tool-picker-element.ts', '../readiness/migration-readiness-element.ts'],
	{ query: '?raw', import: 'default', eager: true },
);

/** What the tables read of a manifest's attribute, property or event; text fields are Markdown. */
interface Documented {
	name: string;
	description?: string;
	type?: { text: string };
	default?: string;
}

/** A custom element's declaration in the manifest, as far as the tables read it. */
export interface ElementDeclaration {
	kind: 'class';
	name: string;
	tagName?: string;
	customElement?: true;
	attributes?: Array<Documented & { fieldName?: string }>;
	members?: Array<
		Documented & {
			kind: 'field' | 'method';
			static?: boolean;
			privacy?: string;
			readonly?: boolean;
			attribute?: string;
		}
	>;
	events?: Documented[];
}

/** The manifest: one module per source file. */
export interface ElementManifest {
	schemaVersion: string;
	modules: Array<{ path: string; declarations?: Array<ElementDeclaration | { kind: string; name: string }> }>;
}

/**
 * The analyzer records `this.dispatchEvent(new CustomEvent(name))` under the argument's text, which is
 * a variable's name when the element dispatches through a helper; the class's `@fires` tags name them.
 */
const documentedEventsOnly = {
	name: 'documented-events-only',
	packageLinkPhase({ customElementsManifest }: { customElementsManifest: ElementManifest }) {
		for (const declaration of customElementsManifest.modules.flatMap((module) => module.declarations ?? [])) {
			if ('events' in declaration) declaration.events = declaration.events?.filter((event) => event.description);
		}
	},
};

/** The manifest of the given sources (path → TypeScript text). */
export function manifestOf(sources: Record<string, string>): ElementManifest {
	const modules = Object.entries(sources).map(([path, text]) =>
		ts.createSourceFile(path.replace(/^(\.\.\/)+/, 'src/'), text, ts.ScriptTarget.ES2022, true),
	);
	return create({ modules, plugins: [documentedEventsOnly] }) as ElementManifest;
}

let built: ElementManifest | undefined;

/** The manifest of the site's elements, made once per build. */
export function elementManifest(): ElementManifest {
	return (built ??= manifestOf(ELEMENT_SOURCES));
}

/** The declaration of the element whose `@tagname` is `tagName`; throws when the manifest has none. */
export function customElement(manifest: ElementManifest, tagName: string): ElementDeclaration {
	const found = manifest.modules
		.flatMap((module) => module.declarations ?? [])
		.find(
			(declaration): declaration is ElementDeclaration => 'tagName' in declaration && declaration.tagName === tagName,
		);
	if (!found) throw new Error(`The custom-elements manifest has no <${tagName}>: is its class's @tagname tag missing?`);
	return found;
}

/** One row of an element's attribute and property table; text is Markdown, undefined for none. */
export interface PropertyRow {
	property: string | undefined;
	readonly: boolean;
	attribute: string | undefined;
	values: string | undefined;
	default: string | undefined;
}

/** Each attribute (with the property that mirrors it), then each read-only property that reports state. */
export function propertyRows(element: ElementDeclaration): PropertyRow[] {
	const fields = (element.members ?? []).filter(
		(member) => member.kind === 'field' && !member.static && (member.privacy ?? 'public') === 'public',
	);
	const attributes = (element.attributes ?? []).map((attribute): PropertyRow => ({
		property: attribute.fieldName,
		readonly: Boolean(fields.find((field) => field.name === attribute.fieldName)?.readonly),
		attribute: attribute.name,
		values: attribute.description,
		default: attribute.default,
	}));
	const reports = fields
		.filter((field) => field.readonly && field.attribute === undefined)
		.map((field) => ({
			property: field.name,
			readonly: true,
			attribute: undefined,
			values: field.description,
			default: field.default,
		}));
	return [...attributes, ...reports];
}

/** One row of an element's event table: the event, when it fires (Markdown) and the type of its `detail`. */
export interface EventRow {
	name: string;
	when: string | undefined;
	detail: string | undefined;
}

/** Each event the element's `@fires` tags document, with its `CustomEvent<…>` type's detail. */
export function eventRows(element: ElementDeclaration): EventRow[] {
	return (element.events ?? []).map((event) => ({
		name: event.name,
		when: event.description,
		detail: /^CustomEvent<(.+)>$/.exec(event.type?.text ?? '')?.[1],
	}));
}

/** A manifest's text (inline Markdown) as HTML, or a dash for none. */
export function inlineHtml(markdown: string | undefined): string {
	return markdown ? marked.parseInline(markdown, { async: false }) : '—';
}
