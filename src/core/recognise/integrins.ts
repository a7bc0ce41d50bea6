/**
 * Integrin heterodimers written as their two Greek subunits: "α4β7", "αvβ3", "αIIbβ3", "alpha4beta1", "&alpha;4&beta;1" (the
 * source text, so HTML entities too), only pairs that exist; and nicotinic receptors written so beside a nicotinic word
 * ("α4β2 nicotinic receptors": CHRNA4, CHRNB2). Each names two
 * genes, the α subunit ITGA… and the β subunit ITGB…, so the text gives one mention per subunit over its whole span,
 * as coordinated forms do.
 */
import type { Span } from '../types';

/** α, then the α subunit (a number, v, E, L, M, X, D or IIb), then β and its number; not inside a longer word. */
const HETERODIMER_AT = /(?<![\p{L}\p{N}])(?:α|&alpha;|alpha-?)(\d{1,2}|[vELMXD]|IIb)(?:β|&beta;|beta-?)([1-8])(?![\p{L}\p{N}])/uy;
/**
 * The very late antigens VLA-1 … VLA-6 are the β1 integrins α1β1 … α6β1 (VLA-4 = α4β1): the same two subunits.
 * Looked for only where "VLA" stands.
 */
const VLA_AT = /VLA-?([1-6])(?![\p{L}\p{N}])/uy;

/**
 * The leukocyte (β2) integrins by name, with their α subunits: LFA-1 = αLβ2, Mac-1 = complement receptor 3 (CR3) =
 * αMβ2, complement receptor 4 (CR4) = αXβ2.
 */
const LEUKOCYTE_INTEGRINS: ReadonlyArray<[string, string]> = [
  ['LFA-1', 'ITGAL'],
  ['Mac-1', 'ITGAM'],
  ['CR3', 'ITGAM'],
  ['complement receptor 3', 'ITGAM'],
  ['Complement receptor 3', 'ITGAM'],
  ['CR4', 'ITGAX'],
  ['complement receptor 4', 'ITGAX'],
  ['Complement receptor 4', 'ITGAX'],
];

/** What the long names of LEUKOCYTE_INTEGRINS share ("complement receptor 3", "Complement receptor 4"). */
const COMPLEMENT_RECEPTOR = 'omplement receptor';

/** The β subunits each α subunit pairs with in the integrin heterodimers that exist (α4β7, αvβ3; not α4β2). */
const INTEGRIN_BETAS: Readonly<Record<string, string>> = {
  '1': '1', '2': '1', '3': '1', '4': '17', '5': '1', '6': '14', '7': '1', '8': '1', '9': '1', '10': '1', '11': '1',
  V: '13568', IIB: '3', E: '7', L: '2', M: '2', X: '2', D: '2',
};
/** The nicotinic acetylcholine receptors written as subunit pairs (α4β2, α3β4, α6β2), with a nicotinic word beside them. */
const NICOTINIC_AFTER = /^[\s-]*(?:nicotinic|nAChRs?)\b/;
const NICOTINIC_BEFORE = /\bnicotinic[\s-]+(?:acetylcholine[\s-]+)?(?:receptors?[\s-]+)?(?:subunits?[\s-]+)?$/;

/** A heterodimer found in a text: its span and the official symbols of its two subunits. */
export interface IntegrinPair {
  span: Span;
  symbols: [alpha: string, beta: string];
  /** An integrin (ITGA…/ITGB…), or a nicotinic acetylcholine receptor (CHRNA…/CHRNB…). */
  receptor: 'integrin' | 'nicotinic';
}

/**
 * The integrin heterodimers in `text[start, end)`, with spans in `text`, in text order. `nicotinicDraft`: the draft
 * names the nicotinic receptor (and no other pentamer), so that a pair of a neuronal α and β2 or β4 that is no
 * integrin is a nicotinic receptor wherever it stands ("a partial agonist at α4β2 receptors").
 */
