/**
 * Guard against Markdown that makes the parser (micromark, under remark-parse) superlinear or overflow its stack:
 * deeply nested block quotes and lists, paragraphs with very many emphasis delimiters, deeply nested brackets, and
 * huge paragraphs (micromark's inline resolution is superlinear in the size of one paragraph).
 *
 * `guardMarkdown` is one linear pass over the lines. Regions over a limit are blanked (same length, line breaks kept)
 * in the text handed to remark, so every offset stays valid; `scanFallback` then reads those regions as plain text
 * (prose minus fenced and inline code, HTML tags and comments), and each region gives a `ParseNotice`.
 * A document under every limit is parsed exactly as before.
 */
import type { Span } from '../types';

/** Limits of the pre-scan. A region over any of them is not parsed as Markdown. */
export interface ParseLimits {
  /** Most container levels (block quote and list markers, list indentation / 2) before a line's content. */
  maxNesting: number;
  /** Most emphasis / strikethrough delimiter runs (`*`, `_`, `~`) in one block (run of non-blank lines). */
  maxDelimiterRuns: number;
  /** Deepest nesting of closed square brackets in one block (`![![![…](x)](x)](x)`). */
  maxBracketDepth: number;
  /** Most characters of inline content in one block (micromark is superlinear on huge paragraphs). */
  maxBlockChars: number;
  /** Most link destination openings `](` in one block. */
  maxLinkOpeners: number;
  /** Most setext heading underlines (`===`, `---` under a line) in the document; later ones are read as text. */
  maxSetextHeadings: number;
}

export const DEFAULT_PARSE_LIMITS: Readonly<ParseLimits> = Object.freeze({
  maxNesting: 32,
  maxDelimiterRuns: 1000,
  maxBracketDepth: 32,
  maxBlockChars: 50_000,
  maxLinkOpeners: 400,
  maxSetextHeadings: 200,
});

/** Most notices reported; the last one counts the regions not listed. */
const MAX_NOTICES = 50;

/** Which limit a region hit. */
export type ParseLimitKind = 'nesting' | 'delimiters' | 'brackets' | 'size' | 'links' | 'setext';

/** A region of the document that was not parsed as Markdown because it exceeded a limit. */
export interface ParseNotice {
  kind: ParseLimitKind;
  /** Whole lines (without the last line break) that were read as plain text. */
  span: Span;
  /** What was found (depth or count) and the limit it exceeded. */
  found: number;
  limit: number;
  message: string;
}

/** The outcome of the pre-scan: the text to parse (same length as the input) and the regions left out of it. */
export interface GuardResult {
  /** The text with every region blanked, or the input itself when nothing was over a limit. */
  parseText: string;
  /** Regions blanked in `parseText`, sorted and disjoint; each is whole lines. */
  regions: Span[];
  notices: ParseNotice[];
}

export interface Line {
  start: number;
  /** End of the content, before the line break. */
  end: number;
}

/** Splits a text into lines at `\r\n`, `\n` or `\r`. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  if (!text.includes('\r')) {
    // Line feeds only: found natively (fast from a cold start).
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', start)) {
      lines.push({ start, end: i });
      start = i + 1;
    }
    lines.push({ start, end: text.length });
    return lines;
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      lines.push({ start, end: i });
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  lines.push({ start, end: text.length });
  return lines;
}

/** The container prefix of a line: where its content starts, the markers and indentation before it. */
export interface Prefix {
  contentStart: number;
  markers: number;
  listMarker: boolean;
  /** Columns of white space in the prefix (a tab counts 4). */
  indent: number;
  /** Columns of white space directly before the content. */
  lastIndent: number;
}

/** Reads block quote markers, list markers and white space at the start of a line; linear in the prefix. */
export function readPrefix(text: string, start: number, end: number): Prefix {
  let i = start;
  let markers = 0;
  let indent = 0;
  let lastIndent = 0;
  let listMarker = false;
  for (;;) {
    lastIndent = 0;
    while (i < end && (text[i] === ' ' || text[i] === '\t')) {
      lastIndent += text[i] === '\t' ? 4 : 1;
      i++;
    }
    indent += lastIndent;
    if (i >= end) break;
    const c = text[i]!;
    if (c === '>') {
      markers++;
      i++;
      continue;
    }
    if ((c === '-' || c === '*' || c === '+') && (i + 1 === end || text[i + 1] === ' ' || text[i + 1] === '\t')) {
      markers++;
      listMarker = true;
      i++;
      continue;
    }
    if (c >= '0' && c <= '9') {
      let j = i;
      while (j < end && j - i < 9 && text[j]! >= '0' && text[j]! <= '9') j++;
      if ((text[j] === '.' || text[j] === ')') && (j + 1 === end || text[j + 1] === ' ' || text[j + 1] === '\t')) {
        markers++;
        listMarker = true;
        i = j + 1;
        continue;
      }
    }
    break;
  }
  return { contentStart: i, markers, listMarker, indent, lastIndent };
}

