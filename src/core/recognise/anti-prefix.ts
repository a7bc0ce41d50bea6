/**
 * The `anti-` prefix of a target: in "anti-CD20 antibodies", "anti-TNF therapy" or "Anti-integrin agents" the drafts'
 * gold keeps the prefix in the mention's span (test/fixtures/blind4/README.md: `anti-CD20` → MS4A1, `anti-PD-L1` →
 * CD274), since the phrase names the target as a drug class's. Genes, families, complexes and isoforms take it;
 * drugs and miRNAs do not (an "anti-miR-21" oligonucleotide is no mention of the miRNA's span).
 */
import type { Mention } from './types';

const TAKES_PREFIX: ReadonlySet<string> = new Set(['gene', 'family', 'complex', 'isoform']);

/** True when `source` has "anti-" (any case of the a) right before `at`, itself not inside a word. */
function antiBefore(source: string, at: number): boolean {
  if (at < 5 || source.charCodeAt(at - 1) !== 45 /* - */) return false;
  const a = source.charCodeAt(at - 5) | 32;
  if (a !== 97 || source.slice(at - 4, at - 1) !== 'nti') return false;
  if (at === 5) return true;
  const b = source.charCodeAt(at - 6);
  // Not "semi-anti-", not a word that ends in "anti".
  return !((b >= 48 && b <= 57) || ((b | 32) >= 97 && (b | 32) <= 122) || b === 45 || b > 127);
}

/**
 * Widens the spans of `out[from…]` that follow "anti-" to take it in (every mention over one span alike); `min` is
 * where the scanned prose starts in `source` (a prefix is taken only from the same prose).
 */
export function takeAntiPrefix(source: string, out: Mention[], from: number, min: number): void {
  for (let k = from; k < out.length; k++) {
    const m = out[k]!;
    if (!m.entity || m.span.start - 5 < min || !TAKES_PREFIX.has(m.entity.type) || !antiBefore(source, m.span.start)) continue;
    const start = m.span.start - 5;
    m.span = { start, end: m.span.end };
    m.text = source.slice(start, m.span.end);
  }
}
