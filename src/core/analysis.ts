import { parseBibliographyFile } from './bibliography';
import { findReferenceSection } from './bibliography';
import type { ReferenceMemo } from './bibliography/reference-section';
import type { BibEntry, BibParseResult, ReferenceSection } from './bibliography/types';
import { extractCitations } from './citations';
import type { Citation, KeyCitation, KeyItem, NumericCitation } from './citations/types';
import { normaliseDoi } from './bibliography/identifiers';
import { linkEvidence, sentencesOf, type EntryResolver, type EvidenceScope, type MentionEvidence } from './evidence/link';
import type { OntologyModel } from './ontology/bundle';
import type { AnalysedDocument, ParsedDocument, Section } from './parse/document';
import { describeEntity, type EntityDetails, type Recogniser } from './recognise';
import type { Mention } from './recognise/types';
import { defaultLevelOf, RULES } from './rules/registry';
import type { Finding, RuleContext, RulePart } from './rules/rule';
import { Suppressions } from './rules/suppression';

import { type CancellationToken, type Diagnostic, type RuleLevel, type Span, throwIfCancelled } from './types';

/** Citation style of a draft: detected from its citations (`auto`), or forced. */
export type CitationStyle = 'auto' | 'numeric' | 'pandoc';

/** A bibliography file already read by the host. */
export interface BibliographyText {
  path: string;
  text: string;
}

/** Options of one analysis. Hosts read files and settings and pass them in here. */
export interface AnalysisOptions {
  /** Level per rule id; unlisted rules use their default. */
  rules?: Readonly<Record<string, RuleLevel>>;
  citationStyle?: CitationStyle;
  /** Bibliography files (from front matter, settings or the command line), already read. */
  bibliographies?: readonly BibliographyText[];
  /** Diagnostics the host found while gathering inputs (e.g. a missing bibliography file); levels and suppressions apply. */
  inputDiagnostics?: readonly Diagnostic[];
  /** Entity recognition: the recogniser and the ontology it was built from. Without them no entities are found. */
  entities?: { recogniser: Recogniser; model: OntologyModel };
  /** Which citations support a mention: those of its sentence (default) or of its paragraph. */
  evidenceScope?: EvidenceScope;
}

/** Everything known about one draft after analysis. */
export interface Analysis {
  /** The parsed draft (its syntax tree is not needed after analysis and may be absent). */
  doc: AnalysedDocument;
  citations: Citation[];
  section?: ReferenceSection;
  /** All reference entries: the draft's list first, then each bibliography file's. */
  entries: BibEntry[];
  /** Parse results per bibliography file, by path. */
  bibliographies: Map<string, BibParseResult>;
  /** Entity mentions in the prose (the References section excluded). */
  mentions: Mention[];
  /** Each mention with the citations of its sentence (or paragraph) and their entries. */
  evidence: MentionEvidence[];
  /** Diagnostics after levels and suppressions, sorted by file and position. */
  diagnostics: Diagnostic[];
}

/** What an analysis reads from the prose: computed over the whole document, or chunk by chunk and joined. */
export interface ProseResults {
  /** Citations, sorted by start. */
  citations: Citation[];
  /** Entity mentions in all prose, sorted by start (those in the References section are dropped later). */
  mentions: Mention[];
  /**
   * Sentences (paragraphs with the paragraph scope) of the blocks with prose, in order; computed when needed if absent.
   * Those of a part without mentions may be left out (only the sentences around mentions are looked up).
   */
  units?: Span[];
}

/** Results kept between analyses of one document to avoid reading the same text twice (see `createIncrementalAnalyzer`). */
export interface AnalysisCaches {
  /** Reference entries read from the draft's References list, by entry text. */
  references?: ReferenceMemo;
  /** Parsed bibliography files, by path, with the text they were parsed from. */
  bibliographies?: Map<string, { text: string; result: BibParseResult }>;
  /** The References section's entries (see `findReferenceSection`), when the host keeps them per chunk. */
  sectionEntries?: (section: Section) => BibEntry[];
  /** The rules' `perPart` (see `RuleContext`), when the host keeps results per chunk. */
  perPart?: <T extends { span: Span }>(key: object, find: (part: RulePart) => T[], within?: Span, depends?: unknown, partDepends?: (part: RulePart) => readonly unknown[]) => T[];
  /** The rules' `kept` (see `RuleContext`), when the host keeps results between analyses. */
  kept?: <T>(key: object, depends: unknown, compute: () => T) => T;
  /**
   * The evidence of the mentions outside the References section `section` (see `linkEvidence`), when the host keeps it
   * per chunk; `entries` are the document's entries, which `resolve` looks cited ids up in.
   */
  evidence?: (section: Span | undefined, entries: readonly BibEntry[], resolve: EntryResolver) => MentionEvidence[];
  /** The rules' `citedIdsKey` for these citations (see `RuleContext`), when the host keeps it between analyses. */
  citedIdsKey?: (citations: readonly Citation[]) => object;
  /** The rules' `entriesKey` for these entries (see `RuleContext`), when the host keeps it between analyses. */
  entriesKey?: (entries: readonly BibEntry[]) => object;
}

