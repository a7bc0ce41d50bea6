import type { Rule } from './rule';
import { citationUnresolved } from './citation-unresolved';
import { citationUnusedReference } from './citation-unused-reference';
import { citationOutOfOrder } from './citation-out-of-order';
import { citationMalformedGroup } from './citation-malformed-group';
import { citationCollapsibleGroup } from './citation-collapsible-group';
import { citationNoReferenceList } from './citation-no-reference-list';
import { referenceDuplicate } from './reference-duplicate';
import { referenceMissingIdentifier } from './reference-missing-identifier';
import { referenceMalformedIdentifier } from './reference-malformed-identifier';
import { entityAmbiguous } from './entity-ambiguous';
import { entityAlias } from './entity-alias';
import { entityMirnaNomenclature } from './entity-mirna-nomenclature';
import { entityUnknown } from './entity-unknown';
import { drugCodeWithoutInn } from './drug-code-without-inn';
import { trialMalformedId } from './trial-malformed-id';
import { evidenceUncited } from './evidence-uncited';
import { evidenceUnsupported } from './evidence-unsupported';
import type { RuleLevel } from '../types';

/** Every diagnostic rule, in the order they are documented. */
export const RULES: readonly Rule[] = [
  citationUnresolved,
  citationUnusedReference,
  citationOutOfOrder,
  citationMalformedGroup,
  citationCollapsibleGroup,
  citationNoReferenceList,
  referenceDuplicate,
  referenceMissingIdentifier,
  referenceMalformedIdentifier,
  entityAmbiguous,
  entityAlias,
  entityMirnaNomenclature,
  entityUnknown,
  drugCodeWithoutInn,
  trialMalformedId,
  evidenceUncited,
  evidenceUnsupported,
];

/**
 * Ids of diagnostics that come from reading inputs rather than from a rule module; their level can be set like a rule's.
 * `bibliography.invalid`: a bibliography file or the front matter cannot be parsed (error).
 * `bibliography.missing`: a bibliography file named by the draft, settings or CLI cannot be read (error).
 * `frontmatter.invalid`: the draft's YAML front matter does not parse (warning).
 * `document.limit`: part of the draft is nested too deep or holds too many emphasis delimiters to parse as Markdown in
 * linear time; it was checked as plain text (info).
 */
export const INPUT_CHECKS: ReadonlyArray<{ id: string; defaultLevel: RuleLevel; summary: string }> = [
  { id: 'bibliography.invalid', defaultLevel: 'error', summary: 'A bibliography file or the front matter cannot be parsed.' },
  { id: 'bibliography.missing', defaultLevel: 'error', summary: 'A bibliography file cannot be found or read.' },
  { id: 'frontmatter.invalid', defaultLevel: 'warning', summary: 'The YAML front matter cannot be parsed.' },
  { id: 'document.limit', defaultLevel: 'info', summary: 'Part of the draft exceeds a parse limit (nesting, emphasis delimiters) and was checked as plain text.' },
];

/** Every id a level can be configured for. */
export const ALL_RULE_IDS: readonly string[] = [...RULES.map((r) => r.id), ...INPUT_CHECKS.map((c) => c.id)];

const DEFAULT_LEVELS = new Map<string, RuleLevel>([...INPUT_CHECKS, ...RULES].map((r) => [r.id, r.defaultLevel]));

/** The default level of a rule or input check id (undefined for unknown ids). */
export function defaultLevelOf(id: string): RuleLevel | undefined {
  return DEFAULT_LEVELS.get(id);
}
