/**
 * <time-bound>: server-rendered text, worded for the build's day, that the element rewords for the
 * reader's own day. No side effects on import; define.ts registers it.
 *
 *   <time-bound date="2026-09-30" before="… stops on {date} …" after="… stopped on {date} …">
 *     (the wording for the build's day)
 *   </time-bound>
 *
 * Without JavaScript, or with a malformed attribute, the server text stays as it is.
 */
import { isIsoDate, localDay, timeBoundPhase, timeBoundText, type TimeBoundStatement } from '../../data/time-bound';

// Lets this module be imported where there is no DOM (the unit tests, the build).
const Base: typeof HTMLElement =
	'HTMLElement' in globalThis ? HTMLElement : (class {} as unknown as typeof HTMLElement);

/** Replaces the element's text only when it differs, so an unchanged page never reflows. */
function setText(element: HTMLElement, text: string): void {
	if (element.textContent !== text) element.textContent = text;
}

/** A statement that turns on a date, shown in the wording for the reader's day. */
export class TimeBoundElement extends Base {
	static observedAttributes = ['date', 'before', 'after'];

	/** The statement in the element's attributes, or undefined (with one warning) when malformed. */
	get statement(): TimeBoundStatement | undefined {
		const date = this.getAttribute('date') ?? '';
		const before = this.getAttribute('before');
		const after = this.getAttribute('after');
		if (isIsoDate(date) && before && after) return { date, before, after };
		console.warn(
			`[time-bound] needs date="YYYY-MM-DD", before and after attributes; found date="${date}". The built wording stays.`,
		);
		return undefined;
	}

	connectedCallback(): void {
		this.render();
	}

	attributeChangedCallback(): void {
		if (this.isConnected) this.render();
	}

	/** Words the statement for today on the device's calendar. */
	render(today: Date = new Date()): void {
		const statement = this.statement;
		if (!statement) return;
		const day = localDay(today);
		this.dataset['phase'] = timeBoundPhase(statement, day);
		setText(this, timeBoundText(statement, day));
	}
}