/** Analyses a parsed draft: finds citations and reference entries and runs every enabled rule. */
export function analyzeDocument(doc: ParsedDocument, options: AnalysisOptions = {}, token?: CancellationToken): Analysis {
  const citations = extractCitations(doc, token);
  throwIfCancelled(token);
  const mentions = options.entities ? options.entities.recogniser.recognise(doc, token) : [];
  return completeAnalysis(doc, { citations, mentions }, options, token);
}

/**
 * The document-wide part of an analysis, from what was read in the prose: the References section, bibliographies,
 * evidence and every enabled rule. `analyzeDocument` and the incremental analyser both end here.
 */
export function completeAnalysis(doc: ParsedDocument, prose: ProseResults, options: AnalysisOptions = {}, token?: CancellationToken, caches: AnalysisCaches = {}): Analysis {
  const style = options.citationStyle ?? 'auto';
  const citations = prose.citations;
  throwIfCancelled(token);
  const section = findReferenceSection(doc, token, caches.references, caches.sectionEntries);
  const bibliographies = new Map<string, BibParseResult>();
  for (const b of options.bibliographies ?? []) {
    if (bibliographies.has(b.path)) continue;
    const cached = caches.bibliographies?.get(b.path);
    const result = cached && cached.text === b.text ? cached.result : parseBibliographyFile(b.text, b.path, token);
    caches.bibliographies?.set(b.path, { text: b.text, result });
    bibliographies.set(b.path, result);
  }
  throwIfCancelled(token);
  const entries = [...(section?.entries ?? []), ...[...bibliographies.values()].flatMap((r) => r.entries)];
  const numericCitations: NumericCitation[] = [];
  const keyCitations: KeyCitation[] = [];
  for (const c of citations) {
    if (c.kind === 'numeric') numericCitations.push(c);
    else keyCitations.push(c);
  }
  const entriesByNumber = new Map<number, BibEntry>();
  const entriesByKey = new Map<string, BibEntry>();
  for (const e of entries) {
    if (e.number !== undefined) {
      if (!entriesByNumber.has(e.number)) entriesByNumber.set(e.number, e);
    } else if (!entriesByKey.has(e.id)) entriesByKey.set(e.id, e);
  }
  const resolveKey = keyResolver(entries, entriesByKey);
  const checkNumbers = style !== 'pandoc' && (numericCitations.length > 0 || entriesByNumber.size > 0);
  const checkKeys =
    style !== 'numeric' && (bibliographies.size > 0 || entriesByKey.size > 0 || keyCitations.some((c) => c.bracketed));

  const entityOptions = options.entities;
  const mentions = section ? outside(prose.mentions, section.span) : prose.mentions;
  const resolveEntry = (c: Citation, id: string): BibEntry | undefined =>
    c.kind === 'numeric' ? entriesByNumber.get(Number(id)) : resolveKey(c.items.find((i) => i.key === id)!);
  const scope = options.evidenceScope ?? 'sentence';
  const units = mentions.length === 0 ? [] : (prose.units ?? sentencesOf(doc, scope, token));
  const evidence = caches.evidence ? caches.evidence(section?.span, entries, resolveEntry) : linkEvidence(mentions, citations, resolveEntry, units, token);
  const describe = (id: string) => (entityOptions ? describeCached(entityOptions.model, id) : undefined);
  const isKnownWord = (word: string) => (entityOptions ? entityOptions.recogniser.isKnownWord(word) : false);

  const levels = options.rules ?? {};
  const suppressions = new Suppressions(doc.comments, doc.lines);
  const diagnostics: Diagnostic[] = [];
  /** Applies levels and suppressions; `own` diagnostics (made here) are kept as they are, others copied. */
  const accept = (d: Diagnostic, own = false) => {
    const level = levels[d.code] ?? defaultLevelOf(d.code) ?? d.severity;
    if (level === 'off') return;
    if (d.path === undefined && suppressions.isSuppressed(d.code, d.range.start.line)) return;
    if (own) d.severity = level;
    diagnostics.push(own ? d : { ...d, severity: level });
  };

  if (doc.frontMatter?.error) {
    accept({
      code: 'frontmatter.invalid',
      severity: 'warning',
      message: `Front matter is not valid YAML: ${doc.frontMatter.error.message}`,
      range: doc.lines.rangeOf(doc.frontMatter.error.span),
    });
  }
  for (const n of doc.notices ?? []) {
    const line = doc.lines.positionAt(n.span.start).line;
    accept({ code: 'document.limit', severity: 'info', message: n.message, range: { start: { line, character: 0 }, end: doc.lines.positionAt(doc.lines.lineContentEnd(line)) } });
  }
  for (const d of options.inputDiagnostics ?? []) accept(d);
  for (const result of bibliographies.values()) for (const d of result.problems) accept(d);
  for (const d of section?.problems ?? []) accept(d);

  const rangeDash = detectRangeDash(numericCitations);
  const entriesKey = caches.entriesKey?.(entries) ?? {};
  const citedIdsKey = caches.citedIdsKey?.(citations) ?? {};
  let wholeUnits: readonly Span[] | undefined;
  const whole: RulePart = {
    text: doc.text,
    prose: doc.prose,
    blocks: doc.blocks,
    mentions: prose.mentions,
    citations,
    get units() {
      return (wholeUnits ??= mentions.length > 0 ? units : sentencesOf(doc, scope, token));
    },
  };
  for (const rule of RULES) {
    throwIfCancelled(token);
    if ((levels[rule.id] ?? rule.defaultLevel) === 'off') continue;
    const ctx: RuleContext = {
      doc,
      citations,
      numericCitations,
      keyCitations: checkKeys ? keyCitations : [],
      section,
      entries,
      entriesByNumber,
      entriesByKey,
      resolveKey,
      resolveEntry,
      entriesKey,
      citedIdsKey,
      checkKeys,
      checkNumbers,
      rangeDash,
      mentions,
      evidence,
      describe,
      isKnownWord,
      perPart: caches.perPart ?? ((_key, find) => find(whole)),
      kept: caches.kept ?? ((_key, _depends, compute) => compute()),
      report: (f: Finding) => accept(toDiagnostic(rule.id, rule.defaultLevel, f, doc), true),
    };
    rule.check(ctx);
  }
  diagnostics.sort(compareDiagnostics);
  return { doc, citations, section, entries, bibliographies, mentions, evidence, diagnostics };
}

