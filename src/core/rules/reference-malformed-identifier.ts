import { isValidDoi, isValidPmcid, isValidPmid } from '../bibliography/identifiers';
import type { BibEntry } from '../bibliography/types';
import type { Finding, Rule } from './rule';

/**
 * `reference.malformed-identifier` (warning): a DOI, PMID or PMCID that fails its pattern (Manubot's):
 * DOI `10.NNNN/suffix` (4–9 digit registrant), PMID 1–8 digits without a leading zero, PMCID `PMC` + digits.
 *
 * @example
 * ```markdown
 * 7. Example A. A study. J Ex. 2020. PMID: 12a4567   <!-- ← reported: PMID '12a4567' is not 1–8 digits -->
 * ```
 */
export const referenceMalformedIdentifier: Rule = {
  id: 'reference.malformed-identifier',
  defaultLevel: 'warning',
  summary: 'A DOI, PMID or PMCID does not match its pattern.',
  check(ctx) {
    // The findings read nothing but the entries (their ranges too, which `entriesKey` covers).
    for (const f of ctx.kept(MALFORMED_IDS, ctx.entriesKey, () => malformedIdentifiersIn(ctx.entries))) ctx.report(f);
  },
};

const MALFORMED_IDS = {};

/** The malformed DOIs, PMIDs and PMCIDs of `entries`, as findings on the identifier (or the entry's label). */
function malformedIdentifiersIn(entries: readonly BibEntry[]): Finding[] {
  const out: Finding[] = [];
  const checks = [
    ['doi', 'DOI', isValidDoi, "a DOI is '10.' + a 4–9 digit registrant + '/' + a suffix"],
    ['pmid', 'PMID', isValidPmid, 'a PMID is 1–8 digits with no leading zero'],
    ['pmcid', 'PMCID', isValidPmcid, "a PMCID is 'PMC' followed by digits"],
  ] as const;
  for (const entry of entries) {
    for (const [field, name, valid, rule] of checks) {
      const value = entry.rawIdentifiers?.[field] ?? entry[field];
      if (value === undefined || valid(value)) continue;
      const label = entry.number !== undefined ? `Reference ${entry.number}` : `Reference '${entry.id}'`;
      out.push({
        range: entry.identifierRanges?.[field] ?? entry.labelRange,
        path: entry.path,
        message: `${label}: ${name} '${value}' is malformed; ${rule}.`,
      });
    }
  }
  return out;
}
