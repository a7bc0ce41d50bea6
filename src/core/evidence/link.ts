import type { BibEntry } from '../bibliography/types';
import type { Citation } from '../citations/types';
import type { ProseView } from '../parse/document';
import { splitSentences } from '../parse/sentences';
import type { Mention } from '../recognise/types';
import { type CancellationToken, type Span, throwIfCancelled } from '../types';

/** Which citations support a mention: those of its sentence, or of its whole paragraph. */
export type EvidenceScope = 'sentence' | 'paragraph';

/** A mention with the citations of its sentence (or paragraph) and the reference entries behind them. */
export interface MentionEvidence {
  mention: Mention;
  /** The sentence (or paragraph) the mention is in. */
  scope: Span;
  citations: Citation[];
  /** Cited ids: numbers as strings, keys as written. */
  citationIds: string[];
  entries: BibEntry[];
}

/** Resolves one cited id (`"16"`, `"smith2020"`) to its reference entry. */
export type EntryResolver = (citation: Citation, id: string) => BibEntry | undefined;

/** The sentences of every paragraph-like block, as spans, in document order. */
export function sentencesOf(doc: Pick<ProseView, 'text' | 'blocks'>, scope: EvidenceScope, token?: CancellationToken): Span[] {
  const out: Span[] = [];
  for (const block of doc.blocks) {
    throwIfCancelled(token);
    if (block.prose.length === 0) continue;
    if (scope === 'paragraph') out.push(block.span);
    else out.push(...splitSentences(doc.text, block.span));
  }
  return out;
}

const idsOfNumbers = new WeakMap<readonly number[], string[]>();

/**
 * The ids a citation names: its numbers as strings (the same array for the same `numbers`, which a citation's moved
 * copies share: do not change it) or its keys.
 */
export function citedIds(c: Citation): string[] {
  if (c.kind !== 'numeric') return c.items.map((i) => i.key);
  let ids = idsOfNumbers.get(c.numbers);
  if (!ids) idsOfNumbers.set(c.numbers, (ids = [...new Set(c.numbers)].map(String)));
  return ids;
}

/** The citations, ids and entries of a sentence without citations (shared: do not change it). */
const NONE = Object.freeze([]) as unknown as never[];

/**
 * The entry each id of each citation resolves to, in order (undefined where none): the evidence `linkEvidence` finds
 * for these citations is the same while this list holds the same objects (the entries read the same).
 */
export function citedEntries(citations: readonly Citation[], resolve: EntryResolver): Array<BibEntry | undefined> {
  const out: Array<BibEntry | undefined> = [];
  for (const c of citations) for (const id of citedIds(c)) out.push(resolve(c, id));
  return out;
}

/**
 * Links each mention to the citations in its sentence (or paragraph) and to their reference entries. `units` are the
 * sentences (or paragraphs) around the mentions, as `sentencesOf` returns them.
 *
 * @example linkEvidence(mentions, citations, resolve, sentencesOf(doc, 'sentence'))[0].citationIds // ["16"]
 */
export function linkEvidence(
  mentions: readonly Mention[],
  citations: readonly Citation[],
  resolve: EntryResolver,
  units: readonly Span[],
  token?: CancellationToken,
): MentionEvidence[] {
  const out: MentionEvidence[] = [];
  let u = 0;
  let c0 = 0;
  // Mentions of one sentence share its citations, ids and entries (the arrays are shared: do not change them).
  let last: Omit<MentionEvidence, 'mention'> | undefined;
  for (const mention of mentions) {
    throwIfCancelled(token);
    while (u < units.length && units[u]!.end <= mention.span.start) u++;
    const unit = units[u] && units[u]!.start <= mention.span.start ? units[u]! : { start: mention.span.start, end: mention.span.end };
    if (last?.scope !== unit) {
      while (c0 < citations.length && citations[c0]!.span.end <= unit.start) c0++;
      let end = c0;
      while (end < citations.length && citations[end]!.span.start < unit.end) end++;
      if (end === c0) last = { scope: unit, citations: NONE, citationIds: NONE, entries: NONE };
      else {
        const cited = citations.slice(c0, end);
        const ids: string[] = [];
        const entries: BibEntry[] = [];
        for (let i = 0; i < cited.length; i++) {
          const c = cited[i]!;
          const cids = citedIds(c);
          for (let k = 0; k < cids.length; k++) {
            const id = cids[k]!;
            if (ids.includes(id)) continue;
            ids.push(id);
            const e = resolve(c, id);
            if (e && !entries.includes(e)) entries.push(e);
          }
        }
        last = { scope: unit, citations: cited, citationIds: ids, entries };
      }
    }
    out.push({ mention, scope: unit, citations: last.citations, citationIds: last.citationIds, entries: last.entries });
  }
  return out;
}
