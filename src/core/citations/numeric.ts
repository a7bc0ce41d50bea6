import { throwIfCancelled } from '../types';
import { inSpans } from '../parse/document';
import type { NumericCitation, NumericForm, NumericPart } from './types';
import { isBlank, isDash, isDigit, isLetter, isLineBreak, isSpace, isWordChar } from './chars';
import { expandNumbers, isNumericGroupChar, parseNumericList } from './numeric-list';
import { type ScanContext, withinOneProseSpan } from './scan-context';

/** Longest inside of a `<sup>` group that is looked at. */
const MAX_SUP_CONTENT = 200;
/** Two-letter units whose superscript is a power (`cm<sup>2</sup>`); single letters (`m`, `R`, `I`) always count as powers. */
const UNIT_WORDS = new Set(['cm', 'mm', 'km', 'dm', 'nm', 'pm', 'µm', 'μm', 'ft']);

/**
 * Finds numeric citation groups: `(16)`, `[35, 36]`, `(38–41)`, `(3; 5)`, Pandoc `^12^` and HTML `<sup>1,3-5</sup>`.
 *
 * Heuristics (a group that matches is not a citation):
 * - it is glued to a word: `IL(6)`, `f(2)`, `HER2(3)` (punctuation before it is fine: `cells,(3)`);
 * - a bracket group is link or footnote syntax: `[12](…)`, `[12][…]`, `[12]:`, `^[12]`, `][12]`;
 * - every number is a year 1800–2099 (`(2019)`, `(2019, 2020)`, `(2010–2015)`);
 * - it has a single element whose numbers are all ≥ 1000 (`(5151)`, a count rather than a reference);
 * - it is a single number opening a block or line and followed by a space, an enumerator: `(1) first …`,
 *   `[1] Smith J …` (on a soft-wrapped line only after a line ending in `:;,.!?`, see `isEnumerator`);
 *   `(1)` elsewhere, even in `we did (1) this and (2) that`, is a citation;
 * - a superscript is a power: after a bare number (`10^6^`), a single letter (`R<sup>2</sup>`, `m^2^`) or a unit (`cm^2^`).
 */
export function findNumericCitations(ctx: ScanContext): NumericCitation[] {
  const out: NumericCitation[] = [];
  for (const span of ctx.prose) {
    throwIfCancelled(ctx.token);
    scanProseSpan(ctx, span.start, span.end, out);
  }
  findHtmlSuperscripts(ctx, out);
  return out.sort((a, b) => a.span.start - b.span.start);
}

