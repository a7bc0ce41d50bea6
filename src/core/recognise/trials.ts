/**
 * Trial names that are not in the bundle, found by their shape and cues: a capitalised acronym
 * with a hyphenated suffix (DAPA-HF, EMPEROR-Reduced, CAPSTONE-1, MOVe-OUT), or an acronym
 * followed by "trial", "study" or "(n = …)" (the PINETREE trial, CLARITY AD (n = 1,795)). A
 * name found once with a cue is recognised elsewhere in the same document without one.
 */
import { type Atoms, atomKey } from './keys';

const CUES = new Set(['trial', 'trials', 'study', 'studies']);
/** A hyphenated suffix: OUTCOMES, 301, Reduced; Lung02, PanTumor02, TTRansform (a word with a number, camel case). */
const SUFFIX_RE = /^(?:[A-Z0-9]{1,8}|[A-Z][a-z]{2,11}|[A-Z][a-z]{2,11}[0-9]{1,3}|[A-Z][a-z]{1,6}[A-Z][a-z]{2,8}[0-9]{0,3}|[A-Z]{2,3}[a-z]{3,10})$/;
const TAIL_RE = /^(?:[0-9]{1,2}|[A-Z]{1,3})$/;
const AND_OR = new Set(['and', 'or']);
const CAPS_RE = /^[A-Z][A-Z0-9]{3,15}$/;

export interface TrialCandidate {
  last: number;
  key: string;
  /** The name has a hyphenated suffix or a cue word: it is a trial without further evidence. */
  certain: boolean;
}

/** The number of ASCII capital letters in `s`. */
export function upperCount(s: string): number {
  let k = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) k++;
  }
  return k;
}

/** The number of capitals of `t.slice(s, e)` when it is a head word (a capital, then 3–15 ASCII letters: /^[A-Z][A-Za-z]{3,15}$/), else 0. */
function headCaps(t: string, s: number, e: number): number {
  if (e - s < 4 || e - s > 16) return 0;
  const first = t.charCodeAt(s);
  if (first < 65 || first > 90) return 0;
  let caps = 1;
  for (let i = s + 1; i < e; i++) {
    const c = t.charCodeAt(i);
    if (c >= 65 && c <= 90) caps++;
    else if (c < 97 || c > 122) return 0;
  }
  return caps;
}

/**
 * A trial-name candidate starting at atom `i`, or undefined. `isKnown` tells whether a key is an ontology key
 * other than a trial's (a known trial's name with a new suffix, TULIP-2 after TULIP, is another trial), given the
 * text as written when there is one (MAESTRO is not the name "maestro"). `isIndexKey` tells whether a key is in the
 * ontology at all: a numbered hyphenated name that is a gene's alias as a whole (BLIMP-1, TASK-1, SREBP-2) is a
 * protein written the usual way, not certainly a trial; without a cue word it is one only where the draft says so.
 */
