/**
 * Weak gene matches that are parts of other names: a score or scale ("GAP index", "SOFA score"), a numbered
 * questionnaire or study ("GAD-7", "SOLO 1"), or a list of society or consortium acronyms joined by slashes
 * ("ATS/ERS/JRS/ALAT"). A weak match is an alias, an English word in capitals or an ambiguous name; official
 * symbols and curated names are not touched by these rules.
 *
 * All functions take the decoded text `t` and its atoms (flattened [start, end) pairs, `n` atoms).
 */

import { type Atoms, atomText } from './keys';

/** Words after a name that make it the name of a score, a scale, a classification or a body of guidance. */
const MEASURE_WORDS: ReadonlySet<string> = new Set(
  'score scores scale scales index indices questionnaire questionnaires criteria classification staging inventory checklist guideline guidelines consortium'.split(' '),
);

/** The atoms of a match: first and last atom index, inclusive. */
export interface AtomRange {
  first: number;
  last: number;
}


const ROMAN_NUMBER_RE = /^(?:II|III|IV|VI|VII|VIII|IX)$/;

function isDigits(s: string): boolean {
  return /^[0-9]+$/.test(s);
}

/**
 * True when the match, written in letters only, is the head of a score, scale or numbered name: a measure word
 * follows ("GAP index"), or a number joined by a hyphen that makes no known name ("GAD-7", "PHQ-9"), or a number
 * after one space that is not a decimal or a quantity ("SOLO 1", "ISABELA 1 and 2", "TAX 324 (17–19)"), or a Roman
 * numeral of two letters or more ("TRAC II"). `isKnownKey` tells whether
 * a joined key (GAD7) is in the ontology.
 */
export function headsNumberedOrMeasureName(t: string, atoms: Atoms, n: number, m: AtomRange, isKnownKey: (key: string) => boolean): boolean {
  const text = t.slice(atoms[2 * m.first]!, atoms[2 * m.last + 1]!);
  if (!/^[A-Za-z]+$/.test(text) || m.last + 1 >= n) return false;
  const end = atoms[2 * m.last + 1]!;
  const next = atomText(t, atoms, m.last + 1);
  const gap = t.slice(end, atoms[2 * m.last + 2]!);
  if (gap === ' ' && MEASURE_WORDS.has(next.toLowerCase())) return true;
  // "TRAC II", "ATTRACTION III": a Roman numeral of two or more letters numbers a study (not "class I").
  if (gap === ' ' && ROMAN_NUMBER_RE.test(next) && !/[A-Za-z0-9]/.test(t[atoms[2 * m.last + 3]!] ?? '')) return true;
  if (!isDigits(next) || next.length > 3) return false;
  const after = atoms[2 * m.last + 3]!;
  // A decimal (SOLO 1.5) or a range is a quantity, not a name.
  if (t.charCodeAt(after) === 46 && /[0-9]/.test(t[after + 1] ?? '')) return false;
  if ((gap === '-' || gap === '‐') && !isKnownKey(text.toUpperCase() + next)) return true;
  if (gap === ' ') {
    // "SOLO 1", but not "CD4 count below 200 cells" (the number would be a quantity, followed by a unit or noun).
    const following = m.last + 2 < n ? atomText(t, atoms, m.last + 2) : '';
    const followingGap = m.last + 2 < n ? t.slice(after, atoms[2 * m.last + 4]!) : '';
    // A citation may follow the name: "in TAX 324 (17–19)".
    if (citationAt(t, after)) return true;
    return following === '' || /^[A-Z]/.test(following) || /^(?:and|or|trial|trials|study|studies)$/.test(following) || /[,;)\].]/.test(followingGap);
  }
  return false;
}

/**
 * True when the match, letters only, heads a study numbered by a Roman numeral with a citation right after ("in TRAC II
 * (31)"): a trial's name even where the letters are an official symbol (TRAC), which "ERBB2 II" alone is not.
 */
