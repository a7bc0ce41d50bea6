/**
 * A fast path for the commonest Markdown of a draft: paragraphs of plain text, ATX headings, simple lists (a References
 * list), simple tables and simple emphasis. `parsePlainMarkdown` builds the tree micromark would build for such a text
 * in one pass over its lines, without micromark; for anything outside that small grammar it returns undefined and the
 * caller parses the text with remark as usual. Property tests hold it to remark: wherever it answers, `collect` reads the same from both
 * trees.
 *
 * The grammar, kept conservative on purpose (every rule below sends the text back to remark when broken):
 * - no tabs, carriage returns or other control characters; no `~`, `$` or `\` anywhere (strikethrough, math,
 *   escapes and hard breaks), and `|` only in table rows;
 * - backticks are single and pair up on their line into code spans (not in headings or tables);
 * - `*` and `_` only as emphasis or strong emphasis opened and closed on one line, in runs that can only open or only
 *   close (see `emphasisRun`; not in headings or tables, no code, tags or brackets inside);
 * - no line starts or ends with a space, or starts with `>`, `=`, `:`, `[`, or `-`/`+`/digits that do not make a list
 *   item;
 * - `<` only before a space, a digit or `=`, or as one of the tags `<sub>`, `</sub>`, `<sup>`, `</sup>` after a line's
 *   start (never another tag, an autolink or an HTML block); `&` only outside headings;
 * - `[` and `]` only when the document defines no link labels (`brackets`), and never as `[^`, `](` or at a line's
 *   start (so they stay text: references resolve to nothing);
 * - a heading is `#`–`######`, one space and text not ending in `#`;
 * - a list item is `-` or `+` or 1–9 digits with `.` or `)`, one space and text; its further lines at column 0 are
 *   lazy continuation lines; items of one list share the marker; a list opens only at the start or after a blank line;
 * - a table is a header row, a delimiter row with as many cells, and rows with as many cells, each row between pipes,
 *   opened after a blank line and closed by one.
 *
 * Text nodes keep the source text as their value (character references undecoded): readers of the tree use their
 * positions, and heading titles, which are read, hold no `&`.
 */
import { isAlnumAt } from '../recognise/keys';
import type { Heading, List, ListItem, Paragraph, PhrasingContent, Root, RootContent, Table, TableCell, TableRow, Text } from 'mdast';

/** Options of `parsePlainMarkdown`. */
export interface PlainMarkdownOptions {
  /** `[` and `]` may appear (as text): true when the document defines no link reference or footnote labels. */
  brackets: boolean;
}

type LineKind =
  | { kind: 'blank' }
  | { kind: 'text'; inlines: Inline[] }
  | { kind: 'row'; pipes: number[]; delimiter: boolean } | { kind: 'heading'; depth: number; contentStart: number } | { kind: 'item'; marker: string; ordered: boolean; start: number; contentStart: number; inlines: Inline[] };

/** A code span (backticks included) or an inline HTML tag in a line: not text. */
interface Inline {
  start: number;
  end: number;
  type: 'inlineCode' | 'html' | 'emphasis' | 'strong';
}

/** Inline HTML tags the fast path reads (anywhere but at a line's start, where a tag may open an HTML block). */
const INLINE_TAGS = ['<sub>', '</sub>', '<sup>', '</sup>'];

/** The mdast tree of `text` when it keeps to the plain grammar (see the module comment), else undefined. */
export function parsePlainMarkdown(text: string, options: PlainMarkdownOptions): Root | undefined {
  const b = new TreeBuilder(text);
  let start = 0;
  let line = 1;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const kind = lineKind(text, start, end, options.brackets);
    if (!kind || !b.add(kind, start, end, line)) return undefined;
    start = end + 1;
    line++;
  }
  return b.finish();
}