/** Nesting estimate of a line: its markers, plus half its indentation when it opens a list item. */
export function nestingOf(p: Prefix): number {
  return p.markers + (p.listMarker ? Math.floor(p.indent / 2) : 0);
}

/** A fence opener or closer at `at` (after the prefix): its character and length, or undefined. */
export function fenceAt(text: string, at: number, end: number): { ch: string; length: number } | undefined {
  const ch = text[at];
  if (ch !== '`' && ch !== '~') return undefined;
  let j = at;
  while (j < end && text[j] === ch) j++;
  return j - at >= 3 ? { ch, length: j - at } : undefined;
}

/** True when `text[from, end)` holds only spaces and tabs. */
export function isBlankFrom(text: string, from: number, end: number): boolean {
  for (let i = from; i < end; i++) if (text[i] !== ' ' && text[i] !== '\t') return false;
  return true;
}

/** The line after YAML (`---`) or TOML (`+++`) front matter, or 0 when the text has none. */
export function frontMatterEnd(text: string, lines: readonly Line[]): number {
  const first = lines[0];
  if (!first) return 0;
  const fence = text.slice(first.start, first.end).trimEnd();
  if (fence !== '---' && fence !== '+++') return 0;
  for (let l = 1; l < lines.length; l++) {
    const t = text.slice(lines[l]!.start, lines[l]!.end).trimEnd();
    if (t === fence || (fence === '---' && t === '...')) return l + 1;
  }
  return 0;
}

/** Delimiter-run and bracket-depth counters of the current block. */
class BlockCounter {
  runs = 0;
  maxDepth = 0;
  chars = 0;
  openers = 0;
  private depth = 0;

  reset(): void {
    this.openers = 0;
    this.chars = 0;
    this.runs = 0;
    this.maxDepth = 0;
    this.depth = 0;
  }

  add(text: string, from: number, to: number): void {
    this.chars += to - from;
    /** The character after the last backslash: escaped, so neither a delimiter nor the start of a run. */
    let escaped = -1;
    // Only the characters in COUNTED matter: jump from one to the next with a native scan (fast from a cold start).
    COUNTED.lastIndex = from;
    for (let m = COUNTED.exec(text); m && m.index < to; m = COUNTED.exec(text)) {
      const i = m.index;
      const c = text.charCodeAt(i);
      if (c === 92 /* \ */) {
        escaped = i + 1;
        COUNTED.lastIndex = i + 2;
      } else if (c === 42 || c === 95 || c === 126 /* * _ ~ */) {
        // A new run unless the character before is the same delimiter (and not escaped).
        if (i === from || text.charCodeAt(i - 1) !== c || i - 1 === escaped) this.runs++;
      } else if (c === 91 /* [ */) {
        this.depth++;
      } else if (c === 93 /* ] */) {
        if (text.charCodeAt(i + 1) === 40 /* ( */) this.openers++;
        if (this.depth > 0) {
          if (this.depth > this.maxDepth) this.maxDepth = this.depth;
          this.depth--;
        }
      }
    }
  }
}

/** What `BlockCounter.add` counts: backslashes, delimiters and brackets; line breaks end the scan at the line's end. */
const COUNTED = /[\\*_~[\]\n\r]/g;

/** A region over a limit found by `scanLimits`: whole lines, with line numbers counted from the scanned text's start. */
export interface LimitHit {
  kind: ParseLimitKind;
  firstLine: number;
  lastLine: number;
  /** From the start of the first line to the end of the last line's content. */
  span: Span;
  found: number;
  limit: number;
}

/** A setext heading underline counted by `scanLimits` (the document-wide limit is applied by `resolveLimits`). */
export interface SetextLine {
  line: number;
  span: Span;
}

/** What one pass of `scanLimits` finds: regions over a per-line or per-block limit, and every setext underline. */
export interface LimitScan {
  hits: LimitHit[];
  setext: SetextLine[];
  /** Line breaks in the scanned text. */
  lineCount: number;
}

