import type { Rule } from './rule';

/**
 * `reference.missing-identifier` (info): an entry with no DOI, PMID or PMCID, so it cannot be checked against a
 * registry. Entries whose identifier is present but malformed are left to `reference.malformed-identifier`.
 *
 * @example
 * ```markdown
 * 4. Example A. A conference abstract without identifiers. Proc Example. 2019.   <!-- ← reported -->
 * ```
 */
export const referenceMissingIdentifier: Rule = {
  id: 'reference.missing-identifier',
  defaultLevel: 'info',
  summary: 'A reference entry has no DOI, PMID or PMCID.',
  check(ctx) {
    for (const entry of ctx.entries) {
      if (entry.doi || entry.pmid || entry.pmcid) continue;
      const raw = entry.rawIdentifiers;
      if (raw && (raw.doi || raw.pmid || raw.pmcid)) continue;
      const label = entry.number !== undefined ? `Reference ${entry.number}` : `Reference '${entry.id}'`;
      ctx.report({ range: entry.labelRange, path: entry.path, message: `${label} has no DOI, PMID or PMCID.` });
    }
  },
};