/** The characters `lineKind` acts on: control characters (line breaks included), `` ` * _ ~ $ | \\ < [ ] & ``. */
const MARKUP = /[\x00-\x1f\x7f`*_~$|\\<[\]&]/g;

/** The offset of the next MARKUP character in `text[from, end)`, or `end` (a line break stops the scan, so it stays within the line). */
function nextMarkup(text: string, from: number, end: number): number {
  MARKUP.lastIndex = from;
  const m = MARKUP.exec(text);
  return m && m.index < end ? m.index : end;
}

/** What a line is in the plain grammar, or undefined when it falls outside it. */
function lineKind(text: string, start: number, end: number, brackets: boolean): LineKind | undefined {
  if (start === end) return { kind: 'blank' };
  const first = text.charCodeAt(start);
  if (first === 32 || text.charCodeAt(end - 1) === 32) return undefined;
  if (first === 124) return tableRow(text, start, end, brackets);
  let hasAmp = false;
  const inlines: Inline[] = [];
  let codeOpen = -1;
  const em: EmphasisState = { open: -1, run: 0, char: 0, closedAt: -1 };
  // Only the characters in MARKUP matter: jump from one to the next with a native scan (fast from a cold start).
  for (let i = nextMarkup(text, start, end); i < end; i = nextMarkup(text, i + 1, end)) {
    const c = text.charCodeAt(i);
    if (c < 32 || c === 127) return undefined;
    switch (c) {
      case 96: // ` — single backticks pair up on the line into code spans
        if (first === 35 || text.charCodeAt(i + 1) === 96 || em.open >= 0) return undefined;
        if (codeOpen < 0) codeOpen = i;
        else {
          inlines.push({ start: codeOpen, end: i + 1, type: 'inlineCode' });
          codeOpen = -1;
        }
        break;
      case 42: // *
      case 95: {
        // _ — emphasis or strong emphasis opened and closed on the line (see `emphasisRun`)
        if (codeOpen >= 0) break; // literal inside a code span
        const run = first === 35 ? -1 : emphasisRun(text, i, start, end, em);
        if (run < 0) return undefined;
        if (em.open < 0) inlines.push({ start: em.closedAt, end: i + run, type: run === 1 ? 'emphasis' : 'strong' });
        i += run - 1;
        break;
      }
      case 126: // ~
      case 36: // $
      case 124: // |
      case 92: // \
        return undefined;
      case 60: {
        // <
        const tag = codeOpen < 0 && em.open < 0 && i > start && first !== 35 ? INLINE_TAGS.find((t) => text.startsWith(t, i)) : undefined;
        if (tag) {
          inlines.push({ start: i, end: i + tag.length, type: 'html' });
          i += tag.length - 1;
        } else if (!isHarmlessAfterLessThan(i + 1 < end ? text.charCodeAt(i + 1) : 32)) return undefined;
        break;
      }
      case 91: // [
        if (!brackets || em.open >= 0 || i === start || text.charCodeAt(i + 1) === 94 /* ^ */) return undefined;
        break;
      case 93: // ]
        if (!brackets || em.open >= 0 || text.charCodeAt(i + 1) === 40 /* ( */) return undefined;
        break;
      case 38: // &
        hasAmp = true;
        break;
      default:
        break;
    }
  }
  if (codeOpen >= 0 || em.open >= 0) return undefined;
  switch (first) {
    case 35: {
      // # heading
      let depth = 0;
      while (depth < 7 && text.charCodeAt(start + depth) === 35) depth++;
      const contentStart = start + depth + 1;
      if (depth > 6 || text.charCodeAt(start + depth) !== 32 || contentStart >= end || hasAmp) return undefined;
      if (text.charCodeAt(contentStart) === 32 || text.charCodeAt(end - 1) === 35) return undefined;
      return { kind: 'heading', depth, contentStart };
    }
    case 45: // -
    case 43: // +
      return itemContent(text, start + 1, end, String.fromCharCode(first), false, 0, inlines);
    case 62: // >
    case 61: // =
    case 58: // : — a delimiter row without pipes (`:-`, `:--:`) under a line of text makes a one-column table
      return undefined;
    default:
      break;
  }
  if (first >= 48 && first <= 57) {
    let i = start;
    while (i < end && i - start < 10 && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
    const delimiter = text.charCodeAt(i);
    if (delimiter !== 46 && delimiter !== 41) return { kind: 'text', inlines };
    if (i - start > 9) return undefined;
    return itemContent(text, i + 1, end, String.fromCharCode(delimiter), true, Number(text.slice(start, i)), inlines);
  }
  return { kind: 'text', inlines };
}

