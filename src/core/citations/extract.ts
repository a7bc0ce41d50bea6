import type { CancellationToken, Span } from '../types';
import type { ProseView } from '../parse/document';
import type { Citation, KeyCitation, NumericCitation } from './types';
import { findNumericCitations } from './numeric';
import { findKeyCitations } from './pandoc';
import { scanContextOf } from './scan-context';

/**
 * Finds the citations in a document's prose: numeric groups (`(16)`, `[1–3]`, `^12^`, `<sup>12</sup>`) and Pandoc
 * citations (`[@a; @b]`, `@a`), sorted by start. A numeric group inside a Pandoc citation (`@a [12]`) is dropped.
 * Throws `CancelledError` when the token is cancelled.
 */
export function extractCitations(doc: ProseView, token?: CancellationToken): Citation[] {
  const ctx = scanContextOf(doc, token);
  const keys = findKeyCitations(ctx);
  const numeric = dropOverlapping(findNumericCitations(ctx), keys);
  return [...keys, ...numeric].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
}

/** Numeric citations that overlap none of the (sorted, disjoint) key citations. */
function dropOverlapping(numeric: NumericCitation[], keys: readonly KeyCitation[]): NumericCitation[] {
  let k = 0;
  return numeric.filter((n) => {
    while (k < keys.length && keys[k]!.span.end <= n.span.start) k++;
    const key = keys[k];
    return !(key && overlaps(key.span, n.span));
  });
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}
