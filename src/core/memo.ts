/**
 * Memoizes a pure function of a string, keeping at most `max` results (all are dropped when full, so the memory is
 * bounded and a changing document does not leave old results behind for long). Keys are stored as copies: a key cut
 * from a draft (a substring) can share the whole draft's memory, which the cache would otherwise keep alive, one
 * version of the draft per key, after the draft changed or was closed.
 */
export function memoizeString<V>(fn: (key: string) => V, max = 20_000): (key: string) => V {
  const cache = new Map<string, V>();
  return (key) => {
    let v = cache.get(key);
    if (v === undefined && !cache.has(key)) {
      if (cache.size >= max) cache.clear();
      v = fn(key);
      cache.set(ownCopy(key), v);
    }
    return v as V;
  };
}

/** A string equal to `s` that shares no memory with a longer string (V8 keeps substrings as views of their parent). */
function ownCopy(s: string): string {
  return (' ' + s).slice(1);
}
