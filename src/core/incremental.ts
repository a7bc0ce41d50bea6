/**
 * Incremental analysis of a document that changes between calls, such as an open editor buffer: the host keeps one
 * analyser per document and calls `analyze` with each new text (and `setOptions` when settings change). Chunks of the
 * text an edit did not touch keep their parse (see `DocumentParser`) and what was read from them — citations,
 * sentences, entity mentions (kept while the document-wide facts they depended on hold), References entries and the
 * rules' per-part findings — moved to their new offsets; the document-wide part (sections, evidence, rules over the
 * whole) is computed again, with bibliography files parsed once per text. The result equals
 * `analyzeDocument(parseDocument(text, uri, limits), options)`. No host API is used, so it can run in a worker.
 *
 * Moving is done in place: a chunk's results are copied to absolute offsets once, and when the chunk moves (an edit
 * above it inserted or deleted characters) those copies are moved, not copied again — copying every moved result on
 * each keystroke cost more than the rest of the re-analysis. So an analysis is valid until the next call on the same
 * analyser: hosts that keep one must copy it first (the language server's worker sends `analysisData` of it to the main
 * thread, a structured clone, before it analyses again).
 */
import { completeAnalysis, outside, type Analysis, type AnalysisCaches, type AnalysisOptions, type ProseResults } from './analysis';
import { extractCitations } from './citations';
import type { Citation } from './citations/types';
import { citedEntries, linkEvidence, sentencesOf, type EntryResolver, type EvidenceScope, type MentionEvidence } from './evidence/link';
import { readEntries, startsIn, type MemoEntry, type ReferenceMemo } from './bibliography/reference-section';
import type { BibEntry } from './bibliography/types';
import { append, DocumentParser, placed, type Chunk, type ChunkData } from './parse/chunked';
import type { ParsedDocument, ProseView, Section } from './parse/document';
import { LineIndex } from './parse/line-index';
import { moveSpan } from './parse/spans';
import type { ParseLimits } from './parse/guard';
import { combineFacts, combineNamed, factsStillHold, namesStillHold, resolvePart, type DocumentFacts, type PartMentions, type PreparedProse, type Recogniser, type ResolvedPart } from './recognise';
import type { Mention } from './recognise/types';
import type { RulePart } from './rules/rule';
import { type CancellationToken, type Range, type Span, throwIfCancelled } from './types';

/** Options of an incremental analyser: the analysis options, and the document's URI and parse limits. */
export interface IncrementalOptions extends AnalysisOptions {
  uri?: string;
  limits?: Readonly<ParseLimits>;
}

/** Analyses successive versions of one document, reusing what an edit did not change. */
export interface IncrementalAnalyzer {
  /**
   * Analyses `text` (a whole new version of the document). Throws `CancelledError` when the token is cancelled. The
   * result is valid until the next `analyze` or `parse` (which may move its positions in place: see the module comment).
   */
  analyze(text: string, token?: CancellationToken): Analysis;
  /** Options for the next calls (settings, bibliographies or the ontology changed); the parsed chunks are kept. */
  setOptions(options: AnalysisOptions): void;
  /**
   * Parses `text` without analysing it (unchanged chunks reused), so that a host can read what the draft asks for
   * (front-matter bibliographies) before `analyze`; `analyze` on the same text then parses nothing again.
   */
  parse(text: string): ParsedDocument;
}

