import type { Nodes, Root } from 'mdast';
import { parse as parseYaml } from 'yaml';
import { LineIndex } from './line-index';
import { parseMarkdown } from './markdown';
import { guardMarkdown, scanFallback, type ParseLimits, type ParseNotice } from './guard';
import type { Span } from '../types';

export type { ParseLimits, ParseNotice } from './guard';
export { DEFAULT_PARSE_LIMITS } from './guard';

/** A block of inline content (paragraph, heading or table cell) and the prose spans inside it. */
export interface Block {
  kind: 'paragraph' | 'heading' | 'tableCell';
  span: Span;
  /** Prose spans of this block, in document order. */
  prose: Span[];
  /** Heading depth (1–6) when `kind` is `heading`. */
  depth?: number;
}

/** A heading with its plain text and the span of the section it opens (up to the next heading of the same or a higher level). */
export interface Section {
  depth: number;
  title: string;
  headingSpan: Span;
  span: Span;
}

/** An HTML comment, e.g. a suppression directive. */
export interface HtmlComment {
  span: Span;
  /** The text between `<!--` and `-->`, trimmed. */
  body: string;
}

/** The YAML front matter of a draft. */
export interface FrontMatter {
  span: Span;
  /** Parsed data, or undefined when it is not valid YAML. */
  data: unknown;
  /** Parse error message, with the span where it was found. */
  error?: { message: string; span: Span };
}

/** A parsed Markdown document: text, line index, syntax tree and the spans analysis may look at. */
export interface ParsedDocument {
  /** Path or URI of the document, used in messages. */
  uri: string;
  /** The text, without a leading byte-order mark. */
  text: string;
  /** True when the original text started with a byte-order mark (stripped from `text`). */
  hadBom: boolean;
  lines: LineIndex;
  tree: Root;
  frontMatter?: FrontMatter;
  /** Prose spans: text outside code, inline code, HTML, math, URLs, link destinations and front matter. Sorted, disjoint. */
  prose: Span[];
  blocks: Block[];
  sections: Section[];
  comments: HtmlComment[];
  /**
   * Regions not parsed as Markdown because they exceed a parse limit (deep nesting, too many emphasis delimiters);
   * they were read as plain text (see `guardMarkdown`). Empty for ordinary documents. Analysis reports each as `document.limit`.
   */
  notices?: ParseNotice[];
}

/**
 * A parsed document without its syntax tree: what an `Analysis` keeps and editor features read. The tree is needed
 * only while analysing (to find the References section), so an analysis can be sent to another thread without it.
 */
export type AnalysedDocument = Omit<ParsedDocument, 'tree'>;

/**
 * Parses a Markdown draft into a `ParsedDocument`. A leading BOM is stripped so positions match editors'.
 * Regions over a parse limit (see `guardMarkdown`) are read as plain text and listed in `notices`.
 */
export function parseDocument(rawText: string, uri = 'untitled.md', limits?: Readonly<ParseLimits>): ParsedDocument {
  const hadBom = rawText.charCodeAt(0) === 0xfeff;
  const text = hadBom ? rawText.slice(1) : rawText;
  const guard = guardMarkdown(text, limits);
  const tree = parseMarkdown(guard.parseText);
  const lines = new LineIndex(text);
  const collector = new Collector(text, lines);
  collector.visit(tree);
  if (guard.regions.length) collector.addFallback(guard.regions);
  const prose = mergeSpans(collector.prose);
  const sections = buildSections(collector.headings, text.length);
  return {
    uri,
    text,
    hadBom,
    lines,
    tree,
    frontMatter: collector.frontMatter,
    prose,
    blocks: collector.blocks,
    sections,
    comments: collector.comments,
    notices: guard.notices,
  };
}

interface HeadingInfo {
  depth: number;
  title: string;
  span: Span;
}

class Collector {
  prose: Span[] = [];
  blocks: Block[] = [];
  headings: HeadingInfo[] = [];
  comments: HtmlComment[] = [];
  frontMatter: FrontMatter | undefined;
  private current: Block | undefined;

  constructor(
    private readonly text: string,
    private readonly lines: LineIndex,
  ) {}

  visit(node: Nodes): void {
    const span = spanOf(node);
    if ((node.type as string) === 'toml') return;
    switch (node.type) {
      case 'yaml':
        if (span) this.frontMatter = readFrontMatter(node.value, span, this.text);
        return;
      case 'code':
      case 'inlineCode':
      case 'math':
      case 'inlineMath':
      case 'image':
      case 'imageReference':
      case 'definition':
      case 'footnoteReference':
        return;
      case 'html':
        if (span) this.collectComments(span);
        return;
      case 'text':
        if (span && span.end > span.start) {
          this.prose.push(span);
          this.current?.prose.push(span);
        }
        return;
      case 'link':
        // Autolinks (`<https://…>`, bare `www.…`): the visible text is the URL itself.
        if (isAutolink(node, this.text)) return;
        break;
      case 'paragraph':
      case 'heading':
      case 'tableCell':
        if (span) return this.visitBlock(node, span);
        break;
      default:
        break;
    }
    if ('children' in node) {
      if (span) fillMissingPositions(node.children as Nodes[], span, this.text, this.lines);
      for (const child of node.children) this.visit(child as Nodes);
    }
  }

  private visitBlock(node: Nodes & { type: 'paragraph' | 'heading' | 'tableCell' }, span: Span): void {
    const outer = this.current;
    const block: Block = { kind: node.type, span, prose: [] };
    if (node.type === 'heading') {
      block.depth = node.depth;
      this.headings.push({ depth: node.depth, title: plainText(node).trim(), span });
    }
    this.blocks.push(block);
    this.current = block;
    fillMissingPositions(node.children as Nodes[], span, this.text, this.lines);
    for (const child of node.children) this.visit(child as Nodes);
    this.current = outer;
  }

