/**
 * Where a Markdown text may be cut into chunks that parse on their own exactly as they do inside the whole text.
 *
 * `findCuts` is one linear pass over the lines that proposes cuts conservatively: before a line that starts at
 * column 0 after a blank line, or before a list item at column 0 (a tight list), never inside front matter, a code
 * fence (as the parse guard reads fences, at any nesting), a `$$` math block or an HTML block of CommonMark types 1–5
 * (which may hold blank lines), and never before a line that could open front matter. Of the places that qualify, a
 * hash of the line keeps one in two (one in four list items), so that chunks hold a few blocks. The parser then confirms
 * each proposed cut on the parsed tree (`checkCuts`): no top-level node may run across it (a list may, when one of its
 * items starts at the cut), and the text before a cut at its end may not leave a code, math or HTML block open.
 */
import type { Span } from '../types';
import type { OutlineNode } from './collect';
import { type Line, type ParseLimits, fenceAt, isBlankFrom, nestingOf, readPrefix } from './guard';
import { hasFrontMatter } from './markdown';

/** A proposed cut: the start of a line. `blank` follows a blank line; `item` is a list item after a non-blank line. */
export interface Cut {
  offset: number;
  kind: 'blank' | 'item';
}

/** Where to resume proposing cuts: at a cut found before, whose kind says whether the line before it was blank. */
export interface CutResume {
  offset: number;
  prevBlank: boolean;
}

/**
 * Proposes cuts in `text` (see the module comment), in order. With `resume`, starts at that earlier cut (everything
 * before it unchanged); `stop` is asked about each cut found and ends the scan after one it accepts (the caller knows
 * the cuts after it).
 */
