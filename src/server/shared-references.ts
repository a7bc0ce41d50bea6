/** References of a bibliography-file entry across every open draft that uses the file. */
import { referencesOfEntry, type FeatureContext, type Location, type Position } from '../core/features';

/** Every citation (and, with `includeDeclaration`, the entry itself once) of entry `id` of `bibUri` in the open drafts. */
export function referencesAcrossDrafts(drafts: readonly FeatureContext[], bibUri: string, id: string, includeDeclaration: boolean): Location[] {
  const out: Location[] = [];
  const seen = new Set<string>();
  for (const ctx of drafts) {
    const entry = ctx.analysis.entries.find((e) => e.path === bibUri && e.id === id);
    if (!entry) continue;
    for (const loc of referencesOfEntry(ctx, entry, includeDeclaration)) {
      const key = `${loc.uri}#${loc.range.start.line}:${loc.range.start.character}`;
      if (!seen.has(key)) (seen.add(key), out.push(loc));
    }
  }
  return out;
}

/** For a position inside a bibliography file: the citations of the entry there across the open drafts, or null. */
export function referencesFromBibliography(drafts: readonly FeatureContext[], bibUri: string, position: Position, includeDeclaration: boolean): Location[] | null {
  for (const ctx of drafts) {
    const entry = ctx.analysis.entries.find((e) => e.path === bibUri && contains(e.range, position));
    if (entry) return referencesAcrossDrafts(drafts, bibUri, entry.id, includeDeclaration);
  }
  return null;
}

function contains(r: { start: Position; end: Position }, p: Position): boolean {
  const le = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  return le(r.start, p) && le(p, r.end);
}
