/**
 * Trial names found by where they stand rather than by a list: the shapes trial acronyms take (MENSA, FLAURA2,
 * IMbrave150, EF-14, COU-AA-301, U-ACHIEVE, with tails: SKYLINE 102, OPERA II, CLIMB SCD-121, ODYSSEY OUTCOMES),
 * accepted when the prose uses them as trials:
 *  - a trial slot: "in X", "in the X", "after X", or a list "in X, Y and Z", followed by punctuation, a
 *    parenthesis or a joining word, in a sentence about treatment (a drug stem, placebo, patients, survival…);
 *  - a trial subject: "X and Y established …", "X showed …" at the start of a sentence about treatment;
 *  - a cue after a list, with up to three modifiers between: "the LEADER, SUSTAIN-6 and REWIND cardiovascular
 *    outcome trials", "the HALO programme", "the FIELD and ACCORD-Eye studies", "the PANTS cohort"; a phase before
 *    the name ("phase 3 POETYK SLE-1"); a registry number after it ("X (NCT01234567)").
 * Under a cue looser shapes count too (CATT, BE RADIANT, DeFi, Nix-TB, Effisayil 1). The names found are document
 * facts: elsewhere in the draft the same name is a trial without a cue (see `trialNameKeys`).
 */
import type { CellPlace } from './table-columns';
import { type Atoms, atomKey } from './keys';
import { endsClause, longFormBefore } from './abbreviations';
import { dottedAfter, trialCandidate } from './trials';

/** A name's last atom and its key (atom keys joined, a space where the text has one). */
export interface TrialName {
  first: number;
  last: number;
  key: string;
}

/** How much evidence stands around a name: a cue word allows looser shapes than a slot. */
type Mode = 'slot' | 'cued';

/** A hyphenated part (see trials.ts), or one lower-case letter (MOSAIC-d). */
const SUFFIX_RE = /^(?:[A-Z0-9]{1,8}|[A-Z][a-z]{2,11}|[A-Z][a-z]{2,11}[0-9]{1,3}|[A-Z][a-z]{1,6}[A-Z][a-z]{2,8}[0-9]{0,3}|[A-Z]{2,3}[a-z]{3,10}|[a-z])$/;
const ROMAN = new Set(['I', 'II', 'III', 'IV']);
/** Words that end the modifiers between a list of names and its cue: "HER2 expression in early studies". */
const FUNCTION_WORDS = new Set(
  'and or the a an in of on at to for from with by as than that which who whose its their these those this both all each other its was were is are be been has have had not no'.split(' '),
);
const CUES = new Set(['trial', 'trials', 'study', 'studies', 'programme', 'programmes', 'program', 'cohort', 'investigators']);
const PREPOSITIONS = new Set(['in', 'In', 'after', 'After', 'since']);

/** True when t.slice(s, e) is one of PREPOSITIONS (checked on the characters first: most words are not). */
function isPreposition(t: string, s: number, e: number): boolean {
  const len = e - s;
  const c = t.charCodeAt(s) | 32;
  if (len === 2) return c === 105 && t.charCodeAt(s + 1) === 110;
  if (len !== 5 || (c !== 97 && c !== 115)) return false;
  return PREPOSITIONS.has(t.slice(s, e));
}
/** Cue words before a list of names: "the outcome trial CRESCENDO", "the pivotal trials were CURE, PLATO and …". */
const CUES_BEFORE = new Set(['trial', 'trials', 'study', 'studies']);
const CUE_LINKS = new Set(['were', 'are', 'included', 'include']);

/** True when atom i is a trial cue word or a linking verb after one: a slot for the names after it. */
function cueBefore(v: View, i: number): boolean {
  const len = v.e(i) - v.s(i);
  if (len < 3 || len > 8) return false;
  const w = v.word(i);
  if (CUES_BEFORE.has(w)) return true;
  return CUE_LINKS.has(w) && i > 0 && v.gap(i - 1, ' ') && CUES_BEFORE.has(v.word(i - 1));
}

/** Words after which "in X" names a measure or a gene, not a trial: "improvement in EASI", "mutations in NEMO". */
const MEASURE_BEFORE = new Set(
  'improvement improvements change changes reduction reductions increase increases decrease decreases decline rise fall difference differences gain gains loss losses mutation mutations variant variants polymorphisms expression deficiency defects role levels elevation elevations'.split(' '),
);
/** Words that may follow a trial slot: "in X and …", "in X, whereas …". */
const FOLLOWERS = new Set(
  'and or but whereas while in at by versus vs compared where which when than before after it the each were was is are respectively through without gave reduced improved prolonged lowered did had has have'.split(' '),
);
/** Verbs that make a name at the start of a sentence a trial: "FREEDOMS and TRANSFORMS established …". */
const TRIAL_VERBS = new Set(
  'showed shows established establishes found confirmed confirms extended demonstrated reported reports reached met missed enrolled enrols enrolls randomised randomized compared compares tested tests evaluated evaluates assessed included recruited suggested suggests supported supports'.split(' '),
);
/**
 * Verbs of which a therapy may be the subject as well ("FOLFIRINOX improved survival"): a trial's only at the start
 * of a clause, right after punctuation or a joining word ("…, and DUO-E combined …", "…; MAIA then moved …").
 */
const CLAUSE_VERBS = new Set('combined added moved improved prolonged failed produced achieved'.split(' '));
/** Words that start a clause before a subject. */
const CLAUSE_JOINS = new Set(['and', 'but', 'while', 'whereas']);
/** Adverbs that may stand between a subject and its verb: "MAIA and PERSEUS then moved …". */
const SUBJECT_ADVERBS = new Set(['then', 'also', 'later', 'likewise', 'subsequently', 'similarly']);

/**
 * True when a trial verb follows atom k after a space, directly or after one adverb ("X then moved"), or after
 * ", which" ("X, which compared"); a verb of `CLAUSE_VERBS`
 * only when the subject, from atom i, starts a clause and the list ends (at `end`) with a name, not a parenthesis.
 */
function verbAfter(v: View, i: number, k: number, end: number): boolean {
  // "CANOVA, which compared …": a relative clause with a trial verb.
  if (v.t.startsWith(', which ', end)) return v.word(k + 1) === 'which' && TRIAL_VERBS.has(v.word(k + 2));
  if (v.t.charCodeAt(end) !== 32) return false;
  let w = v.word(k + 1);
  if (SUBJECT_ADVERBS.has(w) && v.gap(k + 1, ' ')) w = v.word(k + 2);
  // "FOLFIRINOX (fluorouracil, …) prolonged": after a parenthesis, a clause verb's subject may be a regimen.
  return TRIAL_VERBS.has(w) || (CLAUSE_VERBS.has(w) && v.e(k) === end && clauseStart(v, i));
}

/** True when atom i starts a clause: the span's start, or after punctuation or a joining word. */
function clauseStart(v: View, i: number): boolean {
  if (i === 0) return true;
  const e = v.e(i - 1);
  for (let p = e; p < v.s(i); p++) {
    const c = v.t.charCodeAt(p);
    if (c === 46 || c === 59 || c === 58 || c === 44) return true;
  }
  return v.gap(i - 1, ' ') && CLAUSE_JOINS.has(v.word(i - 1)) && (i === 1 || /[,;] ?$/.test(v.t.slice(v.e(i - 2), v.s(i - 1))));
}
/** Capitalised words that are no trial name before a number: "Phase 3", "Figure 2", "Table 1". */
const NOT_NAMES = new Set(
  'Phase Part Stage Study Trial Table Figure Fig Type Grade Group Arm Cohort Week Day Year Month Level Class Section Chapter Appendix Supplementary Cycle Dose Step Round Wave Visit Period Protocol Version Model Box Panel Lane Exon Intron Chromosome Complex Factor Receptor Site Domain Region'.split(' '),
);
/** A sentence about treatment: a drug stem or trial vocabulary. */
const TREATMENT_RE =
  /[a-z]{2}(?:mab|caftor|lutamide|tinib|ciclib|parib|lisib|vir|olone|sone|pril|sartan|statin|platin|taxel|rubicin|gliflozin|glutide|cept|limus|xaban|gatran|parin|azole|mycin|cillin|floxacin|cycline|penem|dronate|imod|tecan|gepant|prazole|dipine|setron|tide|zomib|degib|rafenib|metinib)\b|\b(?:placebo|randomi[sz]ed|versus|vs|non-?inferior|superior|efficacy|mortality|survival|patients|participants|relapses?|exacerbations?|remission|trials?|stud(?:y|ies|ied)|phase|end ?points?|PFS|OS|ORR|HR|therapy|treatment|treated|tested|inhibitors?|antibody|agonist|antagonist|regimen|chemotherapy|adjuvant|vaccine|doses?|tolerated|drugs?)\b/;

const isUpper = (c: number) => c >= 65 && c <= 90;
const isLower = (c: number) => c >= 97 && c <= 122;
const isDigit = (c: number) => c >= 48 && c <= 57;

/** The number of capitals at the start of a word. */
function leadingCapitals(w: string): number {
  let k = 0;
  while (k < w.length && isUpper(w.charCodeAt(k))) k++;
  return k;
}

/** The number of vowels (Y counted) in an upper-case word. */
function vowels(w: string): number {
  let k = 0;
  for (let i = 0; i < w.length; i++) if ('AEIOUY'.includes(w[i]!)) k++;
  return k;
}