/**
 * A table row: `|`, cells of plain text separated by `|`, and a closing `|` (the delimiter row: only `-`, `:` and
 * spaces in its cells, at least one `-` each).
 */
function tableRow(text: string, start: number, end: number, brackets: boolean): LineKind | undefined {
  if (end - start < 2 || text.charCodeAt(end - 1) !== 124) return undefined;
  const pipes: number[] = [];
  let delimiter = true;
  let dashes = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 124) {
      if (pipes.length && dashes === 0) delimiter = false;
      pipes.push(i);
      dashes = 0;
      continue;
    }
    if (c === 45) dashes++;
    else if (c !== 58 && c !== 32) delimiter = false;
    if (c < 32 || c === 127 || c === 42 || c === 95 || c === 96 || c === 126 || c === 36 || c === 92 || c === 38) return undefined;
    if (c === 60 && !isHarmlessAfterLessThan(text.charCodeAt(i + 1))) return undefined;
    if ((c === 91 || c === 93) && (!brackets || text.charCodeAt(i + 1) === 94 || text.charCodeAt(i + 1) === 40)) return undefined;
  }
  if (pipes.length < 2) return undefined;
  // A delimiter cell is `-`s with an optional `:` at either end, spaces only around it (`|- --|` is text).
  if (delimiter) for (let k = 1; k < pipes.length && delimiter; k++) delimiter = DELIMITER_CELL.test(text.slice(pipes[k - 1]! + 1, pipes[k]!));
  return { kind: 'row', pipes, delimiter };
}

/** One cell of a table's delimiter row. */
const DELIMITER_CELL = /^ *:?-+:? *$/;

/** A list item whose marker ends before `at`: one space, then text that starts no other block. */
function itemContent(text: string, at: number, end: number, marker: string, ordered: boolean, start: number, inlines: Inline[]): LineKind | undefined {
  if (text.charCodeAt(at) !== 32 || at + 1 >= end) return undefined;
  const c = text.charCodeAt(at + 1);
  // Another marker, a heading, a quote, a setext underline or a definition would nest a block inside the item.
  if (c === 32 || c === 35 || c === 45 || c === 43 || c === 62 || c === 61 || c === 91 || (c >= 48 && c <= 57) || c === 60) return undefined;
  return { kind: 'item', marker, ordered, start, contentStart: at + 1, inlines };
}

/** An emphasis being read on a line: where its opening run starts (−1: none open), the run's length and character; where the last one closed. */
interface EmphasisState {
  open: number;
  run: number;
  char: number;
  closedAt: number;
}

/**
 * Reads the run of `*` or `_` at `i` as an emphasis delimiter: one or two characters that open (after the line's
 * start, a space or `(`, before a letter or digit) or close the open one (the same run, after a letter, a digit or `.`,
 * before the line's end or a space — after a letter or digit also before `,` `.` `;` `:` `)` `?` `!`). Such runs are
 * left- or right-flanking only, so CommonMark pairs them exactly so. Returns the run's length, or −1 outside that
 * (intraword `_`, `***`, a delimiter that both opens and closes, nesting…). Not called inside code spans.
 */
function emphasisRun(text: string, i: number, start: number, end: number, em: EmphasisState): number {
  const c = text.charCodeAt(i);
  let run = 1;
  while (i + run < end && text.charCodeAt(i + run) === c) run++;
  if (run > 2) return -1;
  const prev = i > start ? text.charCodeAt(i - 1) : 32;
  const next = i + run < end ? text.charCodeAt(i + run) : 32;
  if (em.open < 0) {
    if ((prev !== 32 && prev !== 40) || isAlnumAt(text, i + run) === 0) return -1;
    em.open = i;
    em.run = run;
    em.char = c;
    return run;
  }
  if (c !== em.char || run !== em.run || i - em.open - run < 1) return -1;
  const prevWord = isAlnumAt(text, i - 1) > 0;
  if (!prevWord && prev !== 46) return -1;
  if (next !== 32 && !(prevWord && CLOSING_NEXT.has(next))) return -1;
  em.closedAt = em.open;
  em.open = -1;
  return run;
}

/** Punctuation a closing emphasis run may precede (after a letter or digit). */
const CLOSING_NEXT = new Set([44, 46, 59, 58, 41, 63, 33]);

