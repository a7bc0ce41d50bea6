/**
 * Parses a Markdown document in chunks and re-parses only what an edit changed.
 *
 * The text is cut where `findCuts` proposes (blank lines before column-0 blocks, list items of tight lists) and parsed
 * in units of several chunks; each unit's tree confirms its inner cuts and its end (`checkCuts`) before it is read
 * (`collect`) and dropped. A unit whose end leaves a block open (an unclosed fence) is extended, doubling, until it
 * closes. Link reference and footnote definitions apply document-wide: each unit is parsed with the document's
 * definition labels written before it (after it, for the unit that starts the document), and chunks holding a `[` are
 * parsed again when the labels change. The parse guard runs per proposed chunk (its state is fresh at every cut) and
 * its document-wide limits are applied to the whole.
 *
 * A `DocumentParser` keeps the chunks of its last parse: the next parse reuses every chunk outside the edited range
 * (found by comparing the texts' common prefix and suffix) whose cuts, guard regions and labels are unchanged.
 */
import type { Span } from '../types';
import { checkCuts, findCuts, frontMatterLinesEnd, type Cut } from './chunks';
import { buildSections, collect, type Block, type Collected, type FrontMatter, type Heading, type HtmlComment, type TopBlock } from './collect';
import type { ParsedDocument } from './document';
import { blankRegions, DEFAULT_PARSE_LIMITS, resolveLimits, scanFallback, scanLimits, splitLines, type LimitScan, type ParseLimits, type ParseNotice } from './guard';
import { LineIndex, lineStartsOf } from './line-index';
import { hasFrontMatter, parseMarkdown } from './markdown';
import { parsePlainMarkdown } from './plain-markdown';
import { mergeSpans, moveSpan, moveSpans } from './spans';

/** Characters of Markdown parsed in one call when chunks are parsed together (fewer calls, same trees). */
const UNIT_CHARS = 16 * 1024;

/** What was read from one chunk, offsets relative to its start; shared between parses while the chunk is unchanged. */
export interface ChunkData {
  readonly length: number;
  /** Sorted, disjoint. */
  readonly prose: readonly Span[];
  readonly blocks: readonly Block[];
  readonly headings: readonly Heading[];
  readonly comments: readonly HtmlComment[];
  readonly frontMatter?: FrontMatter;
  readonly topBlocks: readonly TopBlock[];
  /** Definition labels (see `Collected.labels`). */
  readonly labels: readonly string[];
  /** Starts of the lines after the chunk's first line (the last may equal `length`). */
  readonly lineStarts: readonly number[];
  /** Later stages' results for this chunk, by key (relative offsets too). */
  readonly memo: Map<unknown, unknown>;
}

/** A chunk of the current text. */
export interface Chunk {
  readonly start: number;
  readonly end: number;
  readonly data: ChunkData;
}

interface Entry extends Chunk {
  /** Kind of the cut at the chunk's end (`eof` at the end of the text). */
  readonly endKind: Cut['kind'] | 'eof';
  /** The guard regions in the chunk (relative), joined; and WITH_BRACKETS + the labels it was parsed with ('' without a `[`). */
  readonly regionKey: string;
  readonly labelKey: string;
}

/** The result of one parse: the document and its chunks in order. */
export interface ChunkedParse {
  doc: ParsedDocument;
  chunks: readonly Chunk[];
}

/** What changed between two texts: the lengths of their common prefix and suffix (not overlapping). */
interface Edit {
  prefix: number;
  suffix: number;
}

/** A proposed chunk (between two cuts) and the parse guard's scan of it. */
interface Segment {
  start: number;
  end: number;
  scan: LimitScan;
}

/** What a parse leaves for the next one. */
interface Previous {
  text: string;
  cuts: Cut[];
  segments: Segment[];
  entries: Entry[];
  labels: string[];
}

/** Parses documents in chunks, reusing the chunks of its previous parse (see the module comment). */
export class DocumentParser {
  private previous: Previous | undefined;
  private readonly limits: Readonly<ParseLimits>;

  /** `whole: true` parses every text in one piece (no cuts, nothing reused): the reference the chunked parse must match. */
  constructor(
    limits?: Readonly<ParseLimits>,
    private readonly options: { whole?: boolean } = {},
  ) {
    this.limits = limits ?? DEFAULT_PARSE_LIMITS;
  }