/** Creates an analyser for one document (see the module comment). */
export function createIncrementalAnalyzer(options: IncrementalOptions = {}): IncrementalAnalyzer {
  const parser = new DocumentParser(options.limits);
  const uri = options.uri ?? 'untitled.md';
  let current: AnalysisOptions = options;
  const references = new RotatingMemo<MemoEntry>();
  const caches: AnalysisCaches = { references, bibliographies: new Map() };
  const kept = new Map<object, { depends: unknown; value: unknown }>();
  caches.kept = <T>(key: object, depends: unknown, compute: () => T): T => {
    const k = kept.get(key);
    if (k && sameDepends(k.depends, depends)) return k.value as T;
    const value = compute();
    kept.set(key, { depends, value });
    return value;
  };
  const combined: CombinedParts = {};
  let previous: { datas: readonly ChunkData[]; mentions: ReadonlyArray<readonly Mention[]> } | undefined;
  const partLists: PartLists = new Map();
  let lastEntries: { list: readonly BibEntry[]; stamp: object } = { list: [], stamp: {} };
  const citedIds = new CitedIdsKey();
  const lastSection: { entries?: SectionEntries } = {};
  caches.citedIdsKey = (list) => citedIds.of(list);
  let entries: { list: readonly BibEntry[]; key: object } | undefined;
  caches.entriesKey = (list) => {
    if (!entries || !sameButSpans(entries.list, list)) entries = { list, key: {} };
    else entries.list = list;
    return entries.key;
  };
  return {
    analyze(text, token) {
      throwIfCancelled(token);
      const { doc, chunks } = parser.parse(text, uri);
      const byChunk: Array<readonly Mention[]> = []; // each chunk's mentions (relative), filled by proseResults
      const placedMentions: Array<readonly Mention[]> = []; // and placed
      const prose = proseResults(doc.text, chunks, current, byChunk, placedMentions, combined, token);
      const scope = current.evidenceScope ?? 'sentence';
      caches.evidence = (section, entries, resolve) => {
        if (!sameList(lastEntries.list, entries)) lastEntries = { list: entries, stamp: {} };
        return chunkEvidence(doc.text, chunks, placedMentions, scope, section, lastEntries.stamp, resolve, token);
      };
      // The chunks before and after the edit (same data, same mentions as in the previous analysis), for `perPart`.
      const datas = chunks.map((c) => c.data);
      const window = previous ? unchangedEnds(previous.datas, previous.mentions, datas, byChunk) : undefined;
      previous = { datas, mentions: byChunk };
      caches.perPart = (key, find, within, depends, partDepends) => chunkParts(doc.text, chunks, byChunk, scope, key, find, within, depends, partDepends, window, partLists);
      caches.sectionEntries = (section) => chunkEntries(doc, chunks, section, references, lastSection, token);
      const analysis = completeAnalysis(doc, prose, current, token, caches);
      references.rotate();
      const used = new Set((current.bibliographies ?? []).map((b) => b.path));
      for (const path of caches.bibliographies!.keys()) if (!used.has(path)) caches.bibliographies!.delete(path);
      return analysis;
    },
    setOptions(next) {
      current = next;
    },
    parse(text) {
      return parser.parse(text, uri).doc;
    },
  };
}

/** Citations, mentions and sentences of every chunk, from the chunk's memo where it has them, joined in document order. */
function proseResults(
  text: string,
  chunks: readonly Chunk[],
  options: AnalysisOptions,
  byChunk: Array<readonly Mention[]>,
  placedMentions: Array<readonly Mention[]>,
  combined: CombinedParts,
  token?: CancellationToken,
): ProseResults {
  const citations: Citation[] = [];
  for (const c of chunks) {
    throwIfCancelled(token);
    append(citations, placedCitations(text, c, token));
  }
  const recogniser = options.entities?.recogniser;
  const mentions = recogniser ? chunkMentions(text, chunks, recogniser, byChunk, placedMentions, combined, token) : [];
  const scope = options.evidenceScope ?? 'sentence';
  const units: Span[] = [];
  // Only sentences around mentions are looked up: chunks without mentions (a References list) need none placed.
  if (mentions.length) chunks.forEach((c, k) => byChunk[k]!.length > 0 && append(units, placedUnits(text, c, scope, token)));
  return { citations, mentions, units };
}

/** The chunk's text. */
function sourceOf(text: string, c: Chunk): string {
  return text.slice(c.start, c.end);
}

/** A chunk's view as a document of its own, for the prose scanners. */
function partOf(text: string, c: Chunk): ProseView {
  return { text: sourceOf(text, c), prose: c.data.prose, blocks: c.data.blocks };
}

/**
 * A stage's result per chunk: relative offsets, and its copy at the chunk's offset. The copy is made once, when the
 * chunk first stands at an offset other than 0, and moved in place when the chunk moves (an analysis's results are
 * valid until the next call: see `IncrementalAnalyzer.analyze`).
 */
interface Stage<T> {
  rel: T[];
  placed?: { start: number; list: T[] };
}