/** After `<`: a space, a digit or `=` cannot open a tag, a comment, an autolink or an HTML block. */
function isHarmlessAfterLessThan(c: number): boolean {
  return c === 32 || (c >= 48 && c <= 57) || c === 61;
}

type Point = { line: number; column: number; offset: number };

/** Builds the tree line by line; `add` returns false where the text leaves the plain grammar. */
class TreeBuilder {
  private readonly root: Root = { type: 'root', children: [] };
  private lineStart = 0;
  private previousLineStart = 0;
  private line = 1;
  /** The open paragraph (at the top level or in the open item) and the open list. */
  private paragraph: { node: Paragraph; text: Text | undefined } | undefined;
  private list: { node: List; marker: string; item: ListItem } | undefined;
  private afterBlank = true;
  /** The open table with its column count, or a header row waiting for its delimiter row. */
  private table: { node: Table; columns: number } | undefined;
  private header: { pipes: number[]; start: number; end: number; line: number } | undefined;

  constructor(private readonly text: string) {}

  add(kind: LineKind, start: number, end: number, line: number): boolean {
    this.previousLineStart = this.lineStart;
    this.lineStart = start;
    this.line = line;
    // A table runs to a blank line; its header row must be followed by the delimiter row.
    if (this.header && kind.kind !== 'row') return false;
    if (this.table && kind.kind !== 'row' && kind.kind !== 'blank') return false;
    switch (kind.kind) {
      case 'blank':
        this.paragraph = undefined;
        this.table = undefined;
        this.afterBlank = true;
        return true;
      case 'row':
        return this.row(kind, start, end);
      case 'heading': {
        this.paragraph = undefined;
        this.list = undefined;
        const text: Text = { type: 'text', value: this.text.slice(kind.contentStart, end), position: this.span(kind.contentStart, end) };
        const heading: Heading = { type: 'heading', depth: kind.depth as Heading['depth'], children: [text], position: this.span(start, end) };
        this.root.children.push(heading);
        this.afterBlank = false;
        return true;
      }
      case 'item':
        return this.item(kind, start, end);
      case 'text':
        if (this.paragraph) this.extend(end, kind.inlines);
        else {
          this.list = undefined;
          this.root.children.push(this.openParagraph(start, end, kind.inlines));
        }
        this.afterBlank = false;
        return true;
    }
  }

  private row(kind: Extract<LineKind, { kind: 'row' }>, start: number, end: number): boolean {
    const columns = kind.pipes.length - 1;
    if (this.table) {
      if (columns !== this.table.columns || kind.delimiter) return false;
      this.table.node.children.push(this.tableRow(kind.pipes, start, end, this.line));
      this.table.node.position!.end = this.point(end);
      return true;
    }
    if (this.header) {
      const header = this.header;
      this.header = undefined;
      if (!kind.delimiter || columns !== header.pipes.length - 1) return false;
      const first = this.tableRow(header.pipes, header.start, header.end, header.line);
      const node: Table = { type: 'table', align: [], children: [first], position: { start: { ...first.position!.start }, end: this.point(end) } };
      this.root.children.push(node);
      this.table = { node, columns };
      return true;
    }
    if (!this.afterBlank || kind.delimiter) return false;
    this.list = undefined;
    this.header = { pipes: kind.pipes, start, end, line: this.line };
    this.afterBlank = false;
    return true;
  }

  /** A row of cells between `pipes` on line `line`: each cell from its opening pipe (the last one to after its closing pipe), its text trimmed. */
  private tableRow(pipes: readonly number[], start: number, end: number, line: number): TableRow {
    const at = (offset: number): Point => ({ line, column: offset - start + 1, offset });
    const cells: TableCell[] = [];
    for (let k = 0; k + 1 < pipes.length; k++) {
      let from = pipes[k]! + 1;
      let to = pipes[k + 1]!;
      while (from < to && this.text.charCodeAt(from) === 32) from++;
      while (to > from && this.text.charCodeAt(to - 1) === 32) to--;
      const children: PhrasingContent[] = from < to ? [{ type: 'text', value: this.text.slice(from, to), position: { start: at(from), end: at(to) } }] : [];
      cells.push({ type: 'tableCell', children, position: { start: at(pipes[k]!), end: at(k + 2 === pipes.length ? end : pipes[k + 1]!) } });
    }
    return { type: 'tableRow', children: cells, position: { start: at(start), end: at(end) } };
  }

