import type { Rule } from './rule';

/**
 * `citation.unresolved` (error): a cited number or key has no reference entry.
 *
 * Numbers are looked up in the draft's numbered References list; keys in the bibliography files
 * (front matter `bibliography:`, settings or `--bibliography`) and in any keyed entries. A draft with numbered
 * citations but no numbered list at all gets one `citation.no-reference-list` instead.
 *
 * @example
 * ```markdown
 * HER2 amplification predicts response (43).   <!-- the References list has 41 entries -->
 * ```
 * → `Citation 43 has no entry in References.`
 */
export const citationUnresolved: Rule = {
  id: 'citation.unresolved',
  defaultLevel: 'error',
  summary: 'A cited number or key has no reference entry.',
  check(ctx) {
    if (ctx.checkNumbers && ctx.entriesByNumber.size > 0) {
      const where = ctx.section ? `in ${ctx.section.title}` : 'in the reference list';
      for (const c of ctx.numericCitations) {
        if (c.numbers.every((n) => ctx.entriesByNumber.has(n))) continue;
        const missing = [...new Set(c.numbers)].filter((n) => !ctx.entriesByNumber.has(n));
        if (missing.length === 0) continue;
        const list = missing.length === 1 ? `Citation ${missing[0]} has` : `Citations ${missing.join(', ')} have`;
        ctx.report({ span: c.span, message: `${list} no entry ${where}.` });
      }
    }
    if (ctx.checkKeys) {
      for (const c of ctx.keyCitations) {
        for (const item of c.items) {
          if (ctx.resolveKey(item)) continue;
          ctx.report({ span: item.span, message: `Citation key '@${item.key}' has no entry in the bibliography.` });
        }
      }
    }
  },
};
