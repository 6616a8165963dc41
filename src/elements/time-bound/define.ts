/** Registers <time-bound>, once, however often the module is imported. */
import { TimeBoundElement } from './time-bound-element';

if (!customElements.get('time-bound')) customElements.define('time-bound', TimeBoundElement);

declare global {
	interface HTMLElementTagNameMap {
		'time-bound': TimeBoundElement;
	}
}