export function headsCitedRomanNumberedName(t: string, atoms: Atoms, n: number, m: AtomRange): boolean {
  if (m.last + 1 >= n || t.slice(atoms[2 * m.last + 1]!, atoms[2 * m.last + 2]!) !== ' ') return false;
  if (!ROMAN_NUMBER_RE.test(atomText(t, atoms, m.last + 1)) || !/^[A-Za-z]+$/.test(t.slice(atoms[2 * m.first]!, atoms[2 * m.last + 1]!))) return false;
  return citationAt(t, atoms[2 * m.last + 3]!);
}

/** Whether a numbered citation opens at `at` after one space: " (17–19)", " [31]", " (5, 6)". */
function citationAt(t: string, at: number): boolean {
  return CITATION_AFTER_RE.test(t.slice(at, at + 10));
}
const CITATION_AFTER_RE = /^ [([][0-9]+[)\]–,-]/;

/**
 * True when the match is one member of a slash-joined run of capitalised acronyms of which at least one is no
 * ontology key at all ("ATS/ERS/JRS/ALAT guideline"): a list of societies or consortia, not of genes.
 */
export function inAcronymList(t: string, atoms: Atoms, n: number, m: AtomRange, isKnownKey: (key: string) => boolean): boolean {
  // Most matches have no slash on either side: no list (checked before anything is allocated).
  if (!(m.first > 0 && slashJoined(t, atoms, n, m.first - 1)) && !slashJoined(t, atoms, n, m.last)) return false;
  const slashAfter = (k: number) => slashJoined(t, atoms, n, k);
  // A member is one capitalised atom with a slash or a non-hyphen boundary on each side (not IL-23 in IL-23/IL-17).
  const bare = (k: number) => {
    const w = atomText(t, atoms, k);
    const before = t.charCodeAt(atoms[2 * k]! - 1);
    const after = t.charCodeAt(atoms[2 * k + 1]!);
    return /^[A-Z][A-Za-z]{1,7}$/.test(w) && before !== 45 && after !== 45;
  };
  const members: number[] = [];
  for (let k = m.first - 1; k >= 0 && slashAfter(k); k--) {
    if (!bare(k)) return false;
    members.push(k);
  }
  for (let k = m.last; slashAfter(k); k++) {
    if (!bare(k + 1)) return false;
    members.push(k + 1);
  }
  if (members.length < 2) return false;
  return members.some((k) => !isKnownKey(atomText(t, atoms, k).toUpperCase()));
}

/** True when atom k and atom k+1 are joined by one slash. */
function slashJoined(t: string, atoms: Atoms, n: number, k: number): boolean {
  return k + 1 < n && t.charCodeAt(atoms[2 * k + 1]!) === 47 && atoms[2 * k + 2] === atoms[2 * k + 1]! + 1;
}

/** A letter and a number (F2, G3a, T4): the shape of stage and grade codes (fibrosis F0–F4, KDIGO G1–G5, TNM). */
const CODE_RE = /^([A-Z])[0-9]{1,2}[a-c]?$/;
/** Words after a letter-and-number code that make it a stage, a protein domain or another non-gene code (C2 domain). */
const STAGE_NOUNS: ReadonlySet<string> = new Set('fibrosis stage stages grade grades class tumour tumours tumor tumors disease domain domains generation vertebra segment segments weighted'.split(' '));
const STAGE_BEFORE: ReadonlySet<string> = new Set('stage stages grade grades class score fibrosis'.split(' '));

/**
 * True when a letter-and-number match is a stage or grade code: part of a range of codes with the same letter
 * ("F2–F3 fibrosis", "G1–G5", "F0 to F4"), or next to a stage word ("F3 fibrosis", "stage T2"), or another code
 * of the same shape ("C2 domain", "T2-weighted"). Complement components and clotting factors written the same way
 * (C3, C5, F8) are left alone elsewhere.
 */