/** The chunk's result of the stage `key`, computed once per chunk. */
function computed<T>(c: Chunk, key: unknown, compute: () => T[]): Stage<T> {
  let stage = c.data.memo.get(key) as Stage<T> | undefined;
  if (!stage) c.data.memo.set(key, (stage = { rel: compute() }));
  return stage;
}

/**
 * A stage's result at the chunk's offset: `rel` itself at offset 0, else copies (`copy`, each with positions of its
 * own) made once and then moved in place by `move` (see `Stage`).
 */
function place<T>(c: Chunk, stage: Stage<T>, copy: (t: T, by: number) => T, move: (t: T, by: number) => void): T[] {
  const rel = stage.rel;
  if (rel.length === 0) return rel;
  const before = stage.placed;
  if (before?.start === c.start) return before.list;
  if (before && before.list !== rel && c.start !== 0) {
    const by = c.start - before.start;
    const list = before.list;
    for (let i = 0; i < list.length; i++) move(list[i]!, by);
    before.start = c.start;
    return list;
  }
  let list = rel;
  if (c.start !== 0) {
    list = new Array<T>(rel.length);
    for (let i = 0; i < list.length; i++) list[i] = copy(rel[i]!, c.start);
  }
  stage.placed = { start: c.start, list };
  return list;
}

const shiftSpan = (s: Span, by: number): Span => ({ start: s.start + by, end: s.end + by });

/** Moves a placed result that has a span of its own (a mention, a rule's per-part result, a sentence's wrapper). */
const moveOwnSpan = (t: { span: Span }, by: number): void => moveSpan(t.span, by);

const NO_MENTIONS: Mention[] = [];

/** Keys of the stages in a chunk's memo. */
const CITATIONS = Symbol('citations');
const ENTRIES = Symbol('entries');
const MENTIONS = Symbol('mentions');
const UNITS: Readonly<Record<EvidenceScope, symbol>> = { sentence: Symbol('sentences'), paragraph: Symbol('paragraphs') };

/**
 * A rule's per-part result moved by `by`: a shallow copy with its own span. (Not an object reading through to the kept
 * one, `Object.create(t)`: making each kept result a prototype costs V8 more than the copy.)
 */
function shifted<T extends { span: Span }>(t: T, by: number): T {
  return { ...t, span: shiftSpan(t.span, by) };
}

function shiftCitation(c: Citation, by: number): Citation {
  return c.kind === 'numeric'
    ? { ...c, span: shiftSpan(c.span, by), parts: c.parts.map((p) => ({ ...p, span: shiftSpan(p.span, by) })) }
    : { ...c, span: shiftSpan(c.span, by), items: c.items.map((i) => ({ ...i, span: shiftSpan(i.span, by) })) };
}

/** Moves a placed citation (made by `shiftCitation`: its parts and items are its own) in place. */
function moveCitation(c: Citation, by: number): void {
  moveSpan(c.span, by);
  if (c.kind === 'numeric') for (const p of c.parts) moveSpan(p.span, by);
  else for (const i of c.items) moveSpan(i.span, by);
}

function placedCitations(text: string, c: Chunk, token?: CancellationToken): Citation[] {
  return place(c, computed(c, CITATIONS, () => extractCitations(partOf(text, c), token)), shiftCitation, moveCitation);
}

function placedUnits(text: string, c: Chunk, scope: EvidenceScope, token?: CancellationToken): Span[] {
  return place(c, computed(c, UNITS[scope], () => sentencesOf(partOf(text, c), scope, token)), shiftSpan, moveSpan);
}

/**
 * A rule's per-part results chunk by chunk, kept while the chunk's mentions, the evidence scope and `depends` stay the
 * same (see `RuleContext.perPart`). With the `window` of chunks an edit changed and the rule's list from the previous
 * analysis, only the chunks in the window are looked at, and of those after it only the ones that found something (to
 * move their results): the results of the chunks before it are taken as they are.
 */