  /** Adds the plain-text reading of regions left out of the parse, keeping blocks, headings and comments in order. */
  addFallback(regions: readonly Span[]): void {
    for (const region of regions) {
      const scan = scanFallback(this.text, region);
      this.prose.push(...scan.prose);
      this.comments.push(...scan.comments);
      for (const b of scan.blocks) {
        const block: Block = { kind: b.kind, span: b.span, prose: b.prose };
        if (b.kind === 'heading') {
          block.depth = b.depth;
          this.headings.push({ depth: b.depth ?? 1, title: b.title ?? '', span: b.span });
        }
        this.blocks.push(block);
      }
    }
    this.blocks.sort((a, b) => a.span.start - b.span.start);
    this.headings.sort((a, b) => a.span.start - b.span.start);
    this.comments.sort((a, b) => a.span.start - b.span.start);
  }

  /** The `<!-- … -->` comments of an HTML node, found with `indexOf` (linear even with many unclosed `<!--`). */
  private collectComments(span: Span): void {
    const slice = this.text.slice(span.start, span.end);
    for (let at = slice.indexOf('<!--'); at >= 0; at = slice.indexOf('<!--', at)) {
      const close = slice.indexOf('-->', at + 4);
      if (close < 0) break;
      this.comments.push({ span: { start: span.start + at, end: span.start + close + 3 }, body: slice.slice(at + 4, close).trim() });
      at = close + 3;
    }
  }
}

/**
 * remark-gfm's autolink-literal transform leaves the text and link nodes it splits without positions (e.g. after a `[`).
 * Recovers them by finding each node's text in the source, in order, between its positioned neighbours.
 */
function fillMissingPositions(children: Nodes[], parent: Span, text: string, lines: LineIndex): void {
  if (children.every((c) => c.position)) return;
  let cursor = parent.start;
  const within = text.slice(0, parent.end); // bounds each search to the parent
  for (const child of children) {
    const known = spanOf(child);
    if (known) {
      cursor = known.end;
      continue;
    }
    const value = child.type === 'text' ? child.value : child.type === 'link' ? plainText(child) : undefined;
    if (!value) continue;
    const at = within.indexOf(value, cursor);
    if (at < 0) continue;
    const span = { start: at, end: at + value.length };
    setPosition(child, span, lines);
    if (child.type === 'link') for (const c of child.children) if (!c.position && c.type === 'text') setPosition(c, span, lines);
    cursor = span.end;
  }
}

function setPosition(node: Nodes, span: Span, lines: LineIndex): void {
  const point = (offset: number) => {
    const p = lines.positionAt(offset);
    return { line: p.line + 1, column: p.character + 1, offset };
  };
  node.position = { start: point(span.start), end: point(span.end) };
}

function spanOf(node: Nodes): Span | undefined {
  const p = node.position;
  if (!p || p.start.offset === undefined || p.end.offset === undefined) return undefined;
  return { start: p.start.offset, end: p.end.offset };
}

function isAutolink(node: Nodes & { type: 'link' }, text: string): boolean {
  const span = spanOf(node);
  if (span && text.charCodeAt(span.start) === 60 /* < */) return true;
  const only = node.children.length === 1 ? node.children[0] : undefined;
  if (!only || only.type !== 'text') return false;
  const url = node.url.replace(/^mailto:/, '');
  return only.value === url || `http://${only.value}` === url || `https://${only.value}` === url;
}

/** The plain text of a node (its text descendants' values joined). */
export function plainText(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if ('children' in node) return node.children.map((c) => plainText(c as Nodes)).join('');
  return '';
}

function readFrontMatter(value: string, span: Span, text: string): FrontMatter {
  try {
    return { span, data: parseYaml(value) as unknown };
  } catch (e) {
    const err = e as { message?: string; linePos?: Array<{ line: number; col: number }> };
    // Errors point into the YAML body, which starts on the line after the opening `---`.
    const bodyStart = text.indexOf('\n', span.start) + 1;
    let at = bodyStart;
    const lp = err.linePos?.[0];
    if (lp) {
      let line = 1;
      for (let i = bodyStart; i < span.end && line < lp.line; i++) if (text.charCodeAt(i) === 10) (line++, (at = i + 1));
      at += lp.col - 1;
    }
    const message = String(err.message ?? e).split('\n')[0]!;
    return { span, data: undefined, error: { message, span: { start: at, end: Math.min(span.end, at + 1) } } };
  }
}

function buildSections(headings: HeadingInfo[], textLength: number): Section[] {
  return headings.map((h, i) => {
    let end = textLength;
    for (let j = i + 1; j < headings.length; j++) {
      if (headings[j]!.depth <= h.depth) {
        end = headings[j]!.span.start;
        break;
      }
    }
    return { depth: h.depth, title: h.title, headingSpan: h.span, span: { start: h.span.start, end } };
  });
}

/** Sorts spans and merges those that touch or overlap. */
export function mergeSpans(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

/** The span among sorted, disjoint `spans` that contains `offset`, if any (binary search). */
export function spanAt(spans: readonly Span[], offset: number): Span | undefined {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

/** True when `offset` lies inside one of the sorted, disjoint `spans`. */
export function inSpans(spans: readonly Span[], offset: number): boolean {
  return spanAt(spans, offset) !== undefined;
}
