/**
 * Words that mark a gene's reading of a name the draft also uses for a disease: "neurofibromatosis type 2 (NF2)" defines
 * NF2 as the disease, yet "NF2 encodes merlin", "one NF2 allele", "germline MEN1 mutations" and "NF2-related
 * schwannomatosis" name the gene.
 */
import { type Atoms, atomText, hyphenJoined } from './keys';

/** Words after the name, joined by a space: "NF2 gene", "MEN1 mutations", "NF2 encodes". */
const AFTER_SPACE: ReadonlySet<string> = new Set([
  'gene', 'genes', 'allele', 'alleles', 'encodes', 'encoding', 'mutation', 'mutations', 'variant', 'variants', 'locus',
  'transcript', 'transcripts', 'promoter', 'deletion', 'deletions', 'knockout', 'expression', 'protein', 'haploinsufficiency',
]);
/** Words after the name, joined by a hyphen: "NF2-related", "MEN1-mutant", "NF1-deficient". */
const AFTER_HYPHEN: ReadonlySet<string> = new Set(['related', 'mutant', 'mutated', 'deficient', 'null']);
/** Words before the name: "germline MEN1", "biallelic NF2". */
const BEFORE: ReadonlySet<string> = new Set(['germline', 'somatic', 'biallelic', 'monoallelic', 'heterozygous', 'homozygous', 'mosaic', 'pathogenic']);

/** True when atom k and atom k+1 are joined by one space and nothing else. */
function spaceJoined(t: string, atoms: Atoms, k: number): boolean {
  const e = atoms[2 * k + 1]!;
  return atoms[2 * k + 2] === e + 1 && t.charCodeAt(e) === 32;
}

/**
 * True when the name on atoms `first`…`last` of `t` (`n` atoms) has a word of a gene's reading right after it (a space
 * or a hyphen between) or right before it (a space between); see AFTER_SPACE, AFTER_HYPHEN, BEFORE.
 */
export function geneReadingAround(t: string, atoms: Atoms, n: number, first: number, last: number): boolean {
  if (last + 1 < n) {
    const next = atomText(t, atoms, last + 1).toLowerCase();
    if (spaceJoined(t, atoms, last) ? AFTER_SPACE.has(next) : hyphenJoined(t, atoms, last) && AFTER_HYPHEN.has(next)) return true;
  }
  return first > 0 && spaceJoined(t, atoms, first - 1) && BEFORE.has(atomText(t, atoms, first - 1).toLowerCase());
}