export function integrinPairs(text: string, start: number, end: number, nicotinicDraft = false): IntegrinPair[] {
  const slice = text.slice(start, end);
  const out: IntegrinPair[] = [];
  for (let at = slice.indexOf('VLA'); at >= 0; at = slice.indexOf('VLA', at + 3)) {
    if (at > 0 && /[\p{L}\p{N}]/u.test(slice[at - 1]!)) continue;
    VLA_AT.lastIndex = at;
    const m = VLA_AT.exec(slice);
    if (m) out.push({ span: { start: start + at, end: start + at + m[0].length }, symbols: [`ITGA${m[1]!}`, 'ITGB1'], receptor: 'integrin' });
  }
  // LFA-1 (αLβ2), Mac-1 or CR3 (αMβ2), CR4 (αXβ2): the leukocyte integrins by their names.
  // (The long names are looked for only where their common tail stands: one scan of the span instead of four.)
  const complement = slice.includes(COMPLEMENT_RECEPTOR);
  for (const [name, alpha] of LEUKOCYTE_INTEGRINS) {
    if (!complement && name.includes(COMPLEMENT_RECEPTOR)) continue;
    for (let at = slice.indexOf(name); at >= 0; at = slice.indexOf(name, at + name.length)) {
      const after = at + name.length;
      if ((at > 0 && /[\p{L}\p{N}-]/u.test(slice[at - 1]!)) || (after < slice.length && /[\p{L}\p{N}]/u.test(slice[after]!))) continue;
      out.push({ span: { start: start + at, end: start + after }, symbols: [alpha, 'ITGB2'], receptor: 'integrin' });
    }
  }
  // α…β heterodimers, only where a β is written ("beta" also finds "&beta;").
  if (slice.includes('β') || slice.includes('beta')) {
    let after = 0; // the end of the last heterodimer found
    for (const mark of alphaMarks(slice)) {
      if (mark < after) continue;
      HETERODIMER_AT.lastIndex = mark;
      const m = HETERODIMER_AT.exec(slice);
      if (!m) continue;
      const alpha = m[1]!.toUpperCase();
      const at = start + m.index;
      const end = m.index + m[0].length;
      if (INTEGRIN_BETAS[alpha]?.includes(m[2]!)) {
        out.push({ span: { start: at, end: start + end }, symbols: [`ITGA${alpha === 'IIB' ? '2B' : alpha}`, `ITGB${m[2]!}`], receptor: 'integrin' });
      } else if (/^\d+$/.test(alpha) && ((nicotinicDraft && (m[2] === '2' || m[2] === '4')) || NICOTINIC_AFTER.test(slice.slice(end, end + 30)) || NICOTINIC_BEFORE.test(slice.slice(Math.max(0, m.index - 50), m.index)))) {
        // "α4β2 nicotinic receptors": the CHRNA4 and CHRNB2 subunits, no integrin.
        out.push({ span: { start: at, end: start + end }, symbols: [`CHRNA${alpha}`, `CHRNB${m[2]!}`], receptor: 'nicotinic' });
      } else continue;
      after = end;
    }
  }
  if (out.length > 1) out.sort((a, b) => a.span.start - b.span.start);
  return out;
}

/**
 * Where a heterodimer (or a collagen chain, collagen-chains.ts) may start, in text order: each "α", "alpha" and
 * "&alpha;" (and the "alpha" inside it). The patterns are tried only there: a scan of the whole text with it, or with one pattern for the three marks,
 * is slow, since "a" is everywhere; `indexOf` is not.
 */
export function alphaMarks(slice: string): number[] {
  const marks: number[] = [];
  for (let at = slice.indexOf('α'); at >= 0; at = slice.indexOf('α', at + 1)) marks.push(at);
  const greek = marks.length;
  for (let at = slice.indexOf('alpha'); at >= 0; at = slice.indexOf('alpha', at + 5)) {
    if (at > 0 && slice.charCodeAt(at - 1) === 38 && slice.startsWith('&alpha;', at - 1)) marks.push(at - 1);
    marks.push(at);
  }
  if (greek && marks.length > greek) marks.sort((a, b) => a - b);
  return marks;
}

/**
 * The subunits a draft names inside its heterodimers, as it would write them alone: α4β7 gives α4 → ITGA4 and
 * β7 → ITGB7 (αv for ITGAV, αIIb for ITGA2B). `text` is decoded (α, not &alpha;).
 */
export function integrinSubunits(text: string): Array<[written: string, symbol: string]> {
  const out: Array<[string, string]> = [];
  for (const p of integrinPairs(text, 0, text.length)) {
    if (p.receptor !== 'integrin') continue;
    const a = p.symbols[0].slice(4);
    out.push([`α${a === '2B' ? 'IIb' : a === 'V' ? 'v' : a}`, p.symbols[0]], [`β${p.symbols[1].slice(4)}`, p.symbols[1]]);
  }
  return out;
}
