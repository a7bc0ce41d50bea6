/**
 * Drug tables: a review lists drugs one per row with their brands and development codes in columns of their own
 * ("| empagliflozin | Jardiance | BI 10773 | SGLT2 |"). A body cell in a column headed by brands or codes gives other
 * names of the drug its row names in the first cell; each item of it (split at slashes, commas and semicolons) that has
 * a brand's or a code's shape and is no mention yet is a mention of that drug.
 */
import { isBrandOrCode } from './drug-aliases';
import { mentionsOverlapping } from './mention-range';
import type { CellPlace, TableColumns } from './table-columns';
import type { EntityRef, Mention } from './types';

/** Header words of a column that gives a drug's other names: "Brand", "Trade name", "Code", "Development code". */
const ALIAS_COLUMN_RE = /\b(?:[Bb]rands?|[Tt]rade ?names?|[Cc]odes?|[Oo]ther names?|[Ss]ynonyms?)\b/;

/**
 * For a prose span at `place` (its table cell, read by `table`), when it is a body cell of a brand or code column (not
 * the first column): the text of its row's first cell, emphasis marks removed.
 * @example drugRowName(table, place of "Jardiance") // "empagliflozin"
 */
export function drugRowName(table: TableColumns, place: CellPlace | undefined): string | undefined {
  if (!place || place.col === 0) return undefined;
  const head = place.header[place.col];
  if (head === undefined || !ALIAS_COLUMN_RE.test(head)) return undefined;
  const first = table.cellText(place.rowStart, 0);
  return first ? trimEmphasis(first) || undefined : undefined;
}

/** `text` without the emphasis marks (* and _) at its ends (a loop: linear on any input). */
function trimEmphasis(text: string): string {
  let a = 0;
  let b = text.length;
  while (a < b && (text.charCodeAt(a) === 42 || text.charCodeAt(a) === 95)) a++;
  while (b > a && (text.charCodeAt(b - 1) === 42 || text.charCodeAt(b - 1) === 95)) b--;
  return text.slice(a, b);
}

/**
 * Adds to `out` (one span's mentions, from index `from` on, in text order) a mention of `drug` for each item of the
 * cell `source[start, end)` that has a brand's or a code's shape, is nothing `notBrand` rejects (English words) and
 * overlaps no mention.
 */
export function addRowAliases(source: string, start: number, end: number, out: Mention[], from: number, drug: EntityRef, notBrand: (item: string) => boolean): void {
  let s = start;
  for (let i = start; i <= end; i++) {
    const c = i < end ? source.charCodeAt(i) : 47;
    if (c !== 47 /* / */ && c !== 44 /* , */ && c !== 59 /* ; */) continue;
    let a = s;
    let b = i;
    while (a < b && source.charCodeAt(a) === 32) a++;
    while (b > a && source.charCodeAt(b - 1) === 32) b--;
    s = i + 1;
    const item = source.slice(a, b);
    if (!isBrandOrCode(item) || notBrand(item)) continue;
    const { at, to } = mentionsOverlapping(out, from, { start: a, end: b });
    if (at < to) continue;
    out.splice(at, 0, { text: item, span: { start: a, end: b }, entity: drug, status: 'resolved', kind: 'alias' });
  }
}