class View {
  /**
   * Whether a lower-case word is an English word: a word of capitals that is one (SHARP, GLOW, ARCH) is read as a
   * trial's name in a slot despite its single vowel (set by the collector; unset, the vowel rule stands).
   */
  english: ((lower: string) => boolean) | undefined;
  constructor(
    public t: string,
    public atoms: Atoms,
    public n: number,
  ) {}
  reset(t: string, atoms: Atoms, n: number): this {
    this.t = t;
    this.atoms = atoms;
    this.n = n;
    return this;
  }
  s(k: number): number {
    return this.atoms[2 * k]!;
  }
  e(k: number): number {
    return this.atoms[2 * k + 1]!;
  }
  word(k: number): string {
    return k >= 0 && k < this.n ? this.t.slice(this.s(k), this.e(k)) : '';
  }
  /** True when atoms k and k+1 are separated by exactly `sep`. */
  gap(k: number, sep: string): boolean {
    return k + 1 < this.n && this.s(k + 1) - this.e(k) === sep.length && this.t.startsWith(sep, this.e(k));
  }
}

/**
 * A cheap test of the characters: whether a name may start with the word t.slice(s, e): a capital, then another
 * capital or a digit in the word, or a hyphen or a space and a digit after it. Most capitalised words fail it.
 */
function mayStart(t: string, s: number, e: number): boolean {
  if (!isUpper(t.charCodeAt(s))) return lowerCamel(t, s, e);
  for (let k = s + 1; k < e; k++) {
    const c = t.charCodeAt(k);
    if (isUpper(c) || isDigit(c)) return true;
  }
  const next = e < t.length ? t.charCodeAt(e) : 0;
  return next === 45 || (next === 32 && isDigit(t.charCodeAt(e + 1)));
}

/** Lower-case prefixes of chemistry and lab words, not trial names: proBNP, preBCR, apoER. */
const NOT_CAMEL_PREFIX_RE = /^(?:pro|pre|apo|anti|non|sub|hs|ct|cf|mt|ss|ds|sc|sn|sg|lnc|circ)[A-Z]/;

/**
 * Whether t.slice(s, e) is a trial name in lower-case camel shape: two lower-case letters or more with a vowel, then
 * two capitals or more (coBRIM, innovaTV, exPDite, anakinGOUT, evolutionRMS, endTB); not a nucleic acid (siRNA,
 * ctDNA) nor a lab word with a known prefix (`NOT_CAMEL_PREFIX_RE`).
 */
export function lowerCamel(t: string, s: number, e: number): boolean {
  if (e - s < 5 || e - s > 16 || !isLower(t.charCodeAt(s))) return false;
  let k = s;
  let vowel = false;
  for (let c = t.charCodeAt(k); k < e && isLower(c); c = t.charCodeAt(++k)) {
    // a, e, i, o, u, y
    if (c === 97 || c === 101 || c === 105 || c === 111 || c === 117 || c === 121) vowel = true;
  }
  if (k - s < 2 || !vowel || k + 1 >= e || !isUpper(t.charCodeAt(k)) || !isUpper(t.charCodeAt(k + 1))) return false;
  for (let p = k + 2; p < e; p++) if (!isUpper(t.charCodeAt(p)) && !isLower(t.charCodeAt(p))) return false;
  const w = t.slice(s, e);
  return !/(?:RNA|DNA)s?$/.test(w) && !NOT_CAMEL_PREFIX_RE.test(w);
}

/** `isKnown` of words as written, memoised per look-up function (the same words recur through a draft). */
const knownMemo = new WeakMap<(key: string, raw?: string) => boolean, Map<string, boolean>>();
let memoFn: ((key: string, raw?: string) => boolean) | undefined;
let memoOf: Map<string, boolean> | undefined;
function knownWord(isKnown: (key: string, raw?: string) => boolean, w: string): boolean {
  let memo = isKnown === memoFn ? memoOf : knownMemo.get(isKnown);
  if (!memo) knownMemo.set(isKnown, (memo = new Map()));
  memoFn = isKnown;
  memoOf = memo;
  let v = memo.get(w);
  if (v === undefined) {
    if (memo.size > 20_000) memo.clear();
    memo.set(w, (v = isKnown(atomKey(w), w)));
  }
  return v;
}

/** The fact that some trial name of the draft starts with `word` as written (looked up before the names themselves). */
function headMark(word: string): string {
  return '^' + word;
}

/** The fact that the draft has trial names found by this module (looked up before any head mark). */
const ANY_NAME = '^';

/**
 * The fact that the draft has trial names of looser shapes than `head` allows (Clarity AD, A4, B2305: from a trials
 * column of a table): the scan then also tries such names where a head mark says one may start.
 */
const LOOSE = '^~';

