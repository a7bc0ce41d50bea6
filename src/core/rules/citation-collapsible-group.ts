import { formatNumericGroup, styleOf } from '../citations/format';
import type { Span } from '../types';
import type { Rule, RulePart } from './rule';

/**
 * `citation.collapsible-group` (hint): three or more consecutive numbers listed one by one (or a number next to a
 * range it continues), which Vancouver / AMA style joins as a range. Groups that are malformed are left to `citation.malformed-group`.
 *
 * @example
 * ```markdown
 * Resistance was confirmed in vivo (35, 36, 37).   <!-- → (35–37) -->
 * ```
 */
export const citationCollapsibleGroup: Rule = {
  id: 'citation.collapsible-group',
  defaultLevel: 'hint',
  summary: 'Three or more consecutive numbers could be written as a range.',
  check(ctx) {
    // Which groups collapse reads each citation's own text and the draft's range dash: found per part.
    for (const { span, newText } of ctx.perPart(COLLAPSIBLE, (part) => collapsibleIn(part, ctx.rangeDash), undefined, ctx.rangeDash)) {
      ctx.report({
        span,
        message: `Consecutive citations can be joined as a range: ${newText}.`,
        fix: { title: `Rewrite as ${newText}`, edits: [{ range: ctx.doc.lines.rangeOf(span), newText }] },
      });
    }
  },
};

const COLLAPSIBLE = {};

/** The part's numeric citations that could be written shorter, with the shorter text. */
function collapsibleIn(part: RulePart, dash: string): Array<{ span: Span; newText: string }> {
  const out: Array<{ span: Span; newText: string }> = [];
  for (const c of part.citations) {
    if (c.kind !== 'numeric') continue;
    if (c.parts.length < 2 || c.parts.some((p) => p.from === undefined || (p.to !== undefined && p.to < p.from))) continue;
    if (new Set(c.numbers).size !== c.numbers.length) continue;
    const newText = formatNumericGroup(c.numbers, styleOf(c, part.text, dash));
    if (countElements(newText) >= c.parts.length) continue;
    out.push({ span: c.span, newText });
  }
  return out;
}

function countElements(group: string): number {
  return group.split(/[,;]/).length;
}