/**
 * Pre-scans `text` line by line (linear time) for every line nested deeper than `maxNesting` and every block (run of
 * non-blank lines outside code fences and front matter; a list item, table row or heading line starts a new one)
 * longer than `maxBlockChars`, with more than `maxDelimiterRuns` delimiter runs, more than `maxLinkOpeners` link
 * openings, or with brackets nested deeper than `maxBracketDepth`; also lists the setext underlines.
 * Scanning two texts that split a document at a blank line outside any fence (or before a list item) and shifting
 * the second's results gives the results of scanning the whole.
 */
export function scanLimits(text: string, limits: Readonly<ParseLimits> = DEFAULT_PARSE_LIMITS): LimitScan {
  const lines = splitLines(text);
  const hits: LimitHit[] = [];
  const setext: SetextLine[] = [];
  const counter = new BlockCounter();
  let blockFirst = -1;
  let fence: { ch: string; length: number } | undefined;
  const hit = (kind: ParseLimitKind, first: number, last: number, found: number, limit: number): LimitHit => ({
    kind,
    firstLine: first,
    lastLine: last,
    span: { start: lines[first]!.start, end: lines[last]!.end },
    found,
    limit,
  });

  const closeBlock = (last: number): void => {
    if (blockFirst >= 0) {
      if (counter.chars > limits.maxBlockChars) hits.push(hit('size', blockFirst, last, counter.chars, limits.maxBlockChars));
      else if (counter.openers > limits.maxLinkOpeners) hits.push(hit('links', blockFirst, last, counter.openers, limits.maxLinkOpeners));
      else if (counter.runs > limits.maxDelimiterRuns) hits.push(hit('delimiters', blockFirst, last, counter.runs, limits.maxDelimiterRuns));
      else if (counter.maxDepth > limits.maxBracketDepth) hits.push(hit('brackets', blockFirst, last, counter.maxDepth, limits.maxBracketDepth));
    }
    blockFirst = -1;
    counter.reset();
  };

  for (let l = frontMatterEnd(text, lines); l < lines.length; l++) {
    const line = lines[l]!;
    const prefix = readPrefix(text, line.start, line.end);
    const depth = nestingOf(prefix);
    if (depth > limits.maxNesting) {
      const prev = hits[hits.length - 1];
      if (prev && prev.kind === 'nesting' && prev.lastLine === l - 1) {
        prev.lastLine = l;
        prev.span.end = line.end;
        prev.found = Math.max(prev.found, depth);
      } else hits.push(hit('nesting', l, l, depth, limits.maxNesting));
    }
    const content = prefix.contentStart;
    const f = prefix.lastIndent < 4 ? fenceAt(text, content, line.end) : undefined;
    if (fence) {
      if (f && f.ch === fence.ch && f.length >= fence.length && isBlankFrom(text, content + f.length, line.end)) fence = undefined;
      continue;
    }
    if (f && !(f.ch === '`' && text.slice(content + f.length, line.end).includes('`'))) {
      closeBlock(l - 1);
      fence = f;
      continue;
    }
    if (blockFirst >= 0 && isSetextUnderline(text, line.start, line.end)) setext.push({ line: l, span: { start: line.start, end: line.end } });
    if (isBlankFrom(text, content, line.end)) {
      closeBlock(l - 1);
      continue;
    }
    // A list item, table row or heading starts new inline content.
    const opener = text[content];
    if (prefix.listMarker || opener === '|' || opener === '#') closeBlock(l - 1);
    if (blockFirst < 0) blockFirst = l;
    counter.add(text, content, line.end);
  }
  closeBlock(lines.length - 1);
  return { hits, setext, lineCount: lines.length - 1 };
}

/**
 * Turns the hits and setext underlines of a whole document (in document order, lines counted from its start) into
 * regions and notices: underlines past `maxSetextHeadings` become regions too; regions on overlapping or consecutive
 * lines are merged (never across a blank line).
 */
export function resolveLimits(text: string, scan: LimitScan, limits: Readonly<ParseLimits> = DEFAULT_PARSE_LIMITS): Omit<GuardResult, 'parseText'> {
  const hits = [...scan.hits];
  const over = scan.setext.slice(limits.maxSetextHeadings);
  over.forEach((s, i) => hits.push({ kind: 'setext', firstLine: s.line, lastLine: s.line, span: s.span, found: i === 0 ? scan.setext.length : -1, limit: limits.maxSetextHeadings }));
  if (hits.length === 0) return { regions: [], notices: [] };
  hits.sort((a, b) => a.firstLine - b.firstLine);
  let unlisted = 0;
  const notices: ParseNotice[] = [];
  const regions: Span[] = [];
  for (const h of hits) {
    const span = { ...h.span };
    if (h.found >= 0) {
      if (notices.length < MAX_NOTICES) notices.push({ kind: h.kind, span, found: h.found, limit: h.limit, message: noticeMessage(h.kind, h.firstLine, h.lastLine, h.found, h.limit) });
      else unlisted++;
    }
    const prev = regions[regions.length - 1];
    if (prev && (span.start <= prev.end || isOneLineBreak(text, prev.end, span.start))) prev.end = Math.max(prev.end, span.end);
    else regions.push({ ...span });
  }
  if (unlisted > 0) notices[notices.length - 1]!.message += ` ${unlisted} more regions over a limit are not listed.`;
  return { regions, notices };
}