/** The last word of a disease's name: nephropathy, vasculitis, fibrosis, disease, syndrome, paralysis, urticaria. */
const DISEASE_TERM_END_RE = /(?:pathy|itis|osis|emia|disease|syndrome|disorder|paralysis|plegia|ataxia|dystrophy|penia|uria|urticaria|algia|oma)$/;
/** Words that join a treatment to a condition or to another treatment in a trial's long form. */
const TREATMENT_JOIN_RE = /\b(?:in|for|versus|vs|plus)\b/;
/** An eponym's possessive inside a term: Still's, Crohn's, Hodgkin's. */
const EPONYM_POSSESSIVE_RE = /\b[A-Z][a-z]+['’]s\b/g;

/**
 * Studies named by a title: "the United Kingdom Infantile Spasms Study (UKISS)", "the Management of Myelomeningocele
 * Study", "the MRC Vitamin Study", "Early versus Late Ventricular Intervention Study", "Triac Trial II". A title is a
 * run of capitalised words (or acronyms) joined by spaces, with joining words (of, for, in, and, versus) between them,
 * ending in Study, Trial, Studies or Trials and optionally a number; it needs two words that are not generic
 * (Randomised Controlled Trials, Phase 3 Studies are no titles), starts no sentence's first word (The, In, Both) and
 * is no group's, network's or population's name (the German Hodgkin Study Group, the Avon Longitudinal Study of
 * Parents and Children). The mark `TITLE_MARK` + first word tells the recogniser where such a name may start (two
 * carets: no head mark of a word, `headMark`, can take that form).
 */
const TITLE_MARK = '^^';
/** The fact that the draft names a study by its title (looked up before any title mark). */
const TITLE_ANY = '^^*';
const TITLE_CUES = new Set(['Study', 'Trial', 'Studies', 'Trials']);
const TITLE_JOINS = new Set(['of', 'for', 'in', 'and', 'versus', 'vs', 'with', 'on', 'to']);
/** Capitalised words that open sentences and phrases, never a study's title. */
const TITLE_STARTS = new Set(
  'The In A An Both Unlike After Before During From Since This These Our Its Their Like While When Although As At By For On With Data Results And Two Three Several Most Later Of Trials Studies Study Trial'.split(' '),
);
/** Words of a design or a rank, not of a study's own name. */
const TITLE_GENERIC = new Set(
  'Randomised Randomized Controlled Clinical Pivotal Key Major Landmark Phase Observational Cohort Recent Pilot Prospective Retrospective Large Small Ongoing Completed Selected Other Further Main Notable Placebo Interventional Early Late New Open Double Blind Single Multicentre Multicenter'.split(' '),
);
/** After a title: the name is a group's, a network's or a population's, not the study's. */
const TITLE_AFTER_RE = /^ (?:Group|Network|Consortium|Investigators|Society|Steering|of)\b/;
/** An acronym defined right after a title: " (UKISS)". */
const TITLE_ACRONYM_RE = /^ \(([A-Z][A-Za-z0-9]{1,15})\)/;
/** A word of a title: capitalised (Infantile) or an acronym (MRC, OCD, NORDIC). */
const TITLE_WORD_RE = /^(?:[A-Z][a-z]+|[A-Z][A-Z0-9]{1,7})$/;

/** The last atom of a word of a title starting at atom k (Cross-National, Raynaud's, Long-term), or -1. */
function titleWordEnd(v: View, k: number): number {
  if (!TITLE_WORD_RE.test(v.word(k))) return -1;
  let end = k;
  while (end + 1 < v.n && (v.gap(end, '-') || ((v.gap(end, "'") || v.gap(end, '\u2019')) && v.word(end + 1) === 's'))) end++;
  return end;
}

/** The names a run of title words starting at atom i may have (two words or more, not ending in a joining word), longest first. */
function titleRun(v: View, i: number): TrialName[] {
  const out: TrialName[] = [];
  let k = i;
  for (let words = 0; words < 12 && k < v.n; words++) {
    const w = v.word(k);
    const join = words > 0 && TITLE_JOINS.has(w);
    const end = join ? k : titleWordEnd(v, k);
    if (end < 0) break;
    if (!join && words > 0) out.unshift({ first: i, last: end, key: keyOf(v, i, end) });
    if (!v.gap(end, ' ')) break;
    k = end + 1;
  }
  return out;
}

/** The title of a study starting at atom i (see `TITLE_MARK`): its last atom, or -1. */
function titleAt(v: View, i: number): number {
  if (TITLE_STARTS.has(v.word(i))) return -1;
  let k = i;
  let named = 0;
  for (let words = 0; words < 12 && k < v.n; words++) {
    const w = v.word(k);
    if (words > 0 && TITLE_CUES.has(w)) {
      if (named < 2 || TITLE_JOINS.has(v.word(k - 1))) return -1;
      let last = k;
      if (v.gap(k, ' ') && /^(?:I{1,3}|IV|[1-9])$/.test(v.word(k + 1))) last = k + 1;
      return TITLE_AFTER_RE.test(v.t.slice(v.e(last), v.e(last) + 14)) ? -1 : last;
    }
    let end: number;
    if (words > 0 && TITLE_JOINS.has(w)) end = k;
    else {
      end = titleWordEnd(v, k);
      if (end < 0) return -1;
      if (!TITLE_GENERIC.has(w)) named++;
    }
    if (!v.gap(end, ' ')) return -1;
    k = end + 1;
  }
  return -1;
}

/** An acronym a title may spell: a capital, then letters or digits with at least one more capital (PINT, TOP, ProACT). */
const TITLE_ACRONYM_WORD_RE = /^[A-Z](?=[A-Za-z0-9]*[A-Z])[A-Za-z0-9]{1,11}$/;
/** Cue words after a study's title or its acronym. */
const STUDY_CUE_WORDS = new Set(['trial', 'study', 'Trial', 'Study']);

/**
 * Whether the initials of a title's words spell `acronym` in order (letters only, any case): every capitalised word
 * gives its initial, a joining word (of, in, for) may: "Premature Infants in Need of Transfusion" spells PINT,
 * "Transfusion of Prematures" spells TOP.
 */
export function initialsSpell(acronym: string, words: readonly string[]): boolean {
  const letters = acronym.toUpperCase().replace(/[^A-Z]/g, '');
  let states = [0];
  for (const word of words) {
    const initial = word.charAt(0).toUpperCase();
    const optional = TITLE_JOINS.has(word);
    const next: number[] = [];
    for (const p of states) {
      if (optional && !next.includes(p)) next.push(p);
      if (letters.charAt(p) === initial && !next.includes(p + 1)) next.push(p + 1);
    }
    if (!next.length) return false;
    states = next;
  }
  return states.includes(letters.length);
}

/** The mark of a name that the draft shows is no trial (see `TrialNameCollector.withTerm`). */
const NOT_TRIAL = '!';
/** Verbs whose object is an outcome measure, not a trial: "achieved EASI-75". */
const OUTCOME_VERBS = new Set(['achieved', 'achieving', 'improved', 'reached', 'attained']);
/** Head nouns after a hyphenated name that make it a cell line, method, antigen or score: "MOLM-13 cells". */
const THING_HEADS = new Set(
  'cells cell line lines mice xenograft xenografts assay assays spectrometry sequencing antigen antigens score scores scale index criteria staining receptor receptors'.split(' '),
);
/** The mark of an abbreviation the draft defines as a term (see `TrialNameCollector.termDefinitions`). */
const TERM_HEAD = '!^';
/** An abbreviation of capitals alone in parentheses. */
const TERM_PAREN_RE = /\(([A-Z][A-Za-z0-9]{1,9}(?:-[A-Za-z0-9]{1,8})?)\)/g;
/** A symbol or code joined to a lower-case adjective: ABO-incompatible, HLA-mismatched. */
const HYPHENED_ADJECTIVE_RE = /^[A-Z0-9]{2,}-[a-z]{5,}$/;
/** A disease's head noun in lower case inside a long form: syndrome, disease, ataxia, leukaemia, carcinoma. */
const DISEASE_HEAD_RE = /(?:^|\s)(?:syndromes?|diseases?|disorders?|ataxias?|leuka?emias?|carcinomas?|lymphomas?|sarcomas?|malformations?|dystroph(?:y|ies))(?=[\s,]|$)/;
/** Words of a long form that names a measure: "ALS Functional Rating Scale–Revised". */
const MEASURE_RE = /\b(?:[Ss]cales?|[Ss]cores?|[Ii]ndex|[Cc]riteria|[Qq]uestionnaire|[Ii]nventory|[Rr]ating)\b/;

/**
 * The number (and letter) that ends a numbered type of a term: PCH2, PCH1A, SCA3. One digit only: trials of the
 * disease's study groups carry larger numbers (CLL14, AML17 beside "chronic lymphocytic leukaemia (CLL)").
 */
const SERIES_NUMBER_RE = /(?<=[A-Z])[0-9][A-Z]?$/;

/** The mark of a name that the draft shows is no trial but may be another entity (see `TrialNameCollector.withTerm`). */
const NOT_TRIAL_HERE = '!~';

/**
 * Whether the draft's facts show that the name over atoms i..last, with key `key`, is no trial: 1 when it is a term
 * and no entity at all (a scale coordinated with one of the stop list somewhere, one defined as a measure, a
 * one-letter variant of a term defined by a lower-case long form: ARIA-E after "amyloid-related imaging
 * abnormalities (ARIA)"); 2 when it is no trial but may be another entity (a cell line, an outcome measure, an
 * abbreviation the draft defines by a lower-case long form: EGPA); 0 otherwise.
 */
export function notATrial(t: string, atoms: Atoms, i: number, last: number, key: string, isTrial: (key: string) => boolean): 0 | 1 | 2 {
  if (last === i) {
    const word = t.slice(atoms[2 * i]!, atoms[2 * i + 1]!);
    if (isTrial(TERM_HEAD + word)) return 2;
    // "pontocerebellar hypoplasia (PCH)" … "PCH2", "PCH1A": a numbered type of a term the draft defines.
    const stem = word.replace(SERIES_NUMBER_RE, '');
    return stem !== word && stem.length >= 2 && isTrial(TERM_HEAD + stem) ? 2 : 0;
  }
  if (isTrial(NOT_TRIAL + key)) return 1;
  if (isTrial(NOT_TRIAL_HERE + key)) return 2;
  return last === i + 1 && atoms[2 * last + 1]! - atoms[2 * last]! === 1 && t.charCodeAt(atoms[2 * i + 1]!) === 45 && isTrial(TERM_HEAD + t.slice(atoms[2 * i]!, atoms[2 * i + 1]!)) ? 1 : 0;
}

/**
 * True when a long form has, after its first word, exactly one capitalised word and at least as many lower-case
 * words of four letters or more ("Dementia with Lewy bodies"; not "Prevention of Cardiovascular Events").
 */
function oneEponymAmongLowerWords(long: string): boolean {
  const words = long.split(/[\s–-]+/).slice(1);
  const caps = words.filter((w) => /^[A-Z][a-z]/.test(w)).length;
  const lower = words.filter((w) => /^[a-z]{4,}$/.test(w)).length;
  return caps === 1 && lower >= 1 && lower >= caps;
}

/** Cue words after a study's proper name (see `TrialNameCollector.namedStudy`). */
const STUDY_CUES = new Set(['study', 'studies', 'trial', 'trials', 'registry', 'cohort']);
/** Endings of words of nationality and place: Dutch, Swedish, Korean, Japanese, Nordic, Swiss, Israeli. */
const NATIONALITY_RE = /(?:an|ese|ish|ic|ch|ss|i)$/;

/**
 * True when a trial cue word (trial, trials, study, studies) stands in the clause before atom i, at most eight
 * words back: "prevention studies in presymptomatic carriers, such as …".
 */
function cueInClause(v: View, i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 8; k--) {
    if (CUES_BEFORE.has(v.word(k))) return true;
    const gap = v.t.slice(v.e(k), v.s(k + 1));
    if (gap.includes('.') || gap.includes(';') || gap.includes(':')) return false;
  }
  return false;
}

/** Words that join the items of a list in a table cell. */
const ITEM_JOINS = new Set(['and', 'or', 'vs', 'versus']);

/** Header words of a table column that lists trials: "Pivotal trials", "Key studies", "Trial". */
const COLUMN_CUE_RE = /\b(?:[Tt]rials?|[Ss]tud(?:y|ies))\b/;
/**
 * Whether a prose span at `place` (its table cell) is a body cell of a table column headed by trials ("| Pivotal trials
 * |", "| Key studies |"): its items are trial names (see `TrialNameCollector.collect`).
 */
export function inTrialColumn(place: CellPlace | undefined): boolean {
  const cell = place?.header[place.col];
  return cell !== undefined && COLUMN_CUE_RE.test(cell);
}

/** Adds a name's key and its head mark to a draft's trial facts. */
function addName(v: View, nm: TrialName, into: Set<string>): void {
  // "the Treat_CCM trial": a part of a name joined by an underscore is not the name.
  if (v.t.charCodeAt(v.s(nm.first) - 1) === 95 || v.t.charCodeAt(v.e(nm.last)) === 95) return;
  into.add(nm.key);
  into.add(headMark(v.word(nm.first)));
  into.add(ANY_NAME);
}

const NONE: readonly TrialName[] = [];

/** Capitals only, four or more: the shape of a trial acronym that may also be a gene's alias (SHARP, MINT). */
const ALIAS_WORD_RE = /^[A-Z]{4,}$/;
/** An apposition after a name: "in TACI, the receptor of BAFF" describes a gene, not a trial. */
const APPOSITION_RE = /^, (?:the|a|an|which encodes|encoding) /;

/** One view reused by `trialNameKeys` (called for many words: no allocation each time). */
const shared = new View('', new Int32Array(0), 0);