  /** Parses `rawText` (a leading BOM is stripped, as `parseDocument` does). */
  parse(rawText: string, uri = 'untitled.md'): ChunkedParse {
    const hadBom = rawText.charCodeAt(0) === 0xfeff;
    const text = hadBom ? rawText.slice(1) : rawText;
    const prev = this.options.whole ? undefined : this.previous;
    const edit = prev ? editBetween(prev.text, text) : undefined;
    const cuts = this.options.whole ? [] : this.cutsOf(text, prev, edit);
    const segments = this.segmentsOf(text, cuts, prev, edit);
    const run = new ParseRun(text, this.limits, cuts, segments, !this.options.whole);
    const entries = run.chunk(prev?.text ?? '', prev?.entries ?? [], edit, prev?.labels ?? (this.options.whole ? [] : prescanLabels(text)));
    if (!this.options.whole) this.previous = { text, cuts, segments, entries, labels: run.labels };
    return { doc: assemble(text, uri, hadBom, entries, run.notices), chunks: entries };
  }

  /** The cuts of `text`: proposed again only from the last cut before the edit to the first one after it that matches. */
  private cutsOf(text: string, prev: Previous | undefined, edit: Edit | undefined): Cut[] {
    if (!prev || !edit || frontMatterChanged(prev.text, edit)) return findCuts(text, this.limits);
    const old = prev.cuts;
    let i = lastBefore(old, edit.prefix);
    // Resume at a cut whose whole line lies before the edit.
    while (i >= 0 && lineEndAt(prev.text, old[i]!.offset) >= edit.prefix) i--;
    const head = i >= 0 ? old.slice(0, i) : [];
    const resume = i >= 0 ? { offset: old[i]!.offset, prevBlank: old[i]!.kind === 'blank' } : undefined;
    const delta = text.length - prev.text.length;
    const tailFrom = text.length - edit.suffix;
    let tail = -1;
    const stop = (cut: Cut): boolean => {
      if (cut.offset < tailFrom) return false;
      const j = lastBefore(old, cut.offset - delta + 1);
      if (j < 0 || old[j]!.offset !== cut.offset - delta || old[j]!.kind !== cut.kind) return false;
      tail = j;
      return true;
    };
    const middle = findCuts(text, this.limits, resume, stop);
    if (tail < 0) return [...head, ...middle];
    return [...head, ...middle, ...old.slice(tail + 1).map((c) => ({ offset: c.offset + delta, kind: c.kind }))];
  }

  /** The guard's scan of each proposed chunk, kept from the previous parse for those outside the edit. */
  private segmentsOf(text: string, cuts: readonly Cut[], prev: Previous | undefined, edit: Edit | undefined): Segment[] {
    const byStart = new Map<number, Segment>();
    if (prev && edit) for (const s of prev.segments) byStart.set(s.start, s);
    const delta = prev ? text.length - prev.text.length : 0;
    const out: Segment[] = [];
    let start = 0;
    for (const end of [...cuts.map((c) => c.offset), text.length]) {
      let scan: LimitScan | undefined;
      if (prev && edit) {
        const before = end <= edit.prefix ? byStart.get(start) : undefined;
        const after = start >= text.length - edit.suffix ? byStart.get(start - delta) : undefined;
        if (before && before.end === end) scan = before.scan;
        else if (after && after.end === end - delta) scan = after.scan;
      }
      out.push({ start, end, scan: scan ?? scanLimits(text.slice(start, end), this.limits) });
      start = end;
    }
    return out;
  }
}

/** The common prefix and suffix of two texts (compared in blocks, which native string comparison does fast). */
function editBetween(a: string, b: string): Edit {
  const max = Math.min(a.length, b.length);
  let prefix = 0;
  for (let block = 4096; block >= 1; block >>= 3) while (prefix + block <= max && a.slice(prefix, prefix + block) === b.slice(prefix, prefix + block)) prefix += block;
  let suffix = 0;
  const room = max - prefix;
  for (let block = 4096; block >= 1; block >>= 3) {
    while (suffix + block <= room && a.slice(a.length - suffix - block, a.length - suffix) === b.slice(b.length - suffix - block, b.length - suffix)) suffix += block;
  }
  return { prefix, suffix };
}

