/**
 * The picker's part of the page address with `url-state`: the `needs` parameter, which opens a
 * result (a reload or a copied address keeps it). Several pickers may share one address, so each
 * keeps the set of `needs` values it put there or opened on, and touches no other.
 */
import { formatShareUrl, type NeedId } from '../../decision';

/** The `needs` values one picker put in the address or opened on. */
export type OwnNeeds = Set<string | null>;

const needsInAddress = (): string | null => new URLSearchParams(location.search).get('needs');

/** Whether the address opens on a result; if it does, that `needs` becomes the picker's own. */
export function opensResult(own: OwnNeeds): boolean {
	const needs = needsInAddress();
	if (needs !== null) own.add(needs);
	return needs !== null;
}

/**
 * Puts `needs` (the result shown) in the address, or takes the needs out while questions show
 * (none). It takes out, and after Back or Forward (`fromHistory`) replaces, only its own.
 */
export function keepNeeds(own: OwnNeeds, needs: readonly NeedId[] | undefined, fromHistory: boolean): void {
	const inAddress = needsInAddress();
	if ((fromHistory || !needs) && inAddress !== null && !own.has(inAddress)) return;
	const address = formatShareUrl(needs ?? [], location.href);
	if (address !== location.href) history.replaceState(history.state, '', address);
	if (needs) own.add(needsInAddress());
}
