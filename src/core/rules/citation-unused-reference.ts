import type { Finding, Rule, RuleContext } from './rule';

/**
 * `citation.unused-reference` (warning): a reference entry that nothing in the draft cites.
 * Reported on the entry itself (in the draft's References list or in the bibliography file).
 *
 * @example
 * ```markdown
 * ## References
 * 1. Example A. Cited study. J Example. 2020;1:1-2.
 * 2. Sample B. Never cited anywhere. J Example. 2021;2:3-4.   <!-- ← reported -->
 * ```
 */
export const citationUnusedReference: Rule = {
  id: 'citation.unused-reference',
  defaultLevel: 'warning',
  summary: 'A reference entry is never cited.',
  check(ctx) {
    // The findings read the cited ids and the entries (their ranges too, which `entriesKey` covers).
    for (const f of ctx.kept(UNUSED, [ctx.citedIdsKey, ctx.entriesKey, ctx.checkNumbers, ctx.checkKeys], () => unusedIn(ctx))) ctx.report(f);
  },
};

const UNUSED = {};

/** An entry never cited, as a finding on its label. */
function unusedIn(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  const cited = new Set<string>();
  const citedEntries = new Set<unknown>();
  for (const c of ctx.numericCitations) for (const n of c.numbers) cited.add(String(n));
  for (const c of ctx.keyCitations) for (const item of c.items) citedEntries.add(ctx.resolveKey(item));
  for (const entry of ctx.entries) {
    if (entry.number !== undefined ? cited.has(entry.id) : citedEntries.has(entry)) continue;
    if (entry.number !== undefined ? !ctx.checkNumbers : !ctx.checkKeys) continue;
    const label = entry.number !== undefined ? `Reference ${entry.number}` : `Reference '${entry.id}'`;
    out.push({ range: entry.labelRange, path: entry.path, message: `${label} is never cited.` });
  }
  return out;
}
