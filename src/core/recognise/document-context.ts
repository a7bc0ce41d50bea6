/**
 * Document-level disambiguation: an alias shared by several genes ("NET" is an alias of SLC6A2 and of ELK3) is
 * resolved to the one candidate that the same draft names unambiguously elsewhere ("the noradrenaline
 * transporter NET (SLC6A2)"). Curated names with a common other reading (ER, PR, MIB-1) are left to their
 * context rules, and miRNA loci to the miRNA grammar. When the draft names no candidate itself, a candidate of a
 * numbered gene series that the draft names another member of wins ("OAT1", an alias of KCNK3 and of SLC22A6, beside
 * OAT3 = SLC22A8 and URAT1 = SLC22A12 is SLC22A6).
 */
import type { Mention } from './types';

/** Resolves ambiguous alias mentions in place; `mentions` are all mentions of one document. */
export function resolveByDocument(mentions: Mention[]): void {
  const named = namedIds(mentions);
  if (!named.size) return;
  const has = (id: string) => named.has(id);
  for (let i = 0; i < mentions.length; i++) {
    const r = resolvedByNames(mentions[i]!, has);
    if (r) mentions[i] = r;
  }
}

/**
 * The entities that mentions name unambiguously (resolved mentions), and the gene series they belong to as
 * `series:<stem>` (`seriesKey`).
 */
export function namedIds(mentions: readonly Mention[]): Set<string> {
  const named = new Set<string>();
  for (const m of mentions) {
    if (m.status !== 'resolved' || !m.entity) continue;
    named.add(m.entity.id);
    const series = m.entity.type === 'gene' ? seriesKey(m.entity.symbol) : undefined;
    if (series) named.add(series);
  }
  return named;
}

/**
 * `series:<stem>` for a gene symbol numbered within a series (SLC22A8 → series:SLC22A, KCNK3 → series:KCNK): the
 * symbol without its final number, when three or more characters are left; else undefined.
 */
export function seriesKey(symbol: string | undefined): string | undefined {
  if (!symbol) return undefined;
  let end = symbol.length;
  while (end > 0 && symbol.charCodeAt(end - 1) >= 48 && symbol.charCodeAt(end - 1) <= 57) end--;
  return end < symbol.length && end >= 3 ? `series:${symbol.slice(0, end)}` : undefined;
}

/**
 * The mention resolved to the one of its candidates that the document names unambiguously (`named`), as a copy;
 * undefined when it stays as it is. Only ambiguous alias or normalised mentions, not miRNA loci, are resolved.
 */
export function resolvedByNames(m: Mention, named: (id: string) => boolean): Mention | undefined {
  if (m.status !== 'ambiguous' || !m.candidates || (m.kind !== 'alias' && m.kind !== 'normalised')) return undefined;
  if (m.entity?.type === 'mirna') return undefined;
  let hit: (typeof m.candidates)[number] | undefined;
  let hits = 0;
  for (const c of m.candidates) {
    if (named(c.id)) {
      hit = c;
      hits++;
    }
  }
  if (hits === 0) {
    // No candidate named: one of a gene series the draft names another member of.
    for (const c of m.candidates) {
      const series = c.type === 'gene' ? seriesKey(c.symbol) : undefined;
      if (series && named(series)) {
        hit = c;
        hits++;
      }
    }
  }
  if (hits !== 1) return undefined;
  const { reason: _reason, ...entity } = hit!;
  const out: Mention = { ...m, entity, status: 'resolved' };
  delete out.candidates;
  return out;
}