/** True when `text[from, to)` is exactly one line break. */
function isOneLineBreak(text: string, from: number, to: number): boolean {
  if (to === from + 1) return text[from] === '\n' || text[from] === '\r';
  return to === from + 2 && text[from] === '\r' && text[from + 1] === '\n';
}

/**
 * Pre-scans `text` (see `scanLimits`) and blanks, in the text to parse, every region over a limit.
 */
export function guardMarkdown(text: string, limits: Readonly<ParseLimits> = DEFAULT_PARSE_LIMITS): GuardResult {
  const { regions, notices } = resolveLimits(text, scanLimits(text, limits), limits);
  if (regions.length === 0) return { parseText: text, regions, notices };
  return { parseText: blankRegions(text, regions), regions, notices };
}

/** A line of only `=` or only `-` (up to 3 spaces before, white space after): a setext underline after a paragraph line. */
function isSetextUnderline(text: string, start: number, end: number): boolean {
  let i = start;
  while (i < end && i - start < 3 && text[i] === ' ') i++;
  const c = text[i];
  if (c !== '=' && c !== '-') return false;
  while (i < end && text[i] === c) i++;
  return isBlankFrom(text, i, end);
}

function noticeMessage(kind: ParseLimitKind, first: number, last: number, found: number, limit: number): string {
  const one = first === last;
  const where = one ? `Line ${first + 1}` : `Lines ${first + 1}–${last + 1}`;
  const verb = (v: string) => (one ? `${v}s` : v);
  const what =
    kind === 'nesting'
      ? `${verb('nest')} block quotes or lists ${found} levels deep (limit ${limit})`
      : kind === 'delimiters'
        ? `${verb('hold')} ${found} runs of emphasis delimiters *, _ or ~ in one block (limit ${limit})`
        : kind === 'brackets'
          ? `${verb('nest')} square brackets ${found} deep (limit ${limit})`
          : kind === 'links'
            ? `${verb('hold')} ${found} link openings \`](\` in one block (limit ${limit})`
            : kind === 'setext'
              ? `underlines setext heading number ${limit + 1}; it and the ${found - limit - 1} later underlines (limit ${limit} per document) were read as plain text.`
              : `${verb('hold')} one paragraph of ${found} characters (limit ${limit})`;
  if (kind === 'setext') return `${where} ${what}`;
  return `${where} ${what}; this part was not parsed as Markdown and was checked as plain text.`;
}