export function isStageCode(t: string, atoms: Atoms, n: number, m: AtomRange): boolean {
  if (m.first !== m.last) return false;
  // CODE_RE's shape, tested on the first two characters and the length before anything is sliced.
  const s = atoms[2 * m.first]!;
  const len = atoms[2 * m.first + 1]! - s;
  if (len < 2 || len > 4) return false;
  const c0 = t.charCodeAt(s);
  const c1 = t.charCodeAt(s + 1);
  if (c0 < 65 || c0 > 90 || c1 < 48 || c1 > 57) return false;
  const text = atomText(t, atoms, m.first);
  const code = CODE_RE.exec(text);
  if (!code) return false;
  const letter = code[1]!;
  const sameLetter = (k: number) => k >= 0 && k < n && CODE_RE.exec(atomText(t, atoms, k))?.[1] === letter;
  const gapBefore = m.first > 0 ? t.slice(atoms[2 * m.first - 1]!, atoms[2 * m.first]!) : '';
  const gapAfter = m.last + 1 < n ? t.slice(atoms[2 * m.last + 1]!, atoms[2 * m.last + 2]!) : '';
  const rangeGap = (g: string) => g === '–' || g === '-' || g === '—';
  if (rangeGap(gapAfter) && sameLetter(m.last + 1)) return true;
  if (rangeGap(gapBefore) && sameLetter(m.first - 1)) return true;
  if (gapAfter === ' ' && m.last + 2 < n && atomText(t, atoms, m.last + 1) === 'to' && sameLetter(m.last + 2)) return true;
  if (gapBefore === ' ' && m.first >= 2 && atomText(t, atoms, m.first - 1) === 'to' && sameLetter(m.first - 2)) return true;
  if ((gapAfter === ' ' || gapAfter === '-') && m.last + 1 < n && STAGE_NOUNS.has(atomText(t, atoms, m.last + 1).toLowerCase())) return true;
  return gapBefore === ' ' && m.first > 0 && STAGE_BEFORE.has(atomText(t, atoms, m.first - 1).toLowerCase());
}

/**
 * True when a letters-only match is followed by a year, which names a versioned classification or guideline
 * ("ELN 2022 risk", "ICC 2022", "ADA 2024"), not the gene that shares the letters (ELN, elastin).
 */
export function followedByYear(t: string, atoms: Atoms, n: number, m: AtomRange): boolean {
  if (m.last + 1 >= n) return false;
  const end = atoms[2 * m.last + 1]!;
  // One space, then four characters (a year has four digits): checked before anything is sliced.
  if (atoms[2 * m.last + 2] !== end + 1 || t.charCodeAt(end) !== 32 || atoms[2 * m.last + 3]! - atoms[2 * m.last + 2]! !== 4) return false;
  const text = t.slice(atoms[2 * m.first]!, end);
  if (!/^[A-Z]{2,6}$/.test(text)) return false;
  const next = atomText(t, atoms, m.last + 1);
  return /^(?:19[5-9][0-9]|20[0-3][0-9])$/.test(next);
}

/** Words after an organisation's initials that make them a guideline's author, not a gene ("ELN milestones", "WHO criteria"). */
const GUIDELINE_WORDS: ReadonlySet<string> = new Set(['guideline', 'guidelines', 'recommendations', 'criteria', 'milestones', 'consensus']);

/** True when the match is a code of two to six capitals, then a space and a guideline word ("the ELN milestones"). */
export function followedByGuidelineWord(t: string, atoms: Atoms, n: number, m: AtomRange): boolean {
  if (m.last + 1 >= n || m.first !== m.last) return false;
  const end = atoms[2 * m.last + 1]!;
  const len = atoms[2 * m.last + 3]! - atoms[2 * m.last + 2]!;
  if (atoms[2 * m.last + 2] !== end + 1 || t.charCodeAt(end) !== 32 || len < 8 || len > 15) return false;
  if (!/^[A-Z]{2,6}$/.test(t.slice(atoms[2 * m.first]!, end))) return false;
  return GUIDELINE_WORDS.has(atomText(t, atoms, m.last + 1).toLowerCase());
}

