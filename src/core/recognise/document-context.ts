/**
 * Document-level disambiguation: an alias shared by several genes ("NET" is an alias of SLC6A2 and of ELK3) is
 * resolved to the one candidate that the same draft names unambiguously elsewhere ("the noradrenaline
 * transporter NET (SLC6A2)"). Curated names with a common other reading (ER, PR, MIB-1) are left to their
 * context rules, and miRNA loci to the miRNA grammar.
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

/** The entities that mentions name unambiguously (resolved mentions). */
export function namedIds(mentions: readonly Mention[]): Set<string> {
  const named = new Set<string>();
  for (const m of mentions) if (m.status === 'resolved' && m.entity) named.add(m.entity.id);
  return named;
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
  if (hits !== 1) return undefined;
  const { reason: _reason, ...entity } = hit!;
  const out: Mention = { ...m, entity, status: 'resolved' };
  delete out.candidates;
  return out;
}
