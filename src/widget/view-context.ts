/** What the views need besides the state: the host's settings, and the actions their controls run. */

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
	/** The controls' actions. */
	readonly actions: PickerActions;
}