/** The last atom of the head of a trial name starting at atom i (with hyphenated parts), or -1. */
function head(v: View, i: number, mode: Mode, isKnown: (key: string, raw?: string) => boolean): number {
  const s = v.s(i);
  const e = v.e(i);
  const t = v.t;
  const len = e - s;
  if (len < 1 || len > 18 || (!isUpper(t.charCodeAt(s)) && !lowerCamel(t, s, e))) return -1;
  if (s > 0) {
    const b = t.charCodeAt(s - 1);
    // Part of a longer token: ACCORD-Eye's Eye, CE.3, 26981/NCIC.
    if (b === 45 || b === 47 || b === 46 || b === 0x2010 || b === 0x2011 || b === 0x2013) return -1;
  }
  let caps = 0;
  let lower = 0;
  let digits = 0;
  let letters = 0;
  for (let k = s; k < e; k++) {
    const c = t.charCodeAt(k);
    if (isUpper(c)) {
      // ASC4FIRST: a number between two runs of capitals.
      if (digits && !MID_NUMBER_RE.test(t.slice(s, e))) return -1;
      caps++;
      letters++;
    } else if (isLower(c)) {
      if (digits) return -1;
      lower++;
      letters++;
    } else if (isDigit(c)) digits++;
    else return -1;
  }
  if (digits > 4) return -1;
  // Most capitalised words (The, In, Patients) start no name: only before a hyphen or, under a cue, a number.
  if (caps === 1 && lower > 0 && !digits) {
    const next = e < t.length ? t.charCodeAt(e) : 0;
    if (next !== 45 && !(mode === 'cued' && next === 32 && isDigit(t.charCodeAt(e + 1)))) return -1;
  }
  const w = t.slice(s, e);
  // "the phase III ENVISION trial": a Roman numeral alone is the phase, not the start of the name (I-SPY is a name).
  if (ROMAN.has(w) && t.charCodeAt(e) !== 45) return -1;
  // A word the ontology knows starts no name (looked up first: most upper-case words are gene symbols), unless a
  // series number of three digits or more or a word of capitals follows it: EV-301, HGB-207, NRG-GY018, AIM-HIGH
  // (IL-17, ERK-1 stay genes; the whole must not be known either, below).
  if (knownWord(isKnown, w) && !seriesAfter(t, e)) return -1;
  // Hyphenated parts: COU-AA-301, AIM-HIGH, EF-14, U-ACHIEVE, Nix-TB.
  let last = i;
  let numberPart = false;
  let capsPart = 0;
  while (last + 1 < v.n && v.gap(last, '-')) {
    const part = v.word(last + 1);
    if (!SUFFIX_RE.test(part)) break;
    last++;
    if (/^[0-9]/.test(part)) numberPart ||= part.length >= 2;
    else if (/^[A-Z]+[0-9]*$/.test(part)) capsPart = Math.max(capsPart, leadingCapitals(part));
  }
  // QUILT-3.032: a dotted number after a numbered part.
  if (last > i && dottedAfter(t, v.atoms, v.n, last)) last++;
  const hyphenated = last > i;
  const shape = headShape(v, i, last, w, mode, { caps, lower, digits, letters, len, numberPart, capsPart });
  if (shape < 0) return -1;
  if (hyphenated && isKnown(keyOf(v, i, last))) return -1;
  return shape;
}

interface Counts {
  caps: number;
  lower: number;
  digits: number;
  letters: number;
  len: number;
  numberPart: boolean;
  capsPart: number;
}

/** A name of capitals with a number inside it: ASC4FIRST, ABC2PLUS. */
const MID_NUMBER_RE = /^[A-Z]{2,}[0-9]{1,2}[A-Z]{3,}$/;

/** A trial series number after a hyphen at `e`: three digits or more, or a cooperative group's code (GY018, HN005). */
const SERIES_RE = /^-(?:[0-9]{3,5}|[A-Z]{1,3}[0-9]{3,4})(?![A-Za-z0-9])/;

/** A word of capitals after a hyphen: AIM-HIGH, ALL-HEART, SLE-BRAVE-I, HPS2-THRIVE. */
const CAPS_PART_RE = /^-[A-Z]{4,10}(?![A-Za-z0-9])/;

/**
 * `seriesAfter`, but not when the word of capitals after the hyphen is itself a key of the ontology: STAT3-HIES and
 * DOCK8-HIES are a gene and the syndrome it causes, not a trial (AIM-HIGH, HPS2-THRIVE are).
 */
export function trialSeriesAfter(t: string, e: number, isIndexKey: (key: string) => boolean): boolean {
  if (!seriesAfter(t, e)) return false;
  const m = CAPS_PART_RE.exec(t.slice(e, e + 12));
  return m === null || !isIndexKey(m[0].slice(1));
}

/**
 * True when a hyphen and a trial series number (see `SERIES_RE`) or a word of four capitals or more follow position
 * `e` (reads 12 characters at most).
 */
export function seriesAfter(t: string, e: number): boolean {
  if (t.charCodeAt(e) !== 45) return false;
  const rest = t.slice(e, e + 12);
  return SERIES_RE.test(rest) || CAPS_PART_RE.test(rest);
}

/**
 * One English syllable of five letters or more in capitals: an onset, one vowel, a coda (STORM, CROWN, SPARK,
 * STRENGTH, TRAPS); a disease or lab abbreviation with one vowel seldom has this shape (ADPKD, MASLD, NMOSD, ESKD).
 */
const SYLLABLE_RE =
  /^(?:[BCDFGHJKLMNPRSTVWZ]|BL|BR|CH|CL|CR|DR|FL|FR|GL|GR|PH|PL|PR|SC|SCH|SCR|SH|SK|SL|SM|SN|SP|SPL|SPR|ST|STR|SW|TH|THR|TR|TW|WH|WR|QU|SQU|SHR)(?:[AEIOU]W?)(?:B|CH|CK|CT|D|F|FT|G|K|L|LD|LF|LK|LL|LM|LP|LT|M|MP|N|NCH|ND|NG|NGTH|NK|NT|P|PT|R|RCH|RD|RK|RM|RN|RP|RT|RST|S|SH|SK|SM|SP|SS|ST|T|TCH|TH|WL|WN|X|Z)S?$/;

/** `head` without the look-up: the last atom when the word's shape is a trial name's, else -1. */
function headShape(v: View, i: number, last: number, w: string, mode: Mode, c: Counts): number {
  const { caps, lower, digits, letters, len, numberPart, capsPart } = c;
  const hyphenated = last > i;
  if (lower === 0) {
    if (hyphenated) {
      if (letters === 1) return capsPart >= 4 && vowels(v.word(i + 1)) >= 2 ? last : -1;
      return letters >= 4 || numberPart || capsPart >= 2 ? last : -1;
    }
    if (digits) return letters >= 3 ? last : -1;
    if (mode === 'cued') return letters >= 3 ? last : -1;
    // GOG 240, RTOG 9402, EORTC 26951: a group's capitals before a protocol number of three digits or more (no year).
    if (letters >= 3 && v.gap(i, ' ') && /^[0-9]{3,5}$/.test(v.word(i + 1)) && !/^(?:19|20)[0-9]{2}$/.test(v.word(i + 1))) return last;
    return letters >= 4 && (vowels(w) >= 2 || (vowels(w) === 1 && ((v.english !== undefined && v.english(w.toLowerCase())) || (letters >= 5 && SYLLABLE_RE.test(w))))) ? last : -1;
  }
  // Mixed case: IMbrave150, PROfound, KyberSept, ConSEPT; CheckMate 238; under a cue DeFi, ZeNix, Nix-TB. The lower-case
  // letters of a disease or lab abbreviation are consonants (HFrEF, HbA1c), those of a trial name seldom.
  if (caps >= 2) {
    if (isLower(w.charCodeAt(0))) return last; // coBRIM, endTB (see `lowerCamel`)
    // (AtTEnd, BEATcc: consonants in lower case, but two vowels or more in all, and more than a plural's s.)
    if (digits < 2 && !/[aeiouy]/.test(w) && (vowels(w.toUpperCase()) < 2 || lower === 1 && w.endsWith('s'))) return -1;
    if (len >= 5 && (caps >= 3 || digits >= 2)) return last;
    // TheraP, TrilynX, MycarinG: a word and a closing capital (not PubMed, GenBank: two capitalised words).
    if (len >= 6 && caps === 2 && !digits && !hyphenated && isUpper(w.charCodeAt(len - 1)) && isLower(w.charCodeAt(len - 2))) return last;
    if (!hyphenated && v.gap(i, ' ') && /^[0-9][0-9A-Z]{0,3}$/.test(v.word(i + 1))) return last;
    return mode === 'cued' && len >= 4 ? last : -1;
  }
  if (mode === 'cued' && !NOT_NAMES.has(w) && letters >= 3) {
    if (hyphenated && capsPart >= 2) return last;
    // Effisayil 1: a capitalised word before a number.
    if (!hyphenated && v.gap(i, ' ') && /^[0-9]{1,3}$/.test(v.word(i + 1))) return last;
  }
  return -1;
}

/** The key of atoms first..last: their keys joined, with a space where the text has whitespace. */
function keyOf(v: View, first: number, last: number): string {
  let k = atomKey(v.word(first));
  for (let j = first + 1; j <= last; j++) k += (v.s(j) > v.e(j - 1) && v.t.charCodeAt(v.e(j - 1)) === 32 ? ' ' : '') + atomKey(v.word(j));
  return k;
}

/** Cooperative trial groups whose studies are named by the group and a protocol number (EORTC 62027, SWOG S0345). */
const COOPERATIVE_GROUPS: ReadonlySet<string> = new Set('EORTC SWOG CALGB ECOG RTOG GOG JCOG NSABP ACOSOG NCCTG CCTG NCIC NRG COG AIO GBG IBCSG'.split(' '));
/** A cooperative group's protocol number: three to five digits, with a letter or two before and a letter after. */
const GROUP_PROTOCOL_RE = /^[A-Z]{0,2}[0-9]{3,5}[A-Z]?$/;

