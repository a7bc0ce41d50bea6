import { formatNumericGroup, styleOf } from '../citations/format';
import type { Span } from '../types';
import type { Rule, RulePart } from './rule';

/** Numbers named more than once, in order of their second naming. */
function repeatedNumbers(numbers: readonly number[]): number[] {
  if (numbers.length < 2) return [];
  const seen = new Set<number>();
  const repeated = new Set<number>();
  for (const n of numbers) (seen.has(n) ? repeated : seen).add(n);
  return [...repeated];
}

/**
 * `citation.malformed-group` (warning): a numeric group with a descending range `(41–38)`, a number named twice
 * `(12, 12)` or `(3, 2–4)`, or an empty element `(3,,4)`. The fix rewrites the group sorted and compacted.
 *
 * @example
 * ```markdown
 * Several trials reported this (22–20).   <!-- → (20–22) -->
 * ```
 */
export const citationMalformedGroup: Rule = {
  id: 'citation.malformed-group',
  defaultLevel: 'warning',
  summary: 'A numeric group has a descending range, a repeated number or an empty element.',
  check(ctx) {
    // What is malformed reads each citation's own text and the draft's range dash: found per part.
    for (const { span, message, newText } of ctx.perPart(MALFORMED, (part) => malformedIn(part, ctx.rangeDash), undefined, ctx.rangeDash)) {
      ctx.report({
        span,
        message,
        fix: newText !== undefined ? { title: `Rewrite as ${newText}`, edits: [{ range: ctx.doc.lines.rangeOf(span), newText }] } : undefined,
      });
    }
  },
};

const MALFORMED = {};

/** The part's malformed numeric citations, with the message and the rewritten group (when one can be written). */
function malformedIn(part: RulePart, dash: string): Array<{ span: Span; message: string; newText?: string }> {
  const out: Array<{ span: Span; message: string; newText?: string }> = [];
  for (const c of part.citations) {
    if (c.kind !== 'numeric') continue;
    const problems: string[] = [];
    for (const p of c.parts) {
      if (p.from === undefined) problems.push('an empty element');
      else if (p.to !== undefined && p.to < p.from) problems.push(`a descending range '${p.text}'`);
    }
    const repeated = repeatedNumbers(c.numbers);
    if (repeated.length) problems.push(`${repeated.join(', ')} named more than once`);
    if (problems.length === 0) continue;
    const good = c.numbers.length > 0;
    const newText = good ? formatNumericGroup(c.numbers, styleOf(c, part.text, dash)) : '';
    out.push({ span: c.span, message: `Citation group has ${problems.join(' and ')}${good ? `; write ${newText}` : ''}.`, ...(good ? { newText } : {}) });
  }
  return out;
}
