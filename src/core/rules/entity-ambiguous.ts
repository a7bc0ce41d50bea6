import type { Rule } from './rule';

/**
 * `entity.ambiguous` (info): a name that stands for more than one entity and that context did not settle. Lists the
 * candidates and why each is one; never fixed automatically (the editor offers one quick fix per candidate).
 *
 * @example
 * ```markdown
 * TAK1 was phosphorylated.   <!-- TAK1: MAP3K7 (alias) or NR2C2 (alias) -->
 * ```
 */
export const entityAmbiguous: Rule = {
  id: 'entity.ambiguous',
  defaultLevel: 'info',
  summary: 'An entity name is ambiguous; the candidates are listed.',
  check(ctx) {
    for (const m of ctx.mentions) {
      if (m.status !== 'ambiguous' || !m.candidates?.length) continue;
      const list = m.candidates.map((c) => `${c.symbol ?? c.name} (${c.id}${c.reason ? `, ${c.reason}` : ''})`).join('; ');
      ctx.report({ span: m.span, message: `'${m.text}' is ambiguous: ${list}.` });
    }
  },
};
