/**
 * GABA-A receptor subunits written by their Greek letter alone. A draft about GABA-A receptors writes "the δ subunit",
 * "receptors containing α4 or α6", "the α1 subunit": once the draft names the GABA-A receptor (GABA-A, GABAA,
 * GABA<sub>A</sub>, "γ-aminobutyric acid type A"), each subunit code means its gene for the whole draft (α1 → GABRA1,
 * δ → GABRD). Codes come from the gene data's numbering: α1–α6, β1–β3, γ1–γ3, ρ1–ρ3, and δ, ε, θ, π, which have one
 * gene each. A bare α, β or γ names no one subunit and is not linked.
 *
 * The same for the nicotinic acetylcholine receptor, in a draft that names it and no other pentamer: "the α7 subunit"
 * → CHRNA7, "α3 and β4" → CHRNA3, CHRNB4 (integrins.ts then reads its α…β2 and α…β4 pairs as nicotinic receptors).
 */

/** The receptor named: GABA-A, GABAA, GABA A, GABA(A), GABA<sub>A</sub>, γ-aminobutyric acid type A. */
const GABA_A_RE = /\bGABA(?:[-‐– ]?A(?![A-Za-z0-9])|\(A\)|<sub>A<\/sub>)|(?:γ|gamma)-aminobutyric acid (?:type )?A(?![A-Za-z0-9])/;

/** Subunit codes as written (decoded Greek letters) and the symbol of their gene. */
const SUBUNITS: ReadonlyArray<[written: string, symbol: string]> = [
  ...[1, 2, 3, 4, 5, 6].map((k): [string, string] => [`α${k}`, `GABRA${k}`]),
  ...[1, 2, 3].map((k): [string, string] => [`β${k}`, `GABRB${k}`]),
  ...[1, 2, 3].map((k): [string, string] => [`γ${k}`, `GABRG${k}`]),
  ...[1, 2, 3].map((k): [string, string] => [`ρ${k}`, `GABRR${k}`]),
  ['δ', 'GABRD'],
  ['ε', 'GABRE'],
  ['θ', 'GABRQ'],
  ['π', 'GABRP'],
];

/**
 * Other pentameric receptors whose subunits have the same codes: the nicotinic acetylcholine receptor ("a pentamer of
 * two α1 subunits (CHRNA1)") and the glycine receptor. A draft that names one of them beside the GABA-A receptor, or
 * names a muscle AChR or the glycine receptor, leaves the codes unlinked.
 */
const OTHER_PENTAMER_RE = /nicotinic|\bn?AChRs?\b|acetylcholine receptor|glycine receptor|\bGlyRs?\b/;

/**
 * The nicotinic acetylcholine receptor named as such ("nicotinic receptors", "neuronal nicotinic acetylcholine
 * receptor", nAChR); not "nicotinic acid" or a muscle "AChR" alone.
 */
const NICOTINIC_RECEPTOR_RE = /\bnicotinic[\s-]+(?:acetylcholine[\s-]+)?receptors?\b|\bnAChRs?\b/;
/** The glycine receptor, whose subunits share the codes α1–α4 and β. */
const GLYCINE_RECEPTOR_RE = /glycine receptor|\bGlyRs?\b/;
/**
 * Nicotinic subunit codes as written and their genes: α1–α10 (CHRNA1…CHRNA10), β1–β4 (CHRNB1…CHRNB4); γ, δ and ε, the
 * muscle receptor's, with no gene (the caller records a conflict, as for another pentamer's codes).
 */
const NICOTINIC_CODES: ReadonlyArray<[written: string, symbol: string]> = [
  ...Array.from({ length: 10 }, (_, k): [string, string] => [`α${k + 1}`, `CHRNA${k + 1}`]),
  ...[1, 2, 3, 4].map((k): [string, string] => [`β${k}`, `CHRNB${k}`]),
  ['γ', ''],
  ['δ', ''],
  ['ε', ''],
];
/** The same codes with no gene: where another pentamer shares them, the caller records a conflict. */
const OTHER_CODES: ReadonlyArray<[written: string, symbol: string]> = NICOTINIC_CODES.map(([written]): [string, string] => [written, '']);

/** The pentameric receptors a span names (see `pentamersNamed`). */
export type PentamersNamed = 'gaba' | 'gaba+other' | 'nicotinic' | 'other' | undefined;

/**
 * The subunit codes for what `pentamersNamed` found in a span, with their genes' symbols: the GABA-A receptor's where
 * the span names it, the nicotinic receptor's where it names that receptor and neither the GABA-A nor the glycine
 * receptor ("the α7 subunit" → CHRNA7), none where it names no pentamer. A code with an empty symbol belongs to another
 * receptor the text names (see `OTHER_PENTAMER_RE`): the caller records it as a conflict, so that the draft links it
 * to no gene.
 */
export function pentamerSubunits(named: PentamersNamed): ReadonlyArray<[written: string, symbol: string]> {
  if (named === 'gaba') return SUBUNITS;
  if (named === 'gaba+other') return [...SUBUNITS, ...OTHER_CODES];
  return named === 'nicotinic' ? NICOTINIC_CODES : named === 'other' ? OTHER_CODES : [];
}

/** The key under which a draft's links record that it names the nicotinic receptor and no other pentamer ('yes'). */
export const NICOTINIC_DRAFT_KEY = '~nicotinic';

/**
 * Which pentameric receptors `text` (decoded prose) names: the GABA-A receptor (with or without another), the
 * nicotinic receptor alone, another (the glycine receptor, a muscle AChR, both nicotinic and glycine), or none.
 */
export function pentamersNamed(text: string): PentamersNamed {
  const gaba = (text.includes('GABA') || text.includes('aminobutyric')) && GABA_A_RE.test(text);
  // (Tested only where a cheap look finds one of the words: every span of a draft passes here.)
  const other = (text.includes('holine') || text.includes('AChR') || text.includes('icotinic') || text.includes('lycine') || text.includes('GlyR')) && OTHER_PENTAMER_RE.test(text);
  if (gaba) return other ? 'gaba+other' : 'gaba';
  if (!other) return undefined;
  return NICOTINIC_RECEPTOR_RE.test(text) && !GLYCINE_RECEPTOR_RE.test(text) ? 'nicotinic' : 'other';
}
