/**
 * Integrin heterodimers written as their two Greek subunits: "α4β7", "αvβ3", "αIIbβ3", "alpha4beta1", "&alpha;4&beta;1" (the
 * source text, so HTML entities too). Each names two
 * genes, the α subunit ITGA… and the β subunit ITGB…, so the text gives one mention per subunit over its whole span,
 * as coordinated forms do.
 */
import type { Span } from '../types';

/** α, then the α subunit (a number, v, E, L, M, X, D or IIb), then β and its number; not inside a longer word. */
const HETERODIMER_AT = /(?<![\p{L}\p{N}])(?:α|&alpha;|alpha-?)(\d{1,2}|[vELMXD]|IIb)(?:β|&beta;|beta-?)([1-8])(?![\p{L}\p{N}])/uy;
/** Where a heterodimer may start: the heterodimer pattern is tried only there (a scan of the whole text with it is slow). */
const ALPHA_MARK = /α|&alpha;|alpha/g;

/**
 * The very late antigens VLA-1 … VLA-6 are the β1 integrins α1β1 … α6β1 (VLA-4 = α4β1): the same two subunits.
 * Looked for only where "VLA" stands.
 */
const VLA_AT = /VLA-?([1-6])(?![\p{L}\p{N}])/uy;

/** A heterodimer found in a text: its span and the official symbols of its two subunits. */
export interface IntegrinPair {
  span: Span;
  symbols: [alpha: string, beta: string];
}

/** The integrin heterodimers in `text[start, end)`, with spans in `text`, in text order. */
export function integrinPairs(text: string, start: number, end: number): IntegrinPair[] {
  const slice = text.slice(start, end);
  const out: IntegrinPair[] = [];
  for (let at = slice.indexOf('VLA'); at >= 0; at = slice.indexOf('VLA', at + 3)) {
    if (at > 0 && /[\p{L}\p{N}]/u.test(slice[at - 1]!)) continue;
    VLA_AT.lastIndex = at;
    const m = VLA_AT.exec(slice);
    if (m) out.push({ span: { start: start + at, end: start + at + m[0].length }, symbols: [`ITGA${m[1]!}`, 'ITGB1'] });
  }
  if (!slice.includes('β') && !slice.includes('beta')) return out; // (also finds "&beta;")
  const vla = out.length;
  ALPHA_MARK.lastIndex = 0;
  for (let mark = ALPHA_MARK.exec(slice); mark; mark = ALPHA_MARK.exec(slice)) {
    HETERODIMER_AT.lastIndex = mark.index;
    const m = HETERODIMER_AT.exec(slice);
    if (!m) {
      ALPHA_MARK.lastIndex = mark.index + 1; // "&alpha;" failed: "alpha" inside it may still start one
      continue;
    }
    const alpha = m[1]!.toUpperCase();
    const at = start + m.index;
    out.push({ span: { start: at, end: at + m[0].length }, symbols: [`ITGA${alpha === 'IIB' ? '2B' : alpha}`, `ITGB${m[2]!}`] });
    ALPHA_MARK.lastIndex = m.index + m[0].length;
  }
  if (vla && out.length > vla) out.sort((a, b) => a.span.start - b.span.start);
  return out;
}

/**
 * The subunits a draft names inside its heterodimers, as it would write them alone: α4β7 gives α4 → ITGA4 and
 * β7 → ITGB7 (αv for ITGAV, αIIb for ITGA2B). `text` is decoded (α, not &alpha;).
 */
export function integrinSubunits(text: string): Array<[written: string, symbol: string]> {
  const out: Array<[string, string]> = [];
  for (const p of integrinPairs(text, 0, text.length)) {
    const a = p.symbols[0].slice(4);
    out.push([`α${a === '2B' ? 'IIb' : a === 'V' ? 'v' : a}`, p.symbols[0]], [`β${p.symbols[1].slice(4)}`, p.symbols[1]]);
  }
  return out;
}