export function trialCandidate(
  t: string,
  atoms: Atoms,
  n: number,
  i: number,
  isKnown: (key: string, raw?: string) => boolean,
  isIndexKey?: (key: string) => boolean,
): TrialCandidate | undefined {
  const s0 = atoms[2 * i]!;
  const e0 = atoms[2 * i + 1]!;
  // HEAD_RE with two capitals or more, checked before slicing: most capitalised words are not trial names.
  // Three capitals head a name only with a study's numbering (ABC-02).
  const caps = e0 - s0 === 3 ? (threeCaps(t, s0) && leadingZeroSuffix(t, atoms, n, i) ? 3 : 0) : headCaps(t, s0, e0);
  if (caps < 2) return caps === 1 ? undefined : protocolCandidate(t, atoms, n, i, isIndexKey);
  const head = t.slice(s0, e0);
  const before = s0 > 0 ? t.charCodeAt(s0 - 1) : 32;
  if (before === 45 || before === 47) return undefined;
  const headKey = atomKey(head);
  // A head the ontology knows (ABC, TOPAZ) starts a trial name only with a numbered suffix no gene has (ABC-02).
  const knownHead = isKnown(headKey, head);
  if (knownHead && !leadingZeroSuffix(t, atoms, n, i)) return undefined;
  let key = headKey;
  let j = i;
  let hyphenated = false;
  let numbered = false;
  while (j + 1 < n && t.charCodeAt(atoms[2 * j + 1]!) === 45 && atoms[2 * j + 2] === atoms[2 * j + 1]! + 1) {
    const part = t.slice(atoms[2 * j + 2]!, atoms[2 * j + 3]!);
    if (!SUFFIX_RE.test(part)) break;
    j++;
    key += atomKey(part);
    hyphenated = true;
    numbered = /^[0-9]/.test(part);
  }
  // QUILT-3.032: a dotted number after a numbered suffix is part of it.
  if (numbered && dottedAfter(t, atoms, n, j)) {
    j++;
    key += atomKey(word(t, atoms, n, j));
  }
  // Two capitals are enough for a camel-case name with a number (CheckMate-142).
  if (caps < 3 && !numbered) return undefined;
  // ABBV-8E12, REGN-EB3, BIIB-080: a sponsor's code for a drug, not a trial.
  if (hyphenated && j === i + 1 && isSponsorCode(head, word(t, atoms, n, j))) return undefined;
  if (!hyphenated && caps !== head.length) return undefined;
  // An optional short tail: TRAILBLAZER-ALZ 2, CLARITY AD.
  if (spaceAfter(t, atoms, n, j) && TAIL_RE.test(word(t, atoms, n, j + 1)) && (cueAfter(t, atoms, n, j + 1) || hyphenated)) {
    if (!(hyphenated && /^[A-Z]/.test(word(t, atoms, n, j + 1)) && !cueAfter(t, atoms, n, j + 1))) {
      key += ' ' + atomKey(word(t, atoms, n, j + 1));
      j++;
    }
  }
  // One capitalised word before the cue: the ORAL Surveillance study.
  if (!hyphenated && !cueAfter(t, atoms, n, j) && spaceAfter(t, atoms, n, j) && /^[A-Z][a-z]{2,}$/.test(word(t, atoms, n, j + 1)) && cueAfter(t, atoms, n, j + 1)) {
    key += ' ' + atomKey(word(t, atoms, n, j + 1));
    j++;
  }
  // ACROSTUDY, NEOTRIAL: a cue word inside the name.
  const cued = cueAfter(t, atoms, n, j) || (j === i && caps === head.length && SELF_CUED_RE.test(head));
  // BLIMP-1, TASK-1, CLIP-115, COUP-TFII, TFII-I: one short number or code after the head, and the whole is an
  // ontology key (a gene's alias).
  const proteinName = hyphenated && j === i + 1 && isIndexKey !== undefined && (numbered ? /^[0-9]{1,3}$/.test(word(t, atoms, n, j)) : /^[A-Z]{0,3}I{1,3}$/.test(word(t, atoms, n, j))) && isIndexKey(key);
  const certain = (hyphenated && !proteinName) || cued;
  return { last: j, key, certain };
}

/**
 * Prefixes of drug companies' development codes (ABBV AbbVie, REGN Regeneron, BIIB Biogen, IONIS Ionis…), which stand
 * before a hyphen and a code with a digit: ABBV-8E12, REGN-EB3, BIIB-080.
 */
const SPONSOR_PREFIXES: ReadonlySet<string> = new Set(
  'ABBV REGN BIIB GSK BMS AZD JNJ SAR TAK BAY ALXN INBRX INCB AMG MEDI SHR IONIS ISIS ALN ARO TAS ONO ASP BGB HLX IBI LOXO PRN CPI APX AXS MK PF LY RO RG VX GS DS CC'.split(' '),
);

/**
 * True when `head` is a drug company's code prefix and `part` (after the hyphen) a code of up to eight characters with
 * a digit: ABBV-8E12, REGN-EB3, ARO-DUX4. @example isSponsorCode('ARO', 'DUX4') // true
 */
export function isSponsorCode(head: string, part: string): boolean {
  return SPONSOR_PREFIXES.has(head) && /[0-9]/.test(part) && part.length <= 8;
}

function threeCaps(t: string, s: number): boolean {
  for (let k = s; k < s + 3; k++) if (t.charCodeAt(k) < 65 || t.charCodeAt(k) > 90) return false;
  return true;
}

/** True when atom i is followed by a hyphen and two digits with a leading zero (ABC-02, FIDES-01): a study's numbering. */
function leadingZeroSuffix(t: string, atoms: Atoms, n: number, i: number): boolean {
  if (i + 1 >= n) return false;
  const e = atoms[2 * i + 1]!;
  const s1 = atoms[2 * i + 2]!;
  if (t.charCodeAt(e) !== 45 || s1 !== e + 1 || t.charCodeAt(s1) !== 48) return false;
  // Two digits: three with a leading zero are drug codes (ACE-011).
  const d = t.charCodeAt(s1 + 1);
  return atoms[2 * i + 3] === s1 + 2 && d >= 49 && d <= 57;
}

