/** Registers <time-bound> and <time-bound-today>, once, however often the module is imported. */
import { TimeBoundElement, TimeBoundTodayElement } from './time-bound-element';

if (!customElements.get('time-bound')) customElements.define('time-bound', TimeBoundElement);
if (!customElements.get('time-bound-today')) customElements.define('time-bound-today', TimeBoundTodayElement);

declare global {
	interface HTMLElementTagNameMap {
		'time-bound': TimeBoundElement;
		'time-bound-today': TimeBoundTodayElement;
	}
}
