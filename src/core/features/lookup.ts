/**
 * Finding what is under a position: the citation (and the number or key in it), the reference entry it names, and,
 * the other way round, every citation of an entry. Indexes are built once per analysis and cached.
 */
import { keyResolver, type Analysis } from '../analysis';
import type { BibEntry } from '../bibliography/types';
import type { Citation, KeyItem } from '../citations/types';
import type { Mention } from '../recognise/types';
import type { Span } from '../types';
import type { FeatureContext } from './types';

/** The target of a citation under a position: the numbers of the element (or whole group), or one key. */
export type CitationTarget =
  | { kind: 'numbers'; numbers: number[]; span: Span; citation: Citation }
  | { kind: 'key'; item: KeyItem; span: Span; citation: Citation };

/** One place that cites an entry: the element or key item, inside its citation. */
export interface CitationSite {
  citation: Citation;
  /** Span of the number element (e.g. `38–41`) or of `@key`. */
  span: Span;
}

interface Index {
  byNumber: Map<number, BibEntry>;
  resolveKey: (item: KeyItem) => BibEntry | undefined;
}

const indexes = new WeakMap<Analysis, Index>();

function indexOf(analysis: Analysis): Index {
  let index = indexes.get(analysis);
  if (!index) {
    const byNumber = new Map<number, BibEntry>();
    const byKey = new Map<string, BibEntry>();
    for (const e of analysis.entries) {
      if (e.number !== undefined) {
        if (!byNumber.has(e.number)) byNumber.set(e.number, e);
      } else if (!byKey.has(e.id)) byKey.set(e.id, e);
    }
    index = { byNumber, resolveKey: keyResolver(analysis.entries, byKey) };
    indexes.set(analysis, index);
  }
  return index;
}

/** The citation whose span contains `offset` (end inclusive, so a cursor just after `)` counts), or undefined. */
export function citationAt(analysis: Analysis, offset: number): Citation | undefined {
  const list = analysis.citations;
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const c = list[mid]!;
    if (offset < c.span.start) hi = mid - 1;
    else if (offset > c.span.end) lo = mid + 1;
    else return c;
  }
  return undefined;
}

/**
 * What the citation at `offset` points to: for a numeric group the element under the cursor (a range gives all its
 * numbers; outside any element, the whole group); for a Pandoc citation the key under the cursor (or its only key).
 */
export function citationTargetAt(analysis: Analysis, offset: number): CitationTarget | undefined {
  const citation = citationAt(analysis, offset);
  if (!citation) return undefined;
  if (citation.kind === 'numeric') {
    const part = citation.parts.find((p) => p.from !== undefined && offset >= p.span.start && offset <= p.span.end);
    if (!part) return { kind: 'numbers', numbers: [...new Set(citation.numbers)], span: citation.span, citation };
    const text = analysis.doc.text;
    const from = part.from!;
    const to = part.to ?? from;
    // On one end of a range: that number only.
    const firstDigits = /^\d+/.exec(text.slice(part.span.start, part.span.end))?.[0].length ?? 0;
    const lastDigits = /\d+$/.exec(text.slice(part.span.start, part.span.end))?.[0].length ?? 0;
    let numbers: number[];
    if (from === to) numbers = [from];
    else if (offset <= part.span.start + firstDigits && offset >= part.span.start) numbers = [from];
    else if (offset >= part.span.end - lastDigits) numbers = [to];
    else numbers = range(Math.min(from, to), Math.max(from, to));
    return { kind: 'numbers', numbers, span: part.span, citation };
  }
  const item = citation.items.find((i) => offset >= i.span.start && offset <= i.span.end) ?? (citation.items.length === 1 ? citation.items[0] : undefined);
  if (!item) return undefined;
  return { kind: 'key', item, span: item.span, citation };
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let n = from; n <= to && out.length < 1000; n++) out.push(n);
  return out;
}

/** The entry a number names (first entry with that number), or undefined. */
export function entryForNumber(analysis: Analysis, n: number): BibEntry | undefined {
  return indexOf(analysis).byNumber.get(n);
}

/** The entry a cited key names (by key, or a Manubot `doi:`/`pmid:`/`pmcid:` key by identifier), or undefined. */
export function entryForKey(analysis: Analysis, item: KeyItem): BibEntry | undefined {
  return indexOf(analysis).resolveKey(item);
}

/** The reference entry of the draft's own list whose span contains `offset`. */
export function draftEntryAt(analysis: Analysis, offset: number): BibEntry | undefined {
  return analysis.entries.find((e) => e.path === undefined && offset >= e.span.start && offset <= e.span.end);
}

/** The entry under the cursor: a draft list entry, or the (first) entry named by the citation there. */
export function entryAt(analysis: Analysis, offset: number): BibEntry | undefined {
  const own = draftEntryAt(analysis, offset);
  if (own) return own;
  const target = citationTargetAt(analysis, offset);
  if (!target) return undefined;
  if (target.kind === 'key') return entryForKey(analysis, target.item);
  return target.numbers.length === 1 ? entryForNumber(analysis, target.numbers[0]!) : undefined;
}

/** Every place in the draft that cites `entry`, in document order. */
export function citationsOf(analysis: Analysis, entry: BibEntry): CitationSite[] {
  const sites: CitationSite[] = [];
  for (const c of analysis.citations) {
    if (c.kind === 'numeric') {
      if (entry.number === undefined || entryForNumber(analysis, entry.number) !== entry) continue;
      for (const p of c.parts) {
        if (p.from === undefined) continue;
        const lo = Math.min(p.from, p.to ?? p.from);
        const hi = Math.max(p.from, p.to ?? p.from);
        if (entry.number >= lo && entry.number <= hi) sites.push({ citation: c, span: p.span });
      }
    } else {
      for (const item of c.items) if (entryForKey(analysis, item) === entry) sites.push({ citation: c, span: item.span });
    }
  }
  return sites;
}

/** A short label for an entry: `Reference 12` or `Reference 'smith2020'`. */
export function entryLabel(entry: BibEntry): string {
  return entry.number !== undefined ? `Reference ${entry.number}` : `Reference '${entry.id}'`;
}

/** The entity mention whose span contains `offset` (end inclusive): from `ctx.mentions`, else the analysis's. */
export function mentionAt(ctx: FeatureContext, offset: number): Mention | undefined {
  const list = ctx.mentions ?? ctx.analysis.mentions;
  return list.find((m) => offset >= m.span.start && offset < m.span.end) ?? list.find((m) => offset === m.span.end);
}

/** The entity id a mention stands for: its entity, or (ambiguous) its best candidate. */
export function mentionEntityId(m: Mention): string | undefined {
  return m.entity?.id ?? m.candidates?.[0]?.id;
}
