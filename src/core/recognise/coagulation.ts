/**
 * Coagulation factors named by Roman numeral: "factor VIII", "Factor IXa", "factors II, VII, IX and X". The
 * numeral names the gene (the gene data names F10 "coagulation factor X"); a trailing "a" names the activated
 * protease, an isoform of that gene. A plural "factors" with a list of numerals is a coordinated form: one mention
 * per factor over the whole span. Looked for only where "actor" stands (an indexOf jump, no scan of every position).
 */
import type { Span } from '../types';

/** One factor of a coagulation-factor mention: its numeral (upper case) and whether the activated form is named. */
export interface FactorItem {
  numeral: string;
  activated: boolean;
}

/** A coagulation-factor mention: its span in the text and the factors it names (several for a plural list). */
export interface FactorMention {
  span: Span;
  items: FactorItem[];
}

/** Roman numerals of the clotting factors (I and IV, fibrinogen and calcium, and VI, never used, are left out). */
const NUMERALS: ReadonlySet<string> = new Set(['II', 'III', 'V', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII']);

const isLetterOrDigit = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** A numeral of I, V and X at `at`, with an optional activation "a", ending at a non-letter; or undefined. */
function numeralAt(s: string, at: number): { item: FactorItem; end: number } | undefined {
  let k = at;
  while (k < s.length && (s[k] === 'I' || s[k] === 'V' || s[k] === 'X')) k++;
  const numeral = s.slice(at, k);
  if (!NUMERALS.has(numeral)) return undefined;
  let activated = false;
  if (s[k] === 'a') {
    activated = true;
    k++;
  }
  if (isLetterOrDigit(s[k])) return undefined;
  return { item: { numeral, activated }, end: k };
}

/** After a numeral of a plural list: ", ", " and ", ", and ", " or ", "/" and the next numeral's offset, or -1. */
function listSeparator(s: string, at: number): number {
  const m = /^(?:,? (?:and|or) |, |\/)/.exec(s.slice(at, at + 6));
  return m ? at + m[0].length : -1;
}

/** The coagulation factors named by Roman numeral in `text[start, end)`, with spans in `text`, in text order. */
export function coagulationFactors(text: string, start: number, end: number): FactorMention[] {
  const out: FactorMention[] = [];
  // The search runs over the range only: `text.indexOf(…, start)` would read on to the next "actor" past `end`, for
  // every range of a long draft (quadratic on 10 MB).
  const range = text.slice(start, end);
  let from = 0; // where the next search in `range` starts
  for (let found = range.indexOf('actor'); found >= 0; found = range.indexOf('actor', from)) {
    from = found + 5;
    const at = start + found;
    const f = at - 1;
    if (f < start || (text[f] !== 'f' && text[f] !== 'F') || (f > start && isLetterOrDigit(text[f - 1]))) continue;
    let k = at + 5;
    const plural = text[k] === 's';
    if (plural) k++;
    if (text[k] !== ' ' || k + 1 >= end) continue;
    const first = numeralAt(text, k + 1);
    if (!first || first.end > end) continue;
    const items = [first.item];
    let stop = first.end;
    if (plural) {
      for (;;) {
        const next = listSeparator(text, stop);
        const more = next >= 0 ? numeralAt(text, next) : undefined;
        if (!more || more.end > end) break;
        items.push(more.item);
        stop = more.end;
      }
      // "factors V" alone, or a list that names one factor: no plural list, left to other rules.
      if (items.length < 2) continue;
    }
    out.push({ span: { start: f, end: stop }, items });
    from = stop - start;
  }
  return out;
}
