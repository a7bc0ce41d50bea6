/**
 * A memo of per-atom facts keyed by the atom's text, looked up by position in the scanned text so
 * that the common case (a word seen before) allocates nothing: open addressing over a hash of
 * the characters. Atoms of up to sixteen Latin-1 characters (nearly all words) are also packed
 * into four integers, so that finding one compares typed-array cells and never touches the stored
 * string; other atoms are verified character by character. The table starts small and doubles as it
 * fills (a draft has a few thousand distinct words, and a small table stays in the CPU caches),
 * up to `2^maxBits` slots; past that it is cleared.
 */
export class AtomMemo<V> {
  private mask: number;
  private keys: (string | undefined)[];
  private vals: (V | undefined)[];
  private hashes: Int32Array;
  /** Length of a packed key, or -1 (empty slot, or a key compared as a string). */
  private lens: Int32Array;
  /** Characters of a packed key, four to a cell. */
  private p0: Int32Array;
  private p1: Int32Array;
  private p2: Int32Array;
  private p3: Int32Array;
  private count = 0;
  // The atom last digested: its hash and, when `packed`, its characters packed.
  private h = 0;
  private a0 = 0;
  private a1 = 0;
  private a2 = 0;
  private a3 = 0;
  private packed = false;

  constructor(
    private readonly maxBits = 17,
    private readonly minBits = 11,
  ) {
    this.mask = (1 << minBits) - 1;
    this.keys = new Array(1 << minBits);
    this.vals = new Array(1 << minBits);
    this.hashes = new Int32Array(1 << minBits);
    this.lens = new Int32Array(1 << minBits).fill(-1);
    this.p0 = new Int32Array(1 << minBits);
    this.p1 = new Int32Array(1 << minBits);
    this.p2 = new Int32Array(1 << minBits);
    this.p3 = new Int32Array(1 << minBits);
  }

  /** Hashes `t.slice(s, e)` into `h`, and packs it into `a0`…`a3` when it is short and Latin-1 (`packed`). */
  private digest(t: string, s: number, e: number): void {
    let h = 0x811c9dc5;
    let a0 = 0;
    let a1 = 0;
    let a2 = 0;
    let a3 = 0;
    let narrow = e - s <= 16;
    for (let i = s; i < e; i++) {
      const c = t.charCodeAt(i);
      h = Math.imul(h ^ c, 0x01000193);
      if (narrow) {
        const k = i - s;
        if (c > 255) narrow = false;
        else if (k < 4) a0 = (a0 << 8) | c;
        else if (k < 8) a1 = (a1 << 8) | c;
        else if (k < 12) a2 = (a2 << 8) | c;
        else a3 = (a3 << 8) | c;
      }
    }
    this.h = h | 0;
    this.a0 = a0;
    this.a1 = a1;
    this.a2 = a2;
    this.a3 = a3;
    this.packed = narrow;
  }

  /** The value stored for `t.slice(s, e)`, if any. */
  get(t: string, s: number, e: number): V | undefined {
    this.digest(t, s, e);
    const h = this.h;
    const len = e - s;
    let idx = h & this.mask;
    if (this.packed) {
      const { a0, a1, a2, a3 } = this;
      for (;;) {
        const l = this.lens[idx]!;
        if (l === len && this.hashes[idx] === h && this.p0[idx] === a0 && this.p1[idx] === a1 && this.p2[idx] === a2 && this.p3[idx] === a3) return this.vals[idx];
        if (l === -1 && this.keys[idx] === undefined) return undefined;
        idx = (idx + 1) & this.mask;
      }
    }
    for (;;) {
      const k = this.keys[idx];
      if (k === undefined) return undefined;
      if (this.hashes[idx] === h && this.lens[idx] === -1 && k.length === len && sameAt(t, s, k)) return this.vals[idx];
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
    this.digest(t, s, e);
    this.insert(this.h, this.packed ? e - s : -1, this.a0, this.a1, this.a2, this.a3, t.slice(s, e), v);
  }

  private insert(h: number, len: number, a0: number, a1: number, a2: number, a3: number, key: string, v: V): void {
    let idx = h & this.mask;
    while (this.keys[idx] !== undefined) idx = (idx + 1) & this.mask;
    this.keys[idx] = key;
    this.vals[idx] = v;
    this.hashes[idx] = h;
    this.lens[idx] = len;
    this.p0[idx] = a0;
    this.p1[idx] = a1;
    this.p2[idx] = a2;
    this.p3[idx] = a3;
    this.count++;
  }

  /** A new table of `2^bits` slots, keeping the entries or not. */
  private resize(bits: number, keep: boolean): void {
    const { keys, vals, hashes, lens, p0, p1, p2, p3 } = this;
    const size = 1 << bits;
    this.mask = size - 1;
    this.keys = new Array(size);
    this.vals = new Array(size);
    this.hashes = new Int32Array(size);
    this.lens = new Int32Array(size).fill(-1);
    this.p0 = new Int32Array(size);
    this.p1 = new Int32Array(size);
    this.p2 = new Int32Array(size);
    this.p3 = new Int32Array(size);
    this.count = 0;
    if (!keep) return;
    for (let i = 0; i < keys.length; i++) if (keys[i] !== undefined) this.insert(hashes[i]!, lens[i]!, p0[i]!, p1[i]!, p2[i]!, p3[i]!, keys[i]!, vals[i]!);
  }
}

function sameAt(t: string, s: number, k: string): boolean {
  for (let i = 0; i < k.length; i++) if (t.charCodeAt(s + i) !== k.charCodeAt(i)) return false;
  return true;
}