/** The end atom of one tail word after atom `last` (a number, a Roman numeral, an upper-case word), or -1. */
function tail(v: View, last: number, cued: boolean, isKnown: (key: string, raw?: string) => boolean): number {
  if (!v.gap(last, ' ')) return -1;
  const k = last + 1;
  const w = v.word(k);
  if (/^[0-9]{1,4}$/.test(w)) {
    if (v.gap(k, '.') || v.gap(k, ',') && /^[0-9]/.test(v.word(k + 1))) return -1;
    // AHEAD 3-45: a number range as a name's number; TEMPO 3:4: a pair.
    if (w.length <= 2 && v.gap(k, '-') && /^[0-9]{2,3}$/.test(v.word(k + 1)) && !(v.gap(k + 1, '-') || v.gap(k + 1, '.'))) return k + 1;
    if (w.length <= 2 && v.gap(k, ':') && /^[0-9]{1,2}$/.test(v.word(k + 1))) return k + 1;
    const year = w.length === 4 && (w.startsWith('19') || w.startsWith('20'));
    return !year || cued ? k : -1;
  }
  if (ROMAN.has(w)) return k;
  // EORTC 62027, SWOG S0345, CALGB 9741, ECOG E1609: a cooperative group's protocol number (not the label before a
  // trial's own name: "EORTC 90101 CREATE" is CREATE).
  if (COOPERATIVE_GROUPS.has(v.word(last)) && GROUP_PROTOCOL_RE.test(w)) return v.gap(k, ' ') && /^[A-Z]{3,}/.test(v.word(k + 1)) ? -1 : k;
  // MISSION AD1, MISSION AD2: a study code of capitals and a number after a word of capitals.
  if (/^[A-Z]{1,3}[0-9]{1,2}$/.test(w) && /^[A-Z]{4,}$/.test(v.word(last))) return k;
  // CheckMate 9ER, CheckMate 9DW: a number with a letter code.
  if (/^[0-9]{1,2}[A-Z]{1,3}$/.test(w)) return k;
  const numberNext = v.gap(k, ' ') && /^[0-9]{1,3}$/.test(v.word(k + 1));
  if (/^[A-Z]{2,10}$/.test(w)) {
    // CLIMB SCD-121, POETYK SLE-1: an upper-case word with a number.
    let j = k;
    while (j + 1 < v.n && v.gap(j, '-') && /^(?:[0-9]{1,4}|[A-Z]{1,4})$/.test(v.word(j + 1))) j++;
    if (j > k && /[0-9]$/.test(v.word(j))) return j;
    if (numberNext) return k;
    // ODYSSEY OUTCOMES, LIBERTY ASTHMA QUEST, BABY HUG: an unknown upper-case word closing the name.
    return w.length >= 3 && !knownWord(isKnown, w) ? k : -1;
  }
  // CLEAR Outcomes, OCTAVE Induction 1, JAVELIN Ovarian 200.
  if (/^[A-Z][a-z]{3,12}$/.test(w) && !NOT_NAMES.has(w)) {
    if (numberNext) return k;
    const after = v.e(k) < v.t.length ? v.t.charCodeAt(v.e(k)) : 46;
    return after === 44 || after === 46 || after === 59 || after === 41 || (cued && after === 32 && CUES.has(v.word(k + 1).toLowerCase())) ? k : -1;
  }
  return -1;
}

/** The longest trial name starting at atom i with up to two tail words, or undefined. */
function nameAt(v: View, i: number, mode: Mode, isKnown: (key: string, raw?: string) => boolean): TrialName | undefined {
  let last = head(v, i, mode, isKnown);
  if (last < 0) return undefined;
  for (let k = 0; k < 2; k++) {
    const next = tail(v, last, mode === 'cued', isKnown);
    if (next < 0) break;
    last = next;
  }
  return { first: i, last, key: keyOf(v, i, last) };
}

/**
 * Keys a trial name starting at atom i may have, longest first (tail words dropped one by one), for looking the
 * name up among the document's trials; empty when no trial shape starts there.
 */
export function trialNameKeys(
  t: string,
  atoms: Atoms,
  n: number,
  i: number,
  isKnown: (key: string, raw?: string) => boolean,
  isTrial: (key: string) => boolean,
): readonly TrialName[] {
  const s = atoms[2 * i]!;
  const e = atoms[2 * i + 1]!;
  if (isTrial(TITLE_ANY) && isUpper(t.charCodeAt(s)) && isTrial(TITLE_MARK + t.slice(s, e))) {
    const v = shared.reset(t, atoms, n);
    const last = titleAt(v, i);
    if (last > i) return [{ first: i, last, key: keyOf(v, i, last) }];
    // A title an acronym spells out, without a capitalised cue word of its own (see `acronymTitles`).
    const run = titleRun(v, i).filter((nm) => isTrial(nm.key));
    if (run.length) return run;
  }
  if (!mayStart(t, s, e)) return isUpper(t.charCodeAt(s)) && isTrial(LOOSE) ? looseKeys(t, atoms, n, i, isTrial) : NONE;
  if (!isTrial(ANY_NAME) || !isTrial(headMark(t.slice(s, e)))) return NONE;
  const v = shared.reset(t, atoms, n);
  const first = head(v, i, 'cued', isKnown);
  if (first < 0) return isTrial(LOOSE) ? looseKeys(t, atoms, n, i, isTrial) : NONE;
  const out: TrialName[] = [{ first: i, last: first, key: keyOf(v, i, first) }];
  let last = first;
  for (let k = 0; k < 2; k++) {
    const next = tail(v, last, true, isKnown);
    if (next < 0) break;
    last = next;
    out.unshift({ first: i, last, key: keyOf(v, i, last) });
  }
  return out;
}

/**
 * Keys of names of looser shapes starting at atom i (Clarity AD, A4, B2305; see `LOOSE`), longest first: up to four
 * atoms joined by a space or a hyphen, each starting with a capital or a digit. Empty unless a name of the draft
 * starts with the word.
 */
function looseKeys(t: string, atoms: Atoms, n: number, i: number, isTrial: (key: string) => boolean): readonly TrialName[] {
  const v = shared.reset(t, atoms, n);
  if (!isTrial(headMark(v.word(i)))) return NONE;
  let last = i;
  while (last + 1 < n && last - i < 3 && (v.gap(last, ' ') || v.gap(last, '-'))) {
    const c = t.charCodeAt(v.s(last + 1));
    if (!isUpper(c) && !isDigit(c)) break;
    last++;
  }
  const out: TrialName[] = [];
  for (let k = last; k >= i; k--) out.push({ first: i, last: k, key: keyOf(v, i, k) });
  return out;
}

/** A list of names from atom i: "X", "X and Y", "X, Y and Z", each optionally followed by a parenthesis. */
function listAt(v: View, i: number, mode: Mode, isKnown: (key: string, raw?: string) => boolean): { names: TrialName[]; end: number; lastAtom: number; ends: number[] } | undefined {
  // Most words start no name: nothing is allocated for them.
  let nm = nameAt(v, i, mode, isKnown);
  if (!nm) return undefined;
  const names: TrialName[] = [];
  /** For each name, where the list would end after it. */
  const ends: number[] = [];
  let j = i;
  let end = 0;
  let lastAtom = i;
  for (;;) {
    if (j > i) nm = nameAt(v, j, mode, isKnown);
    if (!nm) break;
    names.push(nm);
    lastAtom = nm.last;
    end = v.e(nm.last);
    // "in EXPLORER (non-renal SLE) or LUNAR (lupus nephritis)": a short parenthesis after a name.
    if (v.t.startsWith(' (', end)) {
      // Searched within the 60 characters that may hold it, not to the paragraph's end.
      const inside = v.t.slice(end + 2, end + 60);
      const closeAt = inside.indexOf(')');
      const close = closeAt < 0 ? -1 : end + 2 + closeAt;
      if (closeAt >= 0 && !inside.slice(0, closeAt).includes('(')) {
        // (23, 24): references close the list, unless another name follows a separator: "in X (12) and Y (13)".
        if (/^[0-9\u2013\-, ]+$/.test(v.t.slice(end + 2, close))) {
          const sep = /^(?:, and |, or |, | and | or )/.exec(v.t.slice(close + 1, close + 7));
          let after = lastAtom + 1;
          while (after < v.n && v.s(after) <= close) after++;
          if (sep) after += sep[0].trim().replace(',', '').length ? 1 : 0;
          if (!sep || after >= v.n || v.s(after) !== close + 1 + sep[0].length || !nameAt(v, after, mode, isKnown)) break;
        }
        // CLL13 (GAIA): a second name of the same trial.
        const inner = lastAtom + 1 < v.n && v.s(lastAtom + 1) === end + 2 ? nameAt(v, lastAtom + 1, mode, isKnown) : undefined;
        if (inner && v.e(inner.last) === close) names.push(inner);
        end = close + 1;
        while (lastAtom + 1 < v.n && v.s(lastAtom + 1) < end) lastAtom++;
      }
    }
    ends.push(names.length);
    const rest = v.t.slice(end, end + 6);
    const sep = /^(?:, and |, or |, | and | or )/.exec(rest);
    if (!sep) break;
    const next = lastAtom + 1 + (sep[0].trim().replace(',', '').length ? 1 : 0);
    if (next >= v.n || v.s(next) !== end + sep[0].length) break;
    j = next;
  }
  return names.length ? { names, end, lastAtom, ends } : undefined;
}

/** True when a name ends in a number after a space or a hyphen: SPIRIT 1, EXIST-3 (not FEV1, IL-6: no series). */
function numbered(v: View, nm: TrialName): boolean {
  return nm.last > nm.first && /^[0-9]{1,3}$/.test(v.word(nm.last)) && /^[A-Z]{4,}$/.test(v.word(nm.first));
}

/** The bounds of the sentence around position p (up to 400 characters either side). */
function sentenceAround(t: string, p: number): [number, number] {
  let a = p;
  const lo = Math.max(0, p - 400);
  while (a > lo && !(t.charCodeAt(a - 1) === 32 && (t.charCodeAt(a - 2) === 46 || t.charCodeAt(a - 2) === 63))) a--;
  let b = p;
  const hi = Math.min(t.length, p + 400);
  while (b < hi && !(t.charCodeAt(b) === 46 && (b + 1 >= t.length || t.charCodeAt(b + 1) === 32))) b++;
  return [a, b + 1];
}

/** True when the text after a list (at `end`) closes a trial slot: punctuation, a parenthesis or a joining word. */
function closesSlot(v: View, end: number, lastAtom: number): boolean {
  if (end >= v.t.length) return true;
  const c = v.t.charCodeAt(end);
  if (c === 44 || c === 46 || c === 59 || c === 58 || c === 41 || c === 93) return true;
  if (c !== 32) return false;
  const d = v.t.charCodeAt(end + 1);
  if (d === 40 || d === 91) return true;
  return lastAtom + 1 < v.n && v.s(lastAtom + 1) === end + 1 && FOLLOWERS.has(v.word(lastAtom + 1));
}

