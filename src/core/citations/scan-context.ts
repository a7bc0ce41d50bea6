import type { CancellationToken, Span } from '../types';
import type { ParsedDocument } from '../parse/document';

/** What the citation scanners read: the text, its prose spans and the spans of its inline blocks. */
export interface ScanContext {
  text: string;
  /** Sorted, disjoint prose spans. */
  prose: readonly Span[];
  /** Spans of paragraphs, headings and table cells, sorted by start. */
  blocks: readonly Span[];
  token?: CancellationToken;
}

/** Builds the scan context of a parsed document. */
export function scanContextOf(doc: ParsedDocument, token?: CancellationToken): ScanContext {
  const blocks = doc.blocks.map((b) => b.span).sort((a, b) => a.start - b.start);
  return { text: doc.text, prose: doc.prose, blocks, token };
}

/** The span among sorted, disjoint `spans` that contains `offset`, if any. */
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

/** True when `[start, end)` lies inside a single prose span. */
export function withinOneProseSpan(ctx: ScanContext, start: number, end: number): boolean {
  const s = spanAt(ctx.prose, start);
  return s !== undefined && end <= s.end;
}

/** End of the inline block containing `offset`, or of its prose span when no block contains it. */
export function blockEndAt(ctx: ScanContext, offset: number): number {
  const block = spanAt(ctx.blocks, offset);
  if (block) return block.end;
  return spanAt(ctx.prose, offset)?.end ?? offset;
}
