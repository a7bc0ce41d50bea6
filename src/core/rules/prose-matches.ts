import type { ParsedDocument } from '../parse/document';
import type { Span } from '../types';

/**
 * Every match of a global regular expression in the draft's prose (never in code, URLs or front matter), with the
 * match's span in document offsets.
 *
 * @example for (const { match, span } of proseMatches(doc, /NCT[0-9]+/g)) …
 */
export function* proseMatches(doc: ParsedDocument, re: RegExp): Generator<{ match: RegExpMatchArray; span: Span }> {
  for (const prose of doc.prose) {
    for (const match of doc.text.slice(prose.start, prose.end).matchAll(re)) {
      const start = prose.start + match.index!;
      yield { match, span: { start, end: start + match[0].length } };
    }
  }
}
