/** The elements' events: one typed way to dispatch them, and one moment for the first of them. */

/** The `detail` of the CustomEvent that `type` names in GlobalEventHandlersEventMap. */
type DetailOf<K extends keyof GlobalEventHandlersEventMap> =
	GlobalEventHandlersEventMap[K] extends CustomEvent<infer Detail> ? Detail : never;

/**
 * Dispatches the event `type` (declared in GlobalEventHandlersEventMap) with `detail` from `element`:
 * bubbling and composed unless `init` says otherwise, so a listener on `document` hears it from
 * inside any shadow root. Returns false when a listener cancelled it.
 */
export function emit<K extends keyof GlobalEventHandlersEventMap>(
	element: EventTarget,
	type: K,
	detail: DetailOf<K>,
	init: EventInit = {},
): boolean {
	return element.dispatchEvent(new CustomEvent(type, { bubbles: true, composed: true, ...init, detail }));
}

/**
 * Runs `task` once the document has loaded (in a microtask, when it has), unless `signal` aborts
 * first: an event an element fires as it starts then reaches listeners that later scripts add.
 */
export function whenLoaded(task: () => void, signal: AbortSignal): void {
	if (document.readyState === 'complete') queueMicrotask(() => signal.aborted || task());
	else addEventListener('load', task, { once: true, signal });
}
