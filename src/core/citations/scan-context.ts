import type { CancellationToken, Span } from '../types';
import { spanAt, type ProseView } from '../parse/document';

export { spanAt };

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
export function scanContextOf(doc: ProseView, token?: CancellationToken): ScanContext {
  const blocks = doc.blocks.map((b) => b.span).sort((a, b) => a.start - b.start);
  return { text: doc.text, prose: doc.prose, blocks, token };
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
