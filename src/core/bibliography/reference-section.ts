/**
 * The draft's own numbered reference list: a "References" (or similar) section written as an ordered Markdown list,
 * or as lines starting with `[n]`, `n.` or `n)`.
 */
import type { ParsedDocument, Section, TopBlock } from '../parse/document';
import type { LineIndex } from '../parse/line-index';
import { throwIfCancelled, type CancellationToken, type Range, type Span } from '../types';
import { checkIdentifiers, type CheckedIdentifiers } from './identifiers';
import { parseReferenceText, type ReferenceTextFields } from './reference-text';
import type { BibEntry, ReferenceSection } from './types';

/** Heading texts that open a reference list (case-insensitive; optional numbering before, optional colon after). */
export const REFERENCE_HEADINGS: readonly string[] = [
  'references',
  'reference list',
  'bibliography',
  'literature cited',
  'works cited',
  'cited literature',
];

const HEADING_RE = new RegExp(
  `^(?:(?:[0-9]+(?:\\.[0-9]+)*|[ivxlc]+)[.)]?[ \\t]+)?(?:${REFERENCE_HEADINGS.join('|').replace(/ /g, '[ \\t]+')})[ \\t]*:?$`,
  'i',
);

/** True when a heading's text names a reference list ("References", "7. Bibliography", "Works cited:" …). */
export function isReferenceHeading(title: string): boolean {
  return HEADING_RE.test(title.trim());
}

/**
 * Finds the draft's reference list (the last section whose heading is a reference heading) and reads its numbered
 * entries. Entries are ordered-list items (numbered as written in the source) or lines starting with `[n]`, `n.` or
 * `n)` (also `- [n]` bullet items); continuation lines belong to the entry above. Paragraphs that do not start with a
 * number are skipped. Each entry's `labelRange` covers the digits of its number only. `memo` (kept by the caller between
 * analyses) saves reading the same entry text twice; `entriesIn`, when given, reads the section's entries instead (as
 * `readEntries` would from the blocks inside it; the incremental analyser keeps them per chunk).
 */
export function findReferenceSection(
  doc: ParsedDocument,
  token?: CancellationToken,
  memo?: ReferenceMemo,
  entriesIn?: (section: Section) => BibEntry[],
): ReferenceSection | undefined {
  let section: Section | undefined;
  // The last one: looked for from the end (the list is usually last, and long drafts have hundreds of sections).
  for (let i = doc.sections.length - 1; i >= 0 && !section; i--) if (isReferenceHeading(doc.sections[i]!.title)) section = doc.sections[i];
  if (!section) return undefined;
  let entries: BibEntry[];
  if (entriesIn) entries = entriesIn(section);
  else {
    entries = [];
    const inside = doc.topBlocks.filter((b) => startsIn(b, section!));
    for (const list of readEntries(doc, inside, token, memo)) for (const e of list) entries.push(e);
  }
  const first = entries[0];
  const last = entries[entries.length - 1];
  const contentStart = section.headingSpan.end;
  const listSpan: Span = first && last ? { start: first.span.start, end: last.span.end } : { start: contentStart, end: contentStart };
  return { title: section.title, span: { ...section.span }, listSpan, entries, problems: [] };
}

/** True when a paragraph or list item starts after the section's heading and inside the section. */
export function startsIn(block: TopBlock, section: Section): boolean {
  return block.span.start >= section.headingSpan.end && block.span.start < section.span.end;
}

/** The text and lines entries are read from: a document, or one chunk of it. */
export interface EntrySource {
  text: string;
  lines: LineIndex;
}

/**
 * The reference entries each of `blocks` (paragraphs and list items of `source`) holds, one list per block: an ordered
 * item numbered as written, a bullet item starting `[n]` (else its paragraphs), or a paragraph of `[n]`, `n.` or `n)` lines.
 */
export function readEntries(source: EntrySource, blocks: readonly TopBlock[], token?: CancellationToken, memo?: ReferenceMemo): BibEntry[][] {
  return blocks.map((block) => {
    throwIfCancelled(token);
    const entries: BibEntry[] = [];
    const reader = new EntryReader(source, entries, memo);
    if (block.kind === 'item') reader.item(block);
    else reader.paragraph(block.span);
    return entries;
  });
}

/** Fields read from an entry's text (offsets relative to it) and its checked identifiers; the entry last made from them. */
export interface MemoEntry {
  fields: ReferenceTextFields;
  ids: CheckedIdentifiers;
  last?: BibEntry;
}

/** Entries read before, by text: a `Map`, or any store with `get` and `set`. */
export interface ReferenceMemo {
  get(text: string): MemoEntry | undefined;
  set(text: string, entry: MemoEntry): unknown;
}

const ITEM_NUMBER = /[ \t]*([0-9]{1,9})[.)][ \t]*/y;
const BULLET_NUMBER = /[ \t]*[-*+][ \t]+\[([0-9]{1,9})\][ \t]*/y;
const LINE_BRACKET = /[ \t]*\[([0-9]{1,9})\]:?[ \t]*/y;
const LINE_DOTTED = /[ \t]*([0-9]{1,9})[.)](?![^ \t\r\n])[ \t]*/y;

interface Label {
  number: number;
  digits: Span;
  /** Where the entry's text starts (after the label and following spaces). */
  bodyStart: number;
}

class EntryReader {
  private readonly text: string;

  constructor(
    private readonly doc: EntrySource,
    private readonly entries: BibEntry[],
    private readonly memo?: ReferenceMemo,
  ) {
    this.text = doc.text;
  }

