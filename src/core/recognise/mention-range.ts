/** Where mentions of one prose span (in text order) lie around a stretch of its text, and removing some of them in place. */
import type { Span } from '../types';
import type { Mention } from './types';

/**
 * The mentions of `out` from index `from` on that overlap `span`, as the index range `[at, to)` (`at === to`, the
 * place to insert, when none does). `out` from `from` on is in text order and its mentions do not overlap each other.
 */
export function mentionsOverlapping(out: readonly Mention[], from: number, span: Span): { at: number; to: number } {
  // Binary search for the first mention ending after the span's start (a prose span may hold many thousands).
  let at = from;
  let hi = out.length;
  while (at < hi) {
    const mid = (at + hi) >> 1;
    if (out[mid]!.span.end <= span.start) at = mid + 1;
    else hi = mid;
  }
  let to = at;
  while (to < out.length && out[to]!.span.start < span.end) to++;
  return { at, to };
}

/**
 * Removes in place the mentions of `out` from index `from` on for which `drop(m, k)` is true (`k`: the mention's
 * index before any removal), keeping the others in order.
 */
export function removeMentions(out: Mention[], from: number, drop: (m: Mention, k: number) => boolean): void {
  let w = from;
  for (let k = from; k < out.length; k++) {
    const m = out[k]!;
    if (!drop(m, k)) out[w++] = m;
  }
  out.length = w;
}
