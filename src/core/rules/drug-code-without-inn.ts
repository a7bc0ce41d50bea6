import type { Rule } from './rule';

const squash = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/**
 * `drug.code-without-inn` (info): a drug first named by its development code (DS-8201a, SYD985) before its
 * International Nonproprietary Name appears. Reported once per drug, at the first use; the fix inserts the INN with
 * the code in parentheses. A code followed at once by its INN in parentheses, `SYD985 (trastuzumab duocarmazine)`, is fine.
 *
 * @example
 * ```markdown
 * DS-8201a was active in T-DM1-resistant models.   <!-- → trastuzumab deruxtecan (DS-8201a) -->
 * ```
 */
export const drugCodeWithoutInn: Rule = {
  id: 'drug.code-without-inn',
  defaultLevel: 'info',
  summary: 'A drug is named by its development code before its INN appears.',
  check(ctx) {
    const firstSeen = new Set<string>();
    for (const m of ctx.mentions) {
      const e = m.entity;
      if (m.status !== 'resolved' || e?.type !== 'drug' || firstSeen.has(e.id)) continue;
      firstSeen.add(e.id);
      const details = ctx.describe(e.id);
      const inn = details?.inn ?? e.name;
      if (!details?.codes?.some((code) => squash(code) === squash(m.text))) continue;
      // "SYD985 (trastuzumab duocarmazine)": the INN given right after the code counts as given at first use.
      const after = ctx.doc.text.slice(m.span.end, m.span.end + inn.length + 8).toLowerCase();
      if (after.includes(inn.toLowerCase())) continue;
      const newText = `${inn} (${m.text})`;
      ctx.report({
        span: m.span,
        message: `${m.text} is a development code; give the INN at first use: ${inn}.`,
        fix: { title: `Write ${newText}`, edits: [{ range: ctx.doc.lines.rangeOf(m.span), newText }] },
      });
    }
  },
};