export function findCuts(text: string, limits: Readonly<ParseLimits>, resume?: CutResume, stop?: (cut: Cut) => boolean): Cut[] {
  const cuts: Cut[] = [];
  let fence: { ch: string; length: number } | undefined;
  let htmlEnd: readonly string[] | undefined;
  let mathFence = 0;
  let prevBlank = resume?.prevBlank ?? false;
  // The last non-blank line was indented by four columns or more (indented code, or a list item's content): micromark
  // keeps an indented code block open over the blank lines after it, and a line after it then "interrupts" it — an
  // empty list item or one numbered from 2 is text there, yet a list item in a chunk of its own. No cut after one.
  let afterIndented = false;
  let start = resume?.offset ?? frontMatterLinesEnd(text);
  const n = text.length;
  // Without carriage returns, line ends are found natively (fast from a cold start).
  const lfOnly = !text.includes('\r');
  while (start <= n) {
    let end = start;
    if (lfOnly) {
      end = text.indexOf('\n', start);
      if (end < 0) end = n;
    } else while (end < n && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
    const next = end < n ? (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1) : n + 1;
    const line: Line = { start, end };
    const blank = isBlankFrom(text, start, end);
    if (!fence && !htmlEnd && mathFence === 0 && start > 0 && !blank && !afterIndented) {
      const c = text.charCodeAt(start);
      if (c !== 32 && c !== 9) {
        let cut: Cut | undefined;
        if (prevBlank) {
          if (sampled(text, line, BLANK_SAMPLE) && !opensFrontMatter(text, line)) cut = { offset: start, kind: 'blank' };
        } else if (sampled(text, line, ITEM_SAMPLE) && isListItemAtColumnZero(text, line) && nestingOf(readPrefix(text, start, end)) <= limits.maxNesting) {
          cut = { offset: start, kind: 'item' };
        }
        if (cut) {
          cuts.push(cut);
          if (stop?.(cut)) return cuts;
        }
      }
    }
    prevBlank = blank;
    if (!blank) afterIndented = isIndentedFour(text, start, end);
    if (!blank && mayOpenFence(text.charCodeAt(start))) {
      // The parse guard's fences: after block quote and list markers, closed by an equal or longer run.
      const prefix = readPrefix(text, start, end);
      const f = prefix.lastIndent < 4 ? fenceAt(text, prefix.contentStart, end) : undefined;
      if (fence) {
        if (f && f.ch === fence.ch && f.length >= fence.length && isBlankFrom(text, prefix.contentStart + f.length, end)) fence = undefined;
      } else if (f && !(f.ch === '`' && text.slice(prefix.contentStart + f.length, end).includes('`'))) {
        fence = f;
      }
    }
    start = next;
    if (blank) continue;
    if (htmlEnd) {
      const lower = text.slice(line.start, line.end).toLowerCase();
      if (htmlEnd.some((e) => lower.includes(e))) htmlEnd = undefined;
      continue;
    }
    if (mathFence > 0) {
      if (closesMath(text, line, mathFence)) mathFence = 0;
      continue;
    }
    const indented = indentedStart(text, line);
    if (indented < 0) continue;
    // A block may open right after a list item's marker too (`1. <!--`): micromark then keeps it open, and the item
    // with it, past the next item's marker.
    const at = afterListMarker(text, indented, line.end);
    if (text.charCodeAt(at) === 60 /* < */) htmlEnd = openHtmlBlock(text, at, line.end);
    else if (text.charCodeAt(at) === 36 /* $ */ && text.startsWith('$$', at)) mathFence = openMath(text, at, line.end);
  }
  return cuts;
}

/**
 * One in how many possible cuts is proposed, chosen by a hash of the line after the cut: chunks of a few paragraphs
 * (or a dozen short list items) cost less per chunk than one per paragraph, and an edit moves only the cuts at the
 * lines it changes, so the chunks around it stay the same.
 */
const BLANK_SAMPLE = 2;
const ITEM_SAMPLE = 4;

/** True for one line in `every`, by a hash of its first 64 characters. */
function sampled(text: string, line: Line, every: number): boolean {
  let h = 0x811c9dc5;
  for (let i = line.start, end = Math.min(line.end, line.start + 64); i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0) % every === 0;
}

/** A line starting with this character may hold a fence (after white space, `>` or list markers). */
function mayOpenFence(c: number): boolean {
  return c === 96 || c === 126 || c === 32 || c === 9 || c === 62 || c === 45 || c === 42 || c === 43 || (c >= 48 && c <= 57);
}

/**
 * The offset after front matter (the line after its closing fence, as the parse guard — which also accepts `...` —
 * or remark-frontmatter reads it, whichever ends later), or 0 without front matter. Reads lines up to the closing fence.
 */
export function frontMatterLinesEnd(text: string): number {
  const fence = text.startsWith('---') ? '---' : text.startsWith('+++') ? '+++' : undefined;
  if (!fence) return 0;
  let end = lineEnd(text, 0);
  const opens = text.slice(0, end).trimEnd() === fence;
  let guard = 0;
  for (let start = nextLine(text, end); start <= text.length; start = nextLine(text, end)) {
    end = lineEnd(text, start);
    const t = text.slice(start, end).trimEnd();
    if (opens && guard === 0 && (t === fence || (fence === '---' && t === '...'))) guard = nextLine(text, end);
    // remark-frontmatter: the fence and only spaces or tabs (see hasFrontMatter).
    if (text.startsWith(fence, start) && /^[ \t]*$/.test(text.slice(start + 3, end))) return hasFrontMatter(text) ? nextLine(text, end) : guard;
  }
  return guard;
}

/** The end of the line starting at `start` (before its line break). */
function lineEnd(text: string, start: number): number {
  let e = start;
  while (e < text.length && text.charCodeAt(e) !== 10 && text.charCodeAt(e) !== 13) e++;
  return e;
}

/** The start of the line after a line ending at `end` (past the end of the text after the last line). */
function nextLine(text: string, end: number): number {
  if (end >= text.length) return text.length + 1;
  return text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
}

/** A line that would open front matter if a chunk started with it. */
function opensFrontMatter(text: string, line: Line): boolean {
  return text.startsWith('---', line.start) || text.startsWith('+++', line.start);
}

/** `-`, `+`, `*` or 1–9 digits and `.` or `)`, at column 0, then white space and some content. */
function isListItemAtColumnZero(text: string, line: Line): boolean {
  let i = line.start;
  const c = text.charCodeAt(i);
  if (c === 45 || c === 43 || c === 42) i++;
  else {
    while (i < line.end && i - line.start < 9 && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
    if (i === line.start || (text.charCodeAt(i) !== 46 && text.charCodeAt(i) !== 41)) return false;
    i++;
  }
  const s = text.charCodeAt(i);
  return (s === 32 || s === 9) && !isBlankFrom(text, i, line.end);
}

/** A line whose content starts at column 4 or later (a tab counts as reaching the next multiple of four). */
function isIndentedFour(text: string, start: number, end: number): boolean {
  let column = 0;
  for (let i = start; i < end && column < 4; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) column++;
    else if (c === 9) column += 4 - (column % 4);
    else return false;
  }
  return column >= 4;
}

/** The first non-space character of a line indented by at most 3 spaces, or −1. */
function indentedStart(text: string, line: Line): number {
  let i = line.start;
  while (i < line.end && i - line.start < 4 && text.charCodeAt(i) === 32) i++;
  return i - line.start < 4 && i < line.end ? i : -1;
}

/** Where a list item's content starts when a list marker (`-`, `+`, `*`, or digits and `.`/`)`) and spaces stand at `at`; else `at`. */
function afterListMarker(text: string, at: number, end: number): number {
  let i = at;
  const c = text.charCodeAt(i);
  if (c === 45 || c === 43 || c === 42) i++;
  else {
    while (i < end && i - at < 9 && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
    if (i === at || (text.charCodeAt(i) !== 46 && text.charCodeAt(i) !== 41)) return at;
    i++;
  }
  if (text.charCodeAt(i) !== 32) return at;
  while (i < end && text.charCodeAt(i) === 32) i++;
  return i < end ? i : at;
}

const RAW_HTML_ENDS: readonly string[] = ['</script>', '</pre>', '</style>', '</textarea>'];

/** The end conditions of an HTML block of CommonMark types 1–5 opening at `at` (lower case), unless met on the same line. */
function openHtmlBlock(text: string, at: number, end: number): readonly string[] | undefined {
  const rest = text.slice(at, end).toLowerCase();
  let close: string | undefined;
  let from = 2;
  const raw = /^<(?:script|pre|style|textarea)(?=[\s>]|$)/.exec(rest);
  if (raw) return RAW_HTML_ENDS.some((t) => rest.includes(t, raw[0].length)) ? undefined : RAW_HTML_ENDS;
  if (rest.startsWith('<!--')) (close = '-->'), (from = 4);
  else if (rest.startsWith('<?')) close = '?>';
  else if (rest.startsWith('<![cdata[')) (close = ']]>'), (from = 9);
  else if (rest.startsWith('<!') && /^[a-z]$/.test(rest[2] ?? '')) close = '>';
  if (!close) return undefined;
  return rest.includes(close, from) ? undefined : [close];
}

/** The length of a `$$` opening (no `$` after it on the line), or 0. */
function openMath(text: string, at: number, end: number): number {
  let j = at;
  while (j < end && text.charCodeAt(j) === 36) j++;
  return text.slice(j, end).includes('$') ? 0 : j - at;
}

/** A line of at least `size` dollars (indented by at most 3 spaces), then only white space. */
function closesMath(text: string, line: Line, size: number): boolean {
  const at = indentedStart(text, line);
  if (at < 0) return false;
  let j = at;
  while (j < line.end && text.charCodeAt(j) === 36) j++;
  return j - at >= size && isBlankFrom(text, j, line.end);
}

/**
 * Checks the cuts inside a parsed text and its end. `outline` holds the text's top-level nodes (and list items),
 * `cuts` the proposed cuts inside it (offsets into the text, ascending), `end` the kind of the cut after it (`eof` at
 * the end of the document). Returns which inner cuts hold, and whether the end does.
 */
export function checkCuts(outline: readonly OutlineNode[], text: string, cuts: readonly Cut[], end: Cut['kind'] | 'eof'): { holds: boolean[]; endHolds: boolean } {
  const holds = cuts.map((cut) => !outline.some((node) => crosses(node, cut.offset)));
  const last = outline[outline.length - 1];
  let endHolds = true;
  if (end === 'item') endHolds = last?.type === 'list';
  // A block still open at the end (a fence or `$$` math, also inside a list item or quote) runs on over the blank lines
  // before the cut: its node ends after the last content, where a closed block ends at it.
  else if (end === 'blank' && last) endHolds = last.span.end <= lastContentEnd(text);
  return { holds, endHolds };
}

/** True when `node` runs across `offset`: starts before it and does not end before it, unless it is a list with an item starting there. */
function crosses(node: OutlineNode, offset: number): boolean {
  if (node.span.start >= offset || node.span.end < offset) return false;
  if (node.type !== 'list' || !node.items) return true;
  return !node.items.some((i) => i.start === offset) || node.items.some((i) => i.start < offset && i.end >= offset);
}

/** The end of the last non-blank line's content. */
function lastContentEnd(text: string): number {
  let e = text.length;
  while (e > 0) {
    const c = text.charCodeAt(e - 1);
    if (c === 32 || c === 9 || c === 10 || c === 13) e--;
    else break;
  }
  return e;
}

/** Spans between consecutive offsets: `[0, o1), [o1, o2), …, [ok, length)`. */
export function spansBetween(offsets: readonly number[], length: number): Span[] {
  const out: Span[] = [];
  let at = 0;
  for (const o of offsets) {
    out.push({ start: at, end: o });
    at = o;
  }
  out.push({ start: at, end: length });
  return out;
}
