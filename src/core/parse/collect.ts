/**
 * Reads what analysis needs out of an mdast tree — prose spans, inline blocks, headings, HTML comments, front matter,
 * the paragraphs and list items the reference-list reader looks at, and the labels of definitions — so the tree can
 * be dropped. The tree may have been parsed from a text with other text before it (see `CollectWindow`).
 */
import type { Nodes, Root } from 'mdast';
import { parse as parseYaml } from 'yaml';
import type { Span } from '../types';
import { findLiteralAutolinks, type Brackets } from './autolink';

/** A block of inline content (paragraph, heading or table cell) and the prose spans inside it. */
export interface Block {
  kind: 'paragraph' | 'heading' | 'tableCell';
  span: Span;
  /** Prose spans of this block, in document order. */
  prose: Span[];
  /** Heading depth (1–6) when `kind` is `heading`. */
  depth?: number;
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

/**
 * A paragraph, or an item of a list, at the top level of the document (or inside top-level block quotes): what the
 * reference-list reader looks at. An item's `paragraphs` are its direct children.
 */
export type TopBlock = { kind: 'paragraph'; span: Span } | { kind: 'item'; span: Span; ordered: boolean; paragraphs: Span[] };

/** A heading's depth, plain text and span. */
export interface Heading {
  depth: number;
  title: string;
  span: Span;
}

/** A heading with its plain text and the span of the section it opens (up to the next heading of the same or a higher level). */
export interface Section {
  depth: number;
  title: string;
  headingSpan: Span;
  span: Span;
}

/** Sections from headings in document order: each runs to the next heading of the same or a higher level. */
export function buildSections(headings: readonly Heading[], textLength: number): Section[] {
  const out: Section[] = [];
  const open: number[] = []; // indices into `out` of sections not yet closed, depths increasing
  for (const h of headings) {
    while (open.length && out[open[open.length - 1]!]!.depth >= h.depth) out[open.pop()!]!.span.end = h.span.start;
    open.push(out.length);
    out.push({ depth: h.depth, title: h.title, headingSpan: h.span, span: { start: h.span.start, end: textLength } });
  }
  return out;
}

/** Everything read from one tree. Prose spans are unmerged; every list is in document order. */
export interface Collected {
  prose: Span[];
  blocks: Block[];
  headings: Heading[];
  comments: HtmlComment[];
  frontMatter?: FrontMatter;
  topBlocks: TopBlock[];
  /** Top-level nodes and list items, for checking where the text may be split (see chunks.ts). */
  outline: OutlineNode[];
  /** Normalised labels of link reference definitions, and of footnote definitions prefixed with `^`, with where they start. */
  labels: Array<{ label: string; at: number }>;
}

/** A top-level node's type and span; a list's items. */
export interface OutlineNode {
  type: string;
  span: Span;
  items?: Span[];
}

/**
 * Where the parsed text's nodes lie in `source`: node offsets minus `offset` are offsets into `source`, and only
 * top-level nodes starting in `[0, source.length)` are read (definitions added before or after are skipped).
 */
export interface CollectWindow {
  source: string;
  offset: number;
}

/** Reads a tree parsed from `window.source` (with `window.offset` characters before it). */
export function collect(tree: Root, window: CollectWindow): Collected {
  const c = new Collector(window.source, window.offset);
  for (const node of tree.children) {
    const span = c.spanOf(node);
    if (!span || span.start < 0 || span.start >= window.source.length) continue;
    c.outlineOf(node, span);
    c.visit(node);
    c.top(node);
  }
  c.labelsIn(tree);
  return c.out;
}

class Collector {
  readonly out: Collected = { prose: [], blocks: [], headings: [], comments: [], topBlocks: [], outline: [], labels: [] };
  private current: Block | undefined;
  /** Unclosed `[` in the current block's text so far (see `Brackets`). */
  private brackets: Brackets = { depth: 0 };

  constructor(
    private readonly text: string,
    private readonly offset: number,
  ) {}

  spanOf(node: Nodes): Span | undefined {
    const p = node.position;
    if (!p || p.start.offset === undefined || p.end.offset === undefined) return undefined;
    return { start: p.start.offset - this.offset, end: p.end.offset - this.offset };
  }

