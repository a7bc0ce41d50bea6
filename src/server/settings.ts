/** The `evidenceLens.*` settings the server reads, with defaults, and their validation (bad values are dropped and reported). */
import type { CitationStyle } from '../core/analysis';
import type { EvidenceScope } from '../core/evidence/link';
import { ALL_RULE_IDS } from '../core/rules/registry';
import { RULE_LEVELS, type RuleLevel } from '../core/types';

/** The settings section. */
export const SETTINGS_SECTION = 'evidenceLens';

/** Validated settings. */
export interface Settings {
  /** `evidenceLens.rules`: level per rule id (default `{}`: every rule at its default level). */
  rules: Record<string, RuleLevel>;
  /** `evidenceLens.citationStyle`: `auto` (default), `numeric` or `pandoc`. */
  citationStyle: CitationStyle;
  /** `evidenceLens.bibliography`: files used for every draft, relative to the workspace folder (default `[]`). */
  bibliography: string[];
  /** `evidenceLens.maxFileSizeMB`: largest draft or bibliography analysed, in MB (default 5). */
  maxFileSizeMB: number;
  /** `evidenceLens.ontology`: extra user ontology files, relative to the workspace folder (default `[]`). */
  ontology: string[];
  /** `evidenceLens.evidenceScope`: which citations support a mention, `sentence` (default) or `paragraph`. */
  evidenceScope: EvidenceScope;
}

/** The defaults used when a setting is absent or invalid. */
export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({ rules: {}, citationStyle: 'auto', bibliography: [], maxFileSizeMB: 5, ontology: [], evidenceScope: 'sentence' });

/** Validates a raw `evidenceLens` settings object; each invalid value falls back to its default and is described in `problems`. */
export function readSettings(raw: unknown): { settings: Settings; problems: string[] } {
  const problems: string[] = [];
  const settings: Settings = { rules: {}, citationStyle: 'auto', bibliography: [], maxFileSizeMB: 5, ontology: [], evidenceScope: 'sentence' };
  if (raw === null || raw === undefined) return { settings, problems };
  if (typeof raw !== 'object') return { settings, problems: [`${SETTINGS_SECTION} must be an object`] };
  const r = raw as Record<string, unknown>;
  if (r.rules !== undefined) {
    if (typeof r.rules === 'object' && r.rules !== null && !Array.isArray(r.rules)) {
      for (const [id, level] of Object.entries(r.rules)) {
        if (!ALL_RULE_IDS.includes(id)) problems.push(`${SETTINGS_SECTION}.rules: unknown rule id '${id}'`);
        else if (!RULE_LEVELS.includes(level as RuleLevel)) problems.push(`${SETTINGS_SECTION}.rules.${id}: level must be one of ${RULE_LEVELS.join(', ')}`);
        else settings.rules[id] = level as RuleLevel;
      }
    } else problems.push(`${SETTINGS_SECTION}.rules must be an object of rule id → level`);
  }
  if (r.citationStyle !== undefined) {
    if (r.citationStyle === 'auto' || r.citationStyle === 'numeric' || r.citationStyle === 'pandoc') settings.citationStyle = r.citationStyle;
    else problems.push(`${SETTINGS_SECTION}.citationStyle must be auto, numeric or pandoc`);
  }
  if (r.bibliography !== undefined) {
    const list = typeof r.bibliography === 'string' ? [r.bibliography] : r.bibliography;
    if (Array.isArray(list) && list.every((p) => typeof p === 'string')) settings.bibliography = (list as string[]).map((p) => p.trim()).filter(Boolean);
    else problems.push(`${SETTINGS_SECTION}.bibliography must be a list of paths`);
  }
  if (r.maxFileSizeMB !== undefined) {
    if (typeof r.maxFileSizeMB === 'number' && Number.isFinite(r.maxFileSizeMB) && r.maxFileSizeMB > 0) settings.maxFileSizeMB = r.maxFileSizeMB;
    else problems.push(`${SETTINGS_SECTION}.maxFileSizeMB must be a positive number`);
  }
  if (r.ontology !== undefined) {
    const list = typeof r.ontology === 'string' ? [r.ontology] : r.ontology;
    if (Array.isArray(list) && list.every((p) => typeof p === 'string')) settings.ontology = (list as string[]).map((p) => p.trim()).filter(Boolean);
    else problems.push(`${SETTINGS_SECTION}.ontology must be a list of paths`);
  }
  if (r.evidenceScope !== undefined) {
    if (r.evidenceScope === 'sentence' || r.evidenceScope === 'paragraph') settings.evidenceScope = r.evidenceScope;
    else problems.push(`${SETTINGS_SECTION}.evidenceScope must be sentence or paragraph`);
  }
  return { settings, problems };
}

/** The size limit in bytes. */
export function maxBytesOf(settings: Settings): number {
  return Math.round(settings.maxFileSizeMB * 1024 * 1024);
}
