import { formatNumericGroup, styleOf } from '../citations/format';
import type { NumericCitation } from '../citations/types';
import type { Rule, RuleContext } from './rule';

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
    // Which groups collapse reads each citation's own text and the draft's range dash; positions are read at report.
    for (const { c, newText } of ctx.kept(COLLAPSIBLE, [ctx.citationsKey, ctx.rangeDash], () => collapsibleIn(ctx))) {
      ctx.report({
        span: c.span,
        message: `Consecutive citations can be joined as a range: ${newText}.`,
        fix: { title: `Rewrite as ${newText}`, edits: [{ range: ctx.doc.lines.rangeOf(c.span), newText }] },
      });
    }
  },
};

const COLLAPSIBLE = {};

/** The numeric citations that could be written shorter, with the shorter text. */
function collapsibleIn(ctx: RuleContext): Array<{ c: NumericCitation; newText: string }> {
  const out: Array<{ c: NumericCitation; newText: string }> = [];
  for (const c of ctx.numericCitations) {
    if (c.parts.length < 2 || c.parts.some((p) => p.from === undefined || (p.to !== undefined && p.to < p.from))) continue;
    if (new Set(c.numbers).size !== c.numbers.length) continue;
    const newText = formatNumericGroup(c.numbers, styleOf(c, ctx.doc.text, ctx.rangeDash));
    if (countElements(newText) >= c.parts.length) continue;
    out.push({ c, newText });
  }
  return out;
}

function countElements(group: string): number {
  return group.split(/[,;]/).length;
}