function chunkParts<T extends { span: Span }>(
  text: string,
  chunks: readonly Chunk[],
  byChunk: ReadonlyArray<readonly Mention[]>,
  scope: EvidenceScope,
  key: object,
  find: (part: RulePart) => T[],
  within: Span | undefined,
  depends: unknown,
  partDepends: ((part: RulePart) => readonly unknown[]) | undefined,
  window: ChunkWindow | undefined,
  lists: PartLists,
): T[] {
  const last = lists.get(key) as PartList<T> | undefined;
  const list: PartList<T> = { datas: window?.datas ?? [], scope, depends, out: [], found: [], starts: [] };
  const visit = (k: number) => {
    const c = chunks[k]!;
    const mentions = byChunk[k] ?? NO_MENTIONS;
    let stage = c.data.memo.get(key) as PartStage<T> | undefined;
    if (!stage || stage.mentions !== mentions || stage.scope !== scope || stage.depends !== depends) {
      const part: RulePart = {
        text: sourceOf(text, c),
        prose: c.data.prose,
        blocks: c.data.blocks,
        mentions,
        citations: computed(c, CITATIONS, () => extractCitations(partOf(text, c))).rel,
        units: computed(c, UNITS[scope], () => sentencesOf(partOf(text, c), scope)).rel,
      };
      const deps = partDepends?.(part);
      // Found under another `depends`: kept while what the part itself depends on is the same.
      if (stage && deps && stage.partDeps && stage.mentions === mentions && stage.scope === scope && sameList(deps, stage.partDeps)) stage.depends = depends;
      else {
        stage = { rel: find(part), mentions, scope, depends, partDeps: deps };
        c.data.memo.set(key, stage);
      }
    }
    if (stage.rel.length === 0) return; // most parts find nothing
    list.found.push(k);
    list.starts.push(list.out.length);
    append(list.out, place(c, stage, shifted, moveOwnSpan));
  };
  if (within) {
    for (let k = 0; k < chunks.length; k++) if (chunks[k]!.end > within.start && chunks[k]!.start < within.end) visit(k);
    return list.out;
  }
  if (!window || !last || last.datas !== window.before || last.scope !== scope || last.depends !== depends) {
    for (let k = 0; k < chunks.length; k++) visit(k);
  } else {
    const { prefix, suffix } = window;
    const shift = chunks.length - window.before.length; // chunk index after the window = index before it + shift
    let i = 0;
    for (; i < last.found.length && last.found[i]! < prefix; i++) {
      list.found.push(last.found[i]!);
      list.starts.push(last.starts[i]!);
    }
    const kept = i < last.found.length ? last.starts[i]! : last.out.length;
    for (let q = 0; q < kept; q++) list.out.push(last.out[q]!);
    for (let k = prefix; k < chunks.length - suffix; k++) visit(k);
    for (; i < last.found.length; i++) if (last.found[i]! >= window.before.length - suffix) visit(last.found[i]! + shift);
  }
  lists.set(key, list);
  return list.out;
}

/** A rule's per-part results for one chunk and what they were found under. */
interface PartStage<T> extends Stage<T> {
  mentions: readonly Mention[];
  scope: EvidenceScope;
  depends: unknown;
  /** What `partDepends` gave for the part then, if given. */
  partDeps: readonly unknown[] | undefined;
}

/** The chunks an edit left as they were: as many at the start and at the end of the list as the previous analysis had. */
interface ChunkWindow {
  /** The previous analysis's chunk data. */
  before: readonly ChunkData[];
  /** This analysis's chunk data. */
  datas: readonly ChunkData[];
  /** How many chunks at the start, and at the end, have the same data and mentions as then. */
  prefix: number;
  suffix: number;
}

/** The unchanged chunks at both ends (same data and same mentions, by identity) between two analyses. */
function unchangedEnds(before: readonly ChunkData[], beforeMentions: ReadonlyArray<readonly Mention[]>, datas: readonly ChunkData[], mentions: ReadonlyArray<readonly Mention[]>): ChunkWindow {
  const n = datas.length;
  const m = before.length;
  let prefix = 0;
  while (prefix < n && prefix < m && datas[prefix] === before[prefix] && mentions[prefix] === beforeMentions[prefix]) prefix++;
  let suffix = 0;
  while (suffix < n - prefix && suffix < m - prefix && datas[n - 1 - suffix] === before[m - 1 - suffix] && mentions[n - 1 - suffix] === beforeMentions[m - 1 - suffix]) suffix++;
  return { before, datas, prefix, suffix };
}