/** Characters that may open a numeric group. */
const OPENERS = /[([^]/g;

function scanProseSpan(ctx: ScanContext, start: number, end: number, out: NumericCitation[]): void {
  const { text } = ctx;
  // The next opener is found with a native scan of the span (fast from a cold start).
  const span = text.slice(start, end);
  let i = start;
  while (i < end) {
    OPENERS.lastIndex = i - start;
    const m = OPENERS.exec(span);
    if (!m) break;
    i = start + m.index;
    const ch = text[i];
    const caret = ch === '^';
    let j = i + 1;
    while (j < end && isNumericGroupChar(text[j]) && !(caret && isSpace(text[j]))) j++;
    const close = ch === '(' ? ')' : ch === '[' ? ']' : '^';
    if (j < end && text[j] === close) {
      throwIfCancelled(ctx.token);
      const found = caret ? caretGroup(ctx, i, j) : bracketGroup(ctx, i, j, ch === '(' ? 'paren' : 'bracket');
      if (found) {
        out.push(found);
        i = j + 1;
        continue;
      }
    }
    // The scanned characters cannot open a group, so resume at the one that stopped the scan.
    i = j;
  }
}

function bracketGroup(ctx: ScanContext, open: number, close: number, form: NumericForm): NumericCitation | undefined {
  const { text } = ctx;
  const before = text[open - 1];
  if (isWordChar(before)) return undefined;
  if (form === 'bracket') {
    if (before === ']' || before === '^' || before === '!') return undefined;
    const after = text[close + 1];
    if (after === '(' || after === '[' || after === ':') return undefined;
  }
  const parts = parseNumericList(text, open + 1, close);
  if (!parts || looksLikeYearOrCount(parts)) return undefined;
  if (isEnumerator(ctx, open, close, parts)) return undefined;
  return { kind: 'numeric', span: { start: open, end: close + 1 }, form, parts, numbers: expandNumbers(parts) };
}

function caretGroup(ctx: ScanContext, open: number, close: number): NumericCitation | undefined {
  const { text } = ctx;
  if (open + 1 === close) return undefined;
  const parts = parseNumericList(text, open + 1, close, false);
  if (!parts || looksLikeYearOrCount(parts) || looksLikePower(text, open)) return undefined;
  return { kind: 'numeric', span: { start: open, end: close + 1 }, form: 'caret', parts, numbers: expandNumbers(parts) };
}

/** A line break, white space only, and another line break: a blank line. */
const BLANK_LINE = /(?:\r\n?|\n)[ \t]*(?:\r\n?|\n)/;

/** `<sup>…</sup>`: the tags are HTML nodes (not prose), the numbers between them a prose text node. */
function findHtmlSuperscripts(ctx: ScanContext, out: NumericCitation[]): void {
  const { text } = ctx;
  for (const m of text.matchAll(/<sup>/gi)) {
    throwIfCancelled(ctx.token);
    const open = m.index;
    if (inSpans(ctx.prose, open)) continue; // written literally (escaped), not a tag
    const contentStart = open + m[0].length;
    let j = contentStart;
    while (j < text.length && j - contentStart < MAX_SUP_CONTENT && isNumericGroupChar(text[j])) j++;
    if (text.slice(j, j + 6).toLowerCase() !== '</sup>') continue;
    // A blank line between the tags ends the paragraph: the two tags are in different blocks, no group.
    if (BLANK_LINE.test(text.slice(contentStart, j))) continue;
    let s = contentStart;
    let e = j;
    while (s < e && isSpace(text[s])) s++;
    while (e > s && isSpace(text[e - 1])) e--;
    if (s === e || !withinOneProseSpan(ctx, s, e)) continue;
    const parts = parseNumericList(text, contentStart, j);
    if (!parts || looksLikeYearOrCount(parts) || looksLikePower(text, open)) continue;
    out.push({ kind: 'numeric', span: { start: open, end: j + 6 }, form: 'superscript', parts, numbers: expandNumbers(parts) });
  }
}

/** Every number a year 1800–2099, or one element whose numbers are all ≥ 1000. */
function looksLikeYearOrCount(parts: readonly NumericPart[]): boolean {
  const named = parts.filter((p) => p.from !== undefined);
  const ends = named.flatMap((p) => [p.from!, p.to!]);
  if (ends.every((n) => n >= 1800 && n <= 2099)) return true;
  return named.length === 1 && ends.every((n) => n >= 1000);
}

/**
 * A lone number such as `(1)` followed by a space that opens its block or line: only markup or white space before it
 * on the line, and the line is the block's first, follows a hard break, or follows a line ending in `:;,.!?`.
 * A group opening a soft-wrapped line after a word (`…in breast cancer⏎(10) and…`) stays a citation.
 */
function isEnumerator(ctx: ScanContext, open: number, close: number, parts: readonly NumericPart[]): boolean {
  if (parts.length !== 1 || parts[0]!.from !== parts[0]!.to) return false;
  const { text, prose } = ctx;
  if (!isBlank(text[close + 1])) return false;
  for (let i = open - 1; i >= 0; i--) {
    const ch = text[i];
    if (isLineBreak(ch)) return !inSpans(prose, i) || previousLineEndsClause(ctx, i);
    if (!isSpace(ch) && inSpans(prose, i)) return false;
  }
  return true;
}

/** True when the line before the soft line break at `lineBreak` ends with markup or clause punctuation. */
function previousLineEndsClause(ctx: ScanContext, lineBreak: number): boolean {
  const { text, prose } = ctx;
  let k = lineBreak - 1;
  while (k >= 0 && isSpace(text[k])) k--;
  return k < 0 || !inSpans(prose, k) || ':;,.!?'.includes(text[k]!);
}

/** True when the superscript opening at `at` reads as a power: `10^6^`, `1.5^2^`, `R<sup>2</sup>`, `cm^2^`, `5x10^6^`. */
function looksLikePower(text: string, at: number): boolean {
  let i = at;
  while (i > 0 && isDigit(text[i - 1])) i--;
  if (i < at) {
    // Digits right before: a power of a bare number, unless they end a name such as HER2, p53 or IL-6.
    let k = i - 1;
    if (isDash(text[k]) && isLetter(text[k - 1])) k--;
    if (!isLetter(text[k])) return true;
    const timesSign = (text[k] === 'x' || text[k] === 'X') && (isDigit(text[k - 1]) || isBlank(text[k - 1]));
    return timesSign;
  }
  let j = i;
  while (j > 0 && i - j < 3 && isLetter(text[j - 1])) j--;
  if (j === i || isLetter(text[j - 1])) return false;
  const word = text.slice(j, i);
  return word.length === 1 || UNIT_WORDS.has(word);
}