/** One member of a numbered series: letters, then a number of one or two digits (Mars1, SRS2, CASP3). */
const SERIES_MEMBER_RE = /^([A-Za-z]{2,8})([0-9]{1,2})$/;
const RANGE_DASHES = new Set(['–', '—', '‒']);

/**
 * The numbered range a single-atom match is an end of: "Mars1–4" (a dash and a number), "Mars1–Mars4" (a dash or a
 * hyphen and the same letters with a number) or "Mars1 to Mars4", the match being either end. Returns the letters
 * and the two numbers, or undefined.
 */
export function numberedRange(t: string, atoms: Atoms, n: number, m: AtomRange): { stem: string; from: number; to: number; at: number } | undefined {
  if (m.first !== m.last) return undefined;
  const k = m.first;
  const own = SERIES_MEMBER_RE.exec(atomText(t, atoms, k));
  if (!own) return undefined;
  const stem = own[1]!;
  const at = Number(own[2]);
  const sameStem = (j: number) => {
    const x = j >= 0 && j < n ? SERIES_MEMBER_RE.exec(atomText(t, atoms, j)) : null;
    return x && x[1]!.toLowerCase() === stem.toLowerCase() ? Number(x[2]) : undefined;
  };
  const gap = (j: number) => t.slice(atoms[2 * j + 1]!, atoms[2 * j + 2]!);
  // Forward: Mars1–4, Mars1–Mars4, Mars1 to Mars4.
  if (k + 1 < n) {
    const g = gap(k);
    const next = atomText(t, atoms, k + 1);
    if (RANGE_DASHES.has(g) && /^[0-9]{1,2}$/.test(next)) return { stem, from: at, to: Number(next), at };
    const end = RANGE_DASHES.has(g) || g === '-' ? sameStem(k + 1) : g === ' ' && next === 'to' && gap(k + 1) === ' ' ? sameStem(k + 2) : undefined;
    if (end !== undefined) return { stem, from: at, to: end, at };
  }
  // Backward: the last member of Mars1–Mars4 or Mars1 to Mars4.
  if (k > 0) {
    const g = gap(k - 1);
    const start = RANGE_DASHES.has(g) || g === '-' ? sameStem(k - 1) : g === ' ' && atomText(t, atoms, k - 1) === 'to' && k > 1 && gap(k - 2) === ' ' ? sameStem(k - 2) : undefined;
    if (start !== undefined) return { stem, from: start, to: at, at };
  }
  return undefined;
}

/** Words after a sign-marked name that make it a scoring threshold ("2+ scoring rule", "PS2+ cut-off"). */
const SCORING_WORDS: ReadonlySet<string> = new Set([...MEASURE_WORDS, 'scoring', 'rule', 'rules', 'cutoff', 'cut', 'threshold', 'algorithm']);

/**
 * True when the match is written with a staining sign and followed by a scoring word ("the PS2+ scoring rule"): the
 * name of a positivity threshold (percentage of cells staining at 2+), not the gene that shares the letters. Cell
 * phenotypes ("CD8+ T cells") are followed by a cell word, not a scoring word.
 */
export function namesScoringThreshold(t: string, atoms: Atoms, n: number, m: AtomRange): boolean {
  const end = atoms[2 * m.last + 1]!;
  if (t.charCodeAt(end) !== 43 /* + */ || m.last + 1 >= n) return false;
  const gap = t.slice(end, atoms[2 * m.last + 2]!);
  return (gap === '+ ' || gap === '+\u00a0') && SCORING_WORDS.has(atomText(t, atoms, m.last + 1).toLowerCase());
}
