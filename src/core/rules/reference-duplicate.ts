import type { BibEntry } from '../bibliography/types';
import { normaliseDoi } from '../bibliography/identifiers';
import { memoizeString } from '../memo';
import type { Finding, Rule } from './rule';

/**
 * `reference.duplicate` (warning): two entries for the same work — the same DOI (case-insensitive), PMID or
 * PMCID, or the same normalised title, year and first author. Reported on the later entry, pointing at the first.
 *
 * @example
 * ```markdown
 * 3. Example A. A study. J Ex. 2020. doi:10.5555/abc
 * 9. Example A. A study. J Ex. 2020. doi:10.5555/ABC   <!-- ← reported: same DOI as reference 3 -->
 * ```
 */
export const referenceDuplicate: Rule = {
  id: 'reference.duplicate',
  defaultLevel: 'warning',
  summary: 'Two reference entries have the same DOI, PMID, PMCID, or title, year and first author.',
  check(ctx) {
    for (const f of ctx.kept(FINDINGS, ctx.entriesKey, () => findingsIn(ctx.entries))) ctx.report(f);
  },
};

const FINDINGS = {};

/** The duplicates among `entries` (they read nothing but the entries, not their spans). */
function findingsIn(entries: readonly BibEntry[]): Finding[] {
  const out: Finding[] = [];
  const firstBy = new Map<string, BibEntry>();
  for (const entry of entries) {
    for (const [key, what] of signatures(entry)) {
      const first = firstBy.get(key);
      if (!first) {
        firstBy.set(key, entry);
        continue;
      }
      if (first === entry) continue;
      out.push({
        range: entry.labelRange,
        path: entry.path,
        message: `${describe(entry)} duplicates ${describe(first)} (same ${what}).`,
        related: [{ path: first.path, range: first.labelRange, message: `${describe(first)}` }],
      });
      break;
    }
  }
  return out;
}

/** The keys that identify an entry's work: DOI, PMID, PMCID, and title + year + first author (once per set of values). */
function signatures(entry: BibEntry): ReadonlyArray<readonly [string, string]> {
  const author = entry.authors[0];
  return signaturesOf(`${entry.doi ?? ''}\u0001${entry.pmid ?? ''}\u0001${entry.pmcid ?? ''}\u0001${entry.title ?? ''}\u0001${entry.year ?? ''}\u0001${author ?? ''}`);
}

const signaturesOf = memoizeString((values: string): ReadonlyArray<readonly [string, string]> => {
  const [doi, pmid, pmcid, title, year, author] = values.split('\u0001') as [string, string, string, string, string, string];
  const out: Array<readonly [string, string]> = [];
  if (doi) out.push([`doi:${normaliseDoi(doi)}`, 'DOI']);
  if (pmid) out.push([`pmid:${pmid}`, 'PMID']);
  if (pmcid) out.push([`pmcid:${pmcid.toUpperCase()}`, 'PMCID']);
  const t = title ? normaliseTitle(title) : '';
  const a = author ? normaliseTitle(author).split(' ')[0] : '';
  if (t.length >= 10 && year && a) out.push([`tya:${t}|${year}|${a}`, 'title, year and first author']);
  return out;
});

/** Lower case, accents dropped, runs of other characters as one space (memoized: the same titles come back each analysis). */
const normaliseTitle = memoizeString((s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim(),
);

function describe(entry: BibEntry): string {
  return entry.number !== undefined ? `Reference ${entry.number}` : `Reference '${entry.id}'`;
}
