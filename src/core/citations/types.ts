import type { Span } from '../types';

/** How a numeric citation group is written. */
export type NumericForm = 'paren' | 'bracket' | 'superscript' | 'caret';

/** One comma-separated element of a numeric group: a single number (`from === to`) or a range `from–to`. */
export interface NumericPart {
  span: Span;
  /** The element as written, e.g. `38–41`; empty for an empty element such as the middle of `(3,,4)`. */
  text: string;
  /** First number; undefined for an empty element. */
  from?: number;
  /** Last number (equals `from` for a single number; smaller than `from` for a descending range). */
  to?: number;
}

/** A numeric citation group such as `(16)`, `[35, 36]`, `(38–41)`, `<sup>12</sup>` or `^12^`. */
export interface NumericCitation {
  kind: 'numeric';
  /** The whole group including its brackets or tags. */
  span: Span;
  form: NumericForm;
  parts: NumericPart[];
  /**
   * Every number the group names, in written order, ranges expanded (a descending range `41–38` is expanded as 38..41),
   * duplicates kept. Expansion of one range is capped at 1000 numbers.
   */
  numbers: number[];
}

/** Kind of a Manubot-style identifier key (`doi:…`, `pmid:…`), or `key` for an ordinary citation key. */
export type KeyKind = 'key' | 'doi' | 'pmid' | 'pmcid' | 'arxiv' | 'url' | 'isbn' | 'wikidata' | 'other-prefix';

/** One cited key inside a Pandoc citation. */
export interface KeyItem {
  /** The key without `@`, e.g. `smith2020` or `doi:10.1000/x`. */
  key: string;
  /** Span of `@key` (including the `@`, and the `-` of a suppressed author). */
  span: Span;
  kind: KeyKind;
  /** For identifier kinds, the identifier after the prefix (e.g. `10.1000/x`). */
  identifier?: string;
  /** `[-@key]`: author suppressed. */
  suppressAuthor: boolean;
  prefix?: string;
  /** Locator and suffix text after the key, e.g. `p. 3`. */
  suffix?: string;
}

/** A Pandoc citation: bracketed `[@a; @b]` / `[see @a, p. 3]` / `[-@a]` or in-text `@a`. */
export interface KeyCitation {
  kind: 'key';
  span: Span;
  bracketed: boolean;
  items: KeyItem[];
}

export type Citation = NumericCitation | KeyCitation;