  /** An ordered item is an entry when it starts with its number; a bullet item when it starts with `[n]`, else its paragraphs are read. */
  item(item: TopBlock & { kind: 'item' }): void {
    const span = item.span;
    const label = this.label(item.ordered ? ITEM_NUMBER : BULLET_NUMBER, span.start, span.end);
    if (label) this.add(span, label);
    else if (!item.ordered) for (const p of item.paragraphs) this.paragraph(p);
  }

  /** A paragraph may hold several entries, one per `[n]` / `n.` line, with continuation lines. */
  paragraph(span: Span): void {
    const lines = this.doc.lines;
    const firstLine = lines.positionAt(span.start).line;
    const lastLine = lines.positionAt(span.end).line;
    let current: { start: number; end: number; label: Label } | undefined;
    let form: RegExp | undefined;
    for (let line = firstLine; line <= lastLine; line++) {
      const from = Math.max(span.start, lines.lineStarts[line]!);
      const to = Math.min(span.end, lines.lineContentEnd(line));
      const label = form ? this.label(form, from, to) : (this.label((form = LINE_BRACKET), from, to) ?? this.label((form = LINE_DOTTED), from, to));
      if (label) {
        if (current) this.add({ start: current.start, end: current.end }, current.label);
        current = { start: firstNonBlank(this.text, from, to), end: to, label };
      } else if (current) {
        if (to > from && this.text.slice(from, to).trim()) current.end = to;
      } else {
        return; // not a numbered paragraph
      }
    }
    if (current) this.add({ start: current.start, end: current.end }, current.label);
  }

  /** The fields of an entry's text at `base` (without a memo). */
  private fields(body: string, base: number): MemoEntry {
    const fields = parseReferenceText(body, base);
    return { fields, ids: checkIdentifiers(fields.identifiers) };
  }

  /** The memo's entry for a text, read once per distinct text (undefined without a memo). */
  private memoEntry(body: string): MemoEntry | undefined {
    if (!this.memo) return undefined;
    let m = this.memo.get(body);
    if (!m) {
      const fields = parseReferenceText(body, 0);
      this.memo.set(body, (m = { fields, ids: checkIdentifiers(fields.identifiers) }));
    }
    return m;
  }

  /** A memo entry's fields with their identifier spans moved to `base`. */
  private shifted(m: MemoEntry, base: number): MemoEntry {
    const shift = (s: Span | undefined) => (s ? { start: s.start + base, end: s.end + base } : undefined);
    const spans = m.fields.identifierSpans;
    const identifierSpans: ReferenceTextFields['identifierSpans'] = {};
    if (spans.doi) identifierSpans.doi = shift(spans.doi);
    if (spans.pmid) identifierSpans.pmid = shift(spans.pmid);
    if (spans.pmcid) identifierSpans.pmcid = shift(spans.pmcid);
    return { fields: { ...m.fields, identifierSpans }, ids: m.ids };
  }

  private label(re: RegExp, from: number, to: number): Label | undefined {
    re.lastIndex = from;
    const m = re.exec(this.text);
    if (!m || m.index !== from || re.lastIndex > to) return undefined;
    const digits = m[1]!;
    const digitsStart = m.index + m[0].indexOf(digits);
    return { number: Number(digits), digits: { start: digitsStart, end: digitsStart + digits.length }, bodyStart: re.lastIndex };
  }

  private add(span: Span, label: Label): void {
    const lines = this.doc.lines;
    const raw = this.text.slice(label.bodyStart, span.end);
    const body = raw.includes('\n') || raw.includes('\r') ? raw.replace(/[\r\n]/g, ' ') : raw;
    const memo = this.memoEntry(body);
    const range = lines.rangeOf(span);
    // The same text at the same place as in the previous analysis: the same entry.
    const last = memo?.last;
    if (last && last.number === label.number && sameSpan(last.span, span) && sameRange(last.range, range) && last.labelRange.start.character === label.digits.start - span.start + range.start.character) {
      this.entries.push(last);
      return;
    }
    const { fields, ids } = memo ? this.shifted(memo, label.bodyStart) : this.fields(body, label.bodyStart);
    const entry: BibEntry = {
      id: String(label.number),
      number: label.number,
      format: 'markdown',
      span,
      range,
      labelRange: lines.rangeOf(label.digits),
      authors: fields.authors,
    };
    if (memo) memo.last = entry;
    if (fields.etAl) entry.etAl = true;
    if (fields.year) entry.year = fields.year;
    if (fields.title) entry.title = fields.title;
    if (fields.container) entry.container = fields.container;
    if (ids.doi) entry.doi = ids.doi;
    if (ids.pmid) entry.pmid = ids.pmid;
    if (ids.pmcid) entry.pmcid = ids.pmcid;
    if (fields.url) entry.url = fields.url;
    if (ids.raw) entry.rawIdentifiers = ids.raw;
    const spans = fields.identifierSpans;
    if (spans.doi || spans.pmid || spans.pmcid) {
      entry.identifierRanges = {};
      if (spans.doi) entry.identifierRanges.doi = lines.rangeOf(spans.doi);
      if (spans.pmid) entry.identifierRanges.pmid = lines.rangeOf(spans.pmid);
      if (spans.pmcid) entry.identifierRanges.pmcid = lines.rangeOf(spans.pmcid);
    }
    this.entries.push(entry);
  }
}

function sameSpan(a: Span, b: Span): boolean {
  return a.start === b.start && a.end === b.end;
}

function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

function firstNonBlank(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && (text[i] === ' ' || text[i] === '\t')) i++;
  return i;
}