/**
 * Trial names the prose uses as trials (a slot, a subject, a cue after a list; see the module comment), collected
 * by key. One collector serves many spans: it keeps no state between calls but its buffers.
 */
export class TrialNameCollector {
  private readonly v = new View('', new Int32Array(0), 0);
  private from = -1;
  private to = -1;
  private treatment = false;
  /** Without a cue, a gene's alias is no trial name either (TACI, GLOW). */
  private readonly slotKnown = (key: string, raw?: string): boolean => this.isIndexKey(key) || this.isKnown(key, raw);
  /**
   * In a trial slot or as a subject, a word of capitals only that the ontology knows only as a gene's alias (SHARP,
   * NEMO, GLOW, HYPERION) may be a trial's name; `aliasTrap` then rules out a gene in apposition ("in TACI, the
   * receptor of BAFF").
   */
  private readonly slotAliasKnown = (key: string, raw?: string): boolean => this.slotKnown(key, raw) && !this.aliasWord(key, raw);
  /** A word of four or more capitals (no digits) that the ontology knows only as an alias (see `slotAliasKnown`). */
  private aliasWord(key: string, raw?: string): boolean {
    return raw !== undefined && ALIAS_WORD_RE.test(raw) && this.isIndexKey(key) && !this.isKnown(key, raw);
  }

  /**
   * `isKnown`: a key (with the text as written) is an ontology entry other than a trial (aliases aside);
   * `isDrugWord`: a word has an INN stem; `isIndexKey`: a word is in the ontology at all; `isEnglish`: a lower-case
   * word is an English word (see `View.english`); `isDrugName`: a word names a drug in the ontology (a sentence with
   * one is about treatment).
   */
  constructor(
    private readonly isKnown: (key: string, raw?: string) => boolean,
    private readonly isDrugWord: (word: string) => boolean,
    private readonly isIndexKey: (word: string) => boolean,
    isEnglish?: (lower: string) => boolean,
    private readonly isDrugName?: (word: string) => boolean,
    private readonly isTerm?: (word: string) => boolean,
  ) {
    this.v.english = isEnglish;
  }

  /**
   * Adds to `into` the keys of the trial names the span `t` (split into `n` atoms) uses as trials, and of those
   * with a cue of their own (`trialCandidate`, trials.ts: DAPA-HF, the PINETREE trial), in one pass.
   */
  collect(t: string, atoms: Atoms, n: number, into: Set<string>, column = false): void {
    const v = this.v.reset(t, atoms, n);
    this.from = this.to = -1;
    if (column) this.columnNames(v, into);
    /** Atoms before this one have been tried by `trialCandidate`. */
    let tried = 0;
    const certain = (upTo: number) => {
      for (; tried <= upTo; tried++) {
        const c = t.charCodeAt(atoms[2 * tried]!);
        if (c < 65 || c > 90) continue;
        const cand = trialCandidate(t, atoms, n, tried, this.isKnown, this.isIndexKey);
        if (cand?.certain && !codeAfterDrug(t, atoms, tried, cand.last, this.isDrugWord)) into.add(this.withTerm(tried, cand.last) + cand.key);
      }
    };
    if (t.includes('(')) this.termDefinitions(into);
    // (Most spans name no study by its title: no capitalised cue word, no scan.)
    const titles = t.includes(' Stud') || t.includes(' Trial');
    if (titles || t.includes(' trial') || t.includes(' study')) this.acronymTitles(into);
    for (let i = 0; i < n; i++) {
      const s = atoms[2 * i]!;
      const e = atoms[2 * i + 1]!;
      const c = t.charCodeAt(s);
      // Most words are lower-case and no preposition of a slot (in, after, since).
      if (c >= 97 && c !== 105 && c !== 97 && c !== 115 && c !== 116 && c !== 119) continue;
      if (c <= 90 && c >= 65) {
        if (tried <= i) {
          // (Inline for the common case: one pass over the atoms.)
          const cand = trialCandidate(t, atoms, n, i, this.isKnown, this.isIndexKey);
          if (cand?.certain && !codeAfterDrug(t, atoms, i, cand.last, this.isDrugWord)) into.add(this.withTerm(i, cand.last) + cand.key);
          tried = i + 1;
        }
      }
      if (titles && c <= 90 && c >= 65 && !(i > 0 && (v.gap(i - 1, '-') || (v.gap(i - 1, ' ') && titleWordEnd(v, i - 1) === i - 1 && !TITLE_STARTS.has(v.word(i - 1)))))) {
        // "the United Kingdom Infantile Spasms Study (UKISS)": a study's title, and the acronym it defines.
        const last = titleAt(v, i);
        if (last > i) {
          this.addTitle(i, last, into);
          i = last;
          continue;
        }
      }
      if (c <= 90 && mayStart(t, s, e)) {
        // A cue after a list (with modifiers between), a phase before it, or a registry number after it.
        const cued = listAt(v, i, 'cued', this.isKnown);
        const cue = cued ? cuedList(v, i, cued.end, cued.lastAtom) : -1;
        // With words between the names and the cue, a gene's alias is no trial name ("low HER2 expression in studies").
        const names = cue > 0 ? listAt(v, i, 'cued', this.slotKnown)?.names : cued?.names;
        if (cue >= 0 && names?.length === cued!.names.length) {
          for (const nm of names) addName(v, nm, into);
          certain((i = cued!.lastAtom));
          continue;
        }
        // "evacetrapib (ACCELERATE)": a name alone in parentheses after a drug (a code there is the drug's own).
        if (cued && cued.names.length === 1 && t.charCodeAt(cued.end) === 41 && this.afterDrug(i)) {
          const nm = nameAt(v, i, 'slot', this.slotKnown);
          if (nm && nm.last === cued.lastAtom && !/[0-9]/.test(t.slice(s, v.e(nm.last)))) {
            addName(v, nm, into);
            continue;
          }
        }
        // A subject: "FREEDOMS and TRANSFORMS established …", "…, and REACH confirmed …".
        const subj = cued && verbAfter(v, i, cued.lastAtom, cued.end) ? listAt(v, i, 'slot', this.slotAliasKnown) : undefined;
        if (subj && verbAfter(v, i, subj.lastAtom, subj.end) && this.plain(subj.names) && this.aboutTreatment(v.s(i))) {
          for (const nm of subj.names) addName(v, nm, into);
          certain((i = subj.lastAtom));
          continue;
        }
      }
      if (e - s === 3 && c === 116 && v.gap(i, ' ') && v.word(i) === 'the') {
        // "the Tsepamo surveillance study", "the Marigold trial": a proper name before a cue word.
        const nm = this.namedStudy(i + 1);
        if (nm) {
          addName(v, nm, into);
          into.add(LOOSE);
          continue;
        }
      }
      if (e - s === 4 && c === 115 && v.gap(i, ' ') && v.word(i) === 'such' && v.word(i + 1) === 'as' && v.gap(i + 1, ' ') && cueInClause(v, i)) {
        // "prevention studies in carriers, such as AHEAD 3-45 with lecanemab, …": examples of a cue word.
        let j = i + 2;
        if (v.word(j) === 'the' && v.gap(j, ' ')) j++;
        const list = j < n && mayStart(t, v.s(j), v.e(j)) ? listAt(v, j, 'cued', this.slotKnown) : undefined;
        if (list && this.plain(list.names) && this.aboutTreatment(v.s(j))) {
          for (const nm of list.names) addName(v, nm, into);
          certain((i = list.lastAtom));
        }
        continue;
      }
      if (!(isPreposition(t, s, e) || cueBefore(v, i) || (e - s === 9 && c === 105 && v.word(i) === 'including')) || !v.gap(i, ' ')) continue;
      let j = i + 1;
      if (v.e(j) - v.s(j) === 3 && v.word(j) === 'the' && v.gap(j, ' ')) j++;
      if (j >= n || !mayStart(t, v.s(j), v.e(j))) continue;
      let list = listAt(v, j, 'slot', this.slotAliasKnown);
      // "in STIM, EURO-SKI and DESTINY": a list with a name that is surely a trial (EURO-SKI) takes looser siblings.
      const wide = listAt(v, j, 'cued', this.slotKnown);
      if (wide && wide.names.length > 1 && wide.names.length > (list?.names.length ?? 0) && wide.names.some((nm) => this.sure(nm))) list = wide;
      // After a measure word only numbered names: "bone loss in SPIRIT 1 and SPIRIT 2" (not "decline in EASI").
      if (!list || (MEASURE_BEFORE.has(v.word(i - 1).toLowerCase()) && !list.names.every((nm) => numbered(v, nm))) || !this.plain(list.names) || !this.aboutTreatment(v.s(j))) continue;
      if (this.aliasTrap(list.names, list.end)) continue;
      // "in SKYLINE 102 and SKYLINE 103, and RIDGELINE extended …": the names before a separator are in the slot.
      const next = v.word(list.lastAtom + 1);
      const whole = closesSlot(v, list.end, list.lastAtom) || TRIAL_VERBS.has(next) || CLAUSE_VERBS.has(next);
      const count = whole ? list.names.length : (list.ends[list.ends.length - 2] ?? 0);
      for (let k = 0; k < count; k++) addName(v, list.names[k]!, into);
      if (whole) certain((i = list.lastAtom));
    }
  }

