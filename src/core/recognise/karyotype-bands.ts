/**
 * Chromosome bands inside karyotype notation name no protein: in "inv(16)(p13.1q22)" or "t(1;2)(p13;q37)" the bands
 * p13 and p13.1 are places on chromosomes, although NCBI lists "p13" as an alias of EXOSC1.
 */
import { removeMentions } from './mention-range';
import type { Mention } from './types';

/** A rearrangement and its bands: t(8;21)(q22;q22.1), inv(16)(p13.1q22), del(5)(q13q33). Bounded, so linear. */
const KARYOTYPE_BANDS_RE = /\b(?:t|inv|del|dup|ins|der|i)\([0-9XY]{1,2}(?:;[0-9XY]{1,2}){0,3}\)\(([pq0-9.;]{2,40})\)/g;

/** Removes from `out` (from index `from` on) the mentions that lie inside the band group of karyotype notation in `source`. */
export function dropKaryotypeBands(source: string, start: number, end: number, out: Mention[], from: number): void {
  const text = source.slice(start, end);
  if (!text.includes(')(')) return;
  const groups: Array<[number, number]> = [];
  for (const m of text.matchAll(KARYOTYPE_BANDS_RE)) {
    const s = start + m.index + m[0].length - m[1]!.length - 1;
    groups.push([s, s + m[1]!.length]);
  }
  if (!groups.length) return;
  removeMentions(out, from, (m) => groups.some(([s, e]) => m.span.start >= s && m.span.end <= e));
}