/** True unless the old text had no front matter, or the edit came after its end. */
function frontMatterChanged(oldText: string, edit: Edit): boolean {
  if (edit.prefix < 3) return true;
  if (!oldText.startsWith('---') && !oldText.startsWith('+++')) return false;
  const end = frontMatterLinesEnd(oldText);
  return end === 0 || end > edit.prefix;
}

/** Index of the last cut with offset < `offset`, or −1. */
function lastBefore(cuts: readonly Cut[], offset: number): number {
  let lo = 0;
  let hi = cuts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cuts[mid]!.offset < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** The end of the line starting at `start` (before its line break). */
function lineEndAt(text: string, start: number): number {
  let e = start;
  while (e < text.length && text.charCodeAt(e) !== 10 && text.charCodeAt(e) !== 13) e++;
  return e;
}

/**
 * Prefix of the label key of a chunk that holds a `[` (it depends on the labels, even on none); a chunk without one has
 * the key '' and never depends on them.
 */
const WITH_BRACKETS = '[';

/** The definition labels of the chunks, sorted, without repeats. */
function labelsOf(entries: readonly Entry[]): string[] {
  let found: Set<string> | undefined;
  for (const e of entries) for (const l of e.data.labels) (found ??= new Set()).add(l);
  return found ? [...found].sort() : [];
}

/** One parse: cuts, guard results and the chunking of one text. */
class ParseRun {
  readonly cuts: Cut[];
  readonly cutKinds = new Map<number, Cut['kind']>();
  readonly regions: Span[];
  readonly notices: ParseNotice[];
  labels: string[] = [];
  private labelKey = '';
  private definitions = '';
  /** The text opens with front matter (see `hasFrontMatter`). */
  private readonly frontMatter: boolean;

  constructor(
    readonly text: string,
    limits: Readonly<ParseLimits>,
    cuts: Cut[],
    segments: readonly Segment[],
    /** Chunks of plain Markdown are read without remark (see `parsePlainMarkdown`); off for the whole-text reference. */
    private readonly fastPath: boolean,
  ) {
    // The guard per proposed chunk: shift each scan's offsets and lines into the document.
    const scan: LimitScan = { hits: [], setext: [], lineCount: 0 };
    let line = 0;
    for (const { start: at, scan: s } of segments) {
      for (const h of s.hits) scan.hits.push({ ...h, firstLine: h.firstLine + line, lastLine: h.lastLine + line, span: { start: h.span.start + at, end: h.span.end + at } });
      for (const u of s.setext) scan.setext.push({ line: u.line + line, span: { start: u.span.start + at, end: u.span.end + at } });
      line += s.lineCount;
    }
    const resolved = resolveLimits(text, scan, limits);
    this.regions = resolved.regions;
    this.notices = resolved.notices;
    // A cut inside a region would split its plain-text reading; and a region blanks the lines it covers, so a cut at its
    // first line no longer stands before a column-0 block (a list item before it may run on over the blanks).
    if (this.regions.length) cuts = cuts.filter((c) => !this.regions.some((r) => r.start <= c.offset && r.end > c.offset));
    this.cuts = cuts;
    for (const c of cuts) this.cutKinds.set(c.offset, c.kind);
    this.frontMatter = hasFrontMatter(text);
  }

  /** The chunks of the text, reusing `old` chunks of `oldText` where possible; parses with `labels` first. */
  chunk(oldText: string, old: readonly Entry[], edit: Edit | undefined, labels: string[]): Entry[] {
    this.useLabels(labels);
    const text = this.text;
    const clean = edit ? this.reusable(oldText, old, edit) : [];
    const out: Entry[] = [];
    let k = 0; // next clean entry
    let at = 0;
    while (at < text.length || out.length === 0) {
      if (k < clean.length && clean[k]!.start === at) {
        out.push(clean[k]!);
        at = clean[k++]!.end;
        continue;
      }
      // A gap: re-chunk it up to the next clean chunk; when its end does not hold, take in that chunk and the gap after it.
      const gapEnd = () => (k < clean.length ? clean[k]!.start : text.length);
      const parsed = this.parseRange(at, gapEnd(), () => (k < clean.length ? (k++, gapEnd()) : undefined));
      out.push(...parsed);
      at = out[out.length - 1]!.end;
      while (k < clean.length && clean[k]!.start < at) k++;
    }
    // The document's labels decide how `[…]` parses: re-parse chunks that saw other labels.
    const found = labelsOf(out);
    if (found.join('\n') !== this.labels.join('\n')) {
      this.useLabels(found);
      const stale = (e: Entry) => e.labelKey !== '' && e.labelKey !== WITH_BRACKETS + this.labelKey;
      for (let i = 0; i < out.length; i++) {
        if (!stale(out[i]!)) continue;
        let j = i + 1;
        while (j < out.length && stale(out[j]!) && out[j]!.end - out[i]!.start <= UNIT_CHARS) j++;
        const unit = out.slice(i, j);
        const { collected } = this.parseUnit(unit[0]!.start, unit[unit.length - 1]!.end);
        const redone = this.entriesOf(collected, unit.map((u) => u.start), unit.map((u) => u.end), unit.map((u) => u.endKind));
        out.splice(i, j - i, ...redone);
        i = j - 1;
      }
    }
    return out;
  }

  private useLabels(labels: string[]): void {
    this.plainChunks.clear();
    this.labels = labels;
    this.labelKey = labels.join('\n');
    this.definitions = labels.map((l) => (l.startsWith('^') ? `[^${l.slice(1)}]: x\n\n` : `[${l}]: #\n\n`)).join('');
  }

  /** Old chunks outside the edit whose text, cuts, guard regions and labels are unchanged, at their new offsets. */
  private reusable(oldText: string, old: readonly Entry[], edit: Edit): Entry[] {
    const text = this.text;
    const { prefix, suffix } = edit;
    const delta = text.length - oldText.length;
    const out: Entry[] = [];
    for (const e of old) {
      let start: number;
      if (e.end <= prefix) start = e.start;
      else if (e.start >= oldText.length - suffix) start = e.start + delta;
      else continue;
      const end = start + e.data.length;
      const endKind = end === text.length ? 'eof' : this.cutKinds.get(end);
      if (endKind !== e.endKind || (start > 0 && !this.cutKinds.has(start))) continue;
      if (this.regionKeyOf(start, end) !== e.regionKey) continue;
      if (e.labelKey !== '' && e.labelKey !== WITH_BRACKETS + this.labelKey) continue;
      out.push(start === e.start ? e : { ...e, start, end });
    }
    return out;
  }

  /**
   * Chunks covering `[start, end)`, parsed in units; when the last unit's end does not hold, `more()` extends the
   * range (to the end of the next reusable chunk) or, at the end of the text, the end holds.
   */
  private parseRange(start: number, end: number, more: () => number | undefined): Entry[] {
    const out: Entry[] = [];
    let bounds = this.cutsIn(start, end);
    let i = 0; // bounds[i] is where the next unit starts
    while (i < bounds.length - 1) {
      const plain = this.plainEntry(bounds[i]!, bounds[i + 1]!);
      if (plain) {
        out.push(plain);
        i++;
        continue;
      }
      // Chunks for remark, up to the next plain one.
      let j = i + 1;
      while (j < bounds.length - 1 && bounds[j + 1]! - bounds[i]! <= UNIT_CHARS && !this.plainEntry(bounds[j]!, bounds[j + 1]!)) j++;
      for (;;) {
        const unitStart = bounds[i]!;
        const unitEnd = bounds[j]!;
        const cuts = this.innerCuts(bounds, i, j);
        const { collected, parseText } = this.parseUnit(unitStart, unitEnd);
        const endKind = this.endKindAt(unitEnd);
        const check = checkCuts(collected.outline, parseText, cuts, endKind);
        if (check.endHolds) {
          const starts = [unitStart, ...cuts.filter((_, c) => check.holds[c]).map((c) => unitStart + c.offset)];
          const ends = [...starts.slice(1), unitEnd];
          out.push(...this.entriesOf(collected, starts, ends, ends.map((e) => this.endKindAt(e))));
          break;
        }
        // The end does not hold (a fence or HTML block stays open): take in as many chunks again.
        const grow = Math.max(1, j - i);
        while (j + grow >= bounds.length) {
          const further = more();
          if (further === undefined) break;
          bounds = [...bounds.slice(0, -1), ...this.cutsIn(bounds[bounds.length - 1]!, further)];
        }
        j = Math.min(j + grow, bounds.length - 1);
      }
      i = j;
    }
    return out;
  }

  /** Plain chunks read without remark, by start (undefined: not plain), for the current run. */
  private readonly plainChunks = new Map<number, { end: number; entry: Entry | undefined }>();

  /**
   * The chunk `[start, end)` read with `parsePlainMarkdown` when it keeps to that grammar, has no guard region, front
   * matter or definition labels to respect, and its end holds as a remark unit's would; else undefined.
   */
  private plainEntry(start: number, end: number): Entry | undefined {
    if (!this.fastPath || (start === 0 && this.frontMatter)) return undefined;
    const known = this.plainChunks.get(start);
    if (known && known.end === end) return known.entry;
    let entry: Entry | undefined;
    const source = this.text.slice(start, end);
    const tree = this.regionsIn(start, end).length ? undefined : parsePlainMarkdown(source, { brackets: this.labels.length === 0 });
    if (tree) {
      const collected = collect(tree, { source, offset: 0 });
      const endKind = this.endKindAt(end);
      if (checkCuts(collected.outline, source, [], endKind).endHolds) entry = this.entriesOf(collected, [start], [end], [endKind])[0];
    }
    this.plainChunks.set(start, { end, entry });
    return entry;
  }

  /** `start`, the cuts strictly inside `[start, end)`, and `end`. */
  private cutsIn(start: number, end: number): number[] {
    const out = [start];
    let lo = 0;
    let hi = this.cuts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cuts[mid]!.offset <= start) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < this.cuts.length && this.cuts[k]!.offset < end; k++) out.push(this.cuts[k]!.offset);
    out.push(end);
    return out;
  }

  /** The cuts between `bounds[i]` and `bounds[j]`, relative to `bounds[i]`. */
  private innerCuts(bounds: readonly number[], i: number, j: number): Cut[] {
    const base = bounds[i]!;
    return bounds.slice(i + 1, j).map((o) => ({ offset: o - base, kind: this.cutKinds.get(o)! }));
  }

  private endKindAt(offset: number): Cut['kind'] | 'eof' {
    return offset >= this.text.length ? 'eof' : this.cutKinds.get(offset)!;
  }

  /** Parses `text[start, end)` (guard regions blanked, with the definition labels) and reads the tree. */
  private parseUnit(start: number, end: number): { collected: Collected; parseText: string } {
    const source = this.text.slice(start, end);
    const regions = this.regionsIn(start, end);
    const parseText = regions.length ? blankRegions(source, regions) : source;
    const whole = start === 0 && end === this.text.length;
    const front = start === 0 && this.frontMatter;
    let collected: Collected;
    if (!this.definitions || whole || !source.includes('[')) collected = collect(parseMarkdown(parseText, front), { source, offset: 0 });
    else if (start === 0) collected = collect(parseMarkdown(parseText + '\n\n' + this.definitions, front), { source, offset: 0 });
    else collected = collect(parseMarkdown(this.definitions + parseText, false), { source, offset: this.definitions.length });
    return { collected, parseText };
  }

  /** Guard regions inside `[start, end)`, relative to `start`. */
  private regionsIn(start: number, end: number): Span[] {
    const out: Span[] = [];
    for (const r of this.regions) if (r.end > start && r.start < end) out.push({ start: Math.max(r.start, start) - start, end: Math.min(r.end, end) - start });
    return out;
  }

  private regionKeyOf(start: number, end: number): string {
    return this.regions.length ? this.regionsIn(start, end).map((r) => `${r.start}-${r.end}`).join(',') : '';
  }

  /** Splits what was read from a unit into chunks `[starts[k], ends[k])` (the first start is the unit's). */
  private entriesOf(collected: Collected, starts: readonly number[], ends: readonly number[], endKinds: ReadonlyArray<Cut['kind'] | 'eof'>): Entry[] {
    const base = starts[0]!;
    const take = splitter(starts.map((s) => s - base));
    const prose = take(collected.prose, (s) => s.start);
    const blocks = take(collected.blocks, (b) => b.span.start);
    const headings = take(collected.headings, (h) => h.span.start);
    const comments = take(collected.comments, (c) => c.span.start);
    const topBlocks = take(collected.topBlocks, (t) => t.span.start);
    const labels = take(collected.labels, (l) => l.at);
    return starts.map((start, k) => {
      const end = ends[k]!;
      const source = this.text.slice(start, end);
      const parts: Parts = {
        prose: prose[k]!,
        blocks: blocks[k]!,
        headings: headings[k]!,
        comments: comments[k]!,
        topBlocks: topBlocks[k]!,
        labels: labels[k]!.map((l) => l.label),
        frontMatter: start === 0 ? collected.frontMatter : undefined,
      };
      const data = chunkData(source, start - base, parts, this.regionsIn(start, end));
      return { start, end, data, endKind: endKinds[k]!, regionKey: this.regionKeyOf(start, end), labelKey: source.includes('[') ? WITH_BRACKETS + this.labelKey : '' };
    });
  }
}

