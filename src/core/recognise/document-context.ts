/**
 * Document-level disambiguation: an alias shared by several genes ("NET" is an alias of SLC6A2 and of ELK3) is
 * resolved to the one candidate that the same draft names unambiguously elsewhere ("the noradrenaline
 * transporter NET (SLC6A2)"). Curated names with a common other reading (ER, PR, MIB-1) are left to their
 * context rules, and miRNA loci to the miRNA grammar.
 */
import type { Mention } from './types';

/** Resolves ambiguous alias mentions in place; `mentions` are all mentions of one document. */
export function resolveByDocument(mentions: Mention[]): void {
  const named = new Set<string>();
  for (const m of mentions) if (m.status === 'resolved' && m.entity) named.add(m.entity.id);
  if (!named.size) return;
  for (const m of mentions) {
    if (m.status !== 'ambiguous' || !m.candidates || (m.kind !== 'alias' && m.kind !== 'normalised')) continue;
    if (m.entity?.type === 'mirna') continue;
    const hits = m.candidates.filter((c) => named.has(c.id));
    if (hits.length !== 1) continue;
    const { reason: _reason, ...entity } = hits[0]!;
    m.entity = entity;
    m.status = 'resolved';
    delete m.candidates;
  }
}
