/**
 * Key normalisation shared by the ontology build and (later) the recogniser: two surface forms
 * that normalise to the same key are spellings of the same name (IL-6 = IL6, HIF-1α = HIF1A,
 * NF-κB = NF-kappaB = NFKB).
 */

const GREEK_LETTERS: Readonly<Record<string, string>> = {
  α: 'A', β: 'B', γ: 'G', δ: 'D', ε: 'E', ζ: 'Z', η: 'H', θ: 'Q', ι: 'I', κ: 'K', λ: 'L', μ: 'M', µ: 'M',
  ν: 'N', ξ: 'X', π: 'P', ρ: 'R', σ: 'S', ς: 'S', τ: 'T', υ: 'U', φ: 'F', χ: 'X', ψ: 'PS', ω: 'W',
  Α: 'A', Β: 'B', Γ: 'G', Δ: 'D', Ε: 'E', Ζ: 'Z', Η: 'H', Θ: 'Q', Ι: 'I', Κ: 'K', Λ: 'L', Μ: 'M',
  Ν: 'N', Ξ: 'X', Π: 'P', Ρ: 'R', Σ: 'S', Τ: 'T', Υ: 'U', Φ: 'F', Χ: 'X', Ψ: 'PS', Ω: 'W',
};
const GREEK_RE = /[\u0391-\u03a9\u03b1-\u03c9\u00b5]/g;
/** Spelled-out Greek letter names (matched anywhere in the upper-cased key, e.g. TNFALPHA → TNFA). */
const GREEK_NAMES_RE = /ALPHA|BETA|GAMMA|DELTA|KAPPA|EPSILON|LAMBDA|SIGMA|OMEGA|ZETA|THETA/g;
const GREEK_NAME_INITIAL: Readonly<Record<string, string>> = {
  ALPHA: 'A', BETA: 'B', GAMMA: 'G', DELTA: 'D', KAPPA: 'K', EPSILON: 'E', LAMBDA: 'L', SIGMA: 'S',
  OMEGA: 'W', ZETA: 'Z', THETA: 'Q',
};
const NON_ALNUM_RE = /[^\p{L}\p{N}]+/gu;

/**
 * Normalised lookup key of a surface form: NFKC, Greek letters and spelled Greek names to their
 * Latin initial, upper case, and every character that is not a letter or digit removed.
 * `normalizeKey('NF-κB') === normalizeKey('NF-kappaB') === 'NFKB'`.
 */
export function normalizeKey(surface: string): string {
  return surface
    .normalize('NFKC')
    .replace(GREEK_RE, (c) => GREEK_LETTERS[c] ?? c)
    .toUpperCase()
    .replace(NON_ALNUM_RE, '')
    .replace(GREEK_NAMES_RE, (m) => GREEK_NAME_INITIAL[m] ?? m);
}