/** Splits a list sorted by `at` into one list per chunk, given the chunks' relative starts. */
function splitter(starts: readonly number[]) {
  return <T>(items: readonly T[], at: (t: T) => number): T[][] => {
    const out: T[][] = starts.map(() => []);
    let k = 0;
    for (const item of items) {
      const o = at(item);
      while (k + 1 < starts.length && o >= starts[k + 1]!) k++;
      out[k]!.push(item);
    }
    return out;
  };
}

interface Parts {
  prose: Span[];
  blocks: Block[];
  headings: Heading[];
  comments: HtmlComment[];
  topBlocks: TopBlock[];
  labels: string[];
  frontMatter: FrontMatter | undefined;
}

/** A chunk's data: `parts` shifted by `-shift` (unit-relative to chunk-relative), plus the plain-text reading of its guard regions. */
function chunkData(source: string, shift: number, parts: Parts, regions: readonly Span[]): ChunkData {
  const sp = (s: Span): Span => ({ start: s.start - shift, end: s.end - shift });
  let prose = parts.prose.map(sp);
  const blocks: Block[] = parts.blocks.map((b) => ({ ...b, span: sp(b.span), prose: b.prose.map(sp) }));
  const headings: Heading[] = parts.headings.map((h) => ({ ...h, span: sp(h.span) }));
  const comments: HtmlComment[] = parts.comments.map((c) => ({ ...c, span: sp(c.span) }));
  const topBlocks: TopBlock[] = parts.topBlocks.map((t) =>
    t.kind === 'paragraph' ? { kind: 'paragraph', span: sp(t.span) } : { ...t, span: sp(t.span), paragraphs: t.paragraphs.map(sp) },
  );
  for (const region of regions) {
    const scan = scanFallback(source, region);
    prose.push(...scan.prose);
    comments.push(...scan.comments);
    for (const b of scan.blocks) {
      const block: Block = { kind: b.kind, span: b.span, prose: b.prose };
      if (b.kind === 'heading') {
        block.depth = b.depth;
        headings.push({ depth: b.depth ?? 1, title: b.title ?? '', span: b.span });
      }
      blocks.push(block);
    }
  }
  if (regions.length) {
    blocks.sort((a, b) => a.span.start - b.span.start);
    headings.sort((a, b) => a.span.start - b.span.start);
    comments.sort((a, b) => a.span.start - b.span.start);
  }
  prose = mergeSpans(prose);
  const data: ChunkData = {
    length: source.length,
    prose,
    blocks,
    headings,
    comments,
    topBlocks,
    labels: parts.labels,
    lineStarts: lineStartsOf(source).slice(1),
    memo: new Map(),
  };
  if (parts.frontMatter) (data as { frontMatter?: FrontMatter }).frontMatter = parts.frontMatter;
  return data;
}

