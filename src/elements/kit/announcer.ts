/**
 * A polite live region that replaces its text: emptied at once, filled a moment later, so the same
 * message twice is announced twice, and two quick messages end as the last one, never run together.
 */

/** What the picker says through its status region. */
export interface Announcer {
	/** Replaces whatever is announced (or about to be) with `message`. */
	say(message: string): void;
	/** Cancels a pending announcement; the element calls it when it leaves the document. */
	stop(): void;
}

/** An announcer writing into `region` (an element with role="status"). */
export function createAnnouncer(region: HTMLElement): Announcer {
	let pending: ReturnType<typeof setTimeout> | undefined;
	const stop = () => {
		clearTimeout(pending);
		pending = undefined;
	};
	return {
		say(message) {
			stop();
			region.textContent = '';
			pending = setTimeout(() => {
				pending = undefined;
				region.textContent = message;
			}, 100);
		},
		stop,
	};
}
