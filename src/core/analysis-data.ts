/**
 * An analysis as plain data that can cross a thread boundary (structured clone): without the syntax tree (only the
 * analysis itself reads it), the text (the receiver already has it) and the line index (a class, rebuilt from the
 * text). The evidence, one record per mention pointing at mentions, citations and entries, goes as indices in typed
 * arrays: cloning it as objects would cost more than everything else together. `analysisFromData` restores
 * everything editor features read, with the same objects shared as in the original.
 */
import type { Analysis } from './analysis';
import type { BibEntry } from './bibliography/types';
import type { Citation } from './citations/types';
import type { MentionEvidence } from './evidence/link';
import type { AnalysedDocument } from './parse/document';
import { LineIndex } from './parse/line-index';
import type { Mention } from './recognise/types';

/** The document part of `AnalysisData`: every field but the tree, the text and the line index. */
export type AnalysedDocumentData = Omit<AnalysedDocument, 'text' | 'lines'>;

/**
 * `Analysis.evidence` as indices: record `i` names mention `mention[i]`, has scope `scopeStart[i]`–`scopeEnd[i]`, and
 * its citations, cited ids and entries are `citations[citationOffsets[i] … citationOffsets[i + 1])` and so on.
 */
export interface EvidenceData {
  mention: Int32Array;
  scopeStart: Int32Array;
  scopeEnd: Int32Array;
  citationOffsets: Int32Array;
  citations: Int32Array;
  /** Cited ids as indices into `idTable`. */
  idOffsets: Int32Array;
  ids: Int32Array;
  idTable: string[];
  entryOffsets: Int32Array;
  entries: Int32Array;
}

/** An `Analysis` whose document has no text and no line index and whose evidence is indices. */
export type AnalysisData = Omit<Analysis, 'doc' | 'evidence'> & { doc: AnalysedDocumentData; evidence: EvidenceData };

/** The plain data of `analysis`, ready for `postMessage`. */
export function analysisData(analysis: Analysis): AnalysisData {
  const { text: _text, lines: _lines, ...doc } = analysis.doc;
  if ('tree' in doc) delete (doc as { tree?: unknown }).tree;
  return { ...analysis, doc, evidence: evidenceData(analysis) };
}

/**
 * The analysis again, from its data and the exact text that was analysed (as given to `parseDocument`, with its
 * byte-order mark if it had one).
 */
export function analysisFromData(data: AnalysisData, analysedText: string): Analysis {
  const text = data.doc.hadBom ? analysedText.slice(1) : analysedText;
  return { ...data, doc: { ...data.doc, text, lines: new LineIndex(text) }, evidence: evidenceFromData(data) };
}

function evidenceData(analysis: Analysis): EvidenceData {
  const n = analysis.evidence.length;
  const mentionAt = indexMap(analysis.mentions);
  const citationAt = indexMap(analysis.citations);
  const entryAt = indexMap(analysis.entries);
  const idAt = new Map<string, number>();
  const idTable: string[] = [];
  const mention = new Int32Array(n);
  const scopeStart = new Int32Array(n);
  const scopeEnd = new Int32Array(n);
  const citations = new IndexLists(n);
  const ids = new IndexLists(n);
  const entries = new IndexLists(n);
  analysis.evidence.forEach((ev, i) => {
    mention[i] = indexIn(mentionAt, ev.mention, 'mention');
    scopeStart[i] = ev.scope.start;
    scopeEnd[i] = ev.scope.end;
    citations.add(i, ev.citations.map((c) => indexIn(citationAt, c, 'citation')));
    ids.add(
      i,
      ev.citationIds.map((id) => {
        let at = idAt.get(id);
        if (at === undefined) idAt.set(id, (at = idTable.push(id) - 1));
        return at;
      }),
    );
    entries.add(i, ev.entries.map((e) => indexIn(entryAt, e, 'entry')));
  });
  return {
    mention,
    scopeStart,
    scopeEnd,
    citationOffsets: citations.offsets,
    citations: citations.values(),
    idOffsets: ids.offsets,
    ids: ids.values(),
    idTable,
    entryOffsets: entries.offsets,
    entries: entries.values(),
  };
}

function evidenceFromData(data: AnalysisData): MentionEvidence[] {
  const e = data.evidence;
  const out: MentionEvidence[] = new Array(e.mention.length);
  const slice = <T>(offsets: Int32Array, values: Int32Array, i: number, pick: (k: number) => T): T[] => {
    const list: T[] = [];
    for (let k = offsets[i]!; k < offsets[i + 1]!; k++) list.push(pick(values[k]!));
    return list;
  };
  for (let i = 0; i < out.length; i++) {
    const prev = i > 0 ? out[i - 1]! : undefined;
    // Mentions of one sentence share its scope and lists, as `linkEvidence` made them (fewer objects on this side too).
    if (prev && prev.scope.start === e.scopeStart[i] && prev.scope.end === e.scopeEnd[i]) {
      out[i] = { mention: data.mentions[e.mention[i]!] as Mention, scope: prev.scope, citations: prev.citations, citationIds: prev.citationIds, entries: prev.entries };
      continue;
    }
    out[i] = {
      mention: data.mentions[e.mention[i]!] as Mention,
      scope: { start: e.scopeStart[i]!, end: e.scopeEnd[i]! },
      citations: slice<Citation>(e.citationOffsets, e.citations, i, (k) => data.citations[k]!),
      citationIds: slice<string>(e.idOffsets, e.ids, i, (k) => e.idTable[k]!),
      entries: slice<BibEntry>(e.entryOffsets, e.entries, i, (k) => data.entries[k]!),
    };
  }
  return out;
}

/** Lists of indices, one per record, flattened into offsets and values. */
class IndexLists {
  readonly offsets: Int32Array;
  private readonly flat: number[] = [];

  constructor(records: number) {
    this.offsets = new Int32Array(records + 1);
  }

  add(record: number, indices: readonly number[]): void {
    for (const k of indices) this.flat.push(k);
    this.offsets[record + 1] = this.flat.length;
  }

  values(): Int32Array {
    return Int32Array.from(this.flat);
  }
}

function indexMap<T>(items: readonly T[]): Map<T, number> {
  const m = new Map<T, number>();
  items.forEach((item, i) => {
    if (!m.has(item)) m.set(item, i);
  });
  return m;
}

function indexIn<T>(map: ReadonlyMap<T, number>, item: T, what: string): number {
  const at = map.get(item);
  if (at === undefined) throw new Error(`analysisData: an evidence record names a ${what} that is not in the analysis`);
  return at;
}
