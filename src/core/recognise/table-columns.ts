/**
 * Markdown table structure around a prose span, read from the source text: which column a body cell is in, the
 * header cell of that column, and the text of another cell of the same row. Recognition reads it once per span (recogniser.ts
 * `prepare`) for columns headed by trials (trial-names.ts), for drug tables whose columns give brands and codes
 * (drug-table.ts) and for columns of inheritance modes and locus names (code-columns.ts).
 */

/** A body cell's place: the header cells of its table, its column, and where its row starts. */
export interface CellPlace {
  header: readonly string[];
  col: number;
  rowStart: number;
}

/**
 * Reads table cells of one source, in document order: the header of the last row looked at is kept, so a table costs
 * one line per row.
 */
export class TableColumns {
  private row = -1;
  private header: string[] | undefined;
  constructor(private readonly src: string) {}

  /** The place of the body cell whose prose span starts at `start`, or undefined (not a table body cell). */
  placeOf(start: number): CellPlace | undefined {
    const src = this.src;
    // A cell's text follows a pipe (and spaces or emphasis marks): most spans fail here.
    let p = start;
    for (let k = 0; k < 8 && p > 0; k++) {
      const c = src.charCodeAt(p - 1);
      if (c !== 32 && c !== 9 && c !== 42 && c !== 95) break;
      p--;
    }
    if (p === 0 || src.charCodeAt(p - 1) !== 124) return undefined;
    const ls = lineStart(src, p - 1, 2000);
    if (ls < 0) return undefined;
    const header = this.headerOf(ls);
    if (!header) return undefined;
    let col = 0;
    for (let q = ls; q < p; q++) if (src.charCodeAt(q) === 124 && src.charCodeAt(q - 1) !== 92) col++;
    if (/^\s*\|/.test(src.slice(ls, p))) col--;
    return { header, col, rowStart: ls };
  }

  /** The trimmed text of cell `col` of the row that starts at `rowStart`, or undefined. */
  cellText(rowStart: number, col: number): string | undefined {
    let end = this.src.indexOf('\n', rowStart);
    if (end < 0) end = this.src.length;
    return rowCells(this.src.slice(rowStart, end))[col]?.trim();
  }

  /** The header cells of the table whose row starts at `ls`, or undefined (no table, or the row is the header). */
  private headerOf(ls: number): string[] | undefined {
    if (ls === this.row) return this.header;
    const src = this.src;
    let header: string[] | undefined;
    let line = ls;
    for (let steps = 0; steps < 1000 && line > 0; steps++) {
      const prev = lineStart(src, line - 1, 2000);
      if (prev < 0) break;
      if (prev === this.row) {
        header = this.header;
        break;
      }
      const text = src.slice(prev, line - 1);
      if (delimiterRow(text)) {
        const h = prev > 0 ? lineStart(src, prev - 1, 2000) : -1;
        if (h >= 0) header = rowCells(src.slice(h, prev - 1));
        break;
      }
      if (!text.includes('|')) break;
      line = prev;
    }
    this.row = ls;
    this.header = header;
    return header;
  }
}

/** True when a line is a table's delimiter row (| --- | :---: |): pipes, hyphens, colons and blanks, a hyphen among them. */
function delimiterRow(line: string): boolean {
  let hyphen = false;
  for (let k = 0; k < line.length; k++) {
    const c = line.charCodeAt(k);
    if (c === 45) hyphen = true;
    else if (c !== 124 && c !== 58 && c !== 32 && c !== 9 && c !== 13) return false;
  }
  return hyphen;
}

/** The start of the line holding position p (searched back at most `max` characters), or -1. */
function lineStart(src: string, p: number, max: number): number {
  const lo = Math.max(0, p - max);
  for (let q = p; q > lo; q--) if (src.charCodeAt(q - 1) === 10) return q;
  return lo === 0 ? 0 : -1;
}

/** The cells of a table row, split at pipes that are not escaped (the leading and closing pipes dropped). */
function rowCells(line: string): string[] {
  const cells = line.trim().split(/(?<!\\)\|/);
  if (cells[0] === '') cells.shift();
  if (cells.length && cells[cells.length - 1] === '') cells.pop();
  return cells;
}
