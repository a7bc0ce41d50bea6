import type { ProseView } from '../parse/document';
import type { RuleContext, RulePart } from './rule';
import type { Span } from '../types';

/** A match of a regular expression in prose, with its span in document offsets. */
export interface ProseMatch {
  match: RegExpMatchArray;
  span: Span;
}

/**
 * Every match of a global regular expression in the draft's prose (never in code, URLs or front matter), with the
 * match's span in document offsets. `mustHold`, when given, is a test every match's text passes (e.g. it holds `mi` or
 * `Mi`): prose spans that fail it are not searched at all, which spares most of them.
 *
 * @example for (const { match, span } of proseMatches(doc, /NCT[0-9]+/g, /NCT/)) …
 */
export function* proseMatches(doc: Pick<ProseView, 'text' | 'prose'>, re: RegExp, mustHold?: RegExp): Generator<ProseMatch> {
  for (const prose of doc.prose) {
    const slice = doc.text.slice(prose.start, prose.end);
    if (mustHold && !mustHold.test(slice)) continue;
    for (const match of slice.matchAll(re)) {
      const start = prose.start + match.index!;
      yield { match, span: { start, end: start + match[0].length } };
    }
  }
}

/** A finding in prose: its span, message and, when there is one, the text that should replace it. */
export interface TextFinding {
  span: Span;
  message: string;
  newText?: string;
}

/**
 * Reports the findings `findingsIn` gives for each part of the draft (cached per part under `key`), each with a
 * "Write …" fix when it has a replacement text.
 *
 * @example check(ctx) { reportTextFindings(ctx, FINDINGS, findingsIn); }
 */
export function reportTextFindings(ctx: RuleContext, key: object, findingsIn: (part: RulePart) => TextFinding[]): void {
  for (const { span, message, newText } of ctx.perPart(key, findingsIn)) {
    ctx.report({ span, message, fix: newText ? { title: `Write ${newText}`, edits: [{ range: ctx.doc.lines.rangeOf(span), newText }] } : undefined });
  }
}