/**
 * Absolute copies of a chunk's spans. Made once when the chunk first stands at an offset other than 0; when it moves,
 * they are moved in place (so a parse's document is valid until the next parse by the same parser moves its chunks).
 */
interface Placed {
  start: number;
  prose: Span[];
  blocks: Block[];
  headings: Heading[];
  comments: HtmlComment[];
  topBlocks: TopBlock[];
}

const PLACED = Symbol('placed');

/** The chunk's data at its offset (kept in its memo, and moved in place when the chunk moves: see `Placed`). */
export function placed(chunk: Chunk): Placed {
  const d = chunk.data;
  const o = chunk.start;
  const cached = d.memo.get(PLACED) as Placed | undefined;
  if (cached && cached.start === o) return cached;
  if (cached && cached.start !== 0 && o !== 0) {
    movePlaced(cached, o - cached.start);
    cached.start = o;
    return cached;
  }
  const p: Placed =
    o === 0
      ? { start: 0, prose: d.prose as Span[], blocks: d.blocks as Block[], headings: d.headings as Heading[], comments: d.comments as HtmlComment[], topBlocks: d.topBlocks as TopBlock[] }
      : {
          start: o,
          prose: shiftSpans(d.prose, o),
          blocks: d.blocks.map((b) => shiftBlock(b, o)),
          headings: d.headings.map((h) => ({ depth: h.depth, title: h.title, span: shift(h.span, o) })),
          comments: d.comments.map((c) => ({ span: shift(c.span, o), body: c.body })),
          topBlocks: d.topBlocks.map((t) => (t.kind === 'paragraph' ? { kind: 'paragraph', span: shift(t.span, o) } : { kind: 'item', span: shift(t.span, o), ordered: t.ordered, paragraphs: shiftSpans(t.paragraphs, o) })),
        };
  d.memo.set(PLACED, p);
  return p;
}

