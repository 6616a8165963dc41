/**
 * Astro integration: when a build finishes, says how fresh its facts are for the day it was built,
 * with the same flags as `npm run facts` (not checked for 12 months; a time-bound statement whose
 * date has passed since its last check). A warning only: a fact's age never fails the build.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildDay } from '../../data/build-date';
import { FACT_FILES, SOURCES_FILE } from '../../data/fact-files';
import { flagFacts, formatFlags, statementName } from '../../data/fact-freshness';
import { collectFacts, sourceTitles } from '../../data/fact-inventory';
import { formatLongDate } from '../../data/time-bound';

/** Reads a JSON file of the project; undefined when unreadable (the content loader reports that). */
async function readJson(root: URL, file: string): Promise<unknown> {
	try {
		return JSON.parse(await readFile(fileURLToPath(new URL(file, root)), 'utf8'));
	} catch {
		return undefined;
	}
}

/** The integration; it reads the data files, so it needs no page to have been built. */
export function factFreshness(): AstroIntegration {
	let root: URL | undefined;
	return {
		name: 'fact-freshness',
		hooks: {
			'astro:config:done': ({ config }) => {
				root = config.root;
			},
			'astro:build:done': async ({ logger }) => {
				if (!root) return;
				const projectRoot = root;
				const today = buildDay();
				const files = await Promise.all(
					FACT_FILES.map(async (file) => ({ file, json: await readJson(projectRoot, file.file) })),
				);
				const inventory = collectFacts(files);
				const register = await readJson(projectRoot, SOURCES_FILE);
				const titles = sourceTitles(register);
				const flags = flagFacts(inventory, today);
				const lines = formatFlags(flags, titles, today);
				const passed = inventory.timeBound.filter((fact) => fact.statement.date <= today);
				logger.info(
					`${inventory.entries.length} facts and ${inventory.timeBound.length} time-bound statements, worded for ${formatLongDate(today)}; \`npm run facts\` lists them by their last check.`,
				);
				if (passed.length > 0) {
					const list = passed.map((fact) => `  ${statementName(fact)}: ${formatLongDate(fact.statement.date)}`);
					logger.info(
						`Deadlines already passed on that day (these pages show the "after" wording):\n${list.join('\n')}`,
					);
				}
				if (lines.length > 0) {
					logger.warn(
						`${flags.stale.length + flags.passed.length + flags.future.length} fact(s) need a look before this copy is trusted:\n${lines.join('\n')}`,
					);
				}
			},
		},
	};
}
