/**
 * The contract of the Connect Sync export reader: the files it takes, and the reading it returns,
 * every value marked as read from a file, inferred (and from what), or not determined.
 */
import type { NeedId } from '../data/ids';
import type { ReadinessAnswers } from '../decision/readiness-answers';

/** A file as given: its name (for messages only, never to recognise it) and its bytes. */
export interface ExportFile {
	readonly name: string;
	readonly bytes: Uint8Array;
}

/** A value read from a file, inferred from something else in the files, or not determined. */
export type Finding<T> =
	| { readonly state: 'read'; readonly value: T; readonly from: string }
	| { readonly state: 'inferred'; readonly value: T; readonly from: string }
	| { readonly state: 'not-determined'; readonly why: string };

/** What each file was taken for. */
export type FileKind = 'connector' | 'global-settings' | 'sync-rule' | 'settings-json' | 'migrated-policy';

/** A message about one file: `error` means nothing was taken from it. */
export interface FileMessage {
	readonly file: string;
	readonly level: 'error' | 'note';
	readonly text: string;
}

/** One selected domain of a forest and its container (OU) filter. */
export interface DomainScope {
	/** The domain's distinguished name. */
	readonly dn: string;
	/** Included containers, as written; the domain's own DN when nothing is filtered. */
	readonly included: readonly string[];
	/** Excluded containers, as written. */
	readonly excluded: readonly string[];
}

/** An Active Directory forest Connect Sync connects to. */
export interface ForestReading {
	/** The forest's name (its DNS name). */
	readonly name: string;
	/** The connector's name. */
	readonly connector: string;
	/** The selected domains; not determined when the file lists none. */
	readonly domains: Finding<readonly DomainScope[]>;
	/** The file it came from. */
	readonly file: string;
}

/** A synchronization rule, by name. */
export interface RuleName {
	readonly name: string;
	readonly file: string;
}

/** The optional features the reader looks for. */
export const FEATURE_IDS = [
	'passwordHashSync',
	'passwordWriteback',
	'exchangeHybrid',
	'deviceSync',
	'deviceWriteback',
	'groupWriteback',
	'userWriteback',
	'directoryExtensions',
	'groupFiltering',
] as const;

/** An optional feature's id. */
export type FeatureId = (typeof FEATURE_IDS)[number];

/** The readiness answers with where each came from. Objects in scope are never in an export. */
export interface AnswerOrigins {
	readonly needs: Readonly<Partial<Record<NeedId, Finding<boolean>>>>;
	readonly forests: Finding<number>;
	readonly objects: Finding<number>;
	readonly containers: Finding<number>;
	readonly customUpn: Finding<boolean>;
	readonly groupFiltering: Finding<boolean>;
}

/** Everything read from a set of files. */
export interface ExportReading {
	/** Which export was read: the server-configuration folder, the settings JSON, or none. */
	readonly format: 'server-configuration' | 'settings-json' | 'none';
	/** The files used, each with what it was taken for. */
	readonly files: ReadonlyArray<{ readonly name: string; readonly kind: FileKind }>;
	/** Messages about single files, or about the set (then `file` names the files concerned). */
	readonly messages: readonly FileMessage[];
	/** The sync server's name. */
	readonly server: Finding<string>;
	/** The Connect Sync version. */
	readonly version: Finding<string>;
	/** The Active Directory forests, one per AD connector. */
	readonly forests: Finding<readonly ForestReading[]>;
	/** Connectors to other directories (not Active Directory, not Microsoft Entra ID), by name and type. */
	readonly otherConnectors: ReadonlyArray<{ readonly name: string; readonly type: string; readonly file: string }>;
	/** Custom rules (no Microsoft immutable tag) other than the coexistence rules. */
	readonly customRules: Finding<readonly RuleName[]>;
	/** Microsoft's rules that are disabled: a cloned, edited rule leaves one. */
	readonly disabledMicrosoftRules: Finding<readonly RuleName[]>;
	/** The documented coexistence rules for a Cloud Sync pilot (cloudNoFlow / JoinNoFlow). */
	readonly coexistenceRules: Finding<readonly RuleName[]>;
	/** The optional features, each on or off. */
	readonly features: Readonly<Record<FeatureId, Finding<boolean>>>;
	/** The attribute users' UPN comes from. */
	readonly upnAttribute: Finding<string>;
	/** The source anchor attribute. */
	readonly sourceAnchor: Finding<string>;
	/** Whether the server is in staging mode. */
	readonly stagingMode: Finding<boolean>;
	/** The readiness check's answers, in the shape the check takes. */
	readonly answers: ReadinessAnswers;
	/** Where each answer came from. */
	readonly origins: AnswerOrigins;
}
