/**
 * GABA-A receptor subunits written by their Greek letter alone. A draft about GABA-A receptors writes "the δ subunit",
 * "receptors containing α4 or α6", "the α1 subunit": once the draft names the GABA-A receptor (GABA-A, GABAA,
 * GABA<sub>A</sub>, "γ-aminobutyric acid type A"), each subunit code means its gene for the whole draft (α1 → GABRA1,
 * δ → GABRD). Codes come from the gene data's numbering: α1–α6, β1–β3, γ1–γ3, ρ1–ρ3, and δ, ε, θ, π, which have one
 * gene each. A bare α, β or γ names no one subunit and is not linked.
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
 * two α1 subunits (CHRNA1)") and the glycine receptor. A draft that names one of them as well leaves the codes unlinked.
 */
const OTHER_PENTAMER_RE = /nicotinic|\bn?AChRs?\b|acetylcholine receptor|glycine receptor|\bGlyRs?\b/;
const OTHER_CODES: ReadonlyArray<[written: string, symbol: string]> = [
  ...Array.from({ length: 10 }, (_, k): [string, string] => [`α${k + 1}`, '']),
  ...[1, 2, 3, 4].map((k): [string, string] => [`β${k}`, '']),
  ['γ', ''],
  ['δ', ''],
  ['ε', ''],
];

/**
 * The GABA-A subunit codes of a draft that names the GABA-A receptor in `text` (decoded prose), with their genes'
 * symbols; none when it does not. A code with an empty symbol belongs to another receptor the text names (see
 * `OTHER_PENTAMER_RE`): the caller records it as a conflict, so that the draft links it to no gene.
 */
export function gabaSubunits(text: string): ReadonlyArray<[written: string, symbol: string]> {
  const gaba = (text.includes('GABA') || text.includes('aminobutyric')) && GABA_A_RE.test(text);
  // (Tested only where a cheap look finds one of the words: every span of a draft passes here.)
  const other = (text.includes('holine') || text.includes('AChR') || text.includes('icotinic') || text.includes('lycine') || text.includes('GlyR')) && OTHER_PENTAMER_RE.test(text);
  return gaba ? (other ? [...SUBUNITS, ...OTHER_CODES] : SUBUNITS) : other ? OTHER_CODES : [];
}