/** A name of capitals that ends in its own cue word: ACROSTUDY. */
const SELF_CUED_RE = /^[A-Z]{3,}(?:STUDY|TRIAL)$/;
/** A sponsor's protocol number: one or two capitals and four or five digits (C2305, GO29436). */
const PROTOCOL_RE = /^[A-Z]{1,2}[0-9]{4,5}$/;

/**
 * A protocol number used as a study's name: "the C2305 study", "in the GO29436 trial" ("the" before it, "study" or
 * "trial" after it, and no entry of the ontology, such as a drug's code).
 */
function protocolCandidate(t: string, atoms: Atoms, n: number, i: number, isIndexKey?: (key: string) => boolean): TrialCandidate | undefined {
  const s0 = atoms[2 * i]!;
  const e0 = atoms[2 * i + 1]!;
  const c = t.charCodeAt(s0);
  if (e0 - s0 < 5 || e0 - s0 > 7 || c < 65 || c > 90 || i < 1 || !t.startsWith('the ', s0 - 4)) return undefined;
  const w = t.slice(s0, e0);
  if (!PROTOCOL_RE.test(w) || !spaceAfter(t, atoms, n, i)) return undefined;
  const cue = word(t, atoms, n, i + 1);
  if (cue !== 'study' && cue !== 'trial') return undefined;
  const key = atomKey(w);
  return isIndexKey?.(key) ? undefined : { last: i, key, certain: true };
}

function word(t: string, atoms: Atoms, n: number, k: number): string {
  return k < n ? t.slice(atoms[2 * k]!, atoms[2 * k + 1]!) : '';
}

function spaceAfter(t: string, atoms: Atoms, n: number, k: number): boolean {
  return k + 1 < n && atoms[2 * k + 2]! - atoms[2 * k + 1]! === 1 && t.charCodeAt(atoms[2 * k + 1]!) === 32;
}

/** A cue word after atom k ("trial", "study", "and the PRIME trials"), or "(n =". */
function cueAfter(t: string, atoms: Atoms, n: number, k: number): boolean {
  if (spaceAfter(t, atoms, n, k) && CUES.has(word(t, atoms, n, k + 1).toLowerCase())) return true;
  // The first of two names sharing one cue: the CRYSTAL and PRIME trials, the SOLO 1 and SOLO 2 trials.
  if (
    spaceAfter(t, atoms, n, k) &&
    AND_OR.has(word(t, atoms, n, k + 1)) &&
    spaceAfter(t, atoms, n, k + 1) &&
    CAPS_RE.test(word(t, atoms, n, k + 2)) &&
    spaceAfter(t, atoms, n, k + 2)
  ) {
    if (CUES.has(word(t, atoms, n, k + 3).toLowerCase())) return true;
    if (TAIL_RE.test(word(t, atoms, n, k + 3)) && spaceAfter(t, atoms, n, k + 3) && CUES.has(word(t, atoms, n, k + 4).toLowerCase())) return true;
  }
  // A name listed with another that has its own cue: "NAMSAL and the ADVANCE trial".
  if (
    spaceAfter(t, atoms, n, k) &&
    AND_OR.has(word(t, atoms, n, k + 1)) &&
    spaceAfter(t, atoms, n, k + 1) &&
    word(t, atoms, n, k + 2) === 'the' &&
    spaceAfter(t, atoms, n, k + 2) &&
    CAPS_RE.test(word(t, atoms, n, k + 3)) &&
    spaceAfter(t, atoms, n, k + 3) &&
    CUES.has(word(t, atoms, n, k + 4).toLowerCase())
  )
    return true;
  const rest = t.slice(atoms[2 * k + 1]!, atoms[2 * k + 1]! + 6);
  return /^ \(n ?=/.test(rest);
}

/**
 * True when atom k, ending in a digit, is followed by a full stop and a number of one to four digits that ends a
 * word (QUILT-3.032), not by the end of a sentence ("in QUILT-3. 032").
 */
export function dottedAfter(t: string, atoms: Atoms, n: number, k: number): boolean {
  const e = atoms[2 * k + 1]!;
  if (k + 1 >= n || t.charCodeAt(e) !== 46 || atoms[2 * k + 2] !== e + 1) return false;
  const last = t.charCodeAt(e - 1);
  const f = atoms[2 * k + 3]!;
  if (last < 48 || last > 57 || f - e - 1 > 4) return false;
  for (let p = e + 1; p < f; p++) {
    const c = t.charCodeAt(p);
    if (c < 48 || c > 57) return false;
  }
  return true;
}
