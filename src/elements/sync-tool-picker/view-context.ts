/** What the views need besides the state: the host's settings, the reader's day, and the actions their controls run. */
import { recommendationToMarkdown, type Recommendation } from '../../decision';
import { CHOOSE_A_SYNC_TOOL_PAGE, sitePath } from '../../data/site-contracts';
import { pageDom, type DomBuilder } from '../kit/dom';
import { parseSourceTitles } from './attributes';

/** The actions a view's controls call; the element turns each into a state transition or a side effect. */
export interface PickerActions {
	/** An answer was ticked or unticked. */
	tick: (option: string, checked: boolean) => void;
	/** Next: confirm the ticks. */
	next: () => void;
	/** Back one question. */
	back: () => void;
	/** Clear every answer. */
	startOver: () => void;
	/** Change one answer from the result's summary. */
	edit: (question: string) => void;
	/** Copy the share link. */
	copyLink: () => void;
	/** Copy the result as Markdown. */
	copyMarkdown: () => void;
}

/** Everything a view reads apart from the state. */
export interface ViewContext {
	/** The level of the picker's main headings, 1–6. */
	readonly level: number;
	/** A prefix that makes ids unique within the page (one per picker). */
	readonly ids: string;
	/** The address of a page of the site (`prerequisites/`), with an optional anchor. */
	link(page: string, anchor?: string): string;
	/** Where comparison-row anchors point: '' on the comparison page itself, else its address. */
	readonly comparisonHref: string;
	/** True when the page may open the print dialog (not inside a frame). */
	readonly canPrint: boolean;
	/** The reader's day, YYYY-MM-DD: statements that turn on a date are worded for it. */
	readonly today: string;
	/** The title of a cited page, where the host gave it (`data-source-titles`). */
	titleOf(source: string): string | undefined;
	/** A result as Markdown, its links on the site's pages and its citations named by title. */
	markdown(result: Recommendation): string;
	/** The controls' actions. */
	readonly actions: PickerActions;
	/** What the view builds its elements with: the page's document, or the server render's. */
	readonly dom: DomBuilder;
}

/** The settings a picker renders with. */
export interface PickerSettings {
	readonly level: number;
	readonly ids: string;
	/** Where the site's pages live (the `links-base` attribute), ending in `/`. */
	readonly linksBase: string;
	readonly today: string;
	/** The `data-source-titles` attribute: JSON, cited address → page title. */
	readonly sourceTitles: string | undefined;
	readonly actions: PickerActions;
}

/** The context of a picker with these settings, in the page it runs in. */
export function viewContext(settings: PickerSettings): ViewContext {
	const link = (page: string, anchor?: string) => sitePath(settings.linksBase, page, anchor);
	const comparison = new URL(link(CHOOSE_A_SYNC_TOOL_PAGE), location.href);
	// On the comparison page itself a bare #anchor, so following it never reloads the page and its result.
	const samePage = comparison.origin === location.origin && comparison.pathname === location.pathname;
	const { sourceTitles, ...rest } = settings;
	const titles = parseSourceTitles(sourceTitles);
	const titleOf = (source: string) => titles.get(source);
	return {
		...rest,
		dom: pageDom,
		link,
		comparisonHref: samePage ? '' : comparison.href,
		canPrint: window.self === window.top,
		titleOf,
		markdown: (result) =>
			recommendationToMarkdown(result, {
				siteUrl: new URL(settings.linksBase, location.href).href,
				today: settings.today,
				titleOf,
			}),
	};
}
