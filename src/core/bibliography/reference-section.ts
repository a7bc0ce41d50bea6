/**
 * The draft's own numbered reference list: a "References" (or similar) section written as an ordered Markdown list,
 * or as lines starting with `[n]`, `n.` or `n)`.
 */
import type { List, ListItem, Paragraph, RootContent } from 'mdast';
import type { ParsedDocument, Section } from '../parse/document';
import { throwIfCancelled, type CancellationToken, type Span } from '../types';
import { checkIdentifiers } from './identifiers';
import { parseReferenceText } from './reference-text';
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
 * number are skipped. Each entry's `labelRange` covers the digits of its number only.
 */
export function findReferenceSection(doc: ParsedDocument, token?: CancellationToken): ReferenceSection | undefined {
  let section: Section | undefined;
  for (const s of doc.sections) if (isReferenceHeading(s.title)) section = s;
  if (!section) return undefined;
  const entries: BibEntry[] = [];
  const reader = new EntryReader(doc, entries);
  for (const node of nodesIn(doc.tree.children, section)) {
    throwIfCancelled(token);
    if (node.type === 'list') reader.list(node);
    else if (node.type === 'paragraph') reader.paragraph(node);
  }
  const first = entries[0];
  const last = entries[entries.length - 1];
  const contentStart = section.headingSpan.end;
  const listSpan: Span = first && last ? { start: first.span.start, end: last.span.end } : { start: contentStart, end: contentStart };
  return { title: section.title, span: { ...section.span }, listSpan, entries, problems: [] };
}

/** Top-level nodes after the section's heading and inside the section (also looks inside block quotes). */
function* nodesIn(nodes: readonly RootContent[], section: Section): Generator<RootContent> {
  for (const node of nodes) {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) continue;
    if (end <= section.headingSpan.end || start >= section.span.end) continue;
    if (node.type === 'blockquote') yield* nodesIn(node.children, section);
    else if (start >= section.headingSpan.end) yield node;
  }
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
    private readonly doc: ParsedDocument,
    private readonly entries: BibEntry[],
  ) {
    this.text = doc.text;
  }

  list(list: List): void {
    for (const item of list.children) {
      const span = spanOf(item);
      if (!span) continue;
      const label = this.label(list.ordered ? ITEM_NUMBER : BULLET_NUMBER, span.start, span.end);
      if (label) this.add(span, label);
      else if (!list.ordered) this.itemParagraphs(item);
    }
  }

  /** A paragraph may hold several entries, one per `[n]` / `n.` line, with continuation lines. */
  paragraph(node: Paragraph): void {
    const span = spanOf(node);
    if (!span) return;
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

  /** Bullet items that are not `[n]` entries: look for numbered paragraphs inside (rare, but cheap). */
  private itemParagraphs(item: ListItem): void {
    for (const child of item.children) if (child.type === 'paragraph') this.paragraph(child);
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
    const body = this.text.slice(label.bodyStart, span.end).replace(/[\r\n]/g, ' ');
    const fields = parseReferenceText(body, label.bodyStart);
    const ids = checkIdentifiers(fields.identifiers);
    const entry: BibEntry = {
      id: String(label.number),
      number: label.number,
      format: 'markdown',
      span,
      range: lines.rangeOf(span),
      labelRange: lines.rangeOf(label.digits),
      authors: fields.authors,
    };
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

function spanOf(node: { position?: { start: { offset?: number }; end: { offset?: number } } | undefined }): Span | undefined {
  const s = node.position?.start.offset;
  const e = node.position?.end.offset;
  return s === undefined || e === undefined ? undefined : { start: s, end: e };
}

function firstNonBlank(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && (text[i] === ' ' || text[i] === '\t')) i++;
  return i;
}
