/**
 * A memo of per-atom facts keyed by the atom's text, looked up by position in the scanned text so
 * that the common case (a word seen before) allocates nothing: open addressing over a hash of
 * the characters, verified character by character.
 */
export class AtomMemo<V> {
  private readonly mask: number;
  private keys: (string | undefined)[];
  private vals: (V | undefined)[];
  private count = 0;

  constructor(bits = 17) {
    this.mask = (1 << bits) - 1;
    this.keys = new Array(1 << bits);
    this.vals = new Array(1 << bits);
  }

  private static hash(t: string, s: number, e: number): number {
    let h = 0x811c9dc5;
    for (let i = s; i < e; i++) h = Math.imul(h ^ t.charCodeAt(i), 0x01000193);
    return h >>> 0;
  }

  /** The value stored for `t.slice(s, e)`, if any. */
  get(t: string, s: number, e: number): V | undefined {
    const len = e - s;
    let idx = AtomMemo.hash(t, s, e) & this.mask;
    for (let probe = 0; probe < 16; probe++) {
      const k = this.keys[idx];
      if (k === undefined) return undefined;
      if (k.length === len && sameAt(t, s, k)) return this.vals[idx];
      idx = (idx + 1) & this.mask;
    }
    return undefined;
  }

  /** Stores `v` for `t.slice(s, e)`; clears the table when it fills up. */
  set(t: string, s: number, e: number, v: V): void {
    if (this.count > (this.mask >> 1)) {
      this.keys = new Array(this.mask + 1);
      this.vals = new Array(this.mask + 1);
      this.count = 0;
    }
    let idx = AtomMemo.hash(t, s, e) & this.mask;
    for (let probe = 0; probe < 16; probe++) {
      if (this.keys[idx] === undefined) {
        this.keys[idx] = t.slice(s, e);
        this.vals[idx] = v;
        this.count++;
        return;
      }
      idx = (idx + 1) & this.mask;
    }
  }
}

function sameAt(t: string, s: number, k: string): boolean {
  for (let i = 0; i < k.length; i++) if (t.charCodeAt(s + i) !== k.charCodeAt(i)) return false;
  return true;
}
