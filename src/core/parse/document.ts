import type { LineIndex } from './line-index';
import type { ParseLimits, ParseNotice } from './guard';
import type { Block, FrontMatter, HtmlComment, Section, TopBlock } from './collect';
import { DocumentParser } from './chunked';
import type { Span } from '../types';

export type { ParseLimits, ParseNotice } from './guard';
export { DEFAULT_PARSE_LIMITS } from './guard';
export type { Block, FrontMatter, HtmlComment, Section, TopBlock } from './collect';
export { buildSections, plainText } from './collect';
export { mergeSpans, spanAt, inSpans } from './spans';

/** A parsed Markdown document: text, line index and the spans analysis may look at. */
export interface ParsedDocument {
  /** Path or URI of the document, used in messages. */
  uri: string;
  /** The text, without a leading byte-order mark. */
  text: string;
  /** True when the original text started with a byte-order mark (stripped from `text`). */
  hadBom: boolean;
  lines: LineIndex;
  frontMatter?: FrontMatter;
  /** Prose spans: text outside code, inline code, HTML, math, URLs, link destinations and front matter. Sorted, disjoint. */
  prose: Span[];
  blocks: Block[];
  sections: Section[];
  comments: HtmlComment[];
  /** Paragraphs and list items at the top level (or in top-level block quotes), for reading the References list. */
  topBlocks: TopBlock[];
  /**
   * Regions not parsed as Markdown because they exceed a parse limit (deep nesting, too many emphasis delimiters);
   * they were read as plain text (see `guardMarkdown`). Empty for ordinary documents. Analysis reports each as `document.limit`.
   */
  notices?: ParseNotice[];
}

/** The part of a document the prose scanners read: its text, prose spans and inline blocks (a whole document, or one chunk). */
export interface ProseView {
  text: string;
  /** Sorted, disjoint. */
  prose: readonly Span[];
  blocks: readonly Block[];
}

/**
 * A parsed document without its syntax tree: what an `Analysis` keeps and editor features read. The tree is needed
 * only while analysing (to find the References section), so an analysis can be sent to another thread without it.
 */
export type AnalysedDocument = Omit<ParsedDocument, 'tree'>;

/**
 * Parses a Markdown draft into a `ParsedDocument`. A leading BOM is stripped so positions match editors'.
 * The text is cut into chunks at blank lines that no block runs across, each parsed on its own (see `DocumentParser`);
 * regions over a parse limit (see `guardMarkdown`) are read as plain text and listed in `notices`.
 */
export function parseDocument(rawText: string, uri = 'untitled.md', limits?: Readonly<ParseLimits>): ParsedDocument {
  return new DocumentParser(limits).parse(rawText, uri).doc;
}

/** Like `parseDocument`, but parses the text in one piece: slower on long drafts; the reference for the chunked parse. */
export function parseDocumentWhole(rawText: string, uri = 'untitled.md', limits?: Readonly<ParseLimits>): ParsedDocument {
  return new DocumentParser(limits, { whole: true }).parse(rawText, uri).doc;
}