  /**
   * Names listed in a table cell of a column headed by trials (see `TrialColumns`): "EMERGE, ENGAGE", "GRADUATE I,
   * GRADUATE II", "Clarity AD (NCT03887455)", "LINC 3; LINC 4", "A4", "B2305". An item runs over atoms joined by a
   * space or a hyphen up to a comma, semicolon, parenthesis or joining word; it is a name when every word starts with
   * a capital or a digit, it has two capitals or a capital and a digit, and it is not a registry number or a word of
   * `NOT_NAMES` ("Phase 3").
   */
  private columnNames(v: View, into: Set<string>): void {
    const t = v.t;
    let depth = 0;
    let first = -1;
    for (let k = 0; k < v.n; k++) {
      const gap = k > 0 ? t.slice(v.e(k - 1), v.s(k)) : '';
      for (let p = 0; p < gap.length; p++) depth += gap[p] === '(' ? 1 : gap[p] === ')' ? -1 : 0;
      if (depth < 0) depth = 0;
      const w = v.word(k);
      const joins = (gap === ' ' || gap === '-') && !ITEM_JOINS.has(w);
      if (first >= 0 && !(joins && k - first < 4 && depth === 0)) {
        this.columnItem(v, first, k - 1, into);
        first = -1;
      }
      if (first < 0 && depth === 0 && !ITEM_JOINS.has(w) && (k === 0 || !joins)) first = k;
    }
    if (first >= 0 && depth === 0) this.columnItem(v, first, v.n - 1, into);
  }

  /** Adds atoms first..last of a trials column as a name when they have a name's shape (see `columnNames`). */
  private columnItem(v: View, first: number, last: number, into: Set<string>): void {
    const t = v.t;
    // The item must end the cell or stand before a separator: not "EMERGE was stopped early".
    const after = t.slice(v.e(last), v.e(last) + 5);
    if (after && !/^(?:[,;)]|\s*\(| and | or |\s*$)/.test(after)) return;
    let caps = 0;
    let digits = 0;
    for (let k = first; k <= last; k++) {
      const c = t.charCodeAt(v.s(k));
      if (!isUpper(c) && !isDigit(c) && !(k === first && lowerCamel(t, v.s(k), v.e(k)))) return;
      for (let p = v.s(k); p < v.e(k); p++) {
        const d = t.charCodeAt(p);
        if (isUpper(d)) caps++;
        else if (isDigit(d)) digits++;
      }
    }
    const w = v.word(first);
    if (caps < 2 && !(caps === 1 && digits > 0)) return;
    if (NOT_NAMES.has(w) || (first === last && /^NCT[0-9]{8}$/.test(w))) return;
    if (v.e(last) - v.s(first) > 40) return;
    const key = keyOf(v, first, last);
    // "| PlGF | …" in a column headed "marker or trial": a name in mixed case that the ontology knows is that entity.
    if (/[a-z]/.test(t.slice(v.s(first), v.e(last))) && this.isIndexKey(key)) return;
    addName(v, { first, last, key }, into);
    into.add(LOOSE);
  }

  /**
   * The mark for a hyphenated name over atoms first..last that is no trial, or '': `NOT_TRIAL` when it is coordinated
   * with a word of capitals that the ontology lists as a term (a scale, test or disease abbreviation: "on the MMSE and
   * ADAS-Cog" names two scales); `NOT_TRIAL_HERE` when a head noun of a thing follows it or a verb of attainment
   * precedes it (see below).
   */
  private withTerm(first: number, last: number): string {
    const v = this.v;
    if (last === first) return '';
    const join = (k: number) => (v.word(k) === 'and' || v.word(k) === 'or') && v.gap(k - 1, ' ') && v.gap(k, ' ');
    // "achieved EASI-75", "it improved EASI-75 and itch": the object of a verb of attainment is an outcome measure.
    if (first >= 1 && v.gap(first - 1, ' ') && OUTCOME_VERBS.has(v.word(first - 1))) return NOT_TRIAL_HERE;
    // "MOLM-13 and MV4-11 cells", "the HUDEP-2 line", "MALDI-TOF mass spectrometry": a modifier of a thing.
    let k = last + 1;
    if (k + 1 < v.n && join(k) && isUpper(v.t.charCodeAt(v.s(k + 1)))) {
      // Past "and" and a second name.
      k++;
      while (k + 1 < v.n && v.gap(k, '-')) k++;
      k++;
    }
    if (k < v.n && v.gap(k - 1, ' ')) {
      if (THING_HEADS.has(v.word(k))) return NOT_TRIAL_HERE;
      if (k + 1 < v.n && v.gap(k, ' ') && /^[a-z]+$/.test(v.word(k)) && THING_HEADS.has(v.word(k + 1))) return NOT_TRIAL_HERE;
    }
    if (!this.isTerm) return '';
    const term = (k: number) => k >= 0 && k < v.n && /^[A-Z][A-Z0-9]{2,9}$/.test(v.word(k)) && this.isTerm!(v.word(k));
    return (first >= 2 && join(first - 1) && term(first - 2)) || (last + 2 < v.n && join(last + 1) && term(last + 2)) ? NOT_TRIAL : '';
  }

  /**
   * Marks the abbreviations that the span defines by a lower-case long form ("amyloid-related imaging abnormalities
   * (ARIA)"): a term, not a proper name, so its variants with a one-letter suffix (ARIA-E, ARIA-H) are no trials
   * (see `notATrial`). Long forms of trials are proper names (capitalised) or say "trial" or "study".
   */
  private termDefinitions(into: Set<string>): void {
    const t = this.v.t;
    TERM_PAREN_RE.lastIndex = 0;
    for (let m = TERM_PAREN_RE.exec(t); m; m = TERM_PAREN_RE.exec(t)) {
      let from = Math.max(0, m.index - 120);
      for (let q = m.index - 1; q >= from; q--) {
        if (endsClause(t.charCodeAt(q))) {
          from = q + 1;
          break;
        }
      }
      const abbr = m[1]!;
      const long = longFormBefore(abbr, t, from, m.index);
      // "ABO-incompatible (ABOi)": a symbol and a lower-case adjective in one hyphenated word make a term.
      const hyphenedAdjective = long !== undefined && HYPHENED_ADJECTIVE_RE.test(long);
      if (!long || (!long.includes(' ') && !hyphenedAdjective) || /\b(?:[Tt]rials?|[Ss]tud(?:y|ies))\b/.test(long)) continue;
      const hyphen = abbr.indexOf('-');
      // "adult-onset Still's disease (AOSD)": an eponym's possessive leaves a term a term.
      // (A sentence may open with the term: only its first letter may be a capital.)
      // "Dementia with Lewy bodies (DLB)": one capitalised word (an eponym) among lower-case words is a term too; a
      // trial's title capitalises its words.
      const term = /^[A-Za-z]/.test(long) && (!/[A-Z][a-z]/.test(long.slice(1).replace(EPONYM_POSSESSIVE_RE, '')) || (oneEponymAmongLowerWords(long) && !this.namesTreatment(long)));
      // "Coffin–Siris syndrome (CSS)", "myeloid leukaemia of Down syndrome (ML-DS)": a disease named after people or
      // places keeps their capitals, and its head noun in lower case still makes it a term; a trial's long form is
      // written in title case ("Acute Coronary Syndrome") or names a treatment.
      const disease = !term && DISEASE_HEAD_RE.test(long) && !this.namesTreatment(long);
      if (hyphen < 0) {
        // (An abbreviation with lower-case letters only for a disease: IgA nephropathy (IgAN).)
        if ((term && (!/[a-z]/.test(abbr) || DISEASE_TERM_END_RE.test(long) || hyphenedAdjective)) || (disease && !/[a-z]/.test(abbr))) into.add(TERM_HEAD + abbr);
      } else if (long.startsWith(abbr.slice(0, hyphen) + ' ') || MEASURE_RE.test(long) || (term && !this.namesTreatment(long)) || disease) {
        // "ARIA with oedema (ARIA-E)", "ALS Functional Rating Scale–Revised (ALSFRS-R)": a variant of a term, a scale;
        // "retinal vasculopathy with cerebral leukoencephalopathy and systemic manifestations (RVCL-S)": a term.
        into.add(NOT_TRIAL + abbr.split('-').map(atomKey).join(''));
      }
    }
  }

  /**
   * Whether a long form reads as a treatment's trial ("dapagliflozin in heart failure (DAPA-HF)"): a drug's word in it,
   * or a word that sets a treatment against a condition or another (in, for, versus).
   */
  private namesTreatment(long: string): boolean {
    return TREATMENT_JOIN_RE.test(long) || long.split(/[\s/–-]+/).some((w) => w.length > 4 && this.isDrugWord(w));
  }

  /**
   * A study's proper name at atom i after "the": one capitalised word (Tsepamo, Piranga, Marigold) and up to two
   * lower-case modifiers before a cue word ("surveillance study", "platform trial", "registry"); not a word of
   * nationality or place (Dutch, Swedish, Korean, Nordic: by their endings), not a word the ontology knows (a brand).
   */
  private namedStudy(i: number): TrialName | undefined {
    const v = this.v;
    if (i >= v.n || v.e(i) - v.s(i) < 4 || v.e(i) - v.s(i) > 15 || !isUpper(v.t.charCodeAt(v.s(i)))) return undefined;
    const w = v.word(i);
    if (!/^[A-Z][a-z]+$/.test(w) || NATIONALITY_RE.test(w) || NOT_NAMES.has(w) || this.isIndexKey(atomKey(w)) || this.isDrugWord(w)) return undefined;
    let k = i;
    for (let words = 0; words < 3; words++) {
      if (!v.gap(k, ' ')) return undefined;
      const next = v.word(++k);
      if (STUDY_CUES.has(next)) return { first: i, last: i, key: keyOf(v, i, i) };
      if (!/^[a-z]{3,}$/.test(next) || FUNCTION_WORDS.has(next)) return undefined;
      while (v.gap(k, '-') && /^[a-z]+$/.test(v.word(k + 1))) k++;
    }
    return undefined;
  }

