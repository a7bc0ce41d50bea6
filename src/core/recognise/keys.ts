/**
 * Lookup keys of surface forms and of text. A key is built atom by atom (an atom is a run of
 * letters and digits): each atom is normalised (`normalizeKey`: upper case, Greek letters and
 * spelled Greek names to their Latin initial), atoms joined by hyphens, slashes or dots are
 * concatenated (IL-6 = IL6), and atoms separated by white space keep a single space between them
 * (so "is a" never equals ISA) — except before a short code that belongs to the word before it
 * ("caspase 3", "cyclin D1", "TNF alpha"), where the space is dropped on both sides alike.
 */
import { normalizeKey } from '../ontology/normalize';

const GREEK_NAME_RE = /ALPHA|BETA|GAMMA|DELTA|KAPPA|EPSILON|LAMBDA|SIGMA|OMEGA|ZETA|THETA/;
const memo = new Map<string, string>();
/** Combining diacritical marks (after NFD). */
const COMBINING_RE = /[\u0300-\u036f]/g;

/** Normalised key of one atom (memoised). */
export function atomKey(atom: string): string {
  if (isAsciiAlnum(atom)) {
    const u = atom.toUpperCase();
    if (u.length >= 4 && GREEK_NAME_RE.test(u)) return normalizeKey(u);
    // haem = heme (haem oxygenase, haemopexin is covered by HAEM below).
    if (u === 'HAEM' && isLowerAt(atom, 1)) return 'HEME';
    return u.length >= 5 && isLowerAt(atom, 1) ? americanSpelling(u) : u;
  }
  let k = memo.get(atom);
  if (k !== undefined) return k;
  k = normalizeKey(atom);
  // Müllerian = Mullerian, Krüppel = Kruppel: Latin letters with diacritics key as the plain letter.
  if (!isAsciiAlnum(k)) k = k.normalize('NFD').replace(COMBINING_RE, '');
  if (memo.size > 50_000) memo.clear();
  memo.set(atom, k);
  return k;
}

function isLowerAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c >= 97 && c <= 122;
}

/**
 * British spellings of words in gene and protein names, keyed as the American spelling that NCBI uses ("tumour
 * necrosis factor" = tumor necrosis factor, "oestrogen", "haemoglobin", "leukaemia", "paediatric", "foetal",
 * "oesophageal", "luteinising"). Only for words written in lower case or capitalised (never all-capital symbols), from five
 * letters.
 */
const BRITISH_RE = /^(?:TUMOURS?|OEST|OESOPH|HAEM|LEUKAEM|ANAEM|PAED|FOET)/;
function americanSpelling(u: string): string {
  // luteinising = luteinizing, neutralisation = neutralization (words from seven letters: not "rising", "arising").
  if (u.length >= 9 && u.endsWith('ISING')) return u.slice(0, -5) + 'IZING';
  if (u.length >= 9 && u.endsWith('ISATION')) return u.slice(0, -7) + 'IZATION';
  if (!BRITISH_RE.test(u)) return u;
  if (u.startsWith('TUMOUR')) return u === 'TUMOUR' || u === 'TUMOURS' ? 'TUMOR' + u.slice(6) : u;
  if (u.startsWith('OE') || u.startsWith('FOET')) return u.replace('OE', 'E');
  return u.replace('AE', 'E');
}

function isAsciiAlnum(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122))) return false;
  }
  return true;
}

const GREEK_WORD_RE = /^(?:[\u0391-\u03a9\u03b1-\u03c9\u00b5]|alpha|beta|gamma|delta|kappa|epsilon|lambda|sigma|omega|zeta|theta)$/i;
const SHORT_CODE_RE = /^(?:[0-9]{1,3}[A-Za-z\u03b1-\u03c9]?|[A-Za-z][0-9]{1,2}[A-Za-z]?)$/;

/** True when a space before `atom` is dropped from keys: a number, a letter+number code or a Greek letter. */
export function gluesToPrevious(atom: string): boolean {
  return atom.length <= 7 && (SHORT_CODE_RE.test(atom) || GREEK_WORD_RE.test(atom));
}

/** True when `atom` is a Greek letter, as a letter or spelled (β, beta, κ, kappa). */
export function isGreekWord(atom: string): boolean {
  return GREEK_WORD_RE.test(atom);
}

/** Code unit test: letter or digit (ASCII fast path, Unicode otherwise; surrogate pairs are handled by the caller). */
const UNI_ALNUM = /[\p{L}\p{N}]/u;
export function isAlnumAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return 1;
  if (c < 128) return 0;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) return UNI_ALNUM.test(s.slice(i, i + 2)) ? 2 : 0;
  if (c === 0xb5) return 1; // micro sign, a Greek mu
  return UNI_ALNUM.test(s[i]!) ? 1 : 0;
}

/** Whether the character that ends right before index `i` of `s` is a letter or digit (a surrogate pair counts whole). */
export function isAlnumBefore(s: string, i: number): boolean {
  const c = s.charCodeAt(i - 1);
  if (c >= 0xd800 && c <= 0xdbff) return false; // a high half alone (or i splits a pair): no letter
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const high = s.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return isAlnumAt(s, i - 2) > 0;
  }
  return isAlnumAt(s, i - 1) > 0;
}