  private item(kind: Extract<LineKind, { kind: 'item' }>, start: number, end: number): boolean {
    const list = this.list;
    const sibling = list && list.marker === kind.marker;
    // A list item right after paragraph text (a lazy line, or an interruption), a heading or another list's item:
    // left to remark.
    if (!sibling && !this.afterBlank) return false;
    const item: ListItem = { type: 'listItem', spread: false, checked: null, children: [this.openParagraph(kind.contentStart, end, kind.inlines)], position: this.span(start, end) };
    if (sibling) {
      list.node.children.push(item);
      list.item = item;
      list.node.position!.end = item.position!.end;
    } else {
      const node: List = { type: 'list', ordered: kind.ordered, start: kind.ordered ? kind.start : null, spread: false, children: [item], position: this.span(start, end) };
      this.root.children.push(node);
      this.list = { node, marker: kind.marker, item };
    }
    this.afterBlank = false;
    return true;
  }

  /** Opens a paragraph of one line `[start, end)` holding `inlines`. */
  private openParagraph(start: number, end: number, inlines: readonly Inline[]): Paragraph {
    const node: Paragraph = { type: 'paragraph', children: [], position: this.span(start, end) };
    this.paragraph = { node, text: undefined };
    this.addInline(start, end, inlines);
    return node;
  }

  /** Adds the current line (ending at `end`, holding `inlines`) to the open paragraph, and to the item and list holding it. */
  private extend(end: number, inlines: readonly Inline[]): void {
    const p = this.paragraph!;
    // The line ending before the line belongs to the text that goes on over it.
    this.addInline(this.lineStart - 1, end, inlines);
    const at = this.point(end);
    p.node.position!.end = at;
    if (this.list && this.list.item.children[this.list.item.children.length - 1] === p.node) {
      this.list.item.position!.end = at;
      this.list.node.position!.end = at;
    }
  }

  /** Text from `from` to `to` in the open paragraph, with the code spans and tags in it as nodes of their own. */
  private addInline(from: number, to: number, inlines: readonly Inline[]): void {
    const p = this.paragraph!;
    let at = from;
    for (const x of inlines) {
      if (x.start > at) this.addText(at, x.start);
      if (x.type === 'emphasis' || x.type === 'strong') {
        const run = x.type === 'emphasis' ? 1 : 2;
        const inner: Text = { type: 'text', value: this.text.slice(x.start + run, x.end - run), position: this.span(x.start + run, x.end - run) };
        p.node.children.push({ type: x.type, children: [inner], position: this.span(x.start, x.end) });
      } else {
        const value = x.type === 'inlineCode' ? this.text.slice(x.start + 1, x.end - 1) : this.text.slice(x.start, x.end);
        p.node.children.push({ type: x.type, value, position: this.span(x.start, x.end) } as PhrasingContent);
      }
      p.text = undefined;
      at = x.end;
    }
    if (to > at) this.addText(at, to);
  }

  /** Extends the paragraph's last text node to `to`, or adds one from `from`. */
  private addText(from: number, to: number): void {
    const p = this.paragraph!;
    if (p.text) {
      p.text.value = this.text.slice(p.text.position!.start.offset, to);
      p.text.position!.end = this.point(to);
      return;
    }
    p.text = { type: 'text', value: this.text.slice(from, to), position: this.span(from, to) };
    p.node.children.push(p.text);
  }

  finish(): Root | undefined {
    if (this.header) return undefined;
    if (this.root.children.length) {
      const first = this.root.children[0]! as RootContent;
      const last = this.root.children[this.root.children.length - 1]! as RootContent;
      this.root.position = { start: { ...first.position!.start }, end: { ...last.position!.end } };
    }
    return this.root;
  }

  private span(start: number, end: number) {
    return { start: this.point(start), end: this.point(end) };
  }

  /** The point of an offset on the current line, or of the line ending before it. */
  private point(offset: number): Point {
    if (offset < this.lineStart) return { line: this.line - 1, column: offset - this.previousLineStart + 1, offset };
    return { line: this.line, column: offset - this.lineStart + 1, offset };
  }
}
