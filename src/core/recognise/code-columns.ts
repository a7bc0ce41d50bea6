/**
 * Table columns whose cells hold codes that look like gene symbols and are none: a column headed "Inheritance" holds
 * modes (AD, AR, XL; AR is also the androgen receptor's symbol), a column headed "Locus" holds locus names (SPAX1,
 * SPG5A; NCBI lists many as aliases of the genes later found there). A locus name that is a gene's official symbol
 * (SPG7) names the gene and stays.
 */
import { INHERITANCE_CODES } from './inheritance-codes';
import { removeMentions } from './mention-range';
import type { CellPlace } from './table-columns';
import type { Mention } from './types';

/** What a column's cells hold. */
export type CodeColumn = 'inheritance' | 'locus';

const INHERITANCE_HEAD_RE = /\binheritance\b/i;
const LOCUS_HEAD_RE = /^\W*(?:locus|loci|locus name|locus symbol)\W*$/i;

/** The kind of code column a prose span at `place` (its table cell) is a body cell of, or undefined. */
export function codeColumnKind(place: CellPlace | undefined): CodeColumn | undefined {
  const head = place ? place.header[place.col] : undefined;
  if (head === undefined) return undefined;
  if (INHERITANCE_HEAD_RE.test(head)) return 'inheritance';
  return LOCUS_HEAD_RE.test(head) ? 'locus' : undefined;
}

/**
 * Removes from `out` (from index `from` on: one cell's mentions) the genes that a cell of a `kind` column names only
 * by its code: modes of inheritance, or aliases in a locus column.
 */
export function dropColumnCodes(out: Mention[], from: number, kind: CodeColumn): void {
  removeMentions(out, from, (m) => m.entity?.type === 'gene' && (kind === 'inheritance' ? INHERITANCE_CODES.has(m.text) : m.kind === 'alias'));
}
