import type { Diagnostic, Range, Span } from '../types';

/** Where a bibliography entry was read from. */
export type BibFormat = 'markdown' | 'bibtex' | 'csl-json' | 'csl-yaml';

/** One reference entry, from the draft's References section or from a bibliography file. */
export interface BibEntry {
  /** The citation id: the number as a string (`"16"`) for numbered lists, the key for BibTeX / CSL. */
  id: string;
  /** The entry's number, for numbered reference lists. */
  number?: number;
  format: BibFormat;
  /** Path of the file the entry is in; undefined when it is in the analysed draft itself. */
  path?: string;
  /** Span and range of the whole entry in its file. */
  span: Span;
  range: Range;
  /** Span and range of the number or key label within the entry (falls back to the entry's). */
  labelRange: Range;
  /** Authors as written (draft references) or as `Family, Given` / a literal name (bibliography files). */
  authors: string[];
  /** True when the author list ends with "et al." (dropped from `authors`). */
  etAl?: boolean;
  year?: string;
  title?: string;
  container?: string;
  doi?: string;
  pmid?: string;
  pmcid?: string;
  url?: string;
  abstract?: string;
  keywords?: string[];
  /** Identifiers as written where they failed to parse cleanly, e.g. a `pmid` field `12a34`, kept for the malformed-identifier rule. */
  rawIdentifiers?: { doi?: string; pmid?: string; pmcid?: string };
  /** Range of each identifier as written, when known (used to place diagnostics precisely). */
  identifierRanges?: { doi?: Range; pmid?: Range; pmcid?: Range };
}

/** The result of reading one bibliography source. */
export interface BibParseResult {
  entries: BibEntry[];
  /** Problems in the source itself (syntax errors, invalid fields), as diagnostics on that file with code `bibliography.invalid`. */
  problems: Diagnostic[];
}

/** The draft's own reference list. */
export interface ReferenceSection extends BibParseResult {
  /** The heading of the section, e.g. "References". */
  title: string;
  /** Span of the section (heading to the next heading of the same or a higher level). */
  span: Span;
  /** Span of the list of entries (the part that renumbering rewrites). */
  listSpan: Span;
}
