/**
 * A disease named by its gene and the disease's abbreviation: "STAT3-HIES" (the hyper-IgE syndrome of STAT3),
 * "DOCK8-HIES". NCBI lists such abbreviations as aliases of the gene, so the part after the hyphen would name the same
 * gene a second time; the writer names the gene once, by the symbol before the hyphen.
 */
import { removeMentions } from './mention-range';
import type { Mention } from './types';

/**
 * Removes from `out` (from index `from` on) each alias mention that follows, after one hyphen, a mention of the same
 * gene: the HIES of "STAT3-HIES". @example "STAT3-HIES" → STAT3 only
 */
export function dropAliasEchoes(source: string, out: Mention[], from: number): void {
  if (out.length - from < 2) return;
  removeMentions(out, from, (m, k) => {
    if (k === from || m.kind !== 'alias' || m.entity?.type !== 'gene') return false;
    const before = out[k - 1]!;
    return before.entity?.id === m.entity.id && before.span.end + 1 === m.span.start && source.charCodeAt(before.span.end) === 45;
  });
}
