/** Go to definition (citation → reference entry) and find references (entry or citation → every citation of it). */
import type { BibEntry } from '../bibliography/types';
import type { Mention } from '../recognise/types';
import { citationsOf, citationTargetAt, draftEntryAt, entryAt, entryForKey, entryForNumber, mentionAt, mentionEntityId } from './lookup';
import { cancelled, uriOf, type CancellationToken, type FeatureContext, type Location, type Position } from './types';

/**
 * The reference entries named by the citation at `position`: the number (or the numbers of the range) under the
 * cursor, or the key. Entries are located in the draft or in their bibliography file (`entry.path` as URI).
 */
export function definition(ctx: FeatureContext, position: Position, token?: CancellationToken): Location[] {
  if (cancelled(token)) return [];
  const offset = ctx.analysis.doc.lines.offsetAt(position);
  const target = citationTargetAt(ctx.analysis, offset);
  if (!target) {
    const mention = mentionAt(ctx, offset);
    const id = mention && mentionEntityId(mention);
    const first = id ? mentionsOf(ctx, id)[0] : undefined;
    return first ? [{ uri: ctx.uri, range: ctx.analysis.doc.lines.rangeOf(first.span) }] : [];
  }
  const entries: BibEntry[] = [];
  if (target.kind === 'key') {
    const e = entryForKey(ctx.analysis, target.item);
    if (e) entries.push(e);
  } else {
    for (const n of target.numbers) {
      const e = entryForNumber(ctx.analysis, n);
      if (e) entries.push(e);
    }
  }
  return entries.map((e) => entryLocation(ctx, e));
}

/** Where an entry is: its whole range, in the draft or in its bibliography file. */
export function entryLocation(ctx: FeatureContext, entry: BibEntry): Location {
  return { uri: uriOf(ctx, entry.path), range: entry.range };
}

/**
 * Every citation of the entry at `position` (a draft list entry, or the entry named by the citation there), in this
 * draft; with `includeDeclaration`, the entry itself first.
 */
export function references(ctx: FeatureContext, position: Position, includeDeclaration: boolean, token?: CancellationToken): Location[] {
  if (cancelled(token)) return [];
  const { analysis } = ctx;
  const offset = analysis.doc.lines.offsetAt(position);
  const entry = entryAt(analysis, offset);
  if (!entry) {
    const id = entityIdAt(ctx, position);
    return id ? entityReferences([ctx], id, token) : [];
  }
  return referencesOfEntry(ctx, entry, includeDeclaration);
}

/** Every citation of `entry` in this draft (and the entry itself first, with `includeDeclaration`). */
export function referencesOfEntry(ctx: FeatureContext, entry: BibEntry, includeDeclaration: boolean): Location[] {
  const lines = ctx.analysis.doc.lines;
  const out: Location[] = includeDeclaration ? [{ uri: uriOf(ctx, entry.path), range: entry.labelRange }] : [];
  for (const site of citationsOf(ctx.analysis, entry)) out.push({ uri: ctx.uri, range: lines.rangeOf(site.span) });
  return out;
}

/** The entry at `position` when it is one from a bibliography file (for cross-document searches), else undefined. */
export function bibliographyEntryAt(ctx: FeatureContext, position: Position): BibEntry | undefined {
  const offset = ctx.analysis.doc.lines.offsetAt(position);
  if (draftEntryAt(ctx.analysis, offset)) return undefined;
  const e = entryAt(ctx.analysis, offset);
  return e?.path !== undefined ? e : undefined;
}

/** The mentions of entity `id` in a draft, in document order (ambiguous mentions by their best candidate). */
export function mentionsOf(ctx: FeatureContext, id: string): Mention[] {
  return (ctx.mentions ?? ctx.analysis.mentions).filter((m) => mentionEntityId(m) === id);
}

/** The entity id of the mention at `position`, if there is one. */
export function entityIdAt(ctx: FeatureContext, position: Position): string | undefined {
  const m = mentionAt(ctx, ctx.analysis.doc.lines.offsetAt(position));
  return m && mentionEntityId(m);
}

/** Every mention of entity `id` in `drafts` (each once, in the order given). */
export function entityReferences(drafts: readonly FeatureContext[], id: string, token?: CancellationToken): Location[] {
  const out: Location[] = [];
  const seen = new Set<string>();
  for (const ctx of drafts) {
    if (cancelled(token)) return [];
    if (seen.has(ctx.uri)) continue;
    seen.add(ctx.uri);
    for (const m of mentionsOf(ctx, id)) out.push({ uri: ctx.uri, range: ctx.analysis.doc.lines.rangeOf(m.span) });
  }
  return out;
}
