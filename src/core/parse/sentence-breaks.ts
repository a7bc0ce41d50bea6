/**
 * Sentence boundaries of Unicode's text segmentation (UAX #29, rules SB1–SB998) for the characters drafts are mostly
 * written in — ASCII, Latin-1 letters, Greek letters, common spaces, quotes and dashes — as `Intl.Segmenter` finds
 * them, but several times faster. A text holding any other character gets undefined, and the caller asks
 * `Intl.Segmenter`. A property test holds the two to the same boundaries.
 */

const enum C {
  Other,
  Sp,
  Lower,
  Upper,
  Numeric,
  ATerm,
  STerm,
  Close,
  SContinue,
  LF,
}

/** Sentence_Break classes of ASCII characters; −1 for those left to `Intl.Segmenter` (control characters but tab and line feed). */
const ASCII = new Int8Array(128).fill(-1);
for (let c = 32; c < 127; c++) ASCII[c] = C.Other;
for (let c = 97; c <= 122; c++) ASCII[c] = C.Lower;
for (let c = 65; c <= 90; c++) ASCII[c] = C.Upper;
for (let c = 48; c <= 57; c++) ASCII[c] = C.Numeric;
ASCII[32] = ASCII[9] = C.Sp;
ASCII[10] = C.LF;
ASCII[46] = C.ATerm;
ASCII[33] = ASCII[63] = C.STerm;
for (const ch of '()[]{}"\'') ASCII[ch.charCodeAt(0)] = C.Close;
for (const ch of ',-:;') ASCII[ch.charCodeAt(0)] = C.SContinue;

/** The class of a character above ASCII, or −1 when it is left to `Intl.Segmenter`. */
function classAbove127(c: number): number {
  if (c <= 0xff) {
    if (c === 0xa0) return C.Sp;
    if (c === 0xab || c === 0xbb) return C.Close;
    if (c === 0xaa || c === 0xb5 || c === 0xba || (c >= 0xdf && c <= 0xff && c !== 0xf7)) return C.Lower;
    if (c >= 0xc0 && c <= 0xde && c !== 0xd7) return C.Upper;
    if (c === 0xad || c === 0x85 || c < 0xa0) return -1; // soft hyphen (Format), NEL (Sep), C1 controls
    return C.Other; // symbols such as ° ± × ÷ · § © ®
  }
  if (c >= 0x391 && c <= 0x3a9 && c !== 0x3a2) return C.Upper;
  if (c >= 0x3b1 && c <= 0x3c9) return C.Lower;
  if (c === 0x2013 || c === 0x2014) return C.SContinue;
  if (c >= 0x2018 && c <= 0x201f) return C.Close;
  if ((c >= 0x2002 && c <= 0x200a) || c === 0x202f) return C.Sp;
  if (c === 0x2010 || c === 0x2011 || c === 0x2026 || c === 0x2030 || c === 0x2032 || c === 0x2033 || c === 0x2212 || c === 0x2248 || c === 0x2264 || c === 0x2265) return C.Other;
  return -1;
}

/**
 * The ends of the sentence segments of `text` (ascending, the last is `text.length`), as `Intl.Segmenter('en',
 * {granularity: 'sentence'})` gives them; undefined when `text` holds a character this reading does not cover.
 *
 * @example sentenceEnds('It rose. Then it fell.') // [9, 22]
 */
export function sentenceEnds(text: string): number[] | undefined {
  const n = text.length;
  if (n === 0) return [];
  const cls = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const k = c < 128 ? ASCII[c]! : classAbove127(c);
    if (k < 0) return undefined;
    cls[i] = k;
  }
  const ends: number[] = [];
  let i = 0;
  while (i < n) {
    const c = cls[i]!;
    if (c === C.LF) {
      // SB4: after a paragraph separator.
      if (i + 1 < n) ends.push(i + 1);
      i++;
      continue;
    }
    if (c !== C.ATerm && c !== C.STerm) {
      i++;
      continue;
    }
    // SATerm Close* Sp*: SB9 and SB10 keep the closing marks and spaces (and a line feed) with the sentence.
    let j = i + 1;
    while (j < n && cls[j] === C.Close) j++;
    let k = j;
    while (k < n && cls[k] === C.Sp) k++;
    if (k >= n) break;
    if (cls[k] === C.LF) {
      if (k + 1 < n) ends.push(k + 1);
      i = k + 1;
      continue;
    }
    if (!keepsTogether(cls, i, k)) ends.push(k);
    i = k;
  }
  ends.push(n);
  return ends;
}

/** Whether no sentence ends before `k`, after the terminator at `at` and the closing marks and spaces up to `k` (SB6–SB8a). */
function keepsTogether(cls: Uint8Array, at: number, k: number): boolean {
  const next = cls[k]!;
  if (next === C.SContinue || next === C.ATerm || next === C.STerm) return true; // SB8a
  if (cls[at] !== C.ATerm) return false;
  if (k === at + 1) {
    if (next === C.Numeric) return true; // SB6: 3.5
    if (next === C.Upper && at > 0 && (cls[at - 1] === C.Upper || cls[at - 1] === C.Lower)) return true; // SB7: U.S
  }
  // SB8: a lower-case letter comes before any other letter, separator or terminator.
  for (let m = k; m < cls.length; m++) {
    const x = cls[m]!;
    if (x === C.Lower) return true;
    if (x === C.Upper || x === C.LF || x === C.ATerm || x === C.STerm) return false;
  }
  return false;
}