  /**
   * Acronyms that a draft spells out by a study's title and a cue word, in either order: "the Premature Infants in
   * Need of Transfusion (PINT) study", "TOP, the Transfusion of Prematures trial". The title's capitalised words
   * (and perhaps its joining words) give the acronym's letters in order; both the acronym and the title are trials.
   */
  private acronymTitles(into: Set<string>): void {
    const v = this.v;
    for (let i = 0; i < v.n; i++) {
      // (A capital first and 2–12 characters, looked at before the word is cut out: most atoms are no acronym.)
      const c = v.t.charCodeAt(v.s(i));
      const len = v.e(i) - v.s(i);
      if (c < 65 || c > 90 || len < 2 || len > 12) continue;
      const w = v.word(i);
      if (!TITLE_ACRONYM_WORD_RE.test(w)) continue;
      if (v.gap(i, ') ') && v.t.charCodeAt(v.s(i) - 1) === 40 && STUDY_CUE_WORDS.has(v.word(i + 1)) && i > 0 && v.gap(i - 1, ' (')) {
        // The title before the parenthesis: the longest run of title words whose initials spell the acronym.
        const words: number[] = [];
        for (let k = i - 1; k >= 0 && words.length < 12; ) {
          let first = k;
          while (first > 0 && v.gap(first - 1, '-')) first--;
          const word = v.word(first);
          if (!(TITLE_JOINS.has(word) || titleWordEnd(v, first) === k)) break;
          words.unshift(first);
          if (first === 0 || !v.gap(first - 1, ' ')) break;
          k = first - 1;
        }
        for (let a = 0; a < words.length; a++) {
          const start = words[a]!;
          if (TITLE_JOINS.has(v.word(start)) || TITLE_STARTS.has(v.word(start))) continue;
          if (initialsSpell(w, words.slice(a).map((k) => v.word(k)))) {
            this.addTitle(start, i - 1, into);
            break;
          }
        }
      } else if (v.gap(i, ', ') && v.word(i + 1) === 'the' && v.gap(i + 1, ' ')) {
        // The title after ", the", up to the cue word.
        const title = titleRun(v, i + 2).find((nm) => v.gap(nm.last, ' ') && STUDY_CUE_WORDS.has(v.word(nm.last + 1)));
        if (title && initialsSpell(w, v.t.slice(v.s(title.first), v.e(title.last)).split(' '))) {
          this.addTitle(title.first, title.last, into);
          addName(v, { first: i, last: i, key: keyOf(v, i, i) }, into);
        }
      }
    }
  }

  /** Adds the title of a study at atoms i..last (see `titleAt`) and an acronym defined right after it. */
  private addTitle(i: number, last: number, into: Set<string>): void {
    const v = this.v;
    into.add(keyOf(v, i, last));
    into.add(TITLE_MARK + v.word(i));
    into.add(TITLE_ANY);
    into.add(ANY_NAME);
    const acronym = TITLE_ACRONYM_RE.exec(v.t.slice(v.e(last), v.e(last) + 24));
    if (acronym && /[A-Z0-9]/.test(acronym[1]!.slice(1)) && v.word(last + 1) === acronym[1]) addName(v, { first: last + 1, last: last + 1, key: keyOf(v, last + 1, last + 1) }, into);
  }

  /** True when a name is a trial by its shape alone (a hyphenated suffix: EURO-SKI; see `trialCandidate`). */
  private sure(nm: TrialName): boolean {
    const v = this.v;
    if (nm.last === nm.first) return false;
    const cand = trialCandidate(v.t, v.atoms, v.n, nm.first, this.isKnown, this.isIndexKey);
    return cand !== undefined && cand.certain && cand.last === nm.last;
  }

  /** True when a list with a gene's alias among its names is followed by an apposition ("in NEMO, the IKK regulator"). */
  private aliasTrap(names: readonly TrialName[], end: number): boolean {
    if (!APPOSITION_RE.test(this.v.t.slice(end, end + 16))) return false;
    return names.some((nm) => {
      const w = this.v.word(nm.first);
      return this.aliasWord(atomKey(w), w);
    });
  }

  /** True when atom i follows "(" right after a drug named by its INN stem. */
  private afterDrug(i: number): boolean {
    const v = this.v;
    const s = v.s(i);
    return i >= 1 && s >= 2 && v.t.charCodeAt(s - 1) === 40 && v.t.charCodeAt(s - 2) === 32 && v.e(i - 1) === s - 2 && this.isDrugWord(v.word(i - 1));
  }

  /** True when no name of a list stands in a run of shouted words. */
  private plain(names: readonly TrialName[]): boolean {
    for (const nm of names) if (inShoutedRun(this.v.t, this.v.atoms, this.v.n, nm.first, nm.last, this.isIndexKey)) return false;
    return true;
  }

  /** True when the sentence around position p is about treatment (memoised for the sentence). */
  private aboutTreatment(p: number): boolean {
    if (p < this.from || p >= this.to) {
      const t = this.v.t;
      [this.from, this.to] = sentenceAround(t, p);
      const s = t.slice(this.from, this.to);
      this.treatment = TREATMENT_RE.test(s) || s.split(/[^A-Za-z]+/).some((w) => w.length >= 6 && (this.isDrugWord(w) || this.isDrugName?.(w) === true));
    }
    return this.treatment;
  }
}

/**
 * Whether a list from atom i to `end` has a trial cue: a cue word after it (up to three modifiers between), a phase
 * before it, an NCT number after it. -1: no cue; else the number of modifier words between the list and its cue.
 */
function cuedList(v: View, i: number, end: number, lastAtom: number): number {
  const t = v.t;
  if (t.startsWith(' (NCT', end) && /^ \(NCT[0-9]{8}/.test(t.slice(end, end + 14))) return 0;
  // phase 3 X, phase 2b X, phase III X
  if (i >= 2 && v.e(i - 2) - v.s(i - 2) === 5 && v.gap(i - 1, ' ') && v.word(i - 2).toLowerCase() === 'phase' && /^(?:[1-4][ab]?|I{1,3}|IV)$/.test(v.word(i - 1))) return 0;
  if (t.charCodeAt(end) !== 32) return -1;
  let k = lastAtom + 1;
  for (let m = 0; m < 4 && k < v.n; m++, k++) {
    if (v.s(k) !== v.e(k - 1) + 1 || t.charCodeAt(v.e(k - 1)) !== 32) {
      // "phase 2/3" joins with a slash: allowed inside the modifiers.
      if (!(m > 0 && t.charCodeAt(v.e(k - 1)) === 47 && v.s(k) === v.e(k - 1) + 1)) return -1;
    }
    const w = v.word(k);
    if (CUES.has(w)) return m;
    if (!/^(?:[a-z][a-z-]*|[1-4][ab]?|I{1,3}|IV)$/.test(w) || FUNCTION_WORDS.has(w)) return -1;
    // Hyphenated modifiers (placebo-controlled, non-inferiority) are one word.
    while (k + 1 < v.n && v.gap(k, '-') && /^[a-z]+$/.test(v.word(k + 1))) k++;
  }
  return -1;
}

/**
 * True when the name over atoms first..last stands in a run of shouted words (an upper-case word next to it that is
 * no ontology key): "THE SOFTWARE IS PROVIDED". A comma, semicolon or parenthesis between breaks the run: "in AFFIRM,
 * PREVAIL and PROSPER" is a list of names.
 */
export function inShoutedRun(t: string, atoms: Atoms, n: number, first: number, last: number, isIndexKey: (w: string) => boolean): boolean {
  const shouted = (k: number) => {
    if (k < 0 || k >= n) return false;
    const w = t.slice(atoms[2 * k]!, atoms[2 * k + 1]!);
    // (A phase's Roman numeral is not shouted: "the phase III MONARCH trial".)
    return w.length >= 2 && /^[A-Z]+$/.test(w) && !ROMAN.has(w) && !isIndexKey(w);
  };
  // A name with lower-case letters is not shouted: "the UK TOPaZ trial".
  for (let p = atoms[2 * first]!, end = atoms[2 * last + 1]!; p < end; p++) {
    const c = t.charCodeAt(p);
    if (c >= 97 && c <= 122) return false;
  }
  const before = first > 0 && !/[,;()]/.test(t.slice(atoms[2 * first - 1]!, atoms[2 * first]!));
  const after = last + 1 < n && !/[,;()]/.test(t.slice(atoms[2 * last + 1]!, atoms[2 * last + 2]!));
  return (before && shouted(first - 1)) || (after && shouted(last + 1));
}

/** A development code: a few capitals, a hyphen, digits (MEDI-563, LOXO-305). */
const CODE_RE = /^[A-Z]{2,5}-[0-9]{2,7}[A-Za-z]?$/;

/**
 * True when atoms first..last are a development code in parentheses right after a drug named by its INN stem:
 * "benralizumab (MEDI-563, Fasenra)", "elsunersen (PRAX-222)". Such a code names the drug (drug-aliases.ts), not a
 * trial, although it has a trial's hyphenated shape.
 */
export function codeAfterDrug(t: string, atoms: Atoms, first: number, last: number, isDrugWord: (word: string) => boolean): boolean {
  const s = atoms[2 * first]!;
  if (first < 1 || s < 2 || t.charCodeAt(s - 1) !== 40 || t.charCodeAt(s - 2) !== 32) return false;
  if (!CODE_RE.test(t.slice(s, atoms[2 * last + 1]!))) return false;
  if (atoms[2 * first - 1]! !== s - 2) return false;
  return isDrugWord(t.slice(atoms[2 * first - 2]!, atoms[2 * first - 1]!));
}