/** A rule's per-part results of the last analysis: the chunks that found something (indices) and where their results start. */
interface PartList<T> {
  datas: readonly ChunkData[];
  scope: EvidenceScope;
  depends: unknown;
  out: T[];
  found: number[];
  starts: number[];
}

/** The rules' last per-part results, by key. */
type PartLists = Map<object, PartList<unknown>>;

/** A chunk's evidence and what it was linked from (the placed lists, which keep their identity while they move). */
interface EvidenceStage {
  mentions: readonly Mention[];
  citations: readonly Citation[];
  units: readonly Span[];
  /** The entries the citations were resolved against (see `chunkEvidence`). */
  stamp: object;
  /** What each id of the citations resolved to then (`citedEntries`). */
  cited: ReadonlyArray<BibEntry | undefined>;
  /** The chunk's offset when a mention outside every unit has a scope of its own (not moved with the chunk); else -1. */
  start: number;
  list: MentionEvidence[];
}

const EVIDENCE = Symbol('evidence');

/**
 * `linkEvidence` chunk by chunk (a sentence and the citations in it never run across a cut), kept per chunk while its
 * placed mentions, citations and sentences are the same lists (they are moved in place, so the kept records stay
 * right) and `stamp` — the same object while the document's entries are the same objects — is the same. Chunks that
 * overlap the References section link only their mentions outside it, afresh.
 */
function chunkEvidence(
  text: string,
  chunks: readonly Chunk[],
  placedMentions: ReadonlyArray<readonly Mention[]>,
  scope: EvidenceScope,
  section: Span | undefined,
  stamp: object,
  resolve: EntryResolver,
  token?: CancellationToken,
): MentionEvidence[] {
  const out: MentionEvidence[] = [];
  for (let k = 0; k < chunks.length; k++) {
    const mentions = placedMentions[k] ?? NO_MENTIONS;
    if (mentions.length === 0) continue;
    const c = chunks[k]!;
    if (section && c.start >= section.start && c.end <= section.end) continue;
    const citations = placedCitations(text, c, token);
    const units = placedUnits(text, c, scope, token);
    if (section && c.end > section.start && c.start < section.end) {
      append(out, linkEvidence(outside(mentions, section), citations, resolve, units, token));
      continue;
    }
    let stage = c.data.memo.get(EVIDENCE) as EvidenceStage | undefined;
    if (stage && (stage.mentions !== mentions || stage.citations !== citations || stage.units !== units || (stage.start >= 0 && stage.start !== c.start))) stage = undefined;
    // Other entries (a reference was edited): the chunk's evidence stays while its citations resolve to the same ones.
    if (stage && stage.stamp !== stamp && sameList(citedEntries(citations, resolve), stage.cited)) stage.stamp = stamp;
    if (!stage || stage.stamp !== stamp) {
      const list = linkEvidence(mentions, citations, resolve, units, token);
      const ownScope = list.some((ev) => !units.includes(ev.scope));
      stage = { mentions, citations, units, stamp, cited: citedEntries(citations, resolve), start: ownScope ? c.start : -1, list };
      c.data.memo.set(EVIDENCE, stage);
    }
    append(out, stage.list);
  }
  return out;
}

/**
 * The rules' `citedIdsKey`: an object kept while the citations cite the same ids in the same order — the numbers of
 * each numeric citation and the keys of each key citation, in document order — compared without building anything.
 */
class CitedIdsKey {
  /** Per numeric citation: its count of numbers, then the numbers. */
  private numbers: number[] = [];
  /** Per key citation: its count of items (as a string), then the keys. */
  private keys: string[] = [];
  private key: object = {};

  of(citations: readonly Citation[]): object {
    if (!this.holds(citations)) {
      this.numbers = [];
      this.keys = [];
      for (const c of citations) {
        if (c.kind === 'numeric') this.numbers.push(c.numbers.length, ...c.numbers);
        else this.keys.push(String(c.items.length), ...c.items.map((i) => i.key));
      }
      this.key = {};
    }
    return this.key;
  }

