/**
 * What a reader tells the migration readiness check, as one value: the check's form, an opened
 * address and a Connect Sync export all come down to it, and the engine's input is made from it.
 */
import type { NeedId } from '../data/ids';

/** A count as the reader gave it: a whole number, nothing, or something that is not a whole number ≥ 0. */
export type Count = number | null | 'invalid';

/** Everything the reader tells the check. */
export interface ReadinessAnswers {
	/** What Connect Sync does today, and what the reader needs that it cannot do: need ids, in table order. */
	readonly needs: readonly NeedId[];
	/** Active Directory forests Connect Sync synchronises. */
	readonly forests: Count;
	/** Objects in Connect Sync's scope. */
	readonly objects: Count;
	/** The most included containers (OUs) in any one domain. */
	readonly containers: Count;
	/** Users sign in with a custom UPN; null until the reader answers (never taken as No). */
	readonly customUpn: boolean | null;
	/** Connect Sync filters by group membership; null until the reader answers. */
	readonly groupFiltering: boolean | null;
}
