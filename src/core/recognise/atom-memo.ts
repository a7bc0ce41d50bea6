/**
 * A memo of per-atom facts keyed by the atom's text, looked up by position in the scanned text so
 * that the common case (a word seen before) allocates nothing: open addressing over a hash of
 * the characters. Atoms of up to sixteen Latin-1 characters (nearly all words) are also packed
 * into four integers, so that finding one compares typed-array cells and never touches the stored
 * string; other atoms are verified character by character. The table starts small and doubles as it
 * fills (a draft has a few thousand distinct words, and a small table stays in the CPU caches),
 * up to `2^maxBits` slots; past that it is cleared. A slot's numbers (length, hash, packed characters,
 * value index) lie side by side in one typed array, so a probe reads one cache line.
 */
export class AtomMemo<V> {
  private mask: number;
  /**
   * `STRIDE` cells per slot: length of a packed key, or -1 for a key compared as a string, or -2 for an empty
   * slot; the hash; the characters of a packed key, four to a cell; the index of the key and value.
   */
  private cells: Int32Array;
  private keys: string[] = [];
  private vals: V[] = [];
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
    this.cells = emptyCells(1 << minBits);
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
    const cells = this.cells;
    const mask = this.mask;
    let idx = h & mask;
    if (this.packed) {
      const len = e - s;
      const { a0, a1, a2, a3 } = this;
      for (;;) {
        const c = idx * STRIDE;
        const l = cells[c]!;
        if (l === len && cells[c + 1] === h && cells[c + 2] === a0 && cells[c + 3] === a1 && cells[c + 4] === a2 && cells[c + 5] === a3) return this.vals[cells[c + 6]!];
        if (l === EMPTY) return undefined;
        idx = (idx + 1) & mask;
      }
    }
    for (;;) {
      const c = idx * STRIDE;
      const l = cells[c]!;
      if (l === EMPTY) return undefined;
      if (l === UNPACKED && cells[c + 1] === h) {
        const k = this.keys[cells[c + 6]!]!;
        if (k.length === e - s && sameAt(t, s, k)) return this.vals[cells[c + 6]!];
      }
      idx = (idx + 1) & mask;
    }
  }

  /** Stores `v` for `t.slice(s, e)` (not already stored); grows or clears the table when it fills up. */
  set(t: string, s: number, e: number, v: V): void {
    if (this.keys.length + 1 > (this.mask + 1) >> 1) {
      const bits = Math.log2(this.mask + 1);
      if (bits < this.maxBits) this.grow(bits + 1);
      else this.clear();
    }
    this.digest(t, s, e);
    const at = this.keys.length;
    this.keys.push(t.slice(s, e));
    this.vals.push(v);
    this.insert(this.h, this.packed ? e - s : UNPACKED, this.a0, this.a1, this.a2, this.a3, at);
  }

  private insert(h: number, len: number, a0: number, a1: number, a2: number, a3: number, at: number): void {
    const cells = this.cells;
    let idx = h & this.mask;
    while (cells[idx * STRIDE] !== EMPTY) idx = (idx + 1) & this.mask;
    const c = idx * STRIDE;
    cells[c] = len;
    cells[c + 1] = h;
    cells[c + 2] = a0;
    cells[c + 3] = a1;
    cells[c + 4] = a2;
    cells[c + 5] = a3;
    cells[c + 6] = at;
  }

  /** A table of `2^bits` slots with the same entries. */
  private grow(bits: number): void {
    const old = this.cells;
    this.mask = (1 << bits) - 1;
    this.cells = emptyCells(1 << bits);
    for (let c = 0; c < old.length; c += STRIDE) if (old[c] !== EMPTY) this.insert(old[c + 1]!, old[c]!, old[c + 2]!, old[c + 3]!, old[c + 4]!, old[c + 5]!, old[c + 6]!);
  }

  /** An empty table of the smallest size. */
  private clear(): void {
    this.mask = (1 << this.minBits) - 1;
    this.cells = emptyCells(1 << this.minBits);
    this.keys = [];
    this.vals = [];
  }
}

/** Cells per slot (seven used; eight keeps slots aligned to 32 bytes). */
const STRIDE = 8;
const EMPTY = -2;
const UNPACKED = -1;

function emptyCells(slots: number): Int32Array {
  const cells = new Int32Array(slots * STRIDE);
  for (let c = 0; c < cells.length; c += STRIDE) cells[c] = EMPTY;
  return cells;
}

function sameAt(t: string, s: number, k: string): boolean {
  for (let i = 0; i < k.length; i++) if (t.charCodeAt(s + i) !== k.charCodeAt(i)) return false;
  return true;
}