/** ASCII letters and digits. */
const ASCII_ALNUM = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_ALNUM[c] = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;

/** An ASCII letter or digit (a code unit; NaN, past a string's end, is none). */
export function isAsciiAlnumCode(c: number): boolean {
  return c < 128 && ASCII_ALNUM[c] === 1;
}

/** An ASCII letter (a code unit). */
export function isAsciiLetterCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Atoms of a string: [start, end) pairs, flattened (atom k is `[atoms[2k], atoms[2k+1])`). */
export type Atoms = Int32Array;

/** Atoms of a string as [start, end) pairs, flattened. */
export function atomsOf(s: string): Atoms {
  const n = s.length;
  // Collected in a typed buffer (faster than growing an array). About one atom per six characters in prose, two
  // numbers each: a buffer of half the length seldom grows.
  let buf: Int32Array = new Int32Array((n >> 1) + 16);
  let k = 0;
  let start = -1;
  for (let i = 0; i < n; ) {
    const c = s.charCodeAt(i);
    const w = c < 128 ? ASCII_ALNUM[c]! : isAlnumAt(s, i);
    if (w) {
      if (start < 0) start = i;
      i += w;
      continue;
    }
    if (start >= 0) {
      if (k + 2 > buf.length) buf = grow(buf);
      buf[k++] = start;
      buf[k++] = i;
      start = -1;
    }
    i++;
  }
  if (start >= 0) {
    if (k + 2 > buf.length) buf = grow(buf);
    buf[k++] = start;
    buf[k++] = n;
  }
  // Cut to size (one copy of typed memory), so that prepared prose kept between analyses holds no spare room.
  return k === buf.length ? buf : buf.slice(0, k);
}

function grow(buf: Int32Array): Int32Array {
  const next = new Int32Array(buf.length * 2);
  next.set(buf);
  return next;
}

/**
 * The UTF-16 code at `i`, or -1 outside the string. Optimised code that reads past a string's end (`charCodeAt` giving NaN)
 * is thrown away the first time it does so; a match ending at the end of its span would do that in a fresh process.
 */
export function codeAt(s: string, i: number): number {
  return i >= 0 && i < s.length ? s.charCodeAt(i) : -1;
}

/** The text of atom `k` (atoms as `atomsOf` gives them: start and end of each, in pairs). */
export function atomText(t: string, atoms: Atoms, k: number): string {
  return t.slice(atoms[2 * k]!, atoms[2 * k + 1]!);
}

/** True when atom k and atom k+1 are joined by one hyphen (-, U+2010 or U+2011) and nothing else. */
export function hyphenJoined(t: string, atoms: Atoms, k: number): boolean {
  const e = atoms[2 * k + 1]!;
  if (atoms[2 * k + 2] !== e + 1) return false;
  const c = t.charCodeAt(e);
  return c === 45 || c === 0x2010 || c === 0x2011;
}

/** True when the gap between two atoms holds white space. */
export function gapHasSpace(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x2009 || c === 0x202f) return true;
  }
  return false;
}

/**
 * The key of a surface alone: `surfaceKey(surface)?.key` without building the exact form, the prefixes or an atom
 * buffer (recognition asks for the keys of many short phrases).
 */
export function keyOf(surface: string): string | undefined {
  if (isAsciiAlnum(surface)) return atomKey(surface);
  const s = isAscii(surface) ? surface : surface.normalize('NFC');
  const n = s.length;
  let key = '';
  let prevEnd = -1;
  let start = -1;
  for (let i = 0; i <= n; ) {
    const w = i < n ? isAlnumAt(s, i) : 0;
    if (w) {
      if (start < 0) start = i;
      i += w;
      continue;
    }
    if (start >= 0) {
      const raw = s.slice(start, i);
      if (prevEnd >= 0 && gapHasSpace(s, prevEnd, start) && !gluesToPrevious(raw)) key += ' ';
      key += atomKey(raw);
      prevEnd = i;
      start = -1;
    }
    i++;
  }
  return key || undefined;
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 128) return false;
  return true;
}

/** The key and the exact (case-kept) joined form of a surface, plus key prefixes at atom boundaries. */
export function surfaceKey(surface: string): { key: string; exact: string; prefixes: string[] } | undefined {
  if (isAsciiAlnum(surface)) return { key: atomKey(surface), exact: surface, prefixes: [] };
  const s = surface.normalize('NFC');
  const atoms = atomsOf(s);
  if (atoms.length === 0) return undefined;
  let key = '';
  let exact = '';
  const prefixes: string[] = [];
  for (let a = 0; a < atoms.length; a += 2) {
    const raw = s.slice(atoms[a]!, atoms[a + 1]!);
    if (a > 0) {
      prefixes.push(key);
      if (gapHasSpace(s, atoms[a - 1]!, atoms[a]!) && !gluesToPrevious(raw)) {
        key += ' ';
        exact += ' ';
      }
    }
    key += atomKey(raw);
    exact += raw;
  }
  return key ? { key, exact, prefixes } : undefined;
}
