/**
 * Subunits of AMP-activated protein kinase written by their Greek letter alone. A draft about AMPK writes
 * "PRKAG2 encodes γ2", "the β1 subunit", "α2-containing complexes": where a paragraph names AMPK, α1–α2, β1–β2
 * and γ1–γ3 are PRKAA1–2, PRKAB1–2 and PRKAG1–3 for the draft. The same codes name other subunits (GABA-A
 * receptors, the sodium pump); a draft that names those too links neither (the caller merges the links, and a
 * conflict links nothing).
 */

/** AMPK named: AMPK, AMP-activated protein kinase (AMP-activated kinase). */
const AMPK_RE = /\bAMPK|\bAMP-activated (?:protein )?kinase/;

const SUBUNITS: ReadonlyArray<[written: string, symbol: string]> = [
  ['α1', 'PRKAA1'],
  ['α2', 'PRKAA2'],
  ['β1', 'PRKAB1'],
  ['β2', 'PRKAB2'],
  ['γ1', 'PRKAG1'],
  ['γ2', 'PRKAG2'],
  ['γ3', 'PRKAG3'],
];

/** The AMPK subunit codes of a paragraph `text` (decoded prose) that names AMPK, with their genes' symbols. */
export function ampkSubunits(text: string): ReadonlyArray<[written: string, symbol: string]> {
  return text.includes('AMP') && AMPK_RE.test(text) ? SUBUNITS : [];
}