/** Replaces every character of the regions except line breaks by a space. */
export function blankRegions(text: string, regions: readonly Span[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const r of regions) {
    parts.push(text.slice(at, r.start));
    parts.push(text.slice(r.start, r.end).replace(/[^\r\n]/g, ' '));
    at = r.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/** What the plain-text reading of a region finds. */
export interface FallbackScan {
  prose: Span[];
  /** One per run of non-blank lines outside code fences; headings are ATX lines `# …`. */
  blocks: Array<{ kind: 'paragraph' | 'heading'; span: Span; prose: Span[]; depth?: number; title?: string }>;
  comments: Array<{ span: Span; body: string }>;
}

/** Longest HTML tag `<…>` recognised on one line by the fallback reading. */
const MAX_TAG = 200;

/**
 * Reads a region as plain text in linear time: per line, the container prefix is skipped; code fences, inline code
 * spans (matching backtick runs), HTML comments and tags are left out of the prose; the rest is prose.
 */
export function scanFallback(text: string, region: Span): FallbackScan {
  const out: FallbackScan = { prose: [], blocks: [], comments: [] };
  const lines = splitLines(text.slice(region.start, region.end)).map((l) => ({ start: l.start + region.start, end: l.end + region.start }));
  const closers = backtickClosers(text, region);
  let fence: { ch: string; length: number } | undefined;
  let block: FallbackScan['blocks'][number] | undefined;
  let codeUntil = -1; // end of an inline code span or comment that runs past the current line
  let noCommentClose = false;
  const endBlock = (): void => {
    if (block && block.prose.length) out.blocks.push(block);
    block = undefined;
  };
  for (const line of lines) {
    const prefix = readPrefix(text, line.start, line.end);
    let i = Math.max(prefix.contentStart, Math.min(codeUntil, line.end));
    const f = prefix.lastIndent < 4 && codeUntil <= line.start ? fenceAt(text, prefix.contentStart, line.end) : undefined;
    if (fence) {
      if (f && f.ch === fence.ch && f.length >= fence.length && isBlankFrom(text, prefix.contentStart + f.length, line.end)) fence = undefined;
      continue;
    }
    if (f) {
      endBlock();
      fence = f;
      continue;
    }
    if (codeUntil <= line.start && (isBlankFrom(text, prefix.contentStart, line.end) || isSetextUnderline(text, line.start, line.end))) {
      endBlock();
      continue;
    }
    const heading = codeUntil <= line.start ? /^#{1,6}(?=[ \t]|$)/.exec(text.slice(i, Math.min(line.end, i + 7))) : null;
    if (heading) {
      endBlock();
      block = { kind: 'heading', span: { start: i, end: line.end }, prose: [], depth: heading[0].length };
      i += heading[0].length;
    } else if (!block) {
      block = { kind: 'paragraph', span: { start: i, end: line.end }, prose: [] };
    }
    block.span.end = line.end;
    let proseStart = i;
    const pushProse = (end: number): void => {
      if (end > proseStart) {
        const s = { start: proseStart, end };
        out.prose.push(s);
        block!.prose.push(s);
      }
    };
    while (i < line.end) {
      const c = text[i];
      if (c === '\\') {
        i = Math.min(i + 2, line.end);
        continue;
      }
      if (c === '`') {
        let j = i;
        while (j < region.end && text[j] === '`') j++;
        const close = closers.get(i);
        if (close !== undefined) {
          pushProse(i);
          i = close;
          proseStart = i;
          if (i > line.end) break;
          continue;
        }
        i = j;
        continue;
      }
      if (c === '<') {
        if (!noCommentClose && text.startsWith('<!--', i)) {
          const close = text.indexOf('-->', i + 4);
          if (close >= 0 && close + 3 <= region.end) {
            pushProse(i);
            out.comments.push({ span: { start: i, end: close + 3 }, body: text.slice(i + 4, close).trim() });
            i = close + 3;
            proseStart = i;
            if (i > line.end) break;
            continue;
          }
          noCommentClose = true;
        }
        const next = text[i + 1] ?? '';
        if (/[A-Za-z/!?]/.test(next)) {
          let j = i + 1;
          while (j < line.end && j - i < MAX_TAG && text[j] !== '>' && text[j] !== '<') j++;
          if (text[j] === '>') {
            pushProse(i);
            i = j + 1;
            proseStart = i;
            continue;
          }
        }
      }
      i++;
    }
    if (i > line.end) {
      codeUntil = i;
      if (block.kind === 'heading') endBlock();
      continue;
    }
    pushProse(line.end);
    if (block.kind === 'heading') {
      block.title = text.slice(block.span.start + (block.depth ?? 0), line.end).replace(/[ \t]#+[ \t]*$/, '').trim();
      endBlock();
    }
  }
  endBlock();
  return out;
}

/**
 * For each opening backtick run in the region that an equally long run closes, the offset just past the closer.
 * One pass from the end keeps the next run of each length, so the whole is linear.
 */
function backtickClosers(text: string, region: Span): Map<number, number> {
  const runs: Array<{ start: number; length: number }> = [];
  for (let i = region.start; i < region.end; ) {
    if (text[i] === '\\') {
      i += 2;
      continue;
    }
    if (text[i] !== '`') {
      i++;
      continue;
    }
    let j = i;
    while (j < region.end && text[j] === '`') j++;
    runs.push({ start: i, length: j - i });
    i = j;
  }
  const nextOfLength = new Map<number, number>(); // length → index of the next run of that length
  const nextIndex: number[] = new Array<number>(runs.length).fill(-1);
  for (let k = runs.length - 1; k >= 0; k--) {
    nextIndex[k] = nextOfLength.get(runs[k]!.length) ?? -1;
    nextOfLength.set(runs[k]!.length, k);
  }
  const closers = new Map<number, number>();
  for (let k = 0; k < runs.length; ) {
    const n = nextIndex[k]!;
    if (n < 0) {
      k++;
      continue;
    }
    closers.set(runs[k]!.start, runs[n]!.start + runs[n]!.length);
    k = n + 1;
  }
  return closers;
}
