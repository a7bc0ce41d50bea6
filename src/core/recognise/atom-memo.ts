/**
 * A memo of per-atom facts keyed by the atom's text, looked up by position in the scanned text so
 * that the common case (a word seen before) allocates nothing: open addressing over a hash of
 * the characters, verified character by character. The table starts small and doubles as it
 * fills (a draft has a few thousand distinct words, and a small table stays in the CPU caches),
 * up to `2^maxBits` slots; past that it is cleared.
 */
export class AtomMemo<V> {
  private mask: number;
  private keys: (string | undefined)[];
  private vals: (V | undefined)[];
  private hashes: Int32Array;
  private count = 0;

  constructor(
    private readonly maxBits = 17,
    private readonly minBits = 11,
  ) {
    this.mask = (1 << minBits) - 1;
    this.keys = new Array(1 << minBits);
    this.vals = new Array(1 << minBits);
    this.hashes = new Int32Array(1 << minBits);
  }

  private static hash(t: string, s: number, e: number): number {
    let h = 0x811c9dc5;
    for (let i = s; i < e; i++) h = Math.imul(h ^ t.charCodeAt(i), 0x01000193);
    return h | 0;
  }

  /** The value stored for `t.slice(s, e)`, if any. */
  get(t: string, s: number, e: number): V | undefined {
    const len = e - s;
    const h = AtomMemo.hash(t, s, e);
    let idx = h & this.mask;
    for (;;) {
      const k = this.keys[idx];
      if (k === undefined) return undefined;
      if (this.hashes[idx] === h && k.length === len && sameAt(t, s, k)) return this.vals[idx];
      idx = (idx + 1) & this.mask;
    }
  }

  /** Stores `v` for `t.slice(s, e)` (not already stored); grows or clears the table when it fills up. */
  set(t: string, s: number, e: number, v: V): void {
    if (this.count + 1 > (this.mask + 1) >> 1) {
      const bits = Math.log2(this.mask + 1);
      if (bits < this.maxBits) this.resize(bits + 1, true);
      else this.resize(this.minBits, false);
    }
    this.insert(AtomMemo.hash(t, s, e), t.slice(s, e), v);
  }

  private insert(h: number, key: string, v: V): void {
    let idx = h & this.mask;
    while (this.keys[idx] !== undefined) idx = (idx + 1) & this.mask;
    this.keys[idx] = key;
    this.vals[idx] = v;
    this.hashes[idx] = h;
    this.count++;
  }

  /** A new table of `2^bits` slots, keeping the entries or not. */
  private resize(bits: number, keep: boolean): void {
    const { keys, vals, hashes } = this;
    this.mask = (1 << bits) - 1;
    this.keys = new Array(1 << bits);
    this.vals = new Array(1 << bits);
    this.hashes = new Int32Array(1 << bits);
    this.count = 0;
    if (!keep) return;
    for (let i = 0; i < keys.length; i++) if (keys[i] !== undefined) this.insert(hashes[i]!, keys[i]!, vals[i]!);
  }
}

function sameAt(t: string, s: number, k: string): boolean {
  for (let i = 0; i < k.length; i++) if (t.charCodeAt(s + i) !== k.charCodeAt(i)) return false;
  return true;
}