/** Mentions that do not start inside `span` (sorted in, sorted out). */
export function outside(mentions: readonly Mention[], span: Span): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (m.span.start < span.start || m.span.start >= span.end) out.push(m);
  }
  return out;
}

const described = new WeakMap<OntologyModel, Map<string, EntityDetails | undefined>>();

/** `describeEntity`, once per model and id. */
function describeCached(model: OntologyModel, id: string): EntityDetails | undefined {
  let byId = described.get(model);
  if (!byId) described.set(model, (byId = new Map()));
  if (!byId.has(id)) byId.set(id, describeEntity(model, id));
  return byId.get(id);
}

/** Looks a cited key up by key (`byKey`: keyed entries, first wins), or a Manubot `doi:` / `pmid:` / `pmcid:` key by the identifier of an entry. */
export function keyResolver(entries: readonly BibEntry[], byKey: ReadonlyMap<string, BibEntry>): (item: KeyItem) => BibEntry | undefined {
  let byIdentifier: Map<string, BibEntry> | undefined;
  return (item) => {
    const direct = byKey.get(item.key);
    if (direct || item.identifier === undefined || !['doi', 'pmid', 'pmcid'].includes(item.kind)) return direct;
    if (!byIdentifier) {
      byIdentifier = new Map();
      for (const e of entries) {
        if (e.doi) byIdentifier.set(`doi:${normaliseDoi(e.doi)}`, e);
        if (e.pmid) byIdentifier.set(`pmid:${e.pmid}`, e);
        if (e.pmcid) byIdentifier.set(`pmcid:${e.pmcid.toUpperCase()}`, e);
      }
    }
    const id = item.kind === 'doi' ? normaliseDoi(item.identifier) : item.kind === 'pmcid' ? item.identifier.toUpperCase() : item.identifier;
    return byIdentifier.get(`${item.kind}:${id}`);
  };
}

function toDiagnostic(code: string, level: RuleLevel, f: Finding, doc: ParsedDocument): Diagnostic {
  const range = f.range ?? doc.lines.rangeOf(f.span ?? { start: 0, end: 0 });
  const d: Diagnostic = { code, severity: level === 'off' ? 'hint' : level, message: f.message, range };
  if (f.path !== undefined) d.path = f.path;
  if (f.related?.length) d.related = f.related;
  if (f.fix) d.fix = f.fix;
  return d;
}

/** The dash this draft writes numeric ranges with: `-` when most of its ranges use a hyphen, else `–`. */
export function detectRangeDash(citations: readonly NumericCitation[]): string {
  let hyphen = 0;
  let other = 0;
  for (const c of citations) {
    for (const p of c.parts) {
      if (p.from === undefined || p.from === p.to) continue;
      if (p.text.includes('-')) hyphen++;
      else other++;
    }
  }
  return hyphen > other ? '-' : '–';
}

/** Orders diagnostics: the draft's first, then other files by path; then by position. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  if (a.path !== b.path) {
    if (a.path === undefined) return -1;
    if (b.path === undefined) return 1;
    return a.path < b.path ? -1 : 1;
  }
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
}
