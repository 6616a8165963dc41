/**
 * Keeps focus on the same control across a re-render the reader did not ask for (an attribute
 * change), so it does not fall to the page's body. The control is found again by its kind and its
 * words or address (a change of links-base keeps the words, one of the source titles the address),
 * and its place among those alike.
 */
export class FocusKeeper {
	/** Focuses the remembered control's counterpart, if there is one yet. */
	#pending: (() => boolean) | undefined;

	/** Before the re-render: remembers the control with focus, or keeps the one still sought from a re-render just before. */
	remember(root: ParentNode, focused: Element | null | undefined): void {
		if (!focused) return;
		const kind = focused.matches('[data-focus]') ? '[data-focus]' : focused.tagName;
		const { textContent: words } = focused;
		const { value } = focused as HTMLInputElement;
		const address = focused.getAttribute('href');
		const alike = () =>
			[...root.querySelectorAll<HTMLElement>(kind)].filter(
				(other) =>
					(other as HTMLInputElement).value === value &&
					(other.textContent === words || (address !== null && other.getAttribute('href') === address)),
			);
		const place = alike().indexOf(focused as HTMLElement);
		this.#pending = () => {
			const counterpart = alike()[place];
			counterpart?.focus({ preventScroll: true });
			return counterpart !== undefined;
		};
	}

	/** Forgets it: the reader's own action decides where focus goes. */
	forget(): void {
		this.#pending = undefined;
	}

	/**
	 * After the re-render, and again once content filled in later is there (`last`): focuses the
	 * counterpart, unless focus has meanwhile gone somewhere (a host script may have moved it).
	 */
	restore(last: boolean): void {
		const active = document.activeElement;
		if ((active && active !== document.body) || (this.#pending?.() ?? true) || last) this.#pending = undefined;
	}
}