/** Moves placed copies by `by` in place (each span object belongs to exactly one of them). */
function movePlaced(p: Placed, by: number): void {
  moveSpans(p.prose, by);
  for (const b of p.blocks) {
    moveSpan(b.span, by);
    moveSpans(b.prose, by);
  }
  for (const h of p.headings) moveSpan(h.span, by);
  for (const c of p.comments) moveSpan(c.span, by);
  for (const t of p.topBlocks) {
    moveSpan(t.span, by);
    if (t.kind === 'item') moveSpans(t.paragraphs, by);
  }
}

function shift(s: Span, by: number): Span {
  return { start: s.start + by, end: s.end + by };
}

function shiftSpans(spans: readonly Span[], by: number): Span[] {
  const out = new Array<Span>(spans.length);
  for (let i = 0; i < spans.length; i++) out[i] = shift(spans[i]!, by);
  return out;
}

function shiftBlock(b: Block, by: number): Block {
  const out: Block = { kind: b.kind, span: shift(b.span, by), prose: shiftSpans(b.prose, by) };
  if (b.depth !== undefined) out.depth = b.depth;
  return out;
}

/** Appends `items` to `to` (a loop: no iterator, no argument spreading). */
export function append<T>(to: T[], items: readonly T[]): void {
  for (let i = 0; i < items.length; i++) to.push(items[i]!);
}

