/**
 * <table-filter>: the element around TableFilter.astro's form and the tables it filters. It is thin
 * glue: connecting starts the filter (start-filter.ts), disconnecting stops it and removes everything
 * it registered, so an element moved, or created and removed many times, leaves nothing behind.
 * Importing this module defines nothing; define.ts does.
 */
import { startFilter } from './start-filter';

export class TableFilterElement extends HTMLElement {
	#stop: (() => void) | undefined;

	connectedCallback(): void {
		this.#stop?.();
		this.#stop = startFilter(this);
	}

	disconnectedCallback(): void {
		this.#stop?.();
		this.#stop = undefined;
	}
}
