import type { Rule, RuleContext } from './rule';

/**
 * `citation.out-of-order` (warning): numeric (Vancouver) style numbers references by order of first mention,
 * so reference n must not be first cited before every lower-numbered reference has been cited.
 * Numbers first cited together in one group count as cited at the same time. Numbers never cited are left to
 * `citation.unused-reference`, numbers without an entry to `citation.unresolved`.
 *
 * @example
 * ```markdown
 * First (1). Then a jump (3). Only now (2).   <!-- (3) is reported: reference 3 is first cited before reference 2 -->
 * ```
 */
export const citationOutOfOrder: Rule = {
  id: 'citation.out-of-order',
  defaultLevel: 'warning',
  summary: 'Numeric style: a reference is first cited before a lower-numbered one.',
  check(ctx) {
    if (!ctx.checkNumbers) return;
    // What is out of order reads the cited numbers and which numbers have entries; positions are read at report.
    for (const { at, offender, pending, firstAt } of ctx.kept(OFFENDERS, [ctx.citedIdsKey, ctx.entriesKey], () => offendersIn(ctx))) {
      const c = ctx.numericCitations[at]!;
      const later = ctx.numericCitations[firstAt]!;
      const line = ctx.doc.lines.positionAt(later.span.start).line + 1;
      ctx.report({
        span: c.span,
        message: `Reference ${offender} is first cited before reference ${pending} (first cited on line ${line}); number references by order of first mention.`,
        related: [{ range: ctx.doc.lines.rangeOf(later.span), message: `First citation of reference ${pending}` }],
      });
    }
  },
};

const OFFENDERS = {};

/** The citation at index `at` first cites `offender` before `pending`, first cited at index `firstAt`. */
interface Offence {
  at: number;
  offender: number;
  pending: number;
  firstAt: number;
}

function offendersIn(ctx: RuleContext): Offence[] {
  const out: Offence[] = [];
  const counts = (n: number) => ctx.entriesByNumber.size === 0 || ctx.entriesByNumber.has(n);
  const citations = ctx.numericCitations;
  const first = new Map<number, number>(); // number → index of its first citation
  citations.forEach((c, i) => {
    for (const n of c.numbers) if (counts(n) && !first.has(n)) first.set(n, i);
  });
  const cited = [...first.keys()].sort((a, b) => a - b);
  const seen = new Set<number>();
  let next = 0; // index into `cited` of the lowest number not yet seen
  for (let at = 0; at < citations.length; at++) {
    const c = citations[at]!;
    // Most citations name one number, seen before: no list is made for them.
    const numbers = c.numbers;
    if (numbers.length === 1 && (seen.has(numbers[0]!) || !counts(numbers[0]!))) continue;
    const fresh = (numbers.length === 1 ? numbers : [...new Set(numbers)]).filter((n) => counts(n) && !seen.has(n)).sort((a, b) => a - b);
    if (fresh.length === 0) continue;
    for (const n of fresh) seen.add(n);
    while (next < cited.length && seen.has(cited[next]!)) next++;
    if (next >= cited.length) continue;
    const pending = cited[next]!;
    const offender = fresh.find((n) => n > pending);
    if (offender === undefined) continue;
    out.push({ at, offender, pending, firstAt: first.get(pending)! });
  }
  return out;
}
