/**
 * Memoizes a pure function of a string, keeping at most `max` results (all are dropped when full, so the memory is
 * bounded and a changing document does not leave old results behind for long).
 */
export function memoizeString<V>(fn: (key: string) => V, max = 20_000): (key: string) => V {
  const cache = new Map<string, V>();
  return (key) => {
    let v = cache.get(key);
    if (v === undefined && !cache.has(key)) {
      if (cache.size >= max) cache.clear();
      v = fn(key);
      cache.set(key, v);
    }
    return v as V;
  };
}