  visit(node: Nodes, inLink = false): void {
    const span = this.spanOf(node);
    if ((node.type as string) === 'toml') return;
    switch (node.type) {
      case 'yaml':
        if (span) this.out.frontMatter = readFrontMatter(node.value, span, this.text);
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
        if (span && span.end > span.start) this.addText(span, inLink);
        return;
      case 'link':
        // Autolinks (`<https://…>`): the visible text is the URL itself.
        if (isAutolink(node, span, this.text)) return;
        inLink = true;
        break;
      case 'linkReference':
        inLink = true;
        break;
      case 'paragraph':
      case 'heading':
      case 'tableCell':
        if (span) return this.visitBlock(node, span);
        break;
      default:
        break;
    }
    if ('children' in node) for (const child of node.children) this.visit(child as Nodes, inLink);
  }

  /** A text node is prose, except the literal autolinks in it (none are looked for inside links). */
  private addText(span: Span, inLink: boolean): void {
    const links = inLink ? [] : findLiteralAutolinks(this.text, span.start, span.end, this.brackets);
    let from = span.start;
    for (const link of [...links, { start: span.end, end: span.end }]) {
      if (link.start > from) {
        const s = { start: from, end: link.start };
        this.out.prose.push(s);
        this.current?.prose.push(s);
      }
      from = link.end;
    }
  }

  private visitBlock(node: Nodes & { type: 'paragraph' | 'heading' | 'tableCell' }, span: Span): void {
    const outer = this.current;
    const block: Block = { kind: node.type, span, prose: [] };
    if (node.type === 'heading') {
      block.depth = node.depth;
      this.out.headings.push({ depth: node.depth, title: plainText(node).trim(), span });
    }
    this.out.blocks.push(block);
    this.current = block;
    const brackets = this.brackets;
    this.brackets = { depth: 0 };
    for (const child of node.children) this.visit(child as Nodes);
    this.current = outer;
    this.brackets = brackets;
  }

  /** The `<!-- … -->` comments of an HTML node, found with `indexOf` (linear even with many unclosed `<!--`). */
  private collectComments(span: Span): void {
    const slice = this.text.slice(span.start, span.end);
    for (let at = slice.indexOf('<!--'); at >= 0; at = slice.indexOf('<!--', at)) {
      const close = slice.indexOf('-->', at + 4);
      if (close < 0) break;
      this.out.comments.push({ span: { start: span.start + at, end: span.start + close + 3 }, body: slice.slice(at + 4, close).trim() });
      at = close + 3;
    }
  }

  outlineOf(node: Nodes, span: Span): void {
    const entry: OutlineNode = { type: node.type, span };
    if (node.type === 'list') entry.items = node.children.map((i) => this.spanOf(i)).filter((s): s is Span => !!s);
    this.out.outline.push(entry);
  }

  /** Paragraphs and list items of a top-level node (looking inside block quotes). */
  top(node: Nodes): void {
    const span = this.spanOf(node);
    if (!span) return;
    if (node.type === 'blockquote') for (const child of node.children) this.top(child);
    else if (node.type === 'paragraph') this.out.topBlocks.push({ kind: 'paragraph', span });
    else if (node.type === 'list') {
      for (const item of node.children) {
        const itemSpan = this.spanOf(item);
        if (!itemSpan) continue;
        const paragraphs: Span[] = [];
        for (const child of item.children) {
          const p = child.type === 'paragraph' ? this.spanOf(child) : undefined;
          if (p) paragraphs.push(p);
        }
        this.out.topBlocks.push({ kind: 'item', span: itemSpan, ordered: node.ordered === true, paragraphs });
      }
    }
  }

  /** Labels of the definitions in the tree (at any depth) that start inside the window. */
  labelsIn(node: Nodes): void {
    if (node.type === 'definition' || node.type === 'footnoteDefinition') {
      const span = this.spanOf(node);
      if (span && span.start >= 0 && span.start < this.text.length) this.out.labels.push({ label: (node.type === 'footnoteDefinition' ? '^' : '') + node.identifier, at: span.start });
    }
    if ('children' in node) for (const child of node.children) this.labelsIn(child as Nodes);
  }
}

function isAutolink(node: Nodes & { type: 'link' }, span: Span | undefined, text: string): boolean {
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
