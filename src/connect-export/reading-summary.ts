/**
 * What was read, as labelled lines in plain words: the one wording the page's summary and the
 * Markdown report both show. Each line says whether it was read, inferred (and from what) or not
 * determined.
 */
import { GUIDED_TOOL_LIMITS } from '../decision/migration';
import { formatLongDate } from '../data/time-bound';
import { filtersContainers } from './answers';
import { compareVersions, isVersion, type MinimumVersion } from './minimum-version';
import type { ExportReading, FeatureId, Finding } from './types';

/** One line of the summary: a label, its text, and sub-items (domains, rule names). */
export interface SummaryLine {
	readonly label: string;
	readonly text: string;
	readonly items?: readonly string[];
	/** True when the line asks for attention (a limit passed, a version too old, staging mode). */
	readonly warn?: boolean;
}

/** The features' names as the summary writes them. */
export const FEATURE_NAMES: Readonly<Record<FeatureId, string>> = {
	passwordHashSync: 'Password hash sync',
	passwordWriteback: 'Password writeback',
	exchangeHybrid: 'Exchange hybrid',
	deviceSync: 'Device sync',
	deviceWriteback: 'Device writeback',
	groupWriteback: 'Group writeback',
	userWriteback: 'User writeback',
	directoryExtensions: 'Directory extensions',
	groupFiltering: 'Group filtering',
};

/** "value (read from …)", "value (inferred from …)" or "not determined: why". */
export function findingText<T>(finding: Finding<T>, show: (value: T) => string = String): string {
	if (finding.state === 'not-determined') return `not determined: ${finding.why}`;
	return `${show(finding.value)} (${finding.state} from ${finding.from})`;
}

const onOff = (value: boolean) => (value ? 'on' : 'off');
const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

function versionLine(reading: ExportReading, minimum: MinimumVersion | undefined, today: string): SummaryLine {
	const { version } = reading;
	if (version.state === 'not-determined' || !minimum || !isVersion(version.value)) {
		return { label: 'Connect Sync version', text: findingText(version) };
	}
	const below = compareVersions(version.value, minimum.version) < 0;
	const when = formatLongDate(minimum.date);
	const verdict = !below
		? `at or above the minimum, ${minimum.version}`
		: today >= minimum.date
			? `below the minimum, ${minimum.version}: Microsoft's deadline for it passed on ${when}`
			: `below the minimum, ${minimum.version}: Microsoft's deadline for it is ${when}`;
	return { label: 'Connect Sync version', text: `${findingText(version)}; ${verdict}`, warn: below };
}

function forestLines(reading: ExportReading): SummaryLine[] {
	const { forests } = reading;
	if (forests.state === 'not-determined') return [{ label: 'Forests', text: findingText(forests) }];
	const limit = GUIDED_TOOL_LIMITS.containersPerDomain;
	return [
		{
			label: 'Forests',
			text: `${forests.value.length} (${forests.state} from ${forests.from})`,
			warn: forests.value.length !== 1,
		},
		...forests.value.map((forest): SummaryLine => {
			if (forest.domains.state === 'not-determined')
				return { label: `Forest ${forest.name}`, text: findingText(forest.domains) };
			const over = forest.domains.value.some((domain) => domain.included.length > limit);
			return {
				label: `Forest ${forest.name}`,
				text: plural(forest.domains.value.length, 'selected domain'),
				warn: over,
				items: forest.domains.value.map((domain) => {
					const count = Math.max(domain.included.length, 1);
					const scope = filtersContainers(domain)
						? `${plural(count, 'included container')}, ${plural(domain.excluded.length, 'excluded')}`
						: 'the whole domain';
					return `${domain.dn}: ${scope}${count > limit ? `, over the guided tool's limit of ${limit}` : ` (the guided tool allows ${limit})`}`;
				}),
			};
		}),
	];
}

function ruleLine(label: string, finding: ExportReading['customRules']): SummaryLine {
	if (finding.state === 'not-determined') return { label, text: findingText(finding) };
	return {
		label,
		text: finding.value.length === 0 ? 'none' : String(finding.value.length),
		items: finding.value.map((rule) => rule.name),
	};
}

/** The summary of `reading`, with its version set against `minimum` as of `today` (YYYY-MM-DD). */
export function summariseReading(
	reading: ExportReading,
	minimum: MinimumVersion | undefined,
	today: string,
): SummaryLine[] {
	const staging = reading.stagingMode;
	const lines: SummaryLine[] = [
		{ label: 'Server', text: findingText(reading.server) },
		versionLine(reading, minimum, today),
		{
			label: 'Staging mode',
			text:
				staging.state !== 'not-determined' && staging.value
					? `${findingText(staging, onOff)}. The guided migration tool runs only on the active server, not on one in staging mode; and a staging server's configuration may differ from the active one's, so read the active server's export`
					: findingText(staging, onOff),
			warn: staging.state !== 'not-determined' && staging.value,
		},
		...forestLines(reading),
		...reading.otherConnectors.map((connector) => ({
			label: 'Other connector',
			text: `${connector.name} (${connector.type})`,
		})),
		ruleLine('Custom rules', reading.customRules),
		ruleLine('Disabled Microsoft rules', reading.disabledMicrosoftRules),
		ruleLine('Coexistence rules', reading.coexistenceRules),
		...Object.entries(FEATURE_NAMES).map(([id, label]) => ({
			label,
			text: findingText(reading.features[id as FeatureId], onOff),
		})),
		{ label: 'UPN attribute', text: findingText(reading.upnAttribute) },
		{ label: 'Source anchor', text: findingText(reading.sourceAnchor) },
		{ label: 'Objects in scope', text: findingText(reading.origins.objects) },
	];
	return lines;
}
