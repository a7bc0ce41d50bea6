import type { Span } from '../types';

/** Sorts spans and merges those that touch or overlap. */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

/** The span among sorted, disjoint `spans` that contains `offset`, if any (binary search). */
export function spanAt(spans: readonly Span[], offset: number): Span | undefined {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

/** True when `offset` lies inside one of the sorted, disjoint `spans`. */
export function inSpans(spans: readonly Span[], offset: number): boolean {
  return spanAt(spans, offset) !== undefined;
}

/** Moves a span by `by` in place (for copies owned by one caller: see `placed` and the incremental analyser). */
export function moveSpan(s: Span, by: number): void {
  s.start += by;
  s.end += by;
}

/** Moves every span of `spans` by `by` in place. */
export function moveSpans(spans: readonly Span[], by: number): void {
  for (let i = 0; i < spans.length; i++) moveSpan(spans[i]!, by);
}
