/** Parses the readiness check's attributes: the kit's shared ones, under its tag. */
import { headingLevelAttribute, linksBaseAttribute, sourceTitlesAttribute, warnOnce } from '../kit/attributes';

const TAG = 'migration-readiness';

/** Warns once, as `[migration-readiness] message`. */
export const warn = (message: string): void => warnOnce(TAG, message);

/** `heading-level`: the level of the result's heading, 1–6 (default 3). */
export const parseHeadingLevel = (value: string | null): number => headingLevelAttribute(TAG, value, 3);

/** `links-base`: the address or root path of the site's folder (see siteFolder); default "/". */
export const parseLinksBase = (value: string | null): string => linksBaseAttribute(TAG, value, '/');

/** `data-source-titles`: JSON, cited address → page title. */
export const parseSourceTitles = (value: string | undefined): Map<string, string> => sourceTitlesAttribute(TAG, value);
