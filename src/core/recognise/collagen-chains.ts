/**
 * Collagen chains written by chain and type: "α1(I)", "α2(V)", "&alpha;1(III)" (the source text, so HTML entities
 * too). Each names the gene of that chain, COL{type}A{chain}: α1(I) is COL1A1, α2(V) COL5A2.
 */
import type { Span } from '../types';
import { alphaMarks } from './integrins';
import { romanValue } from './roman-numerals';

/** α (or &alpha;), the chain number, and the type as a Roman numeral in parentheses; not inside a longer word. */
const CHAIN_AT = /(?<![\p{L}\p{N}])(?:α|&alpha;)([1-6])\(([IVX]{1,6})\)(?![\p{L}\p{N}])/uy;
/** The value of a Roman numeral of I, V and X (up to 39), or 0 when it is not written in the usual way. */
function romanNumber(r: string): number {
  const total = romanValue(r);
  return total > 0 && total < 40 ? total : 0;
}

/** A collagen chain found in a text: its span and the official symbol of its gene. */
export interface CollagenChain {
  span: Span;
  symbols: [gene: string];
}

/** The collagen chains in `text[start, end)`, with spans in `text`, in text order. */
export function collagenChains(text: string, start: number, end: number): CollagenChain[] {
  const slice = text.slice(start, end);
  if (!slice.includes('(')) return [];
  const out: CollagenChain[] = [];
  // (The marks of integrins.ts: "alpha" spelled out is tried too, and fails the pattern.)
  for (const mark of alphaMarks(slice)) {
    CHAIN_AT.lastIndex = mark;
    const m = CHAIN_AT.exec(slice);
    const type = m ? romanNumber(m[2]!) : 0;
    if (!m || !type) continue;
    // "α3(IV) collagen": the class word after the chain is part of its name.
    const after = mark + m[0].length;
    const end = slice.startsWith(' collagen', after) && !/[\p{L}\p{N}]/u.test(slice[after + 9] ?? '') ? after + 9 : after;
    out.push({ span: { start: start + mark, end: start + end }, symbols: [`COL${type}A${m[1]!}`] });
  }
  return out;
}
