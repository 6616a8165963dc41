/** Microsoft's general advice, cited when no single need decides: content/data/guidance.json, read without zod. */
import { guidanceJson } from './data-files';
import type { Guidance } from '../data/schemas/guidance';
import type { Reason } from './recommendation';

// Validated by the content collection and tests/unit/decision/data-integrity.test.ts.
const GUIDANCE = guidanceJson as readonly Guidance[];

/** The guidance entry with this id as a reason; the schema's id enum makes a missing one fail the build. */
function guidanceReason(id: Guidance['id']): Readonly<Reason> {
	const entry = GUIDANCE.find((candidate) => candidate.id === id);
	if (!entry) throw new Error(`content/data/guidance.json has no entry "${id}"`);
	const { label, tool, text, source, asOf } = entry;
	return { kind: 'guidance', need: null, label, tool, text, source, asOf, anchor: null };
}

/** Microsoft's default when no need forces a tool. */
export const DEFAULT_REASON = guidanceReason('cloud-sync-by-default');

/** How the two tools share one tenant, for a "both" result. */
export const SIDE_BY_SIDE_REASON = guidanceReason('side-by-side');
