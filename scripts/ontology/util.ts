/** Small deterministic helpers for the ontology build. */

/** Compares strings by code units (locale-independent, so output never depends on ICU). */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const CHUNK_RE = /\d+|\D+/g;

/** Natural order: `CASP2` < `CASP10`; ties broken by code units. Locale-independent. */
export function naturalCompare(a: string, b: string): number {
  const ca = a.match(CHUNK_RE) ?? [];
  const cb = b.match(CHUNK_RE) ?? [];
  for (let i = 0; i < Math.min(ca.length, cb.length); i++) {
    const x = ca[i]!;
    const y = cb[i]!;
    if (x === y) continue;
    const dx = x.charCodeAt(0) <= 57;
    const dy = y.charCodeAt(0) <= 57;
    if (dx && dy) {
      const d = Number(x) - Number(y);
      if (d !== 0) return d;
    }
    return compareCodeUnits(x, y);
  }
  return ca.length - cb.length || compareCodeUnits(a, b);
}

/** Removes exact duplicates, keeping first occurrences in order. */
export function uniq<T>(items: Iterable<T>): T[] {
  return [...new Set(items)];
}

/** Lower-case slug for entity ids: `Wnt family` → `wnt-family`. */
export function slugify(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