  private holds(citations: readonly Citation[]): boolean {
    const numbers = this.numbers;
    const keys = this.keys;
    let n = 0;
    let k = 0;
    for (const c of citations) {
      if (c.kind === 'numeric') {
        const ns = c.numbers;
        if (numbers[n++] !== ns.length) return false;
        for (let i = 0; i < ns.length; i++) if (numbers[n++] !== ns[i]) return false;
      } else {
        const items = c.items;
        if (keys[k++] !== String(items.length)) return false;
        for (let i = 0; i < items.length; i++) if (keys[k++] !== items[i]!.key) return false;
      }
    }
    return n === numbers.length && k === keys.length;
  }
}

/** `kept`'s test: the same value (===), or arrays of the same values. */
function sameDepends(a: unknown, b: unknown): boolean {
  return a === b || (Array.isArray(a) && Array.isArray(b) && sameList(a, b));
}

/** True when two lists hold the same objects in the same order. */
function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** True when two lists of entries read the same but for the entries' `span`. */
function sameButSpans(a: readonly BibEntry[], b: readonly BibEntry[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && !sameData(a[i], b[i], 'span')) return false;
  return true;
}

/** Equality of plain data (numbers, strings, arrays and objects of them), but for the property `skip`. */
function sameData(a: unknown, b: unknown, skip?: string): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  let count = 0;
  for (const k in x) {
    count++;
    if (k !== skip && !sameData(x[k], y[k])) return false;
  }
  for (const _ in y) count--;
  return count === 0;
}

/** Reference entries per paragraph or list item of a chunk, relative to the chunk (offsets and lines), and placed. */
interface EntriesStage {
  rel: BibEntry[][];
  placed?: { start: number; line: number; list: BibEntry[][] };
}

/** What `chunkEntries` gave last: the section's bounds and the placed lists it read (the key), and the entries. */
interface SectionEntries {
  key: unknown[];
  out: BibEntry[];
}

/**
 * The entries of the References section, read per chunk and kept while the chunk is unchanged. The list itself is the
 * previous one (`last`) while the section's bounds and every chunk's placed entries are the same objects.
 */
function chunkEntries(doc: ParsedDocument, chunks: readonly Chunk[], section: Section, memo: ReferenceMemo, last: { entries?: SectionEntries }, token?: CancellationToken): BibEntry[] {
  const out: BibEntry[] = [];
  const key: unknown[] = [section.headingSpan.end, section.span.end];
  const inside: Chunk[] = [];
  for (const c of chunks) {
    if (c.end <= section.headingSpan.end || c.start >= section.span.end) continue;
    inside.push(c);
  }
  for (const c of inside) {
    const d = c.data;
    let stage = d.memo.get(ENTRIES) as EntriesStage | undefined;
    if (!stage) {
      const source = sourceOf(doc.text, c);
      const rel = readEntries({ text: source, lines: new LineIndex(source, [0, ...d.lineStarts]) }, d.topBlocks, token, memo);
      d.memo.set(ENTRIES, (stage = { rel }));
    }
    const line = doc.lines.positionAt(c.start).line;
    const before = stage.placed;
    if (before?.start !== c.start || before.line !== line) {
      if (before && before.line === line && before.list !== stage.rel) {
        // On the same line (the edit above changed no line count) the ranges stay: only the spans move, in place (the
        // entries stay the same objects, as `entriesKey` expects of entries that differ only in their spans).
        const by = c.start - before.start;
        for (const es of before.list) for (const e of es) moveSpan(e.span, by);
        before.start = c.start;
      } else {
        const list = c.start === 0 && line === 0 ? stage.rel : stage.rel.map((es) => es.map((e) => shiftEntry(e, c.start, line)));
        stage.placed = { start: c.start, line, list };
      }
    }
    key.push(stage.placed!.list);
  }
  if (last.entries && sameList(last.entries.key, key)) return last.entries.out;
  for (const c of inside) {
    const list = (c.data.memo.get(ENTRIES) as EntriesStage).placed!.list;
    placed(c).topBlocks.forEach((b, i) => {
      if (startsIn(b, section)) append(out, list[i]!);
    });
  }
  last.entries = { key, out };
  return out;
}