/** The document from its chunks. */
function assemble(text: string, uri: string, hadBom: boolean, chunks: readonly Chunk[], notices: ParseNotice[]): ParsedDocument {
  const prose: Span[] = [];
  const blocks: Block[] = [];
  const headings: Heading[] = [];
  const comments: HtmlComment[] = [];
  const topBlocks: TopBlock[] = [];
  const lineStarts = [0];
  for (const c of chunks) {
    const p = placed(c);
    append(prose, p.prose);
    append(blocks, p.blocks);
    append(headings, p.headings);
    append(comments, p.comments);
    append(topBlocks, p.topBlocks);
    const starts = c.data.lineStarts;
    for (let i = 0; i < starts.length; i++) lineStarts.push(starts[i]! + c.start);
  }
  const doc: ParsedDocument = {
    uri,
    text,
    hadBom,
    lines: new LineIndex(text, lineStarts),
    prose,
    blocks,
    sections: buildSections(headings, text.length),
    comments,
    topBlocks,
    notices,
  };
  const front = chunks[0]?.data.frontMatter;
  if (front) doc.frontMatter = front;
  return doc;
}

/**
 * Definition labels found by a quick look at the lines (`[label]:` after container markers), normalised as micromark
 * does; the parse corrects a wrong guess by parsing again.
 */
function prescanLabels(text: string): string[] {
  if (!text.includes(']:')) return [];
  const out = new Set<string>();
  let close = text.indexOf(']:');
  for (const line of splitLines(text)) {
    let open = line.start;
    while (open < line.end && ' \t>*+-0123456789.)'.includes(text[open]!)) open++;
    if (text[open] !== '[') continue;
    while (close >= 0 && close < open) close = text.indexOf(']:', close + 1);
    if (close < 0) break;
    if (close > line.end) continue;
    const label = text.slice(open + 1, close);
    if (!label.trim() || label.replace(/\\./g, '').includes('[') || label.replace(/\\./g, '').includes(']')) continue;
    out.add(label.replace(/[\t\n\r ]+/g, ' ').replace(/^ | $/g, '').toLowerCase().toUpperCase().toLowerCase());
  }
  return [...out].sort();
}
