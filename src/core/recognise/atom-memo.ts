/**
 * A memo of per-atom facts keyed by the atom's text, looked up by position in the scanned text so
 * that the common case (a word seen before) allocates nothing: open addressing over a hash of
 * the characters. Atoms of up to sixteen Latin-1 characters (nearly all words) are also packed
 * into four integers, so that finding one compares typed-array cells and never touches the stored
 * string; other atoms are verified character by character. The table starts small and doubles as it
 * fills (a draft has a few thousand distinct words, and a small table stays in the CPU caches),
 * up to `2^maxBits` slots; past that it is cleared. A slot is two numbers (hash, entry), so the table of a
 * draft's words stays small enough for the CPU caches; an entry's length and packed characters lie side by
 * side elsewhere, in the order the words were first seen (the common words early, close together).
 */
export class AtomMemo<V> {
  private mask: number;
  /** Two cells per slot: the hash, and the entry's index plus one (0: an empty slot). */
  private slots: Int32Array;
  /**
   * `STRIDE` cells per entry: the length of a packed key, or -1 for a key compared as a string; the characters of a
   * packed key, four to a cell.
   */
  private packs: Int32Array;
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
    this.slots = new Int32Array(2 << minBits);
    this.packs = new Int32Array(STRIDE << (minBits - 1));
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
    const slots = this.slots;
    const mask = this.mask;
    const len = e - s;
    let idx = h & mask;
    if (this.packed) {
      const { a0, a1, a2, a3, packs } = this;
      for (;;) {
        const at = slots[2 * idx + 1]!;
        if (at === 0) return undefined;
        if (slots[2 * idx] === h) {
          const p = (at - 1) * STRIDE;
          if (packs[p] === len && packs[p + 1] === a0 && packs[p + 2] === a1 && packs[p + 3] === a2 && packs[p + 4] === a3) return this.vals[at - 1];
        }
        idx = (idx + 1) & mask;
      }
    }
    for (;;) {
      const at = slots[2 * idx + 1]!;
      if (at === 0) return undefined;
      if (slots[2 * idx] === h && this.packs[(at - 1) * STRIDE] === UNPACKED) {
        const k = this.keys[at - 1]!;
        if (k.length === len && sameAt(t, s, k)) return this.vals[at - 1];
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
    const p = at * STRIDE;
    if (p + STRIDE > this.packs.length) {
      const packs = new Int32Array(this.packs.length * 2);
      packs.set(this.packs);
      this.packs = packs;
    }
    this.packs[p] = this.packed ? e - s : UNPACKED;
    this.packs[p + 1] = this.a0;
    this.packs[p + 2] = this.a1;
    this.packs[p + 3] = this.a2;
    this.packs[p + 4] = this.a3;
    this.insert(this.h, at + 1);
  }

  private insert(h: number, entry: number): void {
    const slots = this.slots;
    let idx = h & this.mask;
    while (slots[2 * idx + 1] !== 0) idx = (idx + 1) & this.mask;
    slots[2 * idx] = h;
    slots[2 * idx + 1] = entry;
  }

  /** A table of `2^bits` slots with the same entries. */
  private grow(bits: number): void {
    const old = this.slots;
    this.mask = (1 << bits) - 1;
    this.slots = new Int32Array(2 << bits);
    for (let c = 0; c < old.length; c += 2) if (old[c + 1] !== 0) this.insert(old[c]!, old[c + 1]!);
  }

  /** An empty table of the smallest size. */
  private clear(): void {
    this.mask = (1 << this.minBits) - 1;
    this.slots = new Int32Array(2 << this.minBits);
    this.packs = new Int32Array(STRIDE << (this.minBits - 1));
    this.keys = [];
    this.vals = [];
  }
}

/** Cells per entry (five used; eight keeps entries aligned to 32 bytes). */
const STRIDE = 8;
const UNPACKED = -1;

function sameAt(t: string, s: number, k: string): boolean {
  for (let i = 0; i < k.length; i++) if (t.charCodeAt(s + i) !== k.charCodeAt(i)) return false;
  return true;
}