/** An entry moved by `by` characters and `lines` lines (a chunk starts a line, so characters within lines stay). */
function shiftEntry(e: BibEntry, by: number, lines: number): BibEntry {
  const r = (x: Range): Range => (lines === 0 ? x : { start: { line: x.start.line + lines, character: x.start.character }, end: { line: x.end.line + lines, character: x.end.character } });
  const out: BibEntry = { ...e, span: shiftSpan(e.span, by) };
  if (e.range) out.range = r(e.range);
  out.labelRange = r(e.labelRange);
  if (e.identifierRanges) {
    const ids = e.identifierRanges;
    out.identifierRanges = {};
    if (ids.doi) out.identifierRanges.doi = r(ids.doi);
    if (ids.pmid) out.identifierRanges.pmid = r(ids.pmid);
    if (ids.pmcid) out.identifierRanges.pmcid = r(ids.pmcid);
  }
  return out;
}

/**
 * Per chunk: the recogniser used, the facts the chunk's prose contributes, its mentions with the facts they used
 * (before document-level disambiguation), and those mentions disambiguated under the document's names.
 */
interface MentionMemo {
  recogniser: Recogniser;
  facts: DocumentFacts;
  result?: PartMentions;
  resolved?: ResolvedPart;
  stage?: Stage<Mention>;
  /** The document's facts (see `factsKey`) the result was last found to hold under. */
  heldUnder?: string;
}

/**
 * Mentions of every chunk under the document's facts: kept per chunk while the facts they used still hold. The
 * document-level disambiguation (an ambiguous alias resolved to the one candidate the draft names elsewhere) runs
 * per chunk under the names of all chunks, and is kept while the names it looked up stay the same. Each chunk's
 * mentions (relative to it) are also pushed to `byChunk`.
 */
function chunkMentions(
  text: string,
  chunks: readonly Chunk[],
  recogniser: Recogniser,
  byChunk: Array<readonly Mention[]>,
  placedMentions: Array<readonly Mention[]>,
  combined: CombinedParts,
  token?: CancellationToken,
): Mention[] {
  const prepared = new Map<Chunk, PreparedProse>();
  const memos: MentionMemo[] = [];
  for (const c of chunks) {
    let memo = c.data.memo.get(MENTIONS) as MentionMemo | undefined;
    if (!memo || memo.recogniser !== recogniser) {
      const p = recogniser.prepare(sourceOf(text, c), c.data.prose, token);
      prepared.set(c, p);
      memo = { recogniser, facts: p.facts };
      c.data.memo.set(MENTIONS, memo);
    }
    memos.push(memo);
  }
  combined.facts = combineReusing(combined.facts, memos.map((m) => m.facts), (parts) => {
    const facts = combineFacts(parts);
    return { facts, key: factsKey(facts) };
  }, sameFacts);
  const { facts, key } = combined.facts.result;
  chunks.forEach((c, k) => {
    const memo = memos[k]!;
    if (!memo.result || (memo.heldUnder !== key && !factsStillHold(memo.result.uses, facts))) {
      const p = prepared.get(c) ?? recogniser.prepare(sourceOf(text, c), c.data.prose, token);
      memo.result = recogniser.recognisePrepared(p, facts, token);
      memo.resolved = undefined;
    }
    memo.heldUnder = key;
  });
  combined.named = combineReusing(combined.named, memos.map((m) => m.result!.named), combineNamed, sameSet);
  const named = combined.named.result;
  const out: Mention[] = [];
  chunks.forEach((c, k) => {
    const memo = memos[k]!;
    if (!memo.resolved || !memo.stage || !namesStillHold(memo.resolved.uses, named)) {
      const resolved = resolvePart(memo.result!.mentions, named);
      // The same mentions as before: keep the stage, so that rules' per-part results stay too.
      if (!memo.stage || !sameList(memo.stage.rel, resolved.mentions)) memo.stage = { rel: resolved.mentions };
      memo.resolved = resolved;
    }
    byChunk.push(memo.stage.rel);
    const list = place(c, memo.stage, shiftMention, moveOwnSpan);
    placedMentions.push(list);
    append(out, list);
  });
  return out;
}

