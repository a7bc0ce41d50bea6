/**
 * Words that mark a gene's reading of a name the draft also uses for a disease: "neurofibromatosis type 2 (NF2)" defines
 * NF2 as the disease, yet "NF2 encodes merlin", "one NF2 allele", "germline MEN1 mutations" and "NF2-related
 * schwannomatosis" name the gene.
 */
import { type Atoms } from './keys';

/** Words after the name, joined by a space: "NF2 gene", "MEN1 mutations", "NF2 encodes". */
const AFTER_SPACE: ReadonlySet<string> = new Set([
  'gene', 'genes', 'allele', 'alleles', 'encodes', 'encoding', 'mutation', 'mutations', 'variant', 'variants', 'locus',
  'transcript', 'transcripts', 'promoter', 'deletion', 'deletions', 'knockout', 'expression', 'protein', 'haploinsufficiency',
]);
/** Words after the name, joined by a hyphen: "NF2-related", "MEN1-mutant", "NF1-deficient". */
const AFTER_HYPHEN: ReadonlySet<string> = new Set(['related', 'mutant', 'mutated', 'deficient', 'null']);
/** Words before the name: "germline MEN1", "biallelic NF2". */
const BEFORE: ReadonlySet<string> = new Set(['germline', 'somatic', 'biallelic', 'monoallelic', 'heterozygous', 'homozygous', 'mosaic', 'pathogenic']);

function word(t: string, atoms: Atoms, k: number): string {
  return t.slice(atoms[2 * k]!, atoms[2 * k + 1]!).toLowerCase();
}

/**
 * True when the name on atoms `first`…`last` of `t` (`n` atoms) has a word of a gene's reading right after it (a space
 * or a hyphen between) or right before it (a space between); see AFTER_SPACE, AFTER_HYPHEN, BEFORE.
 */
export function geneReadingAround(t: string, atoms: Atoms, n: number, first: number, last: number): boolean {
  if (last + 1 < n) {
    const gap = t.slice(atoms[2 * last + 1]!, atoms[2 * last + 2]!);
    const next = word(t, atoms, last + 1);
    if (gap === ' ' ? AFTER_SPACE.has(next) : gap === '-' && AFTER_HYPHEN.has(next)) return true;
  }
  return first > 0 && t.slice(atoms[2 * first - 1]!, atoms[2 * first]!) === ' ' && BEFORE.has(word(t, atoms, first - 1));
}
