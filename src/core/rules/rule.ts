import type { BibEntry, ReferenceSection } from '../bibliography/types';
import type { Citation, KeyCitation, KeyItem, NumericCitation } from '../citations/types';
import type { EntryResolver, MentionEvidence } from '../evidence/link';
import type { Block, ParsedDocument } from '../parse/document';
import type { EntityDetails } from '../recognise/describe';
import type { Mention } from '../recognise/types';
import type { Fix, RelatedLocation, Range, RuleLevel, Span } from '../types';

/** What a rule sees: the parsed draft, its citations and the reference entries they may point to. */
export interface RuleContext {
  doc: ParsedDocument;
  citations: readonly Citation[];
  numericCitations: readonly NumericCitation[];
  keyCitations: readonly KeyCitation[];
  /** The draft's own reference list, when it has one. */
  section?: ReferenceSection;
  /** Every reference entry: the draft's list and all bibliography files, in that order. */
  entries: readonly BibEntry[];
  /** Numbered entries by number (first entry wins when a number repeats). */
  entriesByNumber: ReadonlyMap<number, BibEntry>;
  /** Keyed entries by key (first entry wins). */
  entriesByKey: ReadonlyMap<string, BibEntry>;
  /** The entry a cited key names: by key, or for Manubot `doi:`/`pmid:`/`pmcid:` keys by that identifier. */
  resolveKey(item: KeyItem): BibEntry | undefined;
  /** The entry a cited id (a number as a string, or a key) of a citation names, as the evidence links it. */
  resolveEntry: EntryResolver;
  /**
   * An object that hosts keep the same (===) across analyses of one document while every entry reads the same but for
   * its `span` (so results that read entries, but not their spans, may be kept under it: see `perPart` and `kept`).
   */
  entriesKey: object;
  /**
   * An object that hosts keep the same (===) across analyses of one document while the citations cite the same ids in
   * the same order (the numbers of each numeric citation, the keys of each key citation): results that read nothing of
   * the citations but their ids may be kept under it, and may name a citation by its index in `numericCitations` or
   * `keyCitations` (not by the object, which an edit of its paragraph replaces).
   */
  citedIdsKey: object;
  /** Whether key citations are to be checked (the draft uses bracketed Pandoc citations or has bibliography files). */
  checkKeys: boolean;
  /** Whether numeric citations are to be checked. */
  checkNumbers: boolean;
  /** The dash used in numeric ranges of this draft (`–` unless the draft writes ranges with `-`). */
  rangeDash: string;
  /** Entity mentions in the draft's prose (outside its References section); empty without an ontology. */
  mentions: readonly Mention[];
  /** Each mention with the citations of its sentence (or paragraph) and their entries. */
  evidence: readonly MentionEvidence[];
  /** Details of an entity id (names, aliases, INN, codes…), when an ontology is loaded. */
  describe(id: string): EntityDetails | undefined;
  /** True when a word is known to the ontology (entity, stoplist, non-entity class) or as an English word. */
  isKnownWord(word: string): boolean;
  /**
   * Runs `find` on each part of the draft (each chunk, or the whole draft) and joins the results in order, their spans
   * moved to document offsets. Hosts keep a part's results while its text and mentions stay the same, so `find` may read
   * nothing but its part, and `key` (a module-level constant) names it. Results are read-only (a moved result is a
   * shallow copy that shares the kept one's other properties). With `within`, only parts that
   * overlap it need be read (results outside it may come too). With `depends`, a part's results are kept only while
   * `depends` is also the same (===) as when they were found: `find` may read what it names (e.g. `entriesKey`). With
   * `partDepends` as well, results found under another `depends` are still kept while `partDepends(part)` gives the
   * same values (===, one by one) as when they were found: for `find`s that read only part of what `depends` names
   * (the entries the part's own citations resolve to).
   */
  perPart<T extends { span: Span }>(key: object, find: (part: RulePart) => T[], within?: Span, depends?: unknown, partDepends?: (part: RulePart) => readonly unknown[]): T[];
  /**
   * `compute()`, or what it gave in the host's previous analysis of this document when `depends` is the same (===,
   * or for an array: the same length and values); `key` (a module-level constant) names it. For results that read
   * nothing but what `depends` names.
   */
  kept<T>(key: object, depends: unknown, compute: () => T): T;
  report(finding: Finding): void;
}

/** What a rule's per-part step reads: one part of the draft, with offsets into its own text. */
export interface RulePart {
  text: string;
  /** Sorted, disjoint prose spans. */
  prose: readonly Span[];
  /** Paragraphs, headings and table cells, in order. */
  blocks: readonly Block[];
  /** Entity mentions in the part's prose, the References section included; sorted. */
  mentions: readonly Mention[];
  /** Citations in the part, sorted by start. */
  citations: readonly Citation[];
  /** The part's sentences (paragraphs with the paragraph evidence scope), as the evidence links them; sorted. */
  units: readonly Span[];
}

/** A finding reported by a rule, before severity and suppression are applied. */
export interface Finding {
  message: string;
  /** Where, in the draft (`span`) or in another file (`range` + `path`). */
  span?: Span;
  range?: Range;
  path?: string;
  related?: RelatedLocation[];
  fix?: Fix;
}

/** A diagnostic rule: a stable dotted id, a default level and a check over the analysis context. */
export interface Rule {
  id: string;
  defaultLevel: RuleLevel;
  /** One line for the README and `--help`. */
  summary: string;
  check(ctx: RuleContext): void;
}

/**
 * Reports the per-part findings about mentions that do not start in the References section: the rules see no mentions
 * there (`RuleContext.mentions`), while a part's mentions include them (a sentence never runs across the heading).
 */
export function reportOutsideReferences(ctx: RuleContext, findings: ReadonlyArray<Finding & { span: Span }>): void {
  const section = ctx.section?.span;
  for (const f of findings) if (!section || f.span.start < section.start || f.span.start >= section.end) ctx.report(f);
}
