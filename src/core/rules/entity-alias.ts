import type { Rule } from './rule';

/**
 * `entity.alias` (hint, off by default): a gene named by an alias where the house style wants the official symbol.
 * The fix replaces the alias with the symbol. Ambiguous mentions are left to `entity.ambiguous`.
 *
 * @example
 * ```markdown
 * HER3 dimerises with HER2.   <!-- with the rule on: HER3 → ERBB3, HER2 → ERBB2 -->
 * ```
 */
export const entityAlias: Rule = {
  id: 'entity.alias',
  defaultLevel: 'off',
  summary: 'A gene is named by an alias instead of its official symbol.',
  check(ctx) {
    for (const m of ctx.mentions) {
      const e = m.entity;
      if (m.status !== 'resolved' || !e?.symbol || e.type !== 'gene' || m.kind === 'symbol') continue;
      if (m.text === e.symbol) continue;
      const range = ctx.doc.lines.rangeOf(m.span);
      ctx.report({
        span: m.span,
        message: `'${m.text}' is an alias of ${e.symbol} (${e.name}); the official symbol is ${e.symbol}.`,
        fix: { title: `Replace with ${e.symbol}`, edits: [{ range, newText: e.symbol }] },
      });
    }
  },
};