/** The chunks' facts and names combined by the previous analysis (see `combineReusing`). */
interface CombinedParts {
  facts?: Combination<DocumentFacts, { facts: DocumentFacts; key: string }>;
  named?: Combination<ReadonlySet<string>, ReadonlySet<string>>;
}

/** Parts and what `combine` made of them. */
interface Combination<P, R> {
  parts: readonly P[];
  result: R;
}

/**
 * `combine(parts)`, or the previous result when the parts that differ from the previous ones (by identity, between the
 * common first and last parts) are as many and each the `same` as the one it replaces: an edit rarely changes what a
 * chunk contributes, and combining every chunk's facts and names again on each keystroke cost ~10% of a re-analysis.
 */
function combineReusing<P, R>(last: Combination<P, R> | undefined, parts: readonly P[], combine: (parts: readonly P[]) => R, same: (a: P, b: P) => boolean): Combination<P, R> {
  if (last && last.parts.length === parts.length) {
    const old = last.parts;
    const n = parts.length;
    let i = 0;
    while (i < n && old[i] === parts[i]) i++;
    let j = n;
    while (j > i && old[j - 1] === parts[j - 1]) j--;
    while (i < j && same(old[i]!, parts[i]!)) i++;
    if (i === j) return { parts, result: last.result };
  }
  return { parts, result: combine(parts) };
}

/** True when two sets hold the same values. */
function sameSet<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean {
  if (a === b) return true;
  if (a.size !== b.size) return false;
  for (const v of a) if (!b.has(v)) return false;
  return true;
}

/** True when two maps hold the same entries (values compared with ===). */
function sameMap<K, V>(a: ReadonlyMap<K, V>, b: ReadonlyMap<K, V>): boolean {
  if (a === b) return true;
  if (a.size !== b.size) return false;
  for (const [k, v] of a) if (b.get(k) !== v || (v === undefined && !b.has(k))) return false;
  return true;
}

/** True when two parts contribute the same facts. */
function sameFacts(a: DocumentFacts, b: DocumentFacts): boolean {
  return (
    sameSet(a.trials, b.trials) &&
    sameMap(a.defined, b.defined) &&
    sameMap(a.links, b.links) &&
    sameMap(a.fusionCandidates.pairs, b.fusionCandidates.pairs) &&
    sameSet(a.fusionCandidates.slashPairs, b.fusionCandidates.slashPairs) &&
    sameMap(a.fusionCandidates.genes, b.fusionCandidates.genes)
  );
}


/** The document's facts as one string (equal facts, equal strings): trial names, definitions, links, fusion candidates. */
function factsKey(facts: DocumentFacts): string {
  const trials = [...facts.trials].sort();
  const defined = [...facts.defined].map(([k, v]) => `${k}=${v}`).sort();
  const links = [...facts.links].map(([k, v]) => `${k}=${v}`).sort();
  const pairs = [...facts.fusionCandidates.pairs].map(([k, cued]) => `${k}=${cued ? 1 : 0}`).sort();
  const slash = [...facts.fusionCandidates.slashPairs].sort();
  const genes = [...facts.fusionCandidates.genes].map(([k, v]) => `${k}=${v}`).sort();
  return `${trials.join('\u0001')}\u0002${defined.join('\u0001')}\u0002${links.join('\u0001')}\u0002${pairs.join('\u0001')}\u0002${slash.join('\u0001')}\u0002${genes.join('\u0001')}`;
}

/** A mention moved by `by` (the same properties, in the recogniser's order). */
function shiftMention(m: Mention, by: number): Mention {
  const out: Mention = { text: m.text, span: shiftSpan(m.span, by), entity: m.entity, status: m.status, kind: m.kind };
  if (m.candidates) out.candidates = m.candidates;
  return out;
}

/** A memo that keeps, at each `rotate`, only the entries read or written since the previous one. */
class RotatingMemo<V> {
  private previous = new Map<string, V>();
  private current = new Map<string, V>();

  get(key: string): V | undefined {
    let v = this.current.get(key);
    if (v === undefined) {
      v = this.previous.get(key);
      if (v !== undefined) this.current.set(key, v);
    }
    return v;
  }

  set(key: string, value: V): void {
    this.current.set(key, value);
  }

  rotate(): void {
    this.previous = this.current;
    this.current = new Map();
  }
}
