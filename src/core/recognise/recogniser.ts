/**
 * Entity recognition over a parsed draft's prose: longest match of normalised keys (see keys.ts),
 * the miRNA grammar, NCT numbers, INN stems for drugs, a stoplist and non-entity classes that
 * produce no mention, and context rules for the ambiguous abbreviations.
 *
 * Coordinated forms (`ERK1/2`, `CDK4/6`) give one mention per entity, each with the span of the
 * whole coordinated text.
 */
import type { OntologyModel } from '../ontology/bundle';
import type { ParsedDocument } from '../parse/document';
import { memoizeString } from '../memo';
import { type CancellationToken, type Span, throwIfCancelled } from '../types';
import { CELL_WORDS, DISEASE_HEAD_WORDS, FEATURE_WORDS, FOREIGN_WORDS, LETTERED_DOMAIN_WORDS, IMAGING_WORDS, TYPING_WORDS, NEIGHBOUR_WORD_LENGTHS, REGIMEN_WORDS, REPEAT_WORDS, STRAIN_WORDS, VIRUS_WORDS, decideByContext, hasContextRule, lacksOwnContext, otherReadingNear } from './context';
import { isNameInitialism } from './initialism';
import { type Decoded, decodeSpan, sourceEnd, sourceStart } from './decode';
import { type Atoms, atomKey, atomText, atomsOf, codeAt, gapHasSpace, gluesToPrevious, isAlnumAt, isAsciiAlnumCode, isAsciiLetterCode, isGreekWord, hyphenJoined, keyOf } from './keys';
import { type Lexicon, NAME_WORD_MIN_LENGTH, bundledLexicon, drugStem } from './lexicon';
import { type IndexEntry, type LookupIndex, lookupIndexFor } from './lookup-index';
import { MirnaIndex } from './mirna';
import { AtomMemo } from './atom-memo';
import { addParentheticalDrugAliases } from './drug-aliases';
import { SALT_WORDS } from './salts';
import { addRowAliases, drugRowName } from './drug-table';
import { type CueKind, CUE_NONE, NOT_DRUG_SHAPE, addCuedDrugs, cueKind } from './drug-cues';
import { ampkSubunits } from './ampk-subunits';
import { NICOTINIC_DRAFT_KEY, pentamerSubunits, pentamersNamed } from './pentamer-subunits';
import { sodiumPumpSubunits } from './sodium-pump-subunits';
import { keratinCodes } from './keratin-codes';
import { integrinPairs, integrinSubunits, type IntegrinPair } from './integrins';
import { type FactorItem, type FactorMention, coagulationFactors } from './coagulation';
import { romanValue } from './roman-numerals';
import { receptorCodes } from './receptor-codes';
import { type ReceptorLookup, coordinateReceptorCodes } from './receptor-coordination';
import { dropMicrobialGenes } from './microbial-context';
import { dropAliasEchoes } from './alias-echoes';
import { mentionsOverlapping } from './mention-range';
import { genericHeadStart, isFamilyClassNoun } from './family-head';
import { dropClassNounsBeforeMembers, dropFamilyCompoundModifiers, dropSubunitLabelsBeforeSymbols } from './class-noun-apposition';
import { dropKaryotypeBands } from './karyotype-bands';
import { type Defined, collectDefinitions, mergeDefined, mergeLink } from './abbreviations';
import { metaboliteAbbreviations } from './metabolite-abbreviations';
import { GIVEN_DRUG_KEY_PREFIX, endogenousBrandFinder } from './endogenous-drugs';
import { followedByGuidelineWord, followedByYear, headsCitedRomanNumberedName, headsNumberedOrMeasureName, inAcronymList, isStageCode, namesScoringThreshold, numberedRange } from './name-parts';
import { namedIds, resolveByDocument, resolvedByNames } from './document-context';
import { formerNames } from './former-names';
import { geneReadingAround } from './gene-reading-cues';
import { MOUSE_GENETICS_KEY_PREFIX, MOUSE_WORD_KEY_PREFIX, mouseSymbolWords } from './mouse-symbols';
import { type FusionCandidates, type GeneToken, collectFusionCandidates, followedByInteractionWord, fusionPairs, newFusionCandidates, pairKey } from './fusions';
import { derivedIsoformRef, entityRef, fragmentIsoformRef, phosphoIsoformRef, solubleIsoformRef, stemDrugRef, trialRef } from './refs';
import { type CollagenChain, collagenChains } from './collagen-chains';
import { type ProtonPumpMention, gastricProtonPumps } from './gastric-proton-pump';
import { collectRegimens } from './regimens';
import { TableColumns } from './table-columns';
import { type CodeColumn, codeColumnKind, dropColumnCodes } from './code-columns';
import { INHERITANCE_CODES, inheritanceCodes, inheritanceKey } from './inheritance-codes';
import { isSponsorCode, trialCandidate, upperCount } from './trials';
import { type TrialName, TrialNameCollector, codeAfterDrug, inShoutedRun, inTrialColumn, lowerCamel, notATrial, trialNameKeys, trialSeriesAfter } from './trial-names';
import type { Candidate, EntityRef, MatchKind, Mention } from './types';

/** Finds entity mentions in a parsed document. */
export interface Recogniser {
  /** Mentions in the document's prose, sorted by span start. */
  recognise(doc: ParsedDocument, token?: CancellationToken): Mention[];
  /** True when a word is in the ontology (entity, stop term or non-entity class) or is an English word it knows. */
  isKnownWord(word: string): boolean;
  /** Mentions in one plain-text range of `text` (no Markdown parsing); for tests and benchmarks. */
  recogniseText(text: string, span?: Span, token?: CancellationToken): Mention[];
  /**
   * Recognition of one part of a document (a chunk: its text and sorted prose spans), in steps so that parts can
   * be kept between analyses: `prepare` reads the part's document-wide facts (trial names with a cue, abbreviations
   * it defines, gene pairs joined as fusions may be); `recognisePrepared` finds its mentions under the whole
   * document's facts (see `combineFacts`), tells which facts they depended on (see `factsStillHold`) and which
   * entities it names unambiguously; `resolvePart` then applies the document-level disambiguation under the names of
   * all parts (see `combineNamed`, `namesStillHold`). `recognise` is the same over one part.
   */
  prepare(text: string, prose: readonly Span[], token?: CancellationToken): PreparedProse;
  recognisePrepared(prepared: PreparedProse, facts: DocumentFacts, token?: CancellationToken): PartMentions;
}

/**
 * Document-wide facts recognition depends on: trial names given with a cue, abbreviations and how the draft
 * defines them (abbreviations.ts), and the gene pairs joined in the draft with whether a fusion cue came with one
 * (fusions.ts; the fusions themselves follow from all pairs, see `fusionsOf`).
 */
export interface DocumentFacts {
  trials: ReadonlySet<string>;
  defined: ReadonlyMap<string, Defined>;
  /** Abbreviations whose long form names one entity ("calcitonin receptor-like receptor (CLR)"): entity id, or '' for two. */
  links: ReadonlyMap<string, string>;
  fusionCandidates: Readonly<FusionCandidates>;
}

/** One prose span, decoded and split, with what its table cell says of it. */
interface PreparedSpan {
  d: Decoded;
  atoms: Atoms;
  rowDrug?: string;
  codes?: CodeColumn;
}

/** One part's prose, decoded, with the facts it contributes. */
export interface PreparedProse {
  readonly facts: DocumentFacts;
  readonly text: string;
  /**
   * Each prose span decoded and split; `rowDrug`: a brand or code cell of a drug table, the drug its row names;
   * `codes`: a cell of a column of inheritance modes or locus names (code-columns.ts).
   */
  readonly spans: ReadonlyArray<PreparedSpan>;
}

/** Which facts a part's recognition looked up, with what it found: enough to tell whether its mentions still hold. */
export interface FactUses {
  /** Whether any trial name was known (undefined: not asked). */
  anyTrials?: boolean;
  /**
   * Names looked up as trials, and whether each was one, as flat pairs (`[key, found, key, found, …]`: a language
   * server keeps these for every block of an open draft, tens of thousands for 1 MB, and a pair array each cost
   * four times the memory).
   */
  trials: Array<string | boolean>;
  /** Abbreviations looked up, and what the facts said, as flat pairs. */
  defined: Array<string | Defined | undefined>;
  /** Whether any abbreviation was linked (undefined: not asked). */
  anyLinks?: boolean;
  /** Abbreviations looked up as links, and the entity id found, as flat pairs. */
  links: Array<string | undefined>;
  /** Whether any pair was a fusion (undefined: not asked). */
  anyFusions?: boolean;
  /** Pair keys looked up as fusions, and whether each was one, as flat pairs. */
  fusions: Array<string | boolean>;
}

/**
 * A part's mentions (sorted, offsets into the part's text) before document-level disambiguation, the facts they
 * depended on, and the entities they name unambiguously (resolved mentions; see `resolvePart`).
 */
export interface PartMentions {
  mentions: Mention[];
  uses: FactUses;
  named: ReadonlySet<string>;
}

/** A part's mentions after document-level disambiguation, and the entity ids it looked up in the document's names. */
export interface ResolvedPart {
  mentions: Mention[];
  uses: Array<[string, boolean]>;
}

/**
 * The document's facts from its parts' (in document order), combined as one pass over the whole document would:
 * trial names joined; a definition as a gene wins, else the strongest (see `mergeDefined`); fusion pairs joined,
 * cued if any part saw a cue.
 */
export function combineFacts(parts: readonly DocumentFacts[]): DocumentFacts {
  const trials = new Set<string>();
  const defined = new Map<string, Defined>();
  const links = new Map<string, string>();
  const fusionCandidates = newFusionCandidates();
  for (const p of parts) {
    if (p.trials.size) p.trials.forEach((t) => trials.add(t));
    if (p.defined.size) p.defined.forEach((v, k) => defined.set(k, mergeDefined(defined.get(k), v)));
    if (p.links.size) p.links.forEach((v, k) => links.set(k, v === '' ? '' : mergeLink(links.get(k), v)));
    const fc = p.fusionCandidates;
    if (fc.pairs.size) fc.pairs.forEach((cued, k) => fusionCandidates.pairs.set(k, (fusionCandidates.pairs.get(k) ?? false) || cued));
    if (fc.slashPairs.size) fc.slashPairs.forEach((k) => fusionCandidates.slashPairs.add(k));
    if (fc.genes.size) fc.genes.forEach((v, k) => fusionCandidates.genes.set(k, v));
  }
  return { trials, defined, links, fusionCandidates };
}

/** How much of a paragraph before a span definitions may read back into (a long form is at most about 120 characters). */
const DEFINITION_LOOKBACK = 160;

/** Whether `source` holds only emphasis marks (* and _) between `from` and `to`: two spans of one paragraph. */
function onlyEmphasisBetween(source: string, from: number, to: number): boolean {
  if (to <= from || to - from > 3) return false;
  for (let k = from; k < to; k++) {
    const c = source.charCodeAt(k);
    if (c !== 42 && c !== 95) return false;
  }
  return true;
}

const NO_TRIALS: ReadonlySet<string> = new Set();
const NO_DEFINED: ReadonlyMap<string, Defined> = new Map();
const NO_LINKS: ReadonlyMap<string, string> = new Map();
const NO_FUSION_CANDIDATES: Readonly<FusionCandidates> = newFusionCandidates();

/** Facts with their empty collections replaced by shared empty ones (never written to: facts are read-only). */
function compactFacts(trials: Set<string>, defined: Map<string, Defined>, links: Map<string, string>, fc: FusionCandidates): DocumentFacts {
  return {
    trials: trials.size ? trials : NO_TRIALS,
    defined: defined.size ? defined : NO_DEFINED,
    links: links.size ? links : NO_LINKS,
    fusionCandidates: fc.pairs.size || fc.slashPairs.size ? fc : NO_FUSION_CANDIDATES,
  };
}

/** The fusions of facts (computed once per facts object). */
const fusionMemo = new WeakMap<DocumentFacts, ReadonlySet<string>>();
function fusionsOf(facts: DocumentFacts): ReadonlySet<string> {
  let f = fusionMemo.get(facts);
  if (!f) fusionMemo.set(facts, (f = fusionPairs(facts.fusionCandidates as FusionCandidates)));
  return f;
}

/** True when recognition that made `uses` would find the same under `facts`. */
export function factsStillHold(uses: FactUses, facts: DocumentFacts): boolean {
  if (uses.anyTrials !== undefined && uses.anyTrials !== facts.trials.size > 0) return false;
  const { trials, defined, links } = uses;
  for (let i = 0; i < trials.length; i += 2) if (facts.trials.has(trials[i] as string) !== trials[i + 1]) return false;
  for (let i = 0; i < defined.length; i += 2) if (facts.defined.get(defined[i] as string) !== defined[i + 1]) return false;
  if (uses.anyLinks !== undefined && uses.anyLinks !== facts.links.size > 0) return false;
  for (let i = 0; i < links.length; i += 2) if (facts.links.get(links[i] as string) !== links[i + 1]) return false;
  if (uses.anyFusions !== undefined || uses.fusions.length) {
    const fusions = fusionsOf(facts);
    if (uses.anyFusions !== undefined && uses.anyFusions !== fusions.size > 0) return false;
    for (let i = 0; i < uses.fusions.length; i += 2) if (fusions.has(uses.fusions[i] as string) !== uses.fusions[i + 1]) return false;
  }
  return true;
}

/** The entities the document names unambiguously, from its parts' `named`. */
export function combineNamed(parts: ReadonlyArray<ReadonlySet<string>>): Set<string> {
  const named = new Set<string>();
  for (const p of parts) if (p.size) p.forEach((id) => named.add(id));
  return named;
}

/**
 * A part's mentions under the document's unambiguous names (`combineNamed`): the document-level disambiguation of
 * `resolveByDocument`, without changing `mentions` (changed mentions are copies; the array is `mentions` itself
 * when nothing changed).
 */
export function resolvePart(mentions: Mention[], named: ReadonlySet<string>): ResolvedPart {
  const uses: Array<[string, boolean]> = [];
  const has = (id: string) => {
    const v = named.has(id);
    uses.push([id, v]);
    return v;
  };
  let out: Mention[] | undefined;
  for (let i = 0; i < mentions.length; i++) {
    const r = resolvedByNames(mentions[i]!, has);
    if (!r) continue;
    out ??= mentions.slice();
    out[i] = r;
  }
  return { mentions: out ?? mentions, uses };
}

/** True when `resolvePart` that made `uses` would find the same under `named`. */
export function namesStillHold(uses: ReadonlyArray<[string, boolean]>, named: ReadonlySet<string>): boolean {
  for (let i = 0; i < uses.length; i++) if (named.has(uses[i]![0]) !== uses[i]![1]) return false;
  return true;
}

/** What `Scanner.scan` asks of the document's facts. */
interface FactsView {
  anyTrials(): boolean;
  isTrial(key: string): boolean;
  defined(text: string): Defined | undefined;
  anyLinks(): boolean;
  /** The entity id an abbreviation is linked to by the draft's definition ('' or undefined: none). */
  linked(text: string): string | undefined;
  anyFusions(): boolean;
  isFusion(key: string): boolean;
}

function directView(facts: DocumentFacts): FactsView {
  const fusions = fusionsOf(facts);
  return {
    anyTrials: () => facts.trials.size > 0,
    isTrial: (k) => facts.trials.has(k),
    defined: (t) => facts.defined.get(t),
    anyLinks: () => facts.links.size > 0,
    linked: (t) => facts.links.get(t),
    anyFusions: () => fusions.size > 0,
    isFusion: (k) => fusions.has(k),
  };
}

/** Appends a lookup and its answer to flat pairs, unless it repeats the last one recorded. */
function record<V>(pairs: Array<string | V>, key: string, value: V): void {
  const n = pairs.length;
  if (n > 0 && pairs[n - 2] === key) return;
  pairs.push(key, value);
}

function recordingView(facts: DocumentFacts, uses: FactUses): FactsView {
  const fusions = fusionsOf(facts);
  return {
    anyTrials: () => (uses.anyTrials = facts.trials.size > 0),
    isTrial: (k) => {
      const v = facts.trials.has(k);
      record(uses.trials, k, v);
      return v;
    },
    defined: (t) => {
      const v = facts.defined.get(t);
      record(uses.defined, t, v);
      return v;
    },
    anyLinks: () => (uses.anyLinks = facts.links.size > 0),
    linked: (t) => {
      const v = facts.links.get(t);
      record(uses.links, t, v);
      return v;
    },
    anyFusions: () => (uses.anyFusions = fusions.size > 0),
    isFusion: (k) => {
      const v = fusions.has(k);
      record(uses.fusions, k, v);
      return v;
    },
  };
}

export interface RecogniserOptions {
  /** Word lists for drug stems and English-word case rules; default: the bundled lexicon. */
  lexicon?: Lexicon;
  /** Recognise drugs by INN stem alone (default true). */
  drugStems?: boolean;
}

const NCT_RE = /^NCT[0-9]{8}$/;
const RECEPTOR_WORDS: ReadonlySet<string> = new Set(['receptor', 'receptors']);
/** Words after a lipid anchor's abbreviation (GPI-anchored, GPI anchor). */
const ANCHOR_WORDS: ReadonlySet<string> = new Set(['anchor', 'anchors', 'anchored']);
/** A gene's name that names a receptor ("luteinizing hormone/choriogonadotropin receptor"). */
const RECEPTOR_NAME_RE = /\breceptor\b/;
/** A Romance particle and a capital after a name: " de Meleda", " di Ferrara". */
const ROMANCE_PARTICLE_RE = /^ (?:de|del|della|di|du) [A-Z]/;
/** A cluster-of-differentiation marker as written: CD8, CD123, CD45RA. */
const CD_MARKER_RE = /^CD[0-9]{1,3}[a-zA-Z]{0,2}$/;
/** After a name: "and" or "or", one more token (letters, digits, hyphens), then a cell word. */
const COORDINATED_CELL_LINE_RE = /^\s+(?:and|or)\s+[A-Za-z0-9][A-Za-z0-9-]{0,15}\s+(?:cells?|cell lines?|lines?)\b/;
const DIGITS_RE = /^[0-9]{1,2}$/;
/** A key ending in a number and one letter (CDKN2A), whose siblings differ in that letter (CDKN2A/B). */
const LETTER_SUFFIX_RE = /[0-9][A-Z]$/;
const ONE_CAPITAL_RE = /^[A-Z]$/;
/** Second words of two-word INNs (antibody conjugates, pegylated and recombinant proteins). */
const INN_SECOND = new Set(['vedotin', 'mafodotin', 'deruxtecan', 'govitecan', 'emtansine', 'ozogamicin', 'tiuxetan', 'pegol', 'alfa', 'beta', 'delta', 'marboxil', 'soravtansine', 'tesirine', 'duocarmazine', 'pasudotox', 'acetonide', 'propionate', 'dipropionate', 'furoate', 'valerate', 'butyrate', 'methyl', 'ethyl', 'isopropyl', 'bunod', 'mofetil']);

/** True when `t[s, e)` is two to five ASCII capitals (an abbreviation such as PR or GR, not a symbol with digits). */
function isCapsCode(t: string, s: number, e: number): boolean {
  if (e - s < 2 || e - s > 5) return false;
  for (let k = s; k < e; k++) {
    const c = t.charCodeAt(k);
    if (c < 65 || c > 90) return false;
  }
  return true;
}

/** A drug class after a receptor code and a hyphen: "-agonist", "-antagonists", "-blocker". */
const CLASS_AFTER_CODE_RE = /^-(?:agonists?|antagonists?|blockers?)\b/;
/** WHO/IUIS allergen names: a genus of three or four letters, a species of one or two, a number ("Mal d 1", "Der p 23"). */
const ALLERGEN_GENUS_RE = /^[A-Z][a-z]{2,3}$/;
const ALLERGEN_AFTER_RE = /^ [a-z]{1,2} [0-9]{1,2}(?![0-9])/;
/** After a Greek receptor code, a drug class: "α2 agonists", "β2 antagonists". */
const GREEK_CODE_CLASS_AFTER_RE = /^[ -](?:agonists?|antagonists?|blockers?)\b/;
/**
 * "-like" or "-homology" and a domain word after a name: EGF-like domain, epidermal growth factor-like repeats,
 * pleckstrin-homology domain.
 */
const LIKE_DOMAIN_AFTER_RE = /^-(?:like|homology) (?:repeats?|domains?|motifs?|modules?|folds?)(?![A-Za-z])/;
/** Member designators after a family's name: " B and G", " 3, 7 and 9" (capitals or numbers, two or more). */
const DESIGNATOR_LIST_RE = /^ (?:[A-Z]|[1-9][0-9]?)(?:, (?:[A-Z]|[1-9][0-9]?))*,? (?:and|or) (?:[A-Z]|[1-9][0-9]?)(?![\p{L}\p{N}])/u;
/** A residue range in parentheses right after a name: "(1-84)", "(1–34)". */
const RESIDUE_RANGE_RE = /^\(([0-9]{1,4})[-–]([0-9]{1,4})\)/;
/** An HLA class I serotype after "HLA": "-A29", "-B51", "-Cw6" (the locus letter, then its number). */
const HLA_SEROTYPE_RE = /^-([ABC])w?[0-9]{1,2}(?![0-9A-Za-z*:])/;
/** An HLA class II serotype after "HLA": "-DR4", "-DR15", "-DR53", "-DQ2", "-DQ8", "-DQ2.5" (its locus and number). */
const HLA_CLASS_II_SEROTYPE_RE = /^-(DR|DQ)([0-9]{1,2})(?:\.[0-9])?(?![0-9A-Za-z*:]|\.[0-9])/;
/** "HLA-DR" with no serotype number: the DR molecule, named by its invariant α chain's gene (HLA-DRA), as the golds do. */
const HLA_DR_RE = /^-DR(?![0-9A-Za-z*\u0370-\u03ff])/;

/**
 * The gene key of an HLA class II serotype: DR51, DR52 and DR53 are the DRB5, DRB3 and DRB4 products and the other DR
 * serotypes DRB1's; the DQ serotypes (DQ2, DQ8) are defined by DQB1.
 */
function hlaClassIILocus(locus: string, serotype: number): string {
  if (locus === 'DQ') return 'HLADQB1';
  return serotype === 51 ? 'HLADRB5' : serotype === 52 ? 'HLADRB3' : serotype === 53 ? 'HLADRB4' : 'HLADRB1';
}
/** The shape of an abbreviation: a capital, then letters, digits or hyphens (BMP, TGF-β is none, HIF-1). */
const ABBREVIATION_SHAPE_RE = /^[A-Z][A-Za-z0-9-]+$/;
/** An abbreviation led by a lower-case letter: iNTS, cSCC. */
const LOWER_LED_ABBREVIATION_RE = /^[a-z][A-Z][A-Z][A-Za-z0-9-]*$/;
/** Locants in parentheses inside a name, closed or not: PI(4), PI(4,5. */
const PAREN_LOCANT_RE = /\([0-9,]+(?:\)|$)/;
/** A letter or digit (ASCII). */
const WORD_CHAR_RE = /[A-Za-z0-9]/;
/** Whether a lower-case word of three letters or more starts at `at` (lactamase, catenin, synuclein). */
function isLowerWordAt(t: string, at: number): boolean {
  let k = at;
  while (k < t.length && t.charCodeAt(k) >= 97 && t.charCodeAt(k) <= 122) k++;
  return k - at >= 3;
}
/** A drug's short synonym in capitals: GTN, ATRA, MTX (not a brand such as Zirgan). */
const DRUG_SHORT_SYNONYM_RE = /^[A-Z][A-Z0-9]{1,5}$/;
/** A code of capitals and a number (FHH2): its stem may be an abbreviation the draft defines with another number. */
const NUMBERED_CODE_RE = /^[A-Z]{2,6}(?:[0-9]{1,2}[A-Z]?| ?[RD][0-9]{1,2})$/;
/** Keys of care settings, which a study's name may hold but which name no trial alone: ICU, NICU, PICU, CCU, HDU, ITU. */
const CARE_SETTING_KEYS = ['ICU', 'NICU', 'PICU', 'CCU', 'HDU', 'ITU'];

/** A disease series code with an inheritance letter (the 2018 limb-girdle nomenclature: LGMD R9, LGMD D1). */
const INHERITANCE_CODE_RE = /^([A-Z]{4,6}) ?[RD][0-9]{1,2}$/;

/** True when the initials of a name's words (split at spaces and hyphens) start with the letters of `stem` (HSP: "heat shock protein …"). */
function initialsSpell(name: string, stem: string): boolean {
  const words = name.split(/[\s-]+/).filter((w) => /^[A-Za-z]/.test(w));
  if (words.length < stem.length) return false;
  for (let k = 0; k < stem.length; k++) if ((words[k]![0] ?? '').toUpperCase() !== stem[k]!.toUpperCase()) return false;
  return true;
}

/** The last atom from `i` on that starts before `end`: where the scan goes on after a mention that ends at `end`. */
function lastAtomBefore(atoms: Atoms, n: number, i: number, end: number): number {
  while (i + 1 < n && atoms[2 * i + 2]! < end) i++;
  return i;
}

/** True for a lower-case Greek letter (α to ω). */
function isGreekCode(c: number): boolean {
  return c >= 0x3b1 && c <= 0x3c9;
}

/** A nucleotide repeat unit: three to six of A, C, G, T, U (CAG, GAA, GGGGCC). */
const NUCLEOTIDES_RE = /^[ACGTU]{3,6}$/;
/** "… and Denys–Drash syndromes": a coordinated disease name whose plural head covers the word before it. */
const COORDINATED_DISEASE_RE = /^ (?:and|or) [\p{L}'’–-]{2,30}(?: [\p{L}'’–-]{2,30})? (?:syndromes|diseases)\b/u;

/** True when a coordinated disease name follows `to` ("WAGR and Denys–Drash syndromes"). */
function coordinatedDiseaseFollows(t: string, to: number): boolean {
  return t.charCodeAt(to) === 32 && COORDINATED_DISEASE_RE.test(t.slice(to, to + 80));
}

/** Capitalised names joined by hyphens or dashes, then a disease's head word: "-Oliver syndrome", "-Adams attacks". */
const EPONYM_TAIL_RE = /^(?:[-‐–][A-Z][a-z]+)* (?:syndromes?|diseases?|anomaly|sequence|attacks?)\b/;

/**
 * True when text `from`–`to`, one capitalised word (Adams), is one of the names of an eponymous disease
 * ("Adams–Oliver syndrome", "Stokes–Adams attacks"): joined by a dash to another capitalised name.
 */
function eponymousDiseaseName(t: string, from: number, to: number): boolean {
  if (to - from < 3 || !/^[A-Z][a-z]+$/.test(t.slice(from, to))) return false;
  const dashAfter = /^[-‐–][A-Z]/.test(t.slice(to, to + 2));
  const dashBefore = capitalisedNameAndDashBefore(t, from);
  return (dashAfter || dashBefore) && EPONYM_TAIL_RE.test(t.slice(to, to + 60));
}

/** True when a capitalised name and a hyphen or dash end just before `at`: "Stokes–" before "Adams". */
function capitalisedNameAndDashBefore(t: string, at: number): boolean {
  const dash = t.charCodeAt(at - 1);
  if (at < 3 || (dash !== 45 && dash !== 0x2010 && dash !== 0x2013)) return false;
  let k = at - 2;
  while (k >= 0 && isLowerCode(t.charCodeAt(k))) k--;
  if (k < 0 || k === at - 2 || !isUpperCode(t.charCodeAt(k))) return false;
  return k === 0 || !isAlnumAt(t, k - 1);
}

/** True when a strain's number follows `to` (DBA/2J, C57BL/6). */
function strainCodeFollows(t: string, to: number): boolean {
  return t.charCodeAt(to) === 47 && isDigitCode(t.charCodeAt(to + 1)) && /^\/[0-9][A-Za-z]/.test(t.slice(to, to + 3));
}

/** True when a hyphen and three digits or more follow `to` and end a word, and no hyphen precedes `from` (AMT-130; not 177Lu-PSMA-617). */
function codeNumberFollows(t: string, from: number, to: number): boolean {
  if (t.charCodeAt(to) !== 45 || !isDigitCode(t.charCodeAt(to + 1)) || (from > 0 && t.charCodeAt(from - 1) === 45)) return false;
  let k = to + 1;
  while (k < t.length && isDigitCode(t.charCodeAt(k))) k++;
  return k - to - 1 >= 3 && !(k < t.length && isAlnumAt(t, k));
}

/** A member number after a space: 1 to 99 or a Roman numeral, with an optional letter (IIA, 3b), then no word character. */
const MEMBER_NUMBER_RE = /^ (?:[1-9][0-9]?|I{1,3}|IV|VI{0,3}|IX|XI{0,2})[A-Da-d]?(?![\p{L}\p{N}.,:/–-][\p{L}\p{N}]|[\p{L}\p{N}])/u;
/** Member number 1 after a space: " 1", " I" (not " 10", " II"). */
const FIRST_MEMBER_RE = /^ (?:1|I)(?![0-9IVX])/;
/** A quantity after a number: "MEK 2 weeks later", "PARP 1 h after". */
const QUANTITY_AFTER_RE = /^ (?:h|hr|hours?|min|minutes?|days?|weeks?|months?|years?|mg|µg|ng|g|kg|ml|mL|%|patients?|times?|of)\b/;

/** True when a member number follows `to` ("DNA ligase IV", "dipeptidyl peptidase 1"); not a quantity ("MEK 2 weeks"). */
function memberNumberFollows(t: string, to: number): boolean {
  if (t.charCodeAt(to) !== 32) return false;
  const m = MEMBER_NUMBER_RE.exec(t.slice(to, to + 8));
  return m !== null && !QUANTITY_AFTER_RE.test(t.slice(to + m[0].length, to + m[0].length + 12));
}

/** The member number of a Roman numeral I to IV ("1" for I), else the empty string. */
function romanDigit(raw: string): string {
  return raw === 'I' ? '1' : raw === 'II' ? '2' : raw === 'III' ? '3' : raw === 'IV' ? '4' : '';
}

/** British spellings at the start of a word (oestradiol, haemin, foetal). */
const BRITISH_START_RE = /^(?:oe|hae|foe|paed|leukaem|anaem)/i;

/** Payload names of antibody–drug conjugates, the second word of their INNs: -dotin (rilsodotin), -tecan, -tansine, -irine (sunirine). */
const INN_PAYLOAD = /^[a-z]{2,8}(?:dotin|tecan|tansine|irine)$/;

/** True for the second word of a two-word INN ("polatuzumab vedotin", "pivekimab sunirine", "bardoxolone methyl"). */
function isInnSecond(word: string): boolean {
  const lower = word.toLowerCase();
  return INN_SECOND.has(lower) || INN_PAYLOAD.test(lower);
}
/**
 * Second words of cell and gene therapy INNs (and alfa, the second word of a glycoprotein's INN: dornase alfa, see
 * `tryCellTherapy`), which carry the stem themselves: the first word has none
 * (afamitresgene autoleucel, axicabtagene ciloleucel, onasemnogene abeparvovec).
 */
const INN_SECOND_STEM = /^(?:[a-z]{2,8}leucel|[a-z]{2,6}parvovec|[a-z]{2,8}repvec|[a-z]{2,6}vec)$/;

/** The atom that ends "alfa" at atom `k` with a numbered variant after a hyphen ("alfa-2a", "alfa-2b"), else `k`. */
function alfaVariant(t: string, atoms: Atoms, n: number, k: number): number {
  const e = atoms[2 * k + 1]!;
  if (k + 1 >= n || t.charCodeAt(e) !== 45 || atoms[2 * k + 2] !== e + 1) return k;
  return /^[0-9][a-z]?$/.test(t.slice(e + 1, atoms[2 * k + 3]!)) ? k + 1 : k;
}

/** Creates a recogniser over `model` (the bundled ontology, possibly with a user ontology applied). */
export function createRecogniser(model: OntologyModel, options: RecogniserOptions = {}): Recogniser {
  const lex = options.lexicon ?? bundledLexicon();
  // The index depends only on the model and the lexicon: recognisers over the same model share it.
  const index = lookupIndexFor(model, lex);
  const mirnas = new MirnaIndex(model.columns.mirnas);
  const scanner = new Scanner(model, index, mirnas, lex, options.drugStems !== false);
  const isGeneName = (phrase: string) => scanner.namesGene(phrase);
  const entityNamed = (phrase: string) => scanner.entityNamed(phrase);
  const drugNamed = (phrase: string) => scanner.drugNamed(phrase);
  const isGeneToken = (token: string) => scanner.geneToken(token);
  const isNameOf = (phrase: string, id: string) => scanner.isNameOf(phrase, id);
  const geneNameOf = (symbol: string) => scanner.geneNameOf(symbol);
  const familyNamed = (phrase: string) => scanner.familyNamed(phrase);
  const endogenousBrands = endogenousBrandFinder(model);
  const prepare = (text: string, prose: readonly Span[], token?: CancellationToken): PreparedProse => {
    const trials = new Set<string>();
    const defined = new Map<string, Defined>();
    const links = new Map<string, string>();
    const fusionCandidates = newFusionCandidates();
    // Decode and split each prose span once; this pass finds trial names with cues, definitions and fusion pairs, the scan matches.
    const spans: PreparedSpan[] = [];
    // One reader of the source's tables: each span's cell is looked up once, in document order (table-columns.ts).
    const table = new TableColumns(text);
    // The end of the previous span and the last characters of its paragraph so far (for definitions across emphasis).
    let previousEnd = -1;
    let paragraphTail = '';
    for (const span of prose) {
      throwIfCancelled(token);
      const d = decodeSpan(text, span.start, span.end);
      const lead = previousEnd >= 0 && onlyEmphasisBetween(text, previousEnd, span.start) ? paragraphTail : '';
      paragraphTail = (lead + d.text).slice(-DEFINITION_LOOKBACK);
      previousEnd = span.end;
      const atoms = atomsOf(d.text);
      const place = table.placeOf(span.start);
      const rowName = drugRowName(table, place);
      const rowDrug = rowName ? scanner.rowDrugId(rowName) : undefined;
      const codes = codeColumnKind(place);
      const prepared: PreparedSpan = rowDrug ? { d, atoms, rowDrug } : { d, atoms };
      if (codes) prepared.codes = codes;
      spans.push(prepared);
      // "autosomal recessive (AR)": AR is the mode of inheritance in this draft (inheritance-codes.ts).
      for (const code of inheritanceCodes(d.text)) defined.set(inheritanceKey(code), 'other');
      // "pyridoxal 5′-phosphate … PLP": a cofactor's abbreviation where the draft names the cofactor (metabolite-abbreviations.ts).
      for (const abbr of metaboliteAbbreviations(d.text)) defined.set(abbr, mergeDefined(defined.get(abbr), 'other'));
      // "cholic acid (Kolbam)": a draft naming a brand of an endogenous substance's drug writes of the drug (endogenous-drugs.ts).
      for (const id of endogenousBrands(d.text)) links.set(GIVEN_DRUG_KEY_PREFIX + id, 'yes');
      scanner.collectTrials(d.text, atoms, trials, inTrialColumn(place));
      collectDefinitions(d.text, defined, isGeneName, links, entityNamed, isNameOf, drugNamed, geneNameOf, lead, familyNamed);
      // "cyclophosphamide, doxorubicin and prednisone … over CHOP": a regimen whose drugs the draft lists.
      collectRegimens(d.text, defined);
      // "the dopamine D2 receptor … D2 and D3": subtype codes of a receptor series the draft names.
      for (const [code, id] of receptorCodes(d.text, entityNamed)) links.set(code, mergeLink(links.get(code), id));
      // "GABA-A receptors … the δ subunit … α4", "the sodium pump … the α3 subunit", "AMPK … γ2", "keratins … K6a, K6b
      // and K16": short codes of a receptor's, a pump's or a kinase's subunits or of keratins, where the draft names the
      // receptor, the pump, the kinase or keratins (an empty symbol: another receptor's code, no link).
      // "nicotinic receptors … α4β2 receptors": the draft's subunit pairs are nicotinic where it names that receptor alone.
      const pentamers = pentamersNamed(d.text);
      if (pentamers) links.set(NICOTINIC_DRAFT_KEY, pentamers === 'nicotinic' ? mergeLink(links.get(NICOTINIC_DRAFT_KEY), 'yes') : '');
      for (const codes of [pentamerSubunits(pentamers), sodiumPumpSubunits(d.text), ampkSubunits(d.text), keratinCodes(d.text)]) {
        for (const [written, symbol] of codes) {
          const id = symbol ? entityNamed(symbol) : '';
          if (id !== undefined) links.set(written, id ? mergeLink(links.get(written), id) : '');
        }
      }
      // "α4β7 … the α4 subunit": a subunit the draft names in a heterodimer is that integrin subunit when alone.
      if (d.text.includes('β')) {
        for (const [written, symbol] of integrinSubunits(d.text)) {
          const id = entityNamed(symbol);
          if (id) links.set(written, mergeLink(links.get(written), id));
        }
      }
      // "RUNX1 (formerly AML1)": a gene's former name the draft gives is that gene.
      for (const [written, id] of formerNames(d.text, entityNamed, isNameOf)) links.set(written, mergeLink(links.get(written), id));
      // "mice deficient in Myd88, Tnf or Ifng": a rodent gene's capitalised symbol, where the paragraph speaks of mice.
      for (const [word, cue] of mouseSymbolWords(d.text)) {
        links.set(MOUSE_WORD_KEY_PREFIX + word, 'yes');
        if (cue === 'genetics') links.set(MOUSE_GENETICS_KEY_PREFIX + word, 'yes');
      }
      collectFusionCandidates(d.text, fusionCandidates, isGeneToken);
    }
    // An incremental analyser keeps each block's facts; most blocks have none, and share the empty ones.
    return { facts: compactFacts(trials, defined, links, fusionCandidates), text, spans };
  };
  const scanPrepared = (prepared: PreparedProse, view: FactsView, token?: CancellationToken): Mention[] => {
    const out: Mention[] = [];
    const spans = prepared.spans;
    for (let k = 0; k < spans.length; k++) {
      if ((k & 63) === 0) throwIfCancelled(token);
      const from = out.length;
      scanner.scan(prepared.text, spans[k]!.d, spans[k]!.atoms, out, view);
      // "| empagliflozin | Jardiance | BI 10773 |": brands and codes in their columns of a drug table.
      const rowDrug = spans[k]!.rowDrug;
      if (rowDrug) scanner.addRowAliases(prepared.text, spans[k]!.d, out, from, rowDrug);
      // "| SPAX1 | VAMP1 | … | AD |": locus names and inheritance modes in their columns are no genes.
      const codes = spans[k]!.codes;
      if (codes) dropColumnCodes(out, from, codes);
    }
    return out;
  };
  return {
    recognise(doc, token) {
      const prepared = prepare(doc.text, doc.prose, token);
      const out = scanPrepared(prepared, directView(prepared.facts), token);
      resolveByDocument(out);
      return sortMentions(out);
    },
    prepare,
    recognisePrepared(prepared, facts, token) {
      const uses: FactUses = { trials: [], defined: [], links: [], fusions: [] };
      const mentions = sortMentions(scanPrepared(prepared, recordingView(facts, uses), token));
      return { mentions, uses, named: namedIds(mentions) };
    },
    isKnownWord: memoizeString((word) => {
      const key = keyOf(word);
      if (key && index.has(key)) return true;
      return lex.english.has(word.toLowerCase()) || recogniseText(word).length > 0;
    }),
    recogniseText,
  };
  /** Mentions in one plain-text range, as `Recogniser.recogniseText`. */
  function recogniseText(text: string, span?: Span, token?: CancellationToken): Mention[] {
    throwIfCancelled(token);
    const prepared = prepare(text, [{ start: span?.start ?? 0, end: span?.end ?? text.length }], token);
    const out = scanPrepared(prepared, directView(prepared.facts), token);
    resolveByDocument(out);
    return sortMentions(out);
  }
}

function sortMentions(m: Mention[]): Mention[] {
  return m.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
}

/** A key reached while extending a match, cached with its lookups so repeated phrases cost one Map.get per step. */
interface KeyNode {
  key: string;
  hits: IndexEntry[] | undefined;
  prefix: boolean;
  codePrefix: boolean;
  /** Children by the next atom's key: joined directly, or after a space. */
  next: Map<string, KeyNode> | undefined;
  nextSpaced: Map<string, KeyNode> | undefined;
  /** The text last matched at this key, and its valid entries (empty when the text has no letter). */
  lastText: string | undefined;
  lastValid: IndexEntry[] | undefined;
}

interface AtomInfo {
  key: string;
  /** This atom's key as the start of a longer match. */
  node: KeyNode | undefined;
  /** The atom is all lower-case letters. */
  lower: boolean;
  valid: IndexEntry[] | undefined;
  prefix: boolean;
  /** INN stem of the word (null: none), computed on first need. */
  stem: string | null | undefined;
  /** What a drug cue makes of the word when it has no stem (drug-cues.ts `cueKind`), computed on first need. */
  cue: CueKind | undefined;
  /**
   * Nothing but a drug stem can start at this atom, wherever it stands: it has no entries and starts no longer
   * name, has two characters or more (no c- of c-Myc), and starts with no capital (no trial, NCT number or
   * receptor) and no m, h or l (no miRNA), and is no trial name in lower-case camel shape (coBRIM) nor a soluble
   * form (sTREM2).
   */
  plain: boolean;
}

/** A decision of `decide`: the mention's entity, status, kind and candidates. */
interface Decided {
  entity: EntityRef | null;
  status: Mention['status'];
  kind: MatchKind;
  candidates: Candidate[] | undefined;
  /** The other genes of a protein two or three genes make (SMN: SMN1 and SMN2): each a mention over the same span. */
  also?: EntityRef[];
}

/** What `decide` reads of a match's entries and text alone (see `Scanner.matchFacts`). */
interface MatchFacts {
  text: string;
  /** The entries of the best rank (of the text's exact form, for mixed-case text). */
  top: IndexEntry[];
  best: IndexEntry;
  /** The entities of `top`; undefined when the match gives no mention (a stop term, a non-entity, no entity). */
  refs: EntityRef[] | undefined;
  /** Every entity is a gene, a family or a miRNA. */
  isGeneLike: boolean;
  /** Every top entry is an alias, an ambiguous name or an English word. */
  weak: boolean;
  /** Gene-like, and no top entry is a curated name without another reading. */
  weakGene: boolean;
  /** The text has a digit. */
  hasDigit: boolean;
  /** The best entry is an English word in its exact case, or a short key that is an English word. */
  englishWord: boolean;
  /** No entity is a drug or a trial. */
  noDrugOrTrial: boolean;
  kind: MatchKind;
  /** The decision when nothing around the match says otherwise and there is one entity (not ambiguous). */
  resolved: Decided | undefined;
}

interface Match {
  /** First atom index. */
  first: number;
  /** Last atom index (inclusive). */
  last: number;
  key: string;
  text: string;
  entries: IndexEntry[];
}

class Scanner {
  private readonly refs = new Map<string, EntityRef | null>();
  private readonly components = new Map<string, EntityRef[] | null>();
  /** Coagulation-factor entities by numeral ("X", "Xa"), looked up once each. */
  private readonly factors = new Map<string, EntityRef | null>();
  private memo = new AtomMemo<AtomInfo>();
  /** Words of the span being scanned that a drug cue may name, or class nouns: start, end, kind (drug-cues.ts). */
  private readonly cueWords: number[] = [];
  /** The source text, its decoded prose and the output list of the span being scanned (read by `emit`). */
  private curSource = '';
  private curDecoded: Decoded | undefined;
  private curOut: Mention[] = [];
  /** Adds a mention over decoded offsets `a`–`b` of the span being scanned (one closure per scanner, not per span). */
  private readonly emit = (a: number, b: number, entity: EntityRef | null, status: Mention['status'], kind: MatchKind, candidates?: Candidate[]): void => {
    const d = this.curDecoded!;
    const s = sourceStart(d, a);
    const e = sourceEnd(d, b);
    const m: Mention = { text: this.curSource.slice(s, e), span: { start: s, end: e }, entity, status, kind };
    if (candidates) m.candidates = candidates;
    this.curOut.push(m);
  };
  private nodes = 0;
  /** The atoms of the span being scanned, and the facts of its last atoms looked up, by atom index modulo 16. */
  private spanAtoms: Atoms | undefined;
  private readonly recentAt = new Int32Array(16).fill(-1);
  private readonly recent: (AtomInfo | undefined)[] = new Array(16);
  private readonly isKnownNonTrial = (key: string, raw?: string): boolean => this.knownNonTrialOf(key, raw);
  private readonly isIndexKey = (key: string): boolean => this.index.has(key);
  /** A word the stop list holds as written (a scale, test or disease abbreviation: MMSE). */
  private readonly isStopTerm = (word: string): boolean => {
    const hits = this.index.get(atomKey(word));
    return !!hits && validEntries(hits, word).some((e) => e.stop);
  };
  private readonly isDrugWord = (word: string): boolean => drugStem(this.lex, word) !== undefined;
  /** A word that names a drug in the ontology (lamotrigine, topiramate: no INN stem), in the case written. */
  private readonly isDrugName = (word: string): boolean => {
    const hits = this.index.get(atomKey(word));
    return !!hits && validEntries(hits, word).some((e) => !e.stop && !e.nonEntity && e.kind !== 'alias' && this.ref(e.id)?.type === 'drug');
  };
  private readonly trialNames = new TrialNameCollector(this.isKnownNonTrial, this.isDrugWord, this.isIndexKey, (w) => this.lex.english.has(w), this.isDrugName, this.isStopTerm);
  private factsMemo = new Map<IndexEntry[], MatchFacts[]>();
  /** `knownNonTrial` of words as written (the key follows from the word). */
  private knownNonTrialMemo = new Map<string, boolean>();
  /** `soleEntity` by key, and the one entity of a slashed name by its text as written (`slashedSelf`). */
  private readonly soleMemo = new Map<string, EntityRef | null>();
  private readonly slashedMemo = new Map<string, EntityRef | null>();

  constructor(
    private readonly model: OntologyModel,
    private readonly index: LookupIndex,
    private readonly mirnas: MirnaIndex,
    private readonly lex: Lexicon,
    private readonly stems: boolean,
  ) {}

  /** True when a word is in the ontology at all (entity, stop term or non-entity class), in any case. */
  private readonly receptorLookup: ReceptorLookup = { entityNamed: (phrase) => this.entityNamed(phrase), ref: (id) => this.ref(id) };

  private readonly knownWord = (word: string): boolean => {
    const key = keyOf(word);
    return key !== undefined && this.index.has(key);
  };

  private ref(id: string): EntityRef | null {
    let r = this.refs.get(id);
    if (r === undefined) {
      r = entityRef(this.model, id);
      this.refs.set(id, r);
    }
    return r;
  }

  /** First pass: trial names that come with a cue (hyphenated suffix, "trial", "(n = …)") or stand as trials (trial-names.ts). */
  collectTrials(t: string, atoms: Atoms, into: Set<string>, column = false): void {
    this.trialNames.collect(t, atoms, atoms.length >> 1, into, column);
    // "the Leuven surgical ICU study": a care setting before "study" is no trial's name (AID-ICU and HOPE-ICU are).
    if (into.size) {
      for (const k of CARE_SETTING_KEYS) {
        into.delete(k);
        into.delete(`^${k}`);
      }
    }
  }

  /** `knownNonTrial`, memoised by the text as written when there is one. */
  private knownNonTrialOf(key: string, raw?: string): boolean {
    if (raw === undefined) return this.knownNonTrial(key, raw);
    let v = this.knownNonTrialMemo.get(raw);
    if (v === undefined) {
      if (this.knownNonTrialMemo.size > 50_000) this.knownNonTrialMemo.clear();
      this.knownNonTrialMemo.set(raw, (v = this.knownNonTrial(key, raw)));
    }
    return v;
  }

  /**
   * True when the key is in the index with an entry that is not a trial (a gene, a stop term…). Aliases do not
   * count: "the SAPS trial" is a trial although SAPS is also an alias of SKAP2.
   */
  private knownNonTrial(key: string, raw?: string): boolean {
    const all = this.index.get(key);
    const hits = all && raw ? validEntries(all, raw) : all;
    if (!hits) return false;
    // A complex or family named by an English word in capitals (COMPASS) leaves the word free to name a trial too.
    const capsWord = raw !== undefined && raw.length >= 4 && raw === raw.toUpperCase() && this.lex.english.has(raw.toLowerCase());
    return hits.some((e) => e.stop || e.nonEntity || (e.kind !== 'alias' && this.ref(e.id)?.type !== 'trial' && !(capsWord && isGroupId(e.id))));
  }

  /** True when a phrase is, as a whole, a name of a gene, family, complex or isoform of the ontology. */
  namesGene(phrase: string): boolean {
    const key = keyOf(phrase);
    const hits = key ? this.index.get(key) : undefined;
    if (!hits || hits.some((e) => e.stop || e.nonEntity)) return false;
    return hits.some((e) => {
      const type = this.ref(e.id)?.type;
      return type === 'gene' || type === 'family' || type === 'complex' || type === 'isoform';
    });
  }

  /**
   * The one gene, complex or isoform that a phrase names as a whole ("calcitonin receptor-like receptor" → CALCRL),
   * by its best-ranked entries; undefined when it names none or several, or a family (a family's singular stem,
   * "vascular endothelial growth factor", is also read as its best-known member: VEGF stays VEGFA).
   */
  entityNamed(phrase: string): string | undefined {
    const named = this.soleNamed(phrase);
    return named && (named.type === 'gene' || named.type === 'complex' || named.type === 'isoform') ? named.id : undefined;
  }

  /** The one family that a phrase names as a whole ("alcohol dehydrogenase" → family:adh), if any. */
  familyNamed(phrase: string): string | undefined {
    const named = this.soleNamed(phrase);
    return named?.type === 'family' ? named.id : undefined;
  }

  /** The official full name of the gene whose official symbol is `symbol` as written (VHL), if any. */
  geneNameOf(symbol: string): string | undefined {
    const named = this.soleNamed(symbol);
    const ref = named && named.type === 'gene' ? this.ref(named.id) : undefined;
    return ref && ref.symbol === symbol ? ref.name : undefined;
  }

  /**
   * The drug the first cell of a drug table's row names: a drug the ontology knows by that name, or one word with an
   * INN stem ("| linsitinib | OSI-906 |"), as the id `tryStem` gives it.
   */
  rowDrugId(name: string): string | undefined {
    const known = this.drugNamed(name);
    if (known) return known;
    const word = name.trim();
    return /^[A-Za-z]+$/.test(word) && !this.knownWord(word) && drugStem(this.lex, word) ? stemDrugRef(word.toLowerCase(), '').id : undefined;
  }

  /** The entity of a stem drug's id made by `rowDrugId`. */
  private stemRowDrug(id: string): EntityRef | null {
    const name = id.startsWith('drug:') ? id.slice(5) : '';
    return /^[a-z]+$/.test(name) && drugStem(this.lex, name) ? stemDrugRef(name, '') : null;
  }

  /** The one drug a phrase names as a whole ("tenofovir disoproxil fumarate"), if any; stop words and non-entities none. */
  drugNamed(phrase: string): string | undefined {
    const named = this.soleNamed(phrase);
    return named?.type === 'drug' ? named.id : undefined;
  }

  /** Adds the brand and code items of a drug table's cell (decoded span `d`, mentions from `from` on) as mentions of drug `id`. */
  addRowAliases(source: string, d: Decoded, out: Mention[], from: number, id: string): void {
    const drug = this.ref(id) ?? this.stemRowDrug(id);
    if (!drug) return;
    const notBrand = (item: string): boolean => {
      const lower = item.toLowerCase();
      return this.lex.englishLong.has(lower) || this.lex.english.has(lower) || this.knownWord(item);
    };
    addRowAliases(source, sourceStart(d, 0), sourceEnd(d, d.text.length), out, from, drug, notBrand);
  }

  /** The one entity a phrase names as a whole by its best-ranked entries, with its type; none for stop words and non-entities. */
  private soleNamed(phrase: string): { id: string; type: string | undefined } | undefined {
    const key = keyOf(phrase);
    const hits = key ? this.index.get(key) : undefined;
    if (!hits) return undefined;
    const valid = validEntries(hits, phrase.trim());
    if (!valid.length || valid.some((e) => e.stop || e.nonEntity)) return undefined;
    const ids = uniqueIds(topEntries(valid));
    return ids.length === 1 ? { id: ids[0]!, type: this.ref(ids[0]!)?.type } : undefined;
  }

  /** True when the phrase, as written, is a name of entity `id` (any rank: TTF-1 is an alias of NKX2-1). */
  isNameOf(phrase: string, id: string): boolean {
    const key = keyOf(phrase);
    const hits = key ? this.index.get(key) : undefined;
    return !!hits && !hits.some((e) => e.stop || e.nonEntity) && validEntries(hits, phrase).some((e) => e.id === id);
  }

  /**
   * Whether a single token (EWSR1, ABL1, SSX) is an official gene symbol, only an alias, or neither, in the case
   * written; and the gene it names when it names one (AML1: RUNX1).
   */
  geneToken(token: string): GeneToken | undefined {
    const hits = this.index.get(atomKey(token));
    if (!hits) return undefined;
    const valid = validEntries(hits, token);
    if (!valid.length || valid.some((e) => e.stop || e.nonEntity)) return undefined;
    const genes = valid.filter((e) => this.ref(e.id)?.type === 'gene');
    if (!genes.length) return undefined;
    const gene = genes.every((e) => e.id === genes[0]!.id) ? genes[0]!.id : undefined;
    return { rank: genes.some((e) => e.kind === 'symbol') ? 'symbol' : 'alias', gene };
  }

  /**
   * Mentions of one decoded prose span, appended to `out`. `facts`: trial names with a cue, how the draft defines its
   * abbreviations (abbreviations.ts), and its fusions (fusions.ts). Not re-entrant (`emit` writes to the span being scanned).
   */
  scan(source: string, d: Decoded, atoms: Atoms, out: Mention[], facts: FactsView): void {
    const first0 = out.length;
    const t = d.text;
    const n = atoms.length >> 1;
    this.cueWords.length = 0;
    this.curSource = source;
    this.curDecoded = d;
    this.curOut = out;
    const emit = this.emit;
    for (let i = 0; i < n; i++) {
      const s0 = atoms[2 * i]!;
      const e0 = atoms[2 * i + 1]!;
      const info = this.infoAt(t, atoms, i);
      // The common case (three atoms in five of a draft): what follows would only try a drug stem.
      if (info.plain && !(e0 - s0 <= 3 && shortGluedPrefix(t, s0, e0, info.lower))) {
        if (this.stems && e0 - s0 >= 6) i = this.tryStem(t, atoms, n, i, emit);
        continue;
      }
      i = this.scanAt(t, atoms, n, i, info, facts);
    }
    const nicotinic = facts.anyLinks() && facts.linked(NICOTINIC_DRAFT_KEY) === 'yes';
    for (const pair of integrinPairs(source, sourceStart(d, 0), sourceEnd(d, t.length), nicotinic)) this.placeSymbolGroup(source, pair, out, first0);
    // "α1(I)", "α2(V)": collagen chains by chain and type.
    for (const chain of collagenChains(source, sourceStart(d, 0), sourceEnd(d, t.length))) this.placeSymbolGroup(source, chain, out, first0);
    for (const f of coagulationFactors(source, sourceStart(d, 0), sourceEnd(d, t.length))) this.placeCoagulationFactor(source, f, out, first0);
    // "H+/K+-ATPase": the gastric proton pump, both of its chains' genes.
    for (const pump of gastricProtonPumps(source, sourceStart(d, 0), sourceEnd(d, t.length))) this.placeSymbolGroup(source, pump, out, first0);
    if (this.stems) addCuedDrugs(source, d, out, first0, this.cueWords, this.lex, this.knownWord);
    if (out.length > first0) addParentheticalDrugAliases(source, out, first0, sourceEnd(d, t.length));
    if (out.length > first0) {
      dropDrugsFollowedBy(source, out, first0, REUPTAKE_AFTER_RE, 80);
      dropDrugsFollowedBy(source, out, first0, DISEASE_AFTER_RE, 40);
    }
    // "the D2 and D3 receptors", "the GIP/GLP-1 receptor": the head belongs to every coordinated code.
    // CDR2 and MDR1 "in Candida", "the fungal … Gwt1", InhA beside inhA: a microbe's gene is not listed.
    if (out.length > first0) dropMicrobialGenes(source, sourceStart(d, 0), sourceEnd(d, t.length), out, first0);
    // "STAT3-HIES": the syndrome's abbreviation after its gene's symbol, an alias of the same gene, names it once.
    if (out.length > first0 + 1) dropAliasEchoes(source, out, first0);
    // "the chemokine CXCL13": a family's class noun before one of its members is no mention of the family.
    if (out.length > first0 + 1) dropClassNounsBeforeMembers(source, out, first0, this.isFamilyMember);
    // "integrin-mediated adhesion": a family's word opening a compound modifier names a process.
    if (out.length > first0) dropFamilyCompoundModifiers(source, out, first0);
    // "whose α1 subunit is encoded by ATP1A1": a Greek-letter subunit labelled by its gene's symbol names the gene once.
    if (out.length > first0 + 1) dropSubunitLabelsBeforeSymbols(source, out, first0);
    // "inv(16)(p13.1q22)": chromosome bands in karyotype notation.
    if (out.length > first0) dropKaryotypeBands(source, sourceStart(d, 0), sourceEnd(d, t.length), out, first0);
    if (t.includes('receptor')) coordinateReceptorCodes(source, sourceStart(d, 0), sourceEnd(d, t.length), out, first0, this.receptorLookup);
    // "FEV<sub>1</sub>", "PaO<sub>2</sub>": a gene's name right before a subscript is a measure or a formula.
    if (out.length > first0) {
      const end = sourceEnd(d, t.length);
      const last = out[out.length - 1]!;
      if (last.span.end === end && last.entity?.type === 'gene' && source.startsWith('<sub>', end)) out.pop();
    }
    this.curSource = '';
    this.curDecoded = undefined;
  }

  /**
   * Everything the scan does at atom `i` beyond the common case (an atom whose facts say it matches nothing): miRNAs,
   * registry ids, trial names, the longest match and what extends or splits it. Returns the last atom used. Kept out of
   * `scan` so that the scan's loop stays small and is optimised early in a fresh process.
   */
  private scanAt(t: string, atoms: Atoms, n: number, i: number, info: AtomInfo, facts: FactsView): number {
    const emit = this.emit;
    const s0 = atoms[2 * i]!;
    const e0 = atoms[2 * i + 1]!;
    const first = t.charCodeAt(s0);
    const c0 = first | 32;

    if (first === 78 /* N */ && e0 - s0 === 11 && NCT_RE.test(t.slice(s0, e0))) {
      const nct = t.slice(s0, e0);
      emit(s0, e0, this.ref(`nct:${nct}`) ?? trialRef(nct), 'resolved', 'curated');
      return i;
    }
    if ((c0 === 109 || c0 === 104 || c0 === 108) /* m h l */ && (s0 === 0 || !isWordChar(codeAt(t, s0 - 1)))) {
      const hit = mirnaStart(t, s0, e0, c0) ? this.mirnas.match(t, s0) : undefined;
      if (hit && hit.length > 0) {
        let endAt = s0 + hit.length;
        // A coordinated form (miR-221/222, miR-135a/b): one mention per miRNA over the whole span.
        const siblings = codeAt(t, endAt) === 47 /* / */ ? this.mirnas.siblings(t, s0, endAt) : undefined;
        if (siblings) endAt = siblings.end;
        // (No closure over s0 here: one would make every turn of the loop allocate the variables it captures.)
        this.emitMirna(hit, s0, endAt, emit);
        if (siblings) for (const h of siblings.hits) this.emitMirna(h, s0, endAt, emit);
        while (i + 1 < n && atoms[2 * (i + 1)]! < endAt) i++;
        return i;
      }
    }

    // Most atoms neither match nor start a longer name (nor are a one-letter prefix such as the c of c-Myc):
    // their facts alone say so, without a look for the longest match.
    let m = info.valid || info.prefix || (e0 - s0 === 1 && e0 < t.length && codeAt(t, e0) === 45) || shortGluedPrefix(t, s0, e0, info.lower) ? this.longest(t, atoms, n, i) : undefined;
    // "elexacaftor/tezacaftor/ivacaftor" written out: each drug on its own span (the brand gives all components).
    // (Drugs and families, "CDK4/CDK6"; not complexes: SWI/SNF is one name, and its halves are no members.)
    if (m && m.last > m.first && m.entries.some((e) => !e.id.startsWith('complex:') && this.componentsOf(e.id)) && /[/\u2013]/.test(t.slice(atoms[2 * m.first]!, atoms[2 * m.last + 1]!))) m = this.longestFrom(t, atoms, n, i, true);
    const from = s0;
    if (facts.anyTrials() && ((first >= 65 && first <= 90) || (first >= 97 && first <= 122 && lowerCamel(t, s0, e0)))) {
      const found = trialCandidate(t, atoms, n, i, this.isKnownNonTrial, this.isIndexKey);
      let cand = found && (found.certain ? !codeAfterDrug(t, atoms, i, found.last, this.isDrugWord) : facts.isTrial(found.key)) ? found : undefined;
      // A longer name the document uses as a trial (trial-names.ts): SKYLINE 102, CARE-MS II, EF-14.
      // (A word the ontology knows other than as an alias starts no such name, but with a series number: EV-301.)
      const known = m && m.entries.some((e) => e.kind !== 'alias' || e.stop || e.nonEntity) && !(m.last === i && trialSeriesAfter(t, e0, this.isIndexKey));
      for (const nm of known ? NO_NAMES : trialNameKeys(t, atoms, n, i, this.isKnownNonTrial, facts.isTrial)) {
        if (cand && nm.last <= cand.last) break;
        if (facts.isTrial(nm.key)) {
          cand = { last: nm.last, key: nm.key, certain: false };
          break;
        }
      }
      // "ALPS-FAS", "ALPS-CASP10": a disease the draft abbreviates, a hyphen and a gene's official symbol name the
      // disease's genetic form, no trial; the symbol is a mention of its own.
      // (ADTKD-NOS: the disease "not otherwise specified".)
      // (RA-ILD: two diseases the draft abbreviates, the lung disease of rheumatoid arthritis, no trial either.)
      if (cand && cand.last === i + 1 && codeAt(t, e0) === 45 && facts.defined(t.slice(s0, e0)) === 'other-class' && (atomIs(t, atoms, i + 1, 'NOS') || this.isSymbolAt(t, atoms, n, i + 1) || facts.defined(atomText(t, atoms, i + 1)) === 'other-class')) cand = undefined;
      // ("the COMPASS trial": one word with a trial cue after it is the trial, not the complex of that name.)
      const cuedOverGroup = cand !== undefined && m !== undefined && cand.last === i && m.last === i && cand.certain && m.entries.every((e) => isGroupId(e.id));
      const longer = cand && (!m || cand.last > m.last || (cand.last === m.last && m.entries.every((e) => e.kind === 'alias')) || cuedOverGroup);
      // Names may stand in a list of capitals (AFFIRM, PREVAIL, PROSPER), not in a run of shouted words.
      // A receptor written without its head noun ("a modulator of GABA-A") is no trial: "GABA-A receptor" is a name.
      // A term the draft shows is no trial (ADAS-Cog beside MMSE, ARIA-E after ARIA's definition) is no entity either;
      // a cell line or an outcome measure (MOLM-13 cells, achieved EASI-75) is left to the other rules.
      const no = cand && longer ? notATrial(t, atoms, i, cand.last, cand.key, facts.isTrial) : 0;
      if (no === 1) return cand!.last;
      if (no === 2) cand = undefined;
      if (cand && longer && !inShoutedRun(t, atoms, n, i, cand.last, this.isIndexKey) && !this.knownWord(`${t.slice(s0, atoms[2 * cand.last + 1]!)} receptor`)) {
        const name = t.slice(s0, atoms[2 * cand.last + 1]!);
        emit(s0, atoms[2 * cand.last + 1]!, { id: `trial:${slug(name)}`, symbol: name, name, type: 'trial' }, 'resolved', 'name');
        i = cand.last;
        return i;
      }
    }
    if (!m && e0 - s0 === 1 && (c0 === 99 || first === 118) && i + 1 < n && codeAt(t, e0) === 45 && atoms[2 * i + 2] === e0 + 1) {
      m = this.longest(t, atoms, n, i + 1);
      if (m && m.entries.every((x) => x.kind === 'name')) m = undefined;
    }
    // p-tau217, p-tau181: "p-", a gene's one-word name or symbol and a residue number, one word, name a phosphorylated
    // species, an isoform of the gene (blind15: plasma biomarkers like Aβ42).
    if (!m && first === 112 && e0 - s0 === 1 && i + 1 < n && codeAt(t, e0) === 45 && atoms[2 * i + 2] === e0 + 1) {
      const phospho = this.phosphoSpecies(t, atoms[2 * i + 2]!, atoms[2 * i + 3]!);
      if (phospho) {
        emit(s0, atoms[2 * i + 3]!, phosphoIsoformRef(phospho.gene, phospho.residue, t.slice(s0, atoms[2 * i + 3]!)), 'resolved', 'normalised');
        return i + 1;
      }
    }
    if (!m) {
      // "glucocorticoid receptor (GR)", then GR alone: an abbreviation the draft links to an entity.
      if (((first >= 65 && first <= 90) || (first >= 0x3b1 && first <= 0x3c9)) && facts.anyLinks()) {
        const linked = this.linkedAtom(t, atoms, n, i, facts);
        if (linked) {
          // "the B1 receptor" after "bradykinin B2 receptor": a linked receptor code takes the word "receptor" with it;
          // "the δ subunit" of a GABA-A receptor and "the α1 subunit" of the sodium pump take "subunit".
          if (i + 1 < n && linked.type === 'gene' && atoms[2 * i + 2] === e0 + 1 && codeAt(t, e0) === 32 && ((linked.name.includes('receptor') && atomIs(t, atoms, i + 1, 'receptor')) || ((linked.symbol?.startsWith('GABR') || linked.symbol?.startsWith('ATP1') || linked.symbol?.startsWith('PRKA')) && atomIs(t, atoms, i + 1, 'subunit')))) {
            emit(s0, atoms[2 * i + 3]!, linked, 'resolved', 'alias');
            return i + 1;
          }
          // "carvedilol blocks α1 receptors" in a draft whose sodium pump has an α1 subunit: a Greek code before
          // "receptor(s)" names a receptor, not a subunit of a gene that is none.
          if (first >= 0x3b1 && i + 1 < n && atoms[2 * i + 2] === e0 + 1 && (atomIs(t, atoms, i + 1, 'receptor') || atomIs(t, atoms, i + 1, 'receptors')) && !linked.name.includes('receptor')) return i;
          emit(s0, e0, linked, 'resolved', 'alias');
          return i;
        }
      }
      // IL-36 receptor: a ligand family that is no entity of its own, named with its receptor.
      const receptor = first >= 65 && first <= 90 && receptorAfterCode(t, atoms, n, i) ? this.receptorOf(t, atoms, n, codeRange(t, atoms, n, i), null) : undefined;
      if (receptor) {
        emit(s0, receptor.to, receptor.entity, 'resolved', 'normalised');
        i = receptor.last;
        return i;
      }
      // "knock-in App alleles", "Aip-knockout mice": a mouse gene symbol (capital, then lower case) that the case rules
      // refuse as a short or English word is the gene beside a word of mouse genetics, or anywhere in the draft where a
      // paragraph on mice or rats has it inside a sentence ("mice deficient in Myd88, Tnf or Ifng"; mouse-symbols.ts).
      if (first >= 65 && first <= 90 && e0 - s0 >= 3 && e0 - s0 <= 6 && info.valid === undefined && isMouseSymbolShape(t, s0, e0) && mouseSymbolCued(t, atoms, n, i, this.lex.english.has(t.slice(s0, e0).toLowerCase()), facts)) {
        const gene = this.mouseSymbol(t.slice(s0, e0));
        if (gene) {
          emit(s0, e0, gene, 'resolved', 'symbol');
          return i;
        }
      }
      // Abcb1a, Nlrp1b, Cd59a: a mouse paralogue's symbol (a mouse symbol with one lower-case letter after its number)
      // that names nothing itself is the human gene of its stem (Abcb1a and Abcb1b are both ABCB1's orthologues).
      if (first >= 65 && first <= 90 && e0 - s0 >= 4 && e0 - s0 <= 9 && info.valid === undefined && isDigitCode(t.charCodeAt(e0 - 2)) && MOUSE_PARALOGUE_RE.test(t.slice(s0, e0))) {
        const gene = this.mouseSymbol(t.slice(s0, e0 - 1));
        if (gene) {
          emit(s0, e0, gene, 'resolved', 'normalised');
          return i;
        }
      }
      // sTREM2, sCD163, sTNFR1: a lower-case s before a gene's official symbol or sole curated name (one word) names its soluble form.
      if (first === 115 && e0 - s0 >= 4 && e0 - s0 <= 9 && isUpperCode(codeAt(t, s0 + 1))) {
        const soluble = this.solubleForm(t.slice(s0 + 1, e0));
        if (soluble) {
          emit(s0, e0, solubleIsoformRef(soluble, t.slice(s0, e0)), 'resolved', 'normalised');
          return i;
        }
      }
      if (this.stems) i = this.tryStem(t, atoms, n, i, emit);
      return i;
    }
    i = m.last;
    let to = atoms[2 * m.last + 1]!;
    // lipoprotein(a), apo(a): a name that opened a parenthesis ends after it.
    if (to < t.length && codeAt(t, to) === 41 && m.last > m.first && opensParenthesis(t, from, to)) to++;
    const decided = this.decide(m, t, atoms, n, from, to, facts);
    if (!decided) return i;

    // "corticotropin-releasing factor", "insulin-secreting cells": a hormone's name before such a participle and a
    // hormone's or cell's noun is a word of another name, not the drug (the levonorgestrel-releasing system releases the drug).
    if (decided.entity?.type === 'drug' && codeAt(t, to) === 45 && m.last + 2 < n && atoms[2 * m.last + 2] === to + 1 && HORMONE_PARTICIPLES.has(atomText(t, atoms, m.last + 1)) && HORMONE_HEADS.has(atomText(t, atoms, m.last + 2))) return m.last;

    // "OLYMPIA 1" and "OLYMPIA 2" (nemolizumab) are not the OlympiA trial (olaparib): a number after a listed trial's
    // name that has none makes another trial, named as written.
    if (decided.entity?.type === 'trial' && m.last + 1 < n && codeAt(t, to) === 32 && atoms[2 * m.last + 2] === to + 1 && !/[0-9]/.test(decided.entity.name) && /^[1-9]$/.test(atomText(t, atoms, m.last + 1)) && TRIAL_NUMBER_END_RE.test(t.slice(to + 2, to + 10))) {
      const name = t.slice(from, to + 2);
      emit(from, to + 2, { id: `trial:${slug(name)}`, symbol: name, name, type: 'trial' }, 'resolved', 'name');
      return m.last + 1;
    }

    // "oestradiol" is the hormone as British prose writes it: a drug's name (an INN) matches only as the INN spells it,
    // not through the British spellings that gene names are keyed with.
    if (decided.entity?.type === 'drug' && decided.kind === 'curated' && BRITISH_START_RE.test(t.slice(from, to)) && !BRITISH_START_RE.test(decided.entity.name)) return i;

    // "inhaled nitric oxide", "cholic acid (Cholbam)": a drug whose name is also an endogenous substance's is the drug
    // only after a route word, before one of its brands in parentheses, as a whole table cell (a drug table; not
    // "| nitric oxide donor |") or in a draft that names one of its brands anywhere (unless the body's own: "endogenous
    // nitric oxide", "serum cholic acid"); its brands (INOmax) always are.
    if (decided.entity?.type === 'drug' && this.model.entities.get(decided.entity.id)?.endogenous && t.slice(from, to).toLowerCase() === decided.entity.name && !ROUTE_BEFORE_RE.test(t.slice(Math.max(0, from - 16), from)) && !this.isWholeCell(t, from, to) && !this.brandAfter(t, to, decided.entity.id) && !(facts.anyLinks() && facts.linked(GIVEN_DRUG_KEY_PREFIX + decided.entity.id) === 'yes' && !OWN_SUBSTANCE_BEFORE_RE.test(t.slice(Math.max(0, from - 20), from)))) return i;

    // "medroxyprogesterone acetate": the salt or ester word of a drug's name stays outside the mention when the rest
    // alone names the same drug (the drafts' convention: abiraterone in "abiraterone acetate").
    if (decided.entity?.type === 'drug' && m.last > m.first && SALT_WORDS.has(t.slice(atoms[2 * m.last]!, to).toLowerCase())) {
      const headEnd = atoms[2 * m.last - 1]!;
      const head = keyOf(t.slice(from, headEnd));
      if (head && this.soleEntity(head)?.id === decided.entity.id) {
        to = headEnd;
        i = m.last - 1;
      }
    }

    // Families written with a head noun (familyHead): "STAT proteins" and "HIF-α subunits" are STAT and HIF-α (the
    // generic noun stays outside), "TET dioxygenases" is one span (the noun is the family's own class name).
    if (decided.status === 'resolved' && decided.entity?.type === 'family') {
      if (m.last > m.first) {
        const headAt = genericHeadStart(t, atoms, m.first, m.last);
        const rest = headAt > m.first ? keyOf(t.slice(from, atoms[2 * headAt - 1]!)) : undefined;
        if (rest && this.soleEntity(rest)?.id === decided.entity.id) {
          to = atoms[2 * headAt - 1]!;
          i = headAt - 1;
        }
      } else if (m.last + 1 < n && atoms[2 * m.last + 2] === to + 1 && codeAt(t, to) === 32) {
        const word = t.slice(to + 1, atoms[2 * m.last + 3]!);
        if (isFamilyClassNoun(word, decided.entity.name)) {
          to = atoms[2 * m.last + 3]!;
          i = m.last + 1;
        }
      }
    }

    // "transferrin receptor 1": a name whose gene is the first of a series ("transferrin receptor 2" names another
    // gene) ends after the "1" it is written with.
    if (decided.status === 'resolved' && decided.entity?.type === 'gene' && m.last > m.first && m.last + 1 < n && atoms[2 * m.last + 2] === to + 1 && atoms[2 * m.last + 3] === to + 2 && codeAt(t, to + 1) === 49 /* 1 */ && (codeAt(t, to) === 32 || codeAt(t, to) === 45) && !(codeAt(t, to + 2) === 46 && isDigitCode(codeAt(t, to + 3)))) {
      const second = keyOf(`${t.slice(from, to)} 2`);
      const other = second ? this.soleEntity(second) : null;
      if (other && other.type === 'gene' && other.id !== decided.entity.id) {
        to += 2;
        i = m.last + 1;
      }
    }

    // "soluble TREM2", "soluble BCMA": the shed or secreted form of a gene's product, "soluble" and the gene's name, is
    // an isoform of the gene (blind/ rule; curated soluble forms such as "soluble endoglin" matched whole before this).
    if (decided.status === 'resolved' && decided.entity?.type === 'gene' && m.first > 0 && atoms[2 * m.first - 1] === from - 1 && codeAt(t, from - 1) === 32 && from - 1 - atoms[2 * m.first - 2]! === 7) {
      const s = atoms[2 * m.first - 2]!;
      // (Not where the ontology names the soluble form as the gene itself: sST2 and "soluble ST2" are IL1RL1, drafts/.)
      if (t.slice(s + 1, from - 1) === 'oluble' && (codeAt(t, s) | 32) === 115 && !this.solubleIsGene(m.key, decided.entity.id)) {
        emit(s, to, solubleIsoformRef(decided.entity, t.slice(s, to)), 'resolved', 'normalised');
        return i;
      }
    }

    // "kisspeptin-54", "neurofascin-186": a peptide or protein a gene's one-word name gives, numbered by its length or
    // its mass in kilodaltons, is an isoform of that gene.
    if (decided.status === 'resolved' && decided.entity?.type === 'gene' && m.last === m.first && to - from >= 6 && codeAt(t, to) === 45 && isNameWord(t, from, to)) {
      const isoEnd = numberedPeptideEnd(t, atoms, n, m.last);
      if (isoEnd > 0) {
        emit(from, isoEnd, derivedIsoformRef(decided.entity, t.slice(to + 1, isoEnd), t.slice(from, isoEnd)), 'resolved', 'normalised');
        i = m.last + 1;
        return i;
      }
    }

    // "PR-A", "PR-B": a gene's abbreviation in capitals with a hyphen and the letter A or B (no key of its own) names
    // one of its two promoter or splice isoforms. Before a domain, motif or repeat word the letter names one of a
    // protein's repeated domains instead ("the EGF-A domain" of LDLR, "its PAS-B domain"): neither the isoform nor the
    // gene whose name the domain borrows.
    if (decided.status === 'resolved' && decided.entity?.type === 'gene' && m.last === m.first && codeAt(t, to) === 45 && m.last + 1 < n && atoms[2 * m.last + 2] === to + 1 && atoms[2 * m.last + 3] === to + 2 && (codeAt(t, to + 1) === 65 || codeAt(t, to + 1) === 66) && codeAt(t, to + 2) !== 45 && isCapsCode(t, from, to)) {
      i = m.last + 1;
      const after = codeAt(t, to + 2) === 32 ? neighbourWord(t, atoms, n, m.last + 2) : '';
      if (LETTERED_DOMAIN_WORDS.has(after)) return i;
      emit(from, to + 2, derivedIsoformRef(decided.entity, t[to + 1]!, t.slice(from, to + 2)), 'resolved', 'normalised');
      return i;
    }

    // "cathepsins B and G", "caspases 3 and 7": a family's name and a list of member designators name those members,
    // one mention each over the whole phrase.
    if (decided.status === 'resolved' && decided.entity?.type === 'family' && codeAt(t, to) === 32) {
      const listed = this.designatedMembers(decided.entity.id, t, to);
      if (listed) {
        for (const r of listed.members) emit(from, listed.end, r, 'resolved', 'normalised');
        return lastAtomBefore(atoms, n, i, listed.end);
      }
    }
    // "matrix metalloproteinase-10": a family's name, a hyphen and a number name the member with that number.
    if (decided.status === 'resolved' && decided.entity?.type === 'family' && codeAt(t, to) === 45) {
      const num = /^-([1-9][0-9]?)(?![0-9A-Za-z.-])/.exec(t.slice(to, to + 5));
      const member = num ? this.memberByDesignator(decided.entity.id, num[1]!) : null;
      if (num && member) {
        const end = to + num[0].length;
        emit(from, end, member, 'resolved', 'normalised');
        return lastAtomBefore(atoms, n, i, end);
      }
      // "fibulin-4" with no member numbered 4 known: the writer names one member, not the family; say nothing.
      if (num) return lastAtomBefore(atoms, n, i, to + num[0].length);
    }
    // "PTH(1-84)", "PTH(1–34)": a residue range glued to a gene names a fragment of its product.
    if (decided.status === 'resolved' && decided.entity?.type === 'gene' && codeAt(t, to) === 40) {
      const r = RESIDUE_RANGE_RE.exec(t.slice(to, to + 12));
      if (r) {
        const end = to + r[0].length;
        emit(from, end, fragmentIsoformRef(decided.entity, `${r[1]}-${r[2]}`, t.slice(from, end)), 'resolved', 'normalised');
        return lastAtomBefore(atoms, n, i, end);
      }
    }
    // "HLA-A29", "HLA-B51", "HLA-Cw6": an HLA class I serotype is the gene of its locus, one mention over the whole name;
    // "HLA-DR4", "HLA-DR15": a DR serotype is DRB1's (DR51–DR53 those of DRB5, DRB3, DRB4); "HLA-DQ2", "HLA-DQ8": DQB1's.
    // "HLA-DR" alone (macrophages express HLA-DR): the DR molecule, HLA-DRA's.
    if (m.first === m.last && m.text === 'HLA' && codeAt(t, to) === 45) {
      const r1 = HLA_SEROTYPE_RE.exec(t.slice(to, to + 8));
      const r2 = r1 ? null : HLA_CLASS_II_SEROTYPE_RE.exec(t.slice(to, to + 9));
      const r3 = r1 || r2 ? null : HLA_DR_RE.exec(t.slice(to, to + 4));
      const r = r1 ?? r2 ?? r3;
      const gene = r1 ? this.soleEntity(`HLA${r1[1]}`) : r2 ? this.soleEntity(hlaClassIILocus(r2[1]!, Number(r2[2]))) : r3 ? this.soleEntity('HLADRA') : null;
      if (r && gene) {
        const end = to + r[0].length;
        emit(from, end, gene, 'resolved', 'normalised');
        return lastAtomBefore(atoms, n, i, end);
      }
    }
    // "claudin 18.2", "CLDN18.2": a gene's numbered name with a decimal suffix is one of its isoforms.
    if (decided.status === 'resolved' && decided.entity?.type === 'gene' && codeAt(t, to) === 46) {
      const isoEnd = decimalIsoformEnd(t, atoms, n, m.last);
      if (isoEnd > 0) {
        emit(from, isoEnd, derivedIsoformRef(decided.entity, t.slice(atoms[2 * m.last]!, isoEnd), t.slice(from, isoEnd)), 'resolved', 'normalised');
        i = m.last + 1;
        return i;
      }
    }

    // IL-1 receptor, IL-36 receptor: the receptor of a ligand, named by the ligand's key plus R (IL1R → IL1R1).
    const receptor = this.receptorOf(t, atoms, n, m, decided.entity);
    if (receptor) {
      emit(from, receptor.to, receptor.entity, 'resolved', 'normalised');
      i = receptor.last;
      return i;
    }
    // "the 5-HT2A receptor", "the CRF1 receptor": a receptor's own short name before the word "receptor" — the phrase
    // names that receptor, word and all.
    const own = this.receptorWordAfter(t, atoms, n, m.last, decided);
    if (own) {
      if (own.entity === decided.entity) emit(from, own.to, decided.entity, decided.status, decided.kind, decided.candidates);
      else emit(from, own.to, own.entity, 'resolved', decided.kind);
      return m.last + 1;
    }
    // "the CGRP receptor": the receptor of a ligand two genes make is neither gene, and the ligand in its name is
    // not a mention of its own.
    if (decided.also && RECEPTOR_WORDS.has(neighbourWord(t, atoms, n, m.last + 1))) return i;

    // Fusions: EWSR1-FLI1, BCR::ABL1 → one mention per partner over the whole span. A fusion that NCBI lists
    // as an alias of one partner (BCR-ABL of ABL1) is split into its partners as well.
    const parts = m.last === m.first + 1 && facts.anyFusions() ? this.splitFusion(t, atoms, n, m, facts, decided.entity) : undefined;
    if (parts) {
      for (const p of parts) emit(from, to, p.entity, p.status, p.kind, p.candidates);
      return i;
    }
    const fusion = facts.anyFusions() ? this.fusionPartner(t, atoms, n, m, facts) : undefined;
    if (fusion) {
      emit(from, fusion.to, decided.entity, decided.status, decided.kind, decided.candidates);
      emit(from, fusion.to, fusion.decided.entity, fusion.decided.status, fusion.decided.kind, fusion.decided.candidates);
      i = fusion.last;
      return i;
    }

    // Coordinated forms: ERK1/2, CDK4/6, SMAD2/3, CDKN2A/B → one mention per entity over the whole span.
    let extra: EntityRef[] | undefined;
    const letterSuffix = LETTER_SUFFIX_RE.test(m.key);
    // "prohormone convertase 1/3", "PC1/3": a slashed name that is itself a name of the same one entity is one mention.
    if (decided.status === 'resolved' && to < t.length && codeAt(t, to) === 47 && m.last + 1 < n && atoms[2 * m.last + 2] === to + 1 && this.slashedSelf(t, from, atoms[2 * m.last + 3]!, decided.entity)) {
      to = atoms[2 * m.last + 3]!;
      i = m.last + 1;
    } else if (decided.status === 'resolved' && to < t.length && codeAt(t, to) === 47 && isGreekCode(codeAt(t, to - 1))) {
      // PI3Kδ/γ, PPARα/δ, RARα/β: a Greek letter after the slash replaces the head's last one.
      const stem = t.slice(from, to - 1);
      let j = m.last;
      while (j + 1 < n && codeAt(t, atoms[2 * j + 1]!) === 47 && atoms[2 * j + 2] === atoms[2 * j + 1]! + 1 && atoms[2 * j + 3] === atoms[2 * j + 2]! + 1 && isGreekCode(codeAt(t, atoms[2 * j + 2]!))) {
        const key = keyOf(stem + t[atoms[2 * j + 2]!]);
        const r = key ? this.soleEntity(key) : null;
        if (!r || r.id === decided.entity?.id) break;
        (extra ??= []).push(r);
        j++;
      }
      if (extra) {
        to = atoms[2 * j + 1]!;
        i = j;
      }
    } else if (decided.status === 'resolved' && to < t.length && codeAt(t, to) === 47 && (letterSuffix || /[0-9]$/.test(m.key))) {
      const stem = letterSuffix ? m.key.slice(0, -1) : m.key.replace(/[0-9]+$/, '');
      const head = t.slice(from, to);
      let j = m.last;
      while (j + 1 < n && codeAt(t, atoms[2 * j + 1]!) === 47 && atoms[2 * j + 2] === atoms[2 * j + 1]! + 1) {
        const next = t.slice(atoms[2 * j + 2]!, atoms[2 * j + 3]!);
        // A dotted tail (Nav1.1/1.6) is never a bare number.
        const dotted = j + 2 < n && codeAt(t, atoms[2 * j + 3]!) === 46 && atoms[2 * j + 4] === atoms[2 * j + 3]! + 1;
        const r = !dotted && (letterSuffix ? ONE_CAPITAL_RE.test(next) : DIGITS_RE.test(next)) ? this.soleEntity(stem + next) : null;
        if (r) {
          (extra ??= []).push(r);
          j++;
          continue;
        }
        // An elided suffix of the same shape: SCN1A/2A/8A → SCN2A, SCN8A; Kv7.2/7.3 → Kv7.3.
        const elided = this.elidedSibling(t, atoms, n, j + 1, head);
        if (!elided) break;
        (extra ??= []).push(elided.entity);
        j = elided.last;
      }
      if (extra) {
        to = atoms[2 * j + 1]!;
        i = j;
      }
    } else if (decided.status === 'resolved' && (codeAt(t, to) === 0x2013 /* – */ || codeAt(t, to) === 45) && m.last + 1 < n && atoms[2 * m.last + 2] === to + 1) {
      // A range: NTRK1–3, SMAD1–3, FGFR1-4 → every member, when each is one entity (a hyphenated name that is one
      // entity, NKX2-2, matched whole before this).
      const range = this.rangeMembers(m.key, t.slice(to + 1, atoms[2 * m.last + 3]!));
      if (range) {
        extra = range;
        i = m.last + 1;
        to = atoms[2 * i + 1]!;
      }
    }
    // A fixed-dose combination (Trikafta): one mention per component drug over the brand's span.
    const components = decided.status === 'resolved' && decided.entity?.type === 'drug' ? this.componentsOf(decided.entity.id) : undefined;
    if (components) {
      for (const r of components) emit(from, to, r, 'resolved', decided.kind);
      return i;
    }
    emit(from, to, decided.entity, decided.status, decided.kind, decided.candidates);
    if (decided.also) for (const other of decided.also) emit(from, to, other, 'resolved', decided.kind);
    if (extra) for (const r of extra) emit(from, to, r, 'resolved', 'normalised');
    return i;
  }

  /**
   * The sibling that a coordinated tail starting at atom `k` names by replacing the end of `head` with a tail of the
   * same shape (digits for digits, letters for letters, dots for dots): `2A` after SCN1A is SCN2A, `7.3` after Kv7.2 is
   * Kv7.3, `A9` after S100A8 is S100A9. The tail must start with a digit or a capital and a digit, be shorter than the
   * head and name one entity that is not the head's.
   */
  private elidedSibling(t: string, atoms: Atoms, n: number, k: number, head: string): { entity: EntityRef; last: number } | undefined {
    let last = k;
    while (last + 1 < n && atoms[2 * last + 2] === atoms[2 * last + 1]! + 1 && t.charCodeAt(atoms[2 * last + 1]!) === 46) last++;
    const tail = t.slice(atoms[2 * k]!, atoms[2 * last + 1]!);
    // (Or a capital and a number: S100A8/A9 → S100A9.)
    if (!/^(?:[0-9]|[A-Z][0-9])/.test(tail) || tail.length >= head.length || tail.length > 4) return undefined;
    const replaced = head.slice(head.length - tail.length);
    const shape = (s: string) => s.replace(/[0-9]/g, '9').replace(/[A-Za-z]/g, 'a');
    if (shape(replaced) !== shape(tail) || replaced === tail) return undefined;
    const key = keyOf(head.slice(0, head.length - tail.length) + tail);
    const headKey = keyOf(head);
    const entity = key ? this.soleEntity(key) : null;
    if (!entity || !headKey || entity.id === this.soleEntity(headKey)?.id) return undefined;
    return { entity, last };
  }

  /** Whether a parenthesis after `to` opens with a brand or code of drug `id`: "cholic acid (Cholbam, Orphacol)". */
  private brandAfter(t: string, to: number, id: string): boolean {
    const m = BRAND_IN_PARENS_RE.exec(t.slice(to, to + 40));
    const key = m ? keyOf(m[1]!) : undefined;
    return key !== undefined && this.soleEntity(key)?.id === id;
  }

  /** Whether `t[from, to)` is the whole of a table cell (the span being scanned follows a pipe and holds nothing else). */
  private isWholeCell(t: string, from: number, to: number): boolean {
    for (let q = from - 1; q >= 0; q--) if (t.charCodeAt(q) !== 32) return false;
    for (let q = to; q < t.length; q++) if (t.charCodeAt(q) !== 32) return false;
    const src = this.curSource;
    let p = sourceStart(this.curDecoded!, 0);
    while (p > 0 && src.charCodeAt(p - 1) === 32) p--;
    return p > 0 && src.charCodeAt(p - 1) === 124;
  }

  /** True when atom `k` alone is a gene's official symbol as written (FAS, CASP10). */
  private isSymbolAt(t: string, atoms: Atoms, n: number, k: number): boolean {
    const m = this.longest(t, atoms, n, k);
    return m !== undefined && m.last === k && m.entries.some((e) => e.kind === 'symbol');
  }

  /**
   * The members a list of designators after a family's name names ("cathepsins B and G": CTSB, CTSG), with the end of
   * the list, when every designator names one member (see `memberByDesignator`).
   */
  private designatedMembers(familyId: string, t: string, to: number): { members: EntityRef[]; end: number } | undefined {
    const m = DESIGNATOR_LIST_RE.exec(t.slice(to, to + 40));
    if (!m) return undefined;
    const members: EntityRef[] = [];
    // (The list pattern has single spaces, so a split on literal separators is enough, and linear.)
    for (const d of m[0].slice(1).split(/, (?:and |or )?| and | or /)) {
      const r = d ? this.memberByDesignator(familyId, d) : null;
      if (!r || members.some((x) => x.id === r.id)) return undefined;
      members.push(r);
    }
    return members.length >= 2 ? { members, end: to + m[0].length } : undefined;
  }

  /** True when `entityId` is a member of the family `familyId` or of one of its member families. */
  private readonly isFamilyMember = (familyId: string, entityId: string): boolean => {
    const look = (id: string, depth: number): boolean => (this.model.entities.get(id)?.members ?? []).some((m) => m === entityId || (depth < 2 && this.model.entities.get(m)?.type === 'family' && look(m, depth + 1)));
    return look(familyId, 0);
  };

  /**
   * The member of a family whose symbol is letters and then `designator` (MMP10 of the matrix metalloproteinases for
   * "10", CTSB of the cathepsins for "B"), when exactly one member is so; members that are families are looked into once.
   */
  private memberByDesignator(familyId: string, designator: string): EntityRef | null {
    const found: string[] = [];
    const look = (id: string, depth: number): void => {
      for (const m of this.model.entities.get(id)?.members ?? []) {
        const e = this.model.entities.get(m);
        if (e?.type === 'family' && depth === 0) look(m, 1);
        else if (e?.symbol && e.symbol.endsWith(designator) && /^[A-Z]+$/.test(e.symbol.slice(0, -designator.length))) found.push(m);
      }
    };
    look(familyId, 0);
    return found.length === 1 ? this.ref(found[0]!) : null;
  }

  /** True when `t[from, to)` (a name with a slash in it) is a key whose one entity is `entity`. */
  private slashedSelf(t: string, from: number, to: number, entity: EntityRef | null): boolean {
    if (!entity || to - from > 60) return false;
    const written = t.slice(from, to);
    let sole = this.slashedMemo.get(written);
    if (sole === undefined) {
      const key = keyOf(written);
      sole = key === undefined ? null : this.soleEntity(key);
      if (this.slashedMemo.size > 50_000) this.slashedMemo.clear();
      this.slashedMemo.set(written, sole);
    }
    return sole?.id === entity.id;
  }

  /** The component drugs of a combination drug (its members), or undefined for a single drug. */
  private componentsOf(id: string): EntityRef[] | undefined {
    let c = this.components.get(id);
    if (c === undefined) {
      const members = this.model.entities.get(id)?.members;
      const refs = members?.length ? members.map((m) => this.ref(m)).filter((r): r is EntityRef => r !== null) : [];
      c = refs.length ? refs : null;
      this.components.set(id, c);
    }
    return c ?? undefined;
  }

  /** The members after the first of a range `KEY1–3` (KEY2, KEY3), each one entity, or undefined. */
  private rangeMembers(key: string, last: string): EntityRef[] | undefined {
    const digits = /[0-9]+$/.exec(key);
    if (!digits) return this.letterRangeMembers(key, last);
    const stem = key.slice(0, key.length - digits[0].length);
    // CALM1–CALM3: the last member may be written whole, with the first one's stem of three letters or more, over a
    // member between them (PRSS1–PRSS2 is a pair, CD19–CD21 a coreceptor).
    const whole = !DIGITS_RE.test(last);
    const lastNumber = !whole ? last : stem.length >= 3 && last.length > stem.length && DIGITS_RE.test(last.slice(stem.length)) && atomKey(last.slice(0, stem.length)) === stem ? last.slice(stem.length) : undefined;
    if (lastNumber === undefined) return undefined;
    const from = Number(digits[0]);
    const to = Number(lastNumber);
    if (to <= from || to - from > 5 || (whole && to - from < 2)) return undefined;
    const out: EntityRef[] = [];
    for (let k = from + 1; k <= to; k++) {
      const r = this.soleEntity(stem + k);
      if (!r) return undefined;
      out.push(r);
    }
    return out;
  }

  /**
   * The members after the first of a range of member letters after a number, `KMT2A–KMT2D` or `KMT2A–D` (KMT2B, KMT2C,
   * KMT2D), each one entity, or undefined; at most five letters on.
   */
  private letterRangeMembers(key: string, last: string): EntityRef[] | undefined {
    if (!/[0-9][A-Z]$/.test(key)) return undefined;
    const stem = key.slice(0, -1);
    const letter = last.length === 1 ? last : last.length === key.length && atomKey(last.slice(0, -1)) === stem ? last.slice(-1) : '';
    if (!/^[A-Z]$/.test(letter)) return undefined;
    const from = key.charCodeAt(key.length - 1);
    const to = letter.charCodeAt(0);
    if (to <= from || to - from > 5) return undefined;
    const out: EntityRef[] = [];
    for (let c = from + 1; c <= to; c++) {
      const r = this.soleEntity(stem + String.fromCharCode(c));
      if (!r) return undefined;
      out.push(r);
    }
    return out;
  }

  /** The one entity that a key's best-ranked entries name (a member of a coordinated form or range), or null. */
  /** The gene and residue of a word of letters and a residue number of two to four digits (tau217), where the letters name one gene. */
  private phosphoSpecies(t: string, s: number, e: number): { gene: EntityRef; residue: string } | undefined {
    let d = e;
    while (d > s && isDigitCode(t.charCodeAt(d - 1))) d--;
    if (e - d < 2 || e - d > 4 || d - s < 3 || t.charCodeAt(d) === 48) return undefined;
    for (let k = s; k < d; k++) if (!isAsciiAlnumCode(t.charCodeAt(k)) || isDigitCode(t.charCodeAt(k))) return undefined;
    const word = t.slice(s, d);
    const hits = this.index.get(atomKey(word));
    if (!hits || !validEntries(hits, word).some((x) => x.kind !== 'alias' && !x.stop && !x.nonEntity)) return undefined;
    const gene = this.soleEntity(atomKey(word));
    return gene?.type === 'gene' ? { gene, residue: t.slice(d, e) } : undefined;
  }

  /** True when the last mention of the span being scanned is a drug that ends one space before decoded offset `from`. */
  private afterDrug(from: number): boolean {
    const last = this.curOut[this.curOut.length - 1];
    return last?.entity?.type === 'drug' && last.span.end === sourceStart(this.curDecoded!, from) - 1;
  }

  /** The gene whose official symbol is `word` in capitals (App → APP), when that symbol names one gene. */
  private mouseSymbol(word: string): EntityRef | null {
    const upper = word.toUpperCase();
    const hits = this.index.get(upper);
    if (!hits || hits.some((x) => x.stop || x.nonEntity)) return null;
    const sym = hits.filter((x) => x.kind === 'symbol' && x.form === upper);
    if (sym.length !== 1) return null;
    const r = this.ref(sym[0]!.id);
    return r?.type === 'gene' ? r : null;
  }

  /** True when a curated name of gene `id` is its key with a lower-case s before it (sST2 of IL1RL1). */
  private solubleIsGene(key: string, id: string): boolean {
    return !!this.index.get(`S${key}`)?.some((x) => x.id === id && x.kind === 'curated');
  }

  /** The gene whose official symbol (three characters or more, a capital and a digit or capitals only) is `rest` exactly. */
  private solubleForm(rest: string): EntityRef | null {
    if (!/^[A-Z][A-Z0-9]{2,}$/.test(rest)) return null;
    const hits = this.index.get(rest);
    // The official symbol, or a curated name of one gene only (sTNFR1: TNFR1 is TNFRSF1A's).
    const sym = hits?.find((x) => x.kind === 'symbol' && x.form === rest && !x.stop && !x.nonEntity) ?? hits?.find((x) => x.kind === 'curated' && x.form === rest && hits.every((y) => y.id === x.id));
    if (!sym || hits!.some((x) => x.stop || x.nonEntity)) return null;
    const r = this.ref(sym.id);
    return r?.type === 'gene' ? r : null;
  }

  /**
   * The definition of the stem of a numbered code (FHH of FHH2) when the draft defined another number of the series as
   * something other than a gene (`STEM#`, abbreviations.ts); or when it defined the stem alone as a disease, a test or
   * another non-gene class ("spinocerebellar ataxias (SCAs)" for SCA3, an alias of ATXN3, which names the disease's
   * locus), the name of the gene `id` does not spell the stem (HSP60, an alias of HSPD1, "heat shock protein family D
   * (Hsp60) member 1", stays a gene where HSP is hereditary spastic paraplegia) and the stem numbers no official symbols
   * (CD21 stays CR2's where CD is Castleman disease: CD4 and CD19 are symbols; CCM1 where CCM is cerebral cavernous
   * malformation: CCM2 is one). Official symbols are not weak and never reach here: "retinal pigment epithelium (RPE)"
   * says nothing of RPE65.
   */
  private stemDefinition(facts: FactsView, text: string, id: string): 'other' | 'other-class' | undefined {
    // CMT1A, LGMD2B: the stem before the number (and its letter); LGMD R9 (keyed LGMDR9), LGMD D1: a stem of four
    // letters or more before the inheritance letter and number (CCR1 is no CC series).
    const inheritance = INHERITANCE_CODE_RE.exec(text);
    const stem = inheritance ? inheritance[1]! : text.replace(/[0-9]{1,3}[A-Z]?$/, '');
    const d = facts.defined(`${stem}#`);
    if (d === 'other' || d === 'other-class') return d;
    // (A series the draft defines in the plural: "limb-girdle muscular dystrophies (LGMDs)".)
    return (facts.defined(stem) ?? facts.defined(`${stem}s`)) === 'other-class' && !initialsSpell(this.ref(id)?.name ?? '', stem) && !this.seriesOfSymbols(stem) ? 'other-class' : undefined;
  }

  /**
   * Whether the draft defines `stem` as a disease, test or scale, and `stem` is neither the initials of entity `id`'s
   * name nor a family's name ("mucous membrane pemphigoid (MMP)" leaves MMP-9 the metalloproteinase).
   */
  private definesDiseaseStem(facts: FactsView, stem: string, id: string): boolean {
    if ((this.index.get(stem) ?? []).some((e) => e.id.startsWith('family:'))) return false;
    return facts.defined(stem) === 'other-class' && !initialsSpell(this.ref(id)?.name ?? '', stem);
  }

  /** Whether one of `STEM1` … `STEM9` is an official symbol (memoised per stem). */
  private seriesOfSymbols(stem: string): boolean {
    let known = this.symbolSeries.get(stem);
    if (known === undefined) {
      known = false;
      for (let k = 1; k <= 9 && !known; k++) known = (this.index.get(`${stem}${k}`) ?? []).some((e) => e.kind === 'symbol');
      this.symbolSeries.set(stem, known);
    }
    return known;
  }
  private readonly symbolSeries = new Map<string, boolean>();

  private soleEntity(key: string): EntityRef | null {
    let sole = this.soleMemo.get(key);
    if (sole === undefined) {
      const valid = this.index.get(key)?.filter((x) => !x.stop && !x.nonEntity);
      const ids = valid?.length ? [...new Set(topEntries(valid).map((x) => x.id))] : [];
      sole = ids.length === 1 ? this.ref(ids[0]!) : null;
      if (this.soleMemo.size > 50_000) this.soleMemo.clear();
      this.soleMemo.set(key, sole);
    }
    return sole;
  }

  /** An integrin heterodimer (α4β7): one mention per subunit gene over its span, replacing what the scan found in it. */
  /**
   * The entity a clotting factor's numeral names: the gene the data names "coagulation factor <numeral>" (F10 for X,
   * found by its symbol F + the numeral's value and checked by that name), or for an activated form ("Xa") the
   * isoform of that gene named "factor Xa". Null when the data has no such gene or isoform.
   */
  private coagulationEntity(item: FactorItem): EntityRef | null {
    const key = item.activated ? `${item.numeral}a` : item.numeral;
    let r = this.factors.get(key);
    if (r !== undefined) return r;
    r = null;
    // Factor XIII is a tetramer of two genes' chains; the name means the catalytic A chain (F13A1, "coagulation factor
    // XIII A chain"), as factor XIII deficiency does.
    const xiii = item.numeral === 'XIII';
    const gene = this.model.genesBySymbol(xiii ? 'F13A1' : `F${romanValue(item.numeral)}`).find((id) => {
      const name = this.model.entities.get(id)?.name ?? '';
      const head = `coagulation factor ${item.numeral}`;
      return name === head || name.startsWith(`${head},`) || (xiii && name === `${head} A chain`);
    });
    if (gene && !item.activated) r = this.ref(gene);
    else if (gene) {
      const k = keyOf(`factor ${key}`);
      const e = k ? this.index.get(k)?.find((x) => this.model.entities.get(x.id)?.parent === gene) : undefined;
      r = e ? this.ref(e.id) : null;
    }
    this.factors.set(key, r);
    return r;
  }

  /** Places a coagulation-factor mention (coagulation.ts), replacing what other rules found inside its span (VIII alone). */
  private placeCoagulationFactor(source: string, f: FactorMention, out: Mention[], from: number): void {
    const refs: EntityRef[] = [];
    for (const item of f.items) {
      const r = this.coagulationEntity(item);
      if (!r) return;
      refs.push(r);
    }
    const { start, end } = f.span;
    const { at, to } = mentionsOverlapping(out, from, f.span);
    // A longer name found by the index that holds this one (factor V Leiden as a curated name) stays.
    for (let k = at; k < to; k++) if (out[k]!.span.start < start || out[k]!.span.end > end) return;
    const text = source.slice(start, end);
    const kind: MatchKind = f.items.length > 1 ? 'normalised' : 'name';
    out.splice(at, to - at, ...refs.map((entity): Mention => ({ text, span: { start, end }, entity, status: 'resolved', kind })));
  }

  /**
   * Places one mention per symbol of `pair` over its span (an integrin or nicotinic subunit pair, a collagen chain, the
   * gastric proton pump), replacing the mentions the scan made inside it; nothing when a symbol names no gene.
   */
  private placeSymbolGroup(source: string, pair: IntegrinPair | CollagenChain | ProtonPumpMention, out: Mention[], from: number): void {
    const refs: EntityRef[] = [];
    for (const symbol of pair.symbols) {
      const e = this.index.get(symbol)?.find((x) => x.kind === 'symbol' && !x.stop && !x.nonEntity);
      const r = e ? this.ref(e.id) : null;
      if (!r) return;
      refs.push(r);
    }
    const { start, end } = pair.span;
    const { at, to } = mentionsOverlapping(out, from, pair.span);
    const text = source.slice(start, end);
    out.splice(at, to - at, ...refs.map((entity): Mention => ({ text, span: { start, end }, entity, status: 'resolved', kind: 'normalised' })));
    // "the integrin α4β7": the class word before a heterodimer is part of its name, not the integrin family.
    const before = at > from ? out[at - 1]! : undefined;
    if (before?.entity?.type === 'family' && before.span.end === start - 1 && source.charCodeAt(start - 1) === 32 && /^integrins?$/i.test(before.text)) out.splice(at - 1, 1);
  }

  /**
   * The end of the word "receptor" right after a gene's short name that is a receptor's (5-HT2A, an alias of HTR2A,
   * "5-hydroxytryptamine receptor 2A"), with that receptor; or, after an ambiguous name, its one candidate named a
   * receptor (AT2: AGTR2); else undefined.
   */
  private receptorWordAfter(t: string, atoms: Atoms, n: number, last: number, decided: Decided): { to: number; entity: EntityRef } | undefined {
    if (decided.entity?.type !== 'gene' || last + 1 >= n || decided.kind === 'symbol') return undefined;
    const end = atoms[2 * last + 1]!;
    if (t.charCodeAt(end) !== 32 || atoms[2 * last + 2] !== end + 1 || !t.startsWith('receptor', end + 1)) return undefined;
    const to = atoms[2 * last + 3]!;
    // Only a singular "receptor" after a short name that is no official symbol: "5-HT2A receptor" names the receptor,
    // while older drafts leave the word out of "KIT receptor" and "EP4 receptors" (blind4, blind8, dev).
    if (t.slice(end + 1, to) !== 'receptor') return undefined;
    if (decided.status === 'resolved') return RECEPTOR_NAME_RE.test(decided.entity.name) ? { to, entity: decided.entity } : undefined;
    // "the AT2 receptor": of an ambiguous name's candidates, the one receptor.
    const receptors = (decided.candidates ?? []).filter((c) => c.type === 'gene' && RECEPTOR_NAME_RE.test(c.name));
    return receptors.length === 1 ? { to, entity: this.ref(receptors[0]!.id) ?? receptors[0]! } : undefined;
  }

  /**
   * "IL-1 receptor", "IL-36 receptor": when the word after a ligand's match is "receptor" and the ligand's key plus R
   * names one other entity (IL1R is an alias of IL1R1, IL36R of IL1RL2), the phrase is that receptor. Without a number,
   * the key plus R must be an official symbol (TSHR) or an alias of a gene named a receptor (LHR of LHCGR).
   */
  private receptorOf(t: string, atoms: Atoms, n: number, m: { last: number; key: string }, ligand: EntityRef | null) {
    if (m.last + 1 >= n) return undefined;
    // IL-1 receptor → IL1R (an alias of IL1R1); GIP receptor, TSH receptor → GIPR, TSHR: without a number, only a key
    // plus R that is an official symbol.
    const numbered = /[0-9]$/.test(m.key);
    if (!numbered && !/^[A-Z]{2,5}$/.test(m.key)) return undefined;
    const end = atoms[2 * m.last + 1]!;
    if (atoms[2 * m.last + 2] !== end + 1 || t.charCodeAt(end) !== 32) return undefined;
    if (t.startsWith('ligand', end + 1)) return this.ligandOf(t, atoms, m, ligand);
    if (!t.startsWith('receptor', end + 1)) return undefined;
    const word = t.slice(end + 1, atoms[2 * m.last + 3]!);
    if (word !== 'receptor' && word !== 'receptors') return undefined;
    // "VEGF receptor 2", "VEGF receptor-1": the ligand's key, R and the number after the word (VEGFR2, an alias of KDR).
    const afterWord = atoms[2 * m.last + 3]!;
    if (!numbered && word === 'receptor' && m.last + 2 < n && atoms[2 * m.last + 4] === afterWord + 1 && (t.charCodeAt(afterWord) === 32 || t.charCodeAt(afterWord) === 45)) {
      const digit = t.slice(afterWord + 1, atoms[2 * m.last + 5]!);
      if (/^[1-9]$/.test(digit)) {
        const ids = [...new Set((this.index.get(`${m.key}R${digit}`) ?? []).filter((e) => !e.stop && !e.nonEntity && (e.kind === 'symbol' || e.kind === 'alias')).map((e) => e.id))];
        const entity = ids.length === 1 ? this.ref(ids[0]!) : null;
        if (entity && entity.type === 'gene' && entity.id !== ligand?.id && RECEPTOR_NAME_RE.test(entity.name)) return { entity, to: atoms[2 * m.last + 5]!, last: m.last + 2 };
      }
    }
    // LH receptor → LHR, an alias of LHCGR (and of CD44, whose name is no receptor's): an alias counts when it names a
    // receptor of the ligand, by name ("luteinizing hormone subunit beta" → "luteinizing hormone/choriogonadotropin
    // receptor"; not FPR1, the formyl peptide receptor, for the prostanoid "FP receptor").
    const hits = this.index.get(`${m.key}R`)?.filter((e) => !e.stop && !e.nonEntity && (numbered || e.kind === 'symbol' || (e.kind === 'alias' && this.namesReceptorOf(e.id, ligand))));
    if (!hits?.length) return undefined;
    const ids = [...new Set(topEntries(hits).map((e) => e.id))];
    const entity = ids.length === 1 ? this.ref(ids[0]!) : null;
    if (!entity || entity.id === ligand?.id || (entity.type !== 'gene' && entity.type !== 'family')) return undefined;
    return { entity, to: atoms[2 * m.last + 3]!, last: m.last + 1 };
  }

  /** Whether the entity `id` is named a receptor of `ligand`: its name holds "receptor" and the first two words of the ligand's. */
  private namesReceptorOf(id: string, ligand: EntityRef | null): boolean {
    const name = this.ref(id)?.name ?? '';
    if (!ligand || !RECEPTOR_NAME_RE.test(name)) return false;
    const words = ligand.name.split(' ');
    return words.length >= 2 && name.startsWith(`${words[0]} ${words[1]}`);
  }

  /**
   * "FLT3 ligand", "OX40 ligand": the ligand of a receptor, named by the receptor's key plus L or LG (FLT3L, an alias
   * of FLT3LG; OX40L of TNFSF4), when that names one gene that is a ligand by its symbol or name (…LG, TNFSF…,
   * "… ligand"): METL, an alias of a methyltransferase, is no ligand of MET.
   */
  private ligandOf(t: string, atoms: Atoms, m: { last: number; key: string }, receptor: EntityRef | null) {
    const word = t.slice(atoms[2 * m.last + 2]!, atoms[2 * m.last + 3]!);
    if (word !== 'ligand' && word !== 'ligands') return undefined;
    const ids = new Set<string>();
    for (const key of [`${m.key}L`, `${m.key}LG`]) {
      for (const e of this.index.get(key) ?? []) if (!e.stop && !e.nonEntity && (e.kind === 'symbol' || e.kind === 'alias' || e.kind === 'curated')) ids.add(e.id);
    }
    if (ids.size !== 1) return undefined;
    const entity = this.ref([...ids][0]!);
    if (!entity || entity.type !== 'gene' || entity.id === receptor?.id) return undefined;
    const symbol = entity.symbol ?? '';
    if (!symbol.endsWith('LG') && !symbol.startsWith('TNFSF') && !/\bligand\b/.test(entity.name)) return undefined;
    return { entity, to: atoms[2 * m.last + 3]!, last: m.last + 1 };
  }

  /** The two partners of a two-atom match that the draft makes a fusion (BCR-ABL), each decided on its own. */
  private splitFusion(t: string, atoms: Atoms, n: number, m: Match, facts: FactsView, whole: EntityRef | null) {
    const a = t.slice(atoms[2 * m.first]!, atoms[2 * m.first + 1]!);
    const b = t.slice(atoms[2 * m.last]!, atoms[2 * m.last + 1]!);
    const sep = t.slice(atoms[2 * m.first + 1]!, atoms[2 * m.last]!);
    if ((sep !== '-' && sep !== '–' && sep !== '::' && sep !== '/') || !facts.isFusion(pairKey(a, b))) return undefined;
    const out = [];
    for (const k of [m.first, m.last]) {
      const s0 = atoms[2 * k]!;
      const e0 = atoms[2 * k + 1]!;
      const info = this.atomInfo(t, s0, e0);
      if (!info.valid) return undefined;
      const part: Match = { first: k, last: k, key: info.key, text: t.slice(s0, e0), entries: info.valid };
      const d = this.decide(part, t, atoms, n, s0, e0, facts);
      if (!d) return undefined;
      // ABL in BCR-ABL: of its candidates, the gene the whole fusion name points to.
      const pick = d.status === 'ambiguous' && whole ? d.candidates?.find((c) => c.id === whole.id) : undefined;
      out.push(pick ? { entity: stripReason(pick), status: 'resolved' as const, kind: d.kind, candidates: undefined } : d);
    }
    return out;
  }

  /** The second partner of a fusion that starts with match `m` (EWSR1 in EWSR1-FLI1), when the draft makes the pair a fusion. */
  private fusionPartner(t: string, atoms: Atoms, n: number, m: Match, facts: FactsView) {
    if (m.first !== m.last || m.last + 1 >= n) return undefined;
    const end = atoms[2 * m.last + 1]!;
    const next = atoms[2 * m.last + 2]!;
    const sep = t.slice(end, next);
    if (sep !== '-' && sep !== '–' && sep !== '::' && sep !== '/') return undefined;
    const m2 = this.longest(t, atoms, n, m.last + 1);
    if (!m2 || m2.first !== m2.last || !facts.isFusion(pairKey(m.text, m2.text))) return undefined;
    const to = atoms[2 * m2.last + 1]!;
    if (followedByInteractionWord(t, to)) return undefined;
    const decided = this.decide(m2, t, atoms, n, next, to, facts);
    return decided ? { decided, last: m2.last, to } : undefined;
  }

  /** Longest valid match starting at atom `i`. */
  private longest(t: string, atoms: Atoms, n: number, i: number): Match | undefined {
    this.hyphenChoiceAt = -1;
    let m = this.longestFrom(t, atoms, n, i, false);
    // "insulin-like growth factor-binding protein 7": where a hyphen between two words led on as written (a curated
    // "insulin-like …" name) but a name written with a space goes further, the longer reading wins — if it goes on
    // past the hyphenated word ("chymotrypsin-like activity" is no CTRL, "chymotrypsin like").
    if (this.hyphenChoiceAt >= 0) {
      const choiceAt = this.hyphenChoiceAt;
      const spaced = this.longestFrom(t, atoms, n, i, false, true);
      if (spaced && spaced.last > choiceAt && (!m || spaced.last > m.last)) m = spaced;
    }
    if (!m || m.last === i) return m;
    // A slash-joined name that is itself part of a longer slash chain is split into its members.
    const s0 = atoms[2 * i]!;
    const end = atoms[2 * m.last + 1]!;
    if (((s0 > 0 && t.charCodeAt(s0 - 1) === 47) || (end < t.length && t.charCodeAt(end) === 47)) && t.slice(s0, end).includes('/')) return this.longestFrom(t, atoms, n, i, true);
    return m;
  }

  private keyNode(key: string): KeyNode {
    this.nodes++;
    return { key, hits: this.index.get(key), prefix: this.index.isPrefix(key), codePrefix: this.index.isCodePrefix(key), next: undefined, nextSpaced: undefined, lastText: undefined, lastValid: undefined };
  }

  /** The node for `parent.key` extended by an atom key (cached). */
  private child(parent: KeyNode, spaced: boolean, atom: string): KeyNode {
    const map = spaced ? (parent.nextSpaced ??= new Map()) : (parent.next ??= new Map());
    let c = map.get(atom);
    if (!c) {
      if (this.nodes > 300_000) this.resetCaches();
      c = this.keyNode(parent.key + (spaced ? ' ' : '') + atom);
      map.set(atom, c);
    }
    return c;
  }

  /**
   * Facts of atom `i` of the span being scanned. The scan asks for an atom while it looks ahead from an earlier
   * one (at most ten atoms) and again when it gets there: the last sixteen are kept, so the memo is asked once.
   */
  private infoAt(t: string, atoms: Atoms, i: number): AtomInfo {
    if (this.spanAtoms !== atoms) {
      this.spanAtoms = atoms;
      this.recentAt.fill(-1);
    }
    const slot = i & 15;
    if (this.recentAt[slot] === i) return this.recent[slot]!;
    const info = this.atomInfo(t, atoms[2 * i]!, atoms[2 * i + 1]!);
    this.recentAt[slot] = i;
    this.recent[slot] = info;
    return info;
  }

  private resetCaches(): void {
    this.memo = new AtomMemo<AtomInfo>();
    this.nodes = 0;
  }

  /** Key, valid single-atom entries and prefix flag of the atom `t.slice(s, e)` (memoised per scanner). */
  private atomInfo(t: string, s: number, e: number): AtomInfo {
    let a = this.memo.get(t, s, e);
    if (a === undefined) {
      const raw = t.slice(s, e);
      const key = atomKey(raw);
      const hits = this.index.get(key);
      let valid = hits && hasLetter(raw) ? validEntries(hits, raw) : undefined;
      // fgd1, ddn2, brca1: one word of lower-case letters and digits is a bacterial, zebrafish or file-like name, never
      // how prose writes a human symbol (upper case) or a mouse one (capitalised); p53 and gp130, proteins named by
      // their mass, are the exception. (Only a single atom: actinin-4 and nectin-4 are a word and a number.)
      if (valid?.length && LOWER_ALNUM_RE.test(raw) && !MASS_NAME_RE.test(raw)) valid = valid.filter((x) => x.kind === 'curated');
      // A lower-case word continues only into multi-word names, and a short one (a, of, in, and) never does.
      const lower = /^[a-z]+$/.test(raw);
      // Eponymous names open with a short particle of their own: von Willebrand factor, von Hippel-Lindau.
      const prefix = lower ? (raw.length >= 3 || raw === 'von' || raw === 'van') && this.index.isPrefix(key) : this.index.isPrefix(key) || this.index.isCodePrefix(key);
      const c = raw.charCodeAt(0);
      const c0 = c | 32;
      const some = valid?.length ? valid : undefined;
      const plain = !some && !prefix && raw.length >= 2 && !(c >= 65 && c <= 90) && c0 !== 109 && c0 !== 104 && c0 !== 108 && (lower || (!lowerCamel(raw, 0, raw.length) && !(c === 115 && isUpperCode(raw.charCodeAt(1)))));
      // Every field set here, so that all infos share one shape (the scan reads them in its hottest loop).
      a = { key, node: undefined, lower, valid: some, prefix, stem: undefined, cue: undefined, plain };
      this.memo.set(t, s, e, a);
    }
    return a;
  }

  /** Set by `longestFrom` to the atom after the first hyphen between two words that led on both as written and as a space (see `longest`). */
  private hyphenChoiceAt = -1;

  private longestFrom(t: string, atoms: Atoms, n: number, i: number, slashChain: boolean, spacedHyphens = false): Match | undefined {
    const s0 = atoms[2 * i]!;
    const e0 = atoms[2 * i + 1]!;
    const info = this.infoAt(t, atoms, i);
    let key = info.key;
    let spaceBefore = 0;
    let best: Match | undefined = info.valid ? { first: i, last: i, key, text: t.slice(s0, e0), entries: info.valid } : undefined;
    // c-Myc, c-Src, v-Raf: a one-letter prefix joined by a hyphen.
    const letterPrefix = ((e0 - s0 === 1 && e0 < t.length && t.charCodeAt(e0) === 45) || shortGluedPrefix(t, s0, e0, info.lower)) && (this.index.isPrefix(key) || this.index.isCodePrefix(key));
    if (!info.prefix && !letterPrefix) return best;
    let node: KeyNode = (info.node ??= this.keyNode(key));
    /** Whether the name opened a parenthesis ("poly(ADP-ribose) …"): only then may it go on past a closing one. */
    let openParen = false;
    for (let j = i + 1; j < n && j - i < 10; j++) {
      const g0 = atoms[2 * j - 1]!;
      const g1 = atoms[2 * j]!;
      if (!allowedGap(t, g0, g1)) break;
      const gc = t.charCodeAt(g0);
      // "succinate dehydrogenase (SDH) complex": a parenthesis closed that the name did not open ends it.
      if (gc === 41 && !openParen) break;
      // "PTH(1-84)": a residue range in parentheses is a fragment of the name before it (fragmentAfter), no part of a key.
      if (gc === 40 && RESIDUE_RANGE_RE.test(t.slice(g0, g0 + 12))) break;
      if (gc === 40) openParen = true;
      const afterRaw = atoms[2 * j + 1]!;
      const raw = t.slice(g1, afterRaw);
      // A decimal number (OR 2.1, HR 0.80) is never part of a name, except the number of a numbered name that a decimal
      // isoform suffix follows ("claudin 18.2", after a word of four letters or more): the name ends in it, and the
      // scan reads the decimal as the isoform (decimalIsoformEnd).
      // "1.05a" (a version or a quantity) is a decimal number, not the alias 105A.
      if (j === i + 1 && gc === 46 && g1 - g0 === 1 && isDigitCode(t.charCodeAt(g1)) && isDigits(t.slice(s0, e0))) break;
      let decimalStop = false;
      if (afterRaw + 1 < t.length && isDigits(raw) && t.charCodeAt(afterRaw) === 46 && isDigitCode(t.charCodeAt(afterRaw + 1))) {
        if (g1 - g0 !== 1 || !(t.charCodeAt(g0) === 32 || t.charCodeAt(g0) === 45) || !isLetterWord(t, atoms[2 * j - 2]!, g0) || decimalIsoformEnd(t, atoms, n, j) < 0) break;
        decimalStop = true;
      }
      // Inside a slash chain (WNT/β-catenin/TCF signalling) each member is its own mention.
      if (slashChain && (t.charCodeAt(g0) === 47 || t.charCodeAt(g0) === 0x2013)) break;
      // Leave `X1/2` to the coordination step once X1 matched.
      // (Unless a curated name goes on through the slash: "MRP8/14", the calprotectin heterodimer; "CD4/8" is no CD48.)
      if (best && best.last === j - 1 && t.charCodeAt(g0) === 47 && DIGITS_RE.test(raw) && !this.child(node, false, raw).hits?.some((e) => e.kind === 'curated')) break;
      const spaced = g1 - g0 === 1 ? t.charCodeAt(g0) === 32 || t.charCodeAt(g0) === 0xa0 : gapHasSpace(t, g0, g1);
      // (Not a Greek letter that opens a hyphenated word of its own after a lone capital: "class A β-lactamase" is no
      // Aβ; "dopamine β-hydroxylase" and "acid α-glucosidase" stay names.)
      const glued = spaced && gluesToPrevious(raw) && !(j === i + 1 && e0 - s0 === 1 && t.charCodeAt(afterRaw) === 45 && isGreekWord(raw) && isLowerWordAt(t, afterRaw + 1));
      // "of 45", "at 3": a short lower-case word does not take a number; nor does one capitalised at a sentence's start
      // ("An H1-antihistamine" is no ANH1).
      if (glued && j === i + 1 && e0 - s0 <= 3 && (info.lower || CAPITALISED_SHORT_WORDS.has(t.slice(s0, e0)))) break;
      // A three-letter lower-case word opens only a spaced name ("low density lipoprotein receptor"): "pre-β" is no PREB.
      if (j === i + 1 && e0 - s0 === 3 && info.lower && !spaced && !letterPrefix) break;
      let space = spaced && !glued;
      const atomKeyJ = this.infoAt(t, atoms, j).key;
      let next = this.child(node, space, atomKeyJ);
      // IGF-I, IGF-II: a Roman numeral after a hyphen is the member number of a code in capitals (IGF1, IGF2) where
      // the number gives an official symbol or curated name. Only right after the code: "type II", "class I",
      // "Complex I" and "phase II" open with words, not codes, and "HLA-I" numbers no gene.
      let roman = false;
      if (j === i + 1 && !space && g1 - g0 === 1 && t.charCodeAt(g0) === 45 && afterRaw - g1 <= 3) {
        const digit = romanDigit(raw);
        if (digit && isCapsCode(t, s0, e0)) {
          const alt = this.child(node, false, digit);
          // (Only where the number gives a symbol or curated name: RIG-I is RIGI, not the alias RIG1.)
          if (alt.hits && alt.hits.some((h) => h.kind === 'symbol' || h.kind === 'curated')) {
            next = alt;
            roman = true;
          }
        }
      }
      // "DNA ligase IV": a Roman numeral after a spaced name is the member number of a full name written with a digit
      // ("DNA ligase 4"), where the numeral itself leads nowhere (NCBI's "RNA polymerase II subunit A" keeps it).
      if (space && !roman && !next.hits && !next.prefix && afterRaw - g1 <= 3 && atoms[2 * j - 1]! - atoms[2 * j - 2]! >= 4) {
        const digit = romanDigit(raw);
        if (digit) {
          // (A number glues to the word before it in a key: "DNA ligase 4" is keyed "DNA ligase4".)
          const alt = this.child(node, false, digit);
          if (alt.hits && alt.hits.some((h) => h.kind === 'name')) {
            next = alt;
            roman = true;
          }
        }
      }
      // "thioredoxin-interacting protein", "killer-cell immunoglobulin-like receptors": a hyphen between two words
      // stands for the space of a multi-word name (where the joined form leads nowhere, or on the second walk that
      // `longest` makes when both forms lead on).
      if (!space && g1 - g0 === 1 && t.charCodeAt(g0) === 45 && isWordPair(t, atoms[2 * j - 2]!, g0, g1, afterRaw)) {
        const joinedLeads = !!(next.hits || next.prefix);
        if (spacedHyphens || !joinedLeads) {
          const spacedNext = this.child(node, true, atomKeyJ);
          if (spacedNext.hits || spacedNext.prefix) {
            next = spacedNext;
            space = true;
          }
        } else if (this.hyphenChoiceAt < 0 && this.child(node, true, atomKeyJ).prefix) this.hyphenChoiceAt = j;
      }
      if (space) spaceBefore |= 1 << (j - i);
      node = next;
      key = node.key;
      if (node.hits) {
        const text = joinedText(t, atoms, i, j, spaceBefore);
        // A draft writes a name the same way again and again: the last text's entries are kept on the node.
        if (node.lastText !== text) {
          // (A text of digits is no name, but a curated one written with its hyphens is: the 14-3-3 proteins.)
          node.lastValid = hasLetter(text) ? validEntries(node.hits, text) : hyphenWithin(t, s0, afterRaw) ? validEntries(node.hits, text).filter((x) => x.kind === 'curated') : [];
          node.lastText = text;
        }
        let v = node.lastValid!;
        // CAR-T is not the alias CART: a hyphen before a final single capital splits off a word of its own.
        if (roman) v = v.filter((x) => x.kind === 'symbol' || x.kind === 'curated' || (space && x.kind === 'name'));
        else if (v.length && j === i + 1 && g1 - g0 === 1 && t.charCodeAt(g0) === 45 && afterRaw - g1 === 1 && isUpperCode(t.charCodeAt(g1)) && CAPS_WORD_RE.test(t.slice(s0, e0))) {
          // … unless the word is the initialism of the gene's name (NPR-B, natriuretic peptide receptor 2), or a general
          // transcription factor's code that ends in a Roman numeral (TFII-I).
          const caps = t.slice(s0, e0);
          if (!caps.endsWith('II')) v = v.filter((x) => x.kind !== 'alias' || isNameInitialism(caps, this.ref(x.id)?.name ?? ''));
        }
        if (v.length) best = { first: i, last: j, key, text, entries: v };
      }
      if (decimalStop) break;
      if (!node.prefix && ((info.lower && !letterPrefix) || !node.codePrefix)) break;
    }
    return best;
  }

  /** True when the match is an end of a numbered range (name-parts.ts `numberedRange`) that some number of is no key. */
  private labelSeries(t: string, atoms: Atoms, n: number, m: Match): boolean {
    // Most matches end in no digit, or have no dash, hyphen or space on either side of them: no range.
    const s = atoms[2 * m.first]!;
    const e = atoms[2 * m.last + 1]!;
    if (m.first !== m.last || !isDigitCode(t.charCodeAt(e - 1))) return false;
    const after = t.charCodeAt(e);
    const before = s > 0 ? t.charCodeAt(s - 1) : 0;
    if (!(after === 0x2013 || after === 0x2014 || after === 0x2012 || after === 45 || after === 32 || before === 45 || before === 0x2013 || before === 0x2014 || before === 0x2012 || before === 32)) return false;
    const r = numberedRange(t, atoms, n, m);
    if (!r || r.to <= r.from || r.to - r.from > 30) return false;
    const stem = r.stem.toUpperCase();
    for (let k = r.from; k <= r.to; k++) if (k !== r.at && !this.index.has(stem + k)) return true;
    return false;
  }

  /**
   * The entity of atom `i` when it is, alone, an abbreviation the draft links to one entity by defining it
   * (abbreviations.ts); not when a hyphen joins a number to it (GR-1 is another name).
   */
  private linkedAtom(t: string, atoms: Atoms, n: number, i: number, facts: FactsView): EntityRef | null {
    const e0 = atoms[2 * i + 1]!;
    if (i + 1 < n && atoms[2 * i + 2] === e0 + 1 && t.charCodeAt(e0) === 45 && isDigitCode(t.charCodeAt(e0 + 1))) return null;
    // Vitamin D3 is no dopamine receptor, whatever the draft links D3 to.
    if (i > 0 && atomText(t, atoms, i - 1).toLowerCase() === 'vitamin') return null;
    // "a long-acting β2-agonist", "D2-antagonists": a drug class named after the receptor, not the receptor.
    if (t.charCodeAt(e0) === 45 && CLASS_AFTER_CODE_RE.test(t.slice(e0, e0 + 14))) return null;
    // "K63-linked chains": a lysine residue, not a keratin the draft links K63 to.
    if (t.charCodeAt(e0) === 45 && t.startsWith('-linked', e0)) return null;
    // "α1-adrenergic", "β2-adrenoceptor", "central α2 adrenoceptors": an adrenergic receptor's code, whatever else the
    // draft links it to.
    if ((t.charCodeAt(e0) === 45 || t.charCodeAt(e0) === 32) && t.startsWith('adren', e0 + 1)) return null;
    // A Greek code: "α2 agonists" name a drug class, "ε-sarcoglycan" another protein ("α4-containing receptors" keep it).
    const c0 = t.charCodeAt(atoms[2 * i]!);
    if (c0 >= 0x3b1 && c0 <= 0x3c9) {
      if (GREEK_CODE_CLASS_AFTER_RE.test(t.slice(e0, e0 + 14))) return null;
      // "α2δ-1", the calcium channel subunit that gabapentin binds: a Greek code glued to another Greek letter.
      const next = t.charCodeAt(e0);
      if (next >= 0x3b1 && next <= 0x3c9) return null;
      if (next === 45 && isAsciiLetterCode(codeAt(t, e0 + 1)) && !t.startsWith('-containing', e0)) return null;
    }
    const id = facts.linked(t.slice(atoms[2 * i]!, e0));
    return id ? this.ref(id) : null;
  }

  /**
   * Turns a match into a mention's entity, status and kind, or undefined when it produces no mention. An
   * abbreviation the draft links to an entity by its definition ("calcitonin receptor-like receptor (CLR)") names
   * that entity, whatever else it is an alias of; the rules that drop a match (context, cell lines, scores) still apply,
   * and names with two common readings keep their context rules.
   */
  private decide(m: Match, t: string, atoms: Atoms, n: number, from: number, to: number, facts: FactsView): Decided | undefined {
    const d = this.decideMatch(m, t, atoms, n, from, to, facts);
    if (!facts.anyLinks()) return d;
    // The abbreviation as the draft wrote and defined it ("SF-1"; `m.text` joins hyphenated atoms: SF1).
    const written = t.slice(from, to);
    const id = facts.linked(written) ?? (written !== m.text ? facts.linked(m.text) : undefined);
    // "tenofovir alafenamide (TAF)": a weak alias the draft's definition set aside is the drug it defined.
    if (!d) return id?.startsWith('drug:') ? this.linkedDrug(id) : undefined;
    if (!id || (d.status === 'resolved' && d.entity?.id === id)) return d;
    // ER, PR, MIB-1: names with two common readings are left to their context rules (ER stress after "estrogen receptor (ER)").
    if (this.matchFacts(m).best.ambiguous) return d;
    if (m.first > 0 && atomText(t, atoms, m.first - 1).toLowerCase() === 'vitamin') return d;
    const r = this.ref(id);
    return r ? { entity: r, status: 'resolved', kind: 'alias', candidates: undefined } : d;
  }

  private linkedDrug(id: string): Decided | undefined {
    const r = this.ref(id);
    return r ? { entity: r, status: 'resolved', kind: 'alias', candidates: undefined } : undefined;
  }

  private decideMatch(m: Match, t: string, atoms: Atoms, n: number, from: number, to: number, facts: FactsView): Decided | undefined {
    const f = this.matchFacts(m);
    if (!f.refs) return undefined;
    const { top, best, isGeneLike, weak, weakGene } = f;
    // "maturity-onset diabetes of the young (MODY)": a weak name the draft defines as something else; "tuberculin
    // skin test (TST)", "neuroleptic malignant syndrome (NMS)": any name the draft defines as a disease, test, scale…
    // (The definition is looked up only when it could matter: incremental analysis records each look-up.)
    // A family's abbreviation as well: "bis(monoacylglycerol)phosphate (BMP)" is no bone morphogenetic protein there.
    // (Only a short word with a capital can be an abbreviation a draft defines; each look-up is recorded for the
    // incremental analysis, so none is made for "caspases".)
    const family = best.id.startsWith('family:');
    // (Also "iNTS", invasive nontyphoidal Salmonella: a lower-case letter before capitals.)
    const familyAbbreviation = family && m.text.length <= 10 && (ABBREVIATION_SHAPE_RE.test(m.text) || LOWER_LED_ABBREVIATION_RE.test(m.text));
    // "gestational trophoblastic neoplasia (GTN)": a drug's short synonym (GTN, glyceryl trinitrate) that the draft
    // defines as a disease, test or scale names that instead.
    const drugAbbreviation = !family && DRUG_SHORT_SYNONYM_RE.test(m.text) && best.id.startsWith('drug:');
    // "autosomal recessive (AR)": a mode of inheritance the draft abbreviates, where it does not define AR as a gene.
    if (best.kind === 'symbol' && INHERITANCE_CODES.has(m.text) && facts.defined(inheritanceKey(m.text)) !== undefined && facts.defined(m.text) !== 'gene') return undefined;
    if (drugAbbreviation && facts.defined(m.text) === 'other-class') return undefined;
    // "familial hypocalciuric hypercalcaemia type 1 (FHH1)" defines FHH, so FHH2 and FHH3 (aliases) name the conditions.
    // (Not a name the draft itself links to this entity: "RUNX1 (formerly AML1)" where AML is the leukaemia.)
    const def = weak || weakGene || familyAbbreviation ? (facts.defined(m.text) ?? (weak && NUMBERED_CODE_RE.test(m.text) && !(facts.anyLinks() && facts.linked(m.text) === best.id) ? this.stemDefinition(facts, m.text, best.id) : undefined)) : undefined;
    if (def === 'other' && weak) return undefined;
    // "neurofibromatosis type 2 (NF2)" … "NF2 encodes merlin", "one NF2 allele": an official symbol with a number (a
    // disease named for its gene) that the draft defines as the disease still names the gene where a word of the gene's
    // reading stands beside it (gene-reading-cues.ts). Not one of capitals only: "the main PAH gene", "homozygous FH".
    if (def === 'other-class' && (weakGene || familyAbbreviation) && !(best.kind === 'symbol' && f.hasDigit && geneReadingAround(t, atoms, n, m.first, m.last))) return undefined;
    // "cryopyrin-associated periodic syndromes (CAPS)", "mitral valve prolapse (MVP)": an official symbol of three
    // capitals or more that the draft defines as a disease (and not as a gene) names the disease.
    // (A curated complex written as one word of capitals too: "interstitial fibrosis and tubular atrophy (IFTA)" is no IFT-A.)
    // (A curated synonym as well: "subcorneal pustular dermatosis (SPD)" is no SP-D, surfactant protein D.)
    // ("multiple endocrine neoplasia type 1 (MEN-1)": also a symbol written with a hyphen before its number, which the
    // draft defines as the disease, as written (`m.text` joins the hyphen); MEN1 unhyphenated stays the gene.)
    if (!def && ((isGeneLike && (best.kind === 'symbol' || best.kind === 'curated')) || best.id.startsWith('complex:')) && ((m.first === m.last && m.text.length >= 3 && CAPS_WORD_RE.test(m.text) && facts.defined(m.text) === 'other-class') || (HYPHEN_NUMBERED_CAPS_RE.test(t.slice(from, to)) && facts.defined(t.slice(from, to)) === 'other-class'))) return undefined;
    // "Hermansky–Pudlak syndrome (HPS)" … "HPS-2, HPS-7": a hyphen before the number of a stem the draft defines as a
    // disease names the disease's types, even where the series holds official symbols (HPS1, HPS3; written so, the genes).
    if (!def && isGeneLike && HYPHEN_NUMBERED_CAPS_RE.test(t.slice(from, to)) && this.definesDiseaseStem(facts, t.slice(from, t.indexOf('-', from)), best.id)) return undefined;
    const nextWord = isGeneLike ? neighbourWord(t, atoms, n, m.last + 1) : '';
    // HIV-1 Tat, influenza A virus, MCF-7 cells: not genes.
    if (isGeneLike && VIRUS_WORDS.has(nextWord) && best.kind !== 'symbol') return undefined;
    // CAT scan, PET scans: an imaging method, even where it is an official symbol (CAT, catalase).
    if (isGeneLike && IMAGING_WORDS.has(nextWord)) return undefined;
    // "HLA typing": a family's name before a typing word names the laboratory method.
    if (family && TYPING_WORDS.has(nextWord)) return undefined;
    // "PI(4)K", "PI(4,5)P2": locants in parentheses make a lipid's name, not an alias (PI4); a name closed by a
    // parenthesis inside a word is part of a longer word.
    if (t.charCodeAt(to - 1) === 41 && to < t.length && WORD_CHAR_RE.test(t[to]!)) return undefined;
    if (m.last > m.first && PAREN_LOCANT_RE.test(t.slice(from, to))) return undefined;
    // ARO-DUX4, ABBV-8E12: a sponsor's development code (an siRNA or antibody named for its target) holds no gene, neither
    // the prefix (ARO is an alias of CYP19A1) nor the target's symbol after it.
    if (isGeneLike && m.first === m.last && this.inSponsorCode(t, atoms, n, m.first)) return undefined;
    // "CSP #563": a programme's name before its study number, not an alias.
    if (weak && t.charCodeAt(to) === 32 && t.charCodeAt(to + 1) === 35 && isDigitCode(t.charCodeAt(to + 2))) return undefined;
    // "epidermal growth factor-like repeats", "an EGF-like domain": a protein domain named after the protein, not the
    // protein ("a plasminogen-like glycoprotein" still names plasminogen).
    if (isGeneLike && t.charCodeAt(to) === 45 && LIKE_DOMAIN_AFTER_RE.test(t.slice(to, to + 20))) return undefined;
    // "a pleckstrin homology domain", "the Src homology 2 (SH2) domain", "Bcl-2 homology 3": a domain named after the
    // protein it was found in.
    if ((isGeneLike || family) && t.charCodeAt(to) === 32 && t.startsWith(' homology', to) && !isAlnumAt(t, to + 9)) return undefined;
    // "Adams–Oliver syndrome", "Stokes–Adams attacks": a capitalised word joined by a dash to another capitalised name
    // before a disease's head word is one of an eponymous disease's names, whatever family's plural it spells (ADAMs).
    if ((isGeneLike || family) && m.first === m.last && eponymousDiseaseName(t, from, to)) return undefined;
    // "the CAA codon", "GAA repeats": a nucleotide repeat unit, even where it is an official symbol (GAA).
    if (isGeneLike && REPEAT_WORDS.has(nextWord) && NUCLEOTIDES_RE.test(m.text)) return undefined;
    // "the LIR motif", "the SET domain", "a KEN box": a gene's two to four capitals before a domain or motif word name
    // that sequence feature (LC3-interacting region; Su(var)3-9, Enhancer-of-zeste, Trithorax), not the gene that
    // shares the letters. Not a family's name ("the GATA motif" is its members' binding site), a numbered domain of the
    // protein ("SBDS domain III") nor an abbreviation the draft defines ("dentin sialoprotein (DSP)" … "the DSP domain").
    if (isGeneLike && !family && FEATURE_WORDS.has(nextWord) && m.first === m.last && SHORT_CAPS_RE.test(m.text) && (t.charCodeAt(to) === 32 || t.charCodeAt(to) === 45)
      && !NUMBERED_AFTER_FEATURE_RE.test(t.slice(to + 1 + nextWord.length, to + 1 + nextWord.length + 6)) && !(facts.anyLinks() && facts.linked(m.text))) return undefined;
    // "Mal d 1", "Bet v 1", "Ara h 2": an allergen's name (genus, species initial, number) is no gene (Mal, TIRAP).
    if (isGeneLike && m.first === m.last && ALLERGEN_GENUS_RE.test(m.text) && ALLERGEN_AFTER_RE.test(t.slice(to, to + 7))) return undefined;
    if (isGeneLike && best.kind === 'alias' && !f.hasDigit) {
      // "the CAP regimen"; "the LEC rat", "DBA/2J mice"; "NUT carcinoma", "WAGR and Denys–Drash syndromes": an alias
      // in capitals names a regimen, a strain or a disease there (official symbols keep theirs: Ryr2 mice, DICER1 syndrome).
      if (REGIMEN_WORDS.has(nextWord) || DISEASE_HEAD_WORDS.has(nextWord) || coordinatedDiseaseFollows(t, to)) return undefined;
      if (CAPS_WORD_RE.test(m.text) && (STRAIN_WORDS.has(nextWord) || strainCodeFollows(t, to))) return undefined;
    }
    // MIS-C: an alias before a hyphen and one capital that ends the word is part of an abbreviation of its own.
    // (Not A or B: PR-A and PR-B are isoforms.)
    if (isGeneLike && weak && t.charCodeAt(to) === 45 && to + 1 < t.length && isUpperCode(t.charCodeAt(to + 1)) && t.charCodeAt(to + 1) > 66 && !(to + 2 < t.length && isAlnumAt(t, to + 2))) return undefined;
    // STAR*D: a symbol before an asterisk and a capital heads a trial's name (an allele's asterisk takes a digit: HLA-B*57).
    if (isGeneLike && t.charCodeAt(to) === 42 && to + 1 < t.length && isUpperCode(t.charCodeAt(to + 1))) return undefined;
    // NAP1/027: an alias before a slash and a PCR ribotype (three digits from 0) names a bacterial strain.
    if (isGeneLike && best.kind === 'alias' && t.charCodeAt(to) === 47 && /^\/0[0-9]{2}(?![0-9])/.test(t.slice(to, to + 5))) return undefined;
    // AMT-130, CAT-354: a symbol in capitals before a hyphen and three digits or more heads a development code.
    if (isGeneLike && codeNumberFollows(t, from, to) && CAPS_WORD_RE.test(m.text)) return undefined;
    const complex = !family && best.id.startsWith('complex:');
    const prevWord = isGeneLike || family || complex ? neighbourWord(t, atoms, n, m.first - 1) : '';
    // "viral neuraminidase", "a schistosome TRPM channel", "mycobacterial ATP synthase": a protein, family or complex of
    // a virus, microbe or parasite.
    if ((isGeneLike || family || complex) && FOREIGN_WORDS.has(prevWord)) return undefined;
    // "Mal de Meleda": an alias before a Romance particle and a capitalised word opens a proper name, no gene.
    if (isGeneLike && best.kind === 'alias' && t.charCodeAt(to) === 32 && ROMANCE_PARTICLE_RE.test(t.slice(to, to + 8))) return undefined;
    // "parvovirus B19", "coxsackievirus B3": a name after a virus's name is its strain or type, not a human gene's alias.
    if (isGeneLike && best.kind !== 'symbol' && prevWord.endsWith('virus')) return undefined;
    // "the PIP joint", "MCP joints": a finger joint's abbreviation, even where it is an official symbol (PIP).
    if (isGeneLike && (nextWord === 'joint' || nextWord === 'joints')) return undefined;
    // "GPI-anchored proteins", "the GPI anchor": glycosylphosphatidylinositol, not glucose-6-phosphate isomerase (GPI).
    // (Not "strings of VWF anchored to P-selectin": the verb after a space.)
    if (isGeneLike && ANCHOR_WORDS.has(nextWord) && (t.charCodeAt(to) === 45 || !nextWord.startsWith('anchored'))) return undefined;
    // (A cluster-of-differentiation marker names the cells that carry it: "CD8 cells", "CD123 cells" keep CD8A, IL3RA.)
    const markedCells = CELL_WORDS.has(nextWord) && !CD_MARKER_RE.test(m.text);
    if (isGeneLike && markedCells && f.hasDigit && best.kind !== 'symbol' && best.kind !== 'curated') return undefined;
    // "the MEC-1 and OSU-CLL cell lines": the first of two coordinated cell-line names before the cell word.
    if (isGeneLike && f.hasDigit && best.kind === 'alias' && t.charCodeAt(to) === 32 && COORDINATED_CELL_LINE_RE.test(t.slice(to, to + 60))) return undefined;
    // HBE cells, NHBE cells: an alias in capitals before "cells" names a cell type (a symbol keeps it: CD4 cells).
    if (isGeneLike && markedCells && best.kind === 'alias' && CAPS_WORD_RE.test(m.text)) return undefined;
    // An ALL-CAPS English word (SET, REST) among other ALL-CAPS words is shouting, not a gene.
    // (A trial's name may stand in a list of names, where a comma breaks the run: "SUSTAIN, STAND" — inShoutedRun.)
    if (f.englishWord && (best.id.startsWith('trial:') ? inShoutedRun(t, atoms, n, m.first, m.last, this.isIndexKey) : inCapsRun(t, atoms, n, m, this.index))) return undefined;
    // MSK-IMPACT, EMPA-REG, DAS28-CRP: a part of a hyphenated proper name (a panel, trial or score) is not a gene.
    // (Unless the draft defines it as an entity's abbreviation: "proteinase 3 (PR3)" … "PR3-ANCA".)
    if (f.noDrugOrTrial && this.inProperName(t, atoms, n, m, best) && !(facts.anyLinks() && facts.linked(m.text)) && !diseaseGeneForm(t, atoms, m, best, facts)) return undefined;
    // F2–F3 fibrosis, stage T2: stage and grade codes are not the genes that share their form; ELN 2022 is a guideline.
    // The ELN milestones, WHO criteria: an organisation's initials before a guideline word.
    if (isGeneLike && (isStageCode(t, atoms, n, m) || (best.kind !== 'curated' && (followedByYear(t, atoms, n, m) || followedByGuidelineWord(t, atoms, n, m))))) return undefined;
    // GAP index, GAD-7, SOLO 1, ATS/ERS/JRS/ALAT: a weak match inside the name of a score, a study or a society.
    if (isGeneLike && weak && (headsNumberedOrMeasureName(t, atoms, n, m, this.isIndexKey) || inAcronymList(t, atoms, n, m, this.isIndexKey))) return undefined;
    if (isGeneLike && best.kind === 'symbol' && headsCitedRomanNumberedName(t, atoms, n, m)) return undefined;
    // "the PS2+ scoring rule": an alias with a staining sign before a scoring word names a positivity threshold.
    if (isGeneLike && weak && namesScoringThreshold(t, atoms, n, m)) return undefined;
    // mmol/mol, 5 mg: a unit is not a gene.
    if (inUnit(t, atoms, n, m)) return undefined;
    // "dipeptidyl peptidase 1", "myosin heavy chain IIA": a family's name before a member number names one member.
    if (family && memberNumberFollows(t, to) && !this.designatedMembers(best.id, t, to)) return undefined;
    // "fibroblast growth factor receptor 5 (FGFRL1)": a gene's spaced full name before a member number it does not end
    // in names another member (the longer name, where the ontology has it, matched first); not member 1, which the
    // unnumbered name of the first gene of a series is ("transferrin receptor 1", TFRC).
    if (isGeneLike && f.kind === 'name' && m.last > m.first && memberNumberFollows(t, to) && !FIRST_MEMBER_RE.test(t.slice(to, to + 3))) return undefined;
    // "Sandostatin LAR": a formulation code right after a drug's name is no gene (LAR is an alias of PTPRF).
    if (isGeneLike && FORMULATION_CODES.has(m.text) && this.afterDrug(from)) return undefined;
    // Mars1–4, SRS1–SRS3: a numbered series whose members the gene data does not all have is a series of labels
    // (endotypes, clusters, subtypes), not of genes (NTRK1–3, CASP3–7 are).
    if (isGeneLike && f.kind !== 'symbol' && f.kind !== 'curated' && this.labelSeries(t, atoms, n, m)) return undefined;
    // "the main risk factor I think of": a name ending in the numeral I (factor I, MAT I) before a verb a subject
    // takes has the pronoun I, not the numeral.
    if (pronounIEnds(t, from, to)) return undefined;
    // "factor I" beside complement words is CFI; elsewhere it may be the clotting factor I (context.ts `lacksOwnContext`).
    if (best.kind === 'curated' && lacksOwnContext(m.text, t, from, to)) return undefined;
    const kind = f.kind;
    // "POT1–TPP1", "3β-HSD … bile acids": a name beside the words of another gene's biology names that gene (context.ts).
    const other = otherReadingNear(t, from, to);
    if (other !== undefined) {
      const r = this.ref(other);
      if (r) return { entity: r, status: 'resolved' as const, kind, candidates: undefined };
    }
    if (best.ambiguous) {
      const d = contextDecision(m.key, t, atoms, n, from, to);
      if (d.decision === 'reject') return undefined;
      if (d.decision === 'confirm') {
        const r = this.ref(d.id ?? best.id);
        if (r) return { entity: r, status: 'resolved' as const, kind, candidates: undefined };
      }
      return this.namedOrAmbiguous(this.candidates(m.entries), t, from, to, kind);
    }
    if (f.resolved) return f.resolved;
    const c = this.candidates(top);
    // "RAP1 … shelterin": a context rule may name one of several genes sharing an alias (context.ts).
    const d = contextDecision(m.key, t, atoms, n, from, to);
    // "NET formation": the other reading's words drop a shared alias (context.ts).
    if (d.decision === 'reject') return undefined;
    const chosen = d.decision === 'confirm' && d.id !== undefined ? c.find((x) => x.id === d.id) : undefined;
    if (chosen) return { entity: stripReason(chosen), status: 'resolved' as const, kind, candidates: undefined };
    return this.namedOrAmbiguous(c, t, from, to, kind);
  }

  /** Among candidates `c`, the one the text around [from, to) names (resolved), else all of them (ambiguous, best first). */
  private namedOrAmbiguous(c: Candidate[], t: string, from: number, to: number, kind: MatchKind) {
    const named = this.namedAround(c, t, from, to);
    if (named) return { entity: named, status: 'resolved' as const, kind, candidates: undefined };
    return { entity: c[0] ? stripReason(c[0]) : null, status: 'ambiguous' as const, kind, candidates: c };
  }

  /**
   * What `decide` reads of a match's entries and text alone, computed once per entries list and text: a draft
   * matches the same names again and again, and the entries of a name are one list (kept by the atom memo and
   * the key nodes).
   */
  private matchFacts(m: Match): MatchFacts {
    let list = this.factsMemo.get(m.entries);
    if (list === undefined) {
      if (this.factsMemo.size > 50_000) this.factsMemo.clear();
      this.factsMemo.set(m.entries, (list = []));
    }
    // One list of entries may come with a few texts (HER2, HER-2, Her2): up to four are kept.
    for (let k = 0; k < list.length; k++) if (list[k]!.text === m.text) return list[k]!;
    const f = this.computeMatchFacts(m.entries, m.text);
    if (list.length < 4) list.push(f);
    else list[m.text.length & 3] = f;
    return f;
  }

  private computeMatchFacts(entries: IndexEntry[], text: string): MatchFacts {
    let top = topEntries(entries);
    // ZnT8 is written so for SLC30A8 only (SLC30A10 has ZNT8): an alias in the exact mixed case of the text wins.
    if (top.length > 1 && isMixedCaseText(text)) {
      const exact = top.filter((e) => e.form === text);
      if (exact.length && exact.length < top.length) top = exact;
    }
    const best = top[0]!;
    const none: MatchFacts = { text, top, best, refs: undefined, isGeneLike: false, weak: false, weakGene: false, hasDigit: false, englishWord: false, noDrugOrTrial: false, kind: best.kind, resolved: undefined };
    if (top.some((e) => e.stop || e.nonEntity)) return none;
    const refs = uniqueIds(top).map((id) => this.ref(id)).filter((r): r is EntityRef => r !== null);
    if (!refs.length) return none;
    // SMN, C4, CGRP: the name of a protein that two genes make (index-build.ts `paralogPairs`) is a mention of each;
    // so is a collagen's type, of its two or three chains' genes (type IX collagen).
    const pair = (refs.length === 2 || refs.length === 3) && top.every((e) => e.pair);
    const isGeneLike = refs.every((r) => r.type === 'gene' || r.type === 'family' || r.type === 'mirna');
    const weak = top.every((e) => e.kind === 'alias' || e.ambiguous || e.strict === 'exact');
    const kind = kindOf(best, text);
    return {
      text,
      top,
      best,
      refs,
      isGeneLike,
      weak,
      weakGene: isGeneLike && top.every((e) => e.kind !== 'curated' || e.ambiguous),
      hasDigit: /[0-9]/.test(text),
      englishWord: best.strict === 'exact' || (best.strict === 'short' && this.lex.english.has(text.toLowerCase())),
      noDrugOrTrial: refs.every((r) => r.type !== 'drug' && r.type !== 'trial'),
      kind,
      resolved:
        refs.length === 1 ? { entity: refs[0]!, status: 'resolved', kind, candidates: undefined } : pair ? { entity: refs[0]!, status: 'resolved', kind, candidates: undefined, also: refs.slice(1) } : undefined,
    };
  }

  /**
   * The one gene among an ambiguous name's candidates whose full name has a rare word of eight letters or more (not
   * one of `Lexicon.commonNameWords`) that the text near the mention uses ("the melatonin receptors MT1 and MT2":
   * MTNR1A, melatonin receptor 1A, not MT1A, metallothionein 1A), or undefined (no such word, or words of two
   * candidates). Common and short words (receptor, kinase, release) tell nothing.
   */
  private namedAround(c: Candidate[], t: string, from: number, to: number): EntityRef | undefined {
    if (c.length < 2 || c.length > 12) return undefined;
    const lo = Math.max(0, from - NAME_WORD_WINDOW);
    const near = t.slice(lo, Math.min(t.length, to + NAME_WORD_WINDOW)).toLowerCase();
    const at = from - lo;
    const len = to - from;
    let found: Candidate | undefined;
    for (const cand of c) {
      if (cand.type !== 'gene' || !cand.name) continue;
      let hit = false;
      for (const w of cand.name.toLowerCase().split(/[^a-z]+/)) {
        if (w.length < NAME_WORD_MIN_LENGTH || this.lex.commonNameWords.has(w)) continue;
        for (let p = near.indexOf(w); p >= 0 && !hit; p = near.indexOf(w, p + 1)) {
          if ((p >= at && p < at + len) || (p > 0 && isAlnumAt(near, p - 1))) continue;
          hit = true;
        }
        if (hit) break;
      }
      if (!hit) continue;
      if (found) return undefined;
      found = cand;
    }
    return found ? stripReason(found) : undefined;
  }

  /**
   * True when atom i is the prefix or the code of a sponsor's development code joined by a hyphen, the code with a
   * letter and a digit (ARO-DUX4; not TAK-1 or GSK-3β, the kinases).
   */
  private inSponsorCode(t: string, atoms: Atoms, n: number, i: number): boolean {
    const code = (head: number) => {
      const part = atomText(t, atoms, head + 1);
      return /[A-Za-z]/.test(part) && isSponsorCode(atomText(t, atoms, head), part);
    };
    if (i + 1 < n && hyphenJoined(t, atoms, i) && code(i)) return true;
    return i > 0 && hyphenJoined(t, atoms, i - 1) && code(i - 1);
  }

  /** The entities of entries, best rank first, once each, with why each is one. */
  private candidates(entries: IndexEntry[]): Candidate[] {
    const seen = new Set<string>();
    const list: Candidate[] = [];
    for (const e of [...entries].sort((a, b) => a.rank - b.rank)) {
      if (e.stop || e.nonEntity || seen.has(e.id)) continue;
      seen.add(e.id);
      const r = this.ref(e.id);
      if (r) list.push({ ...r, reason: `${e.kind === 'curated' ? 'curated name' : e.kind === 'symbol' ? 'official symbol' : e.kind} '${e.form}'` });
    }
    return list;
  }

  /**
   * True when the match is only part of a hyphen-joined compound that reads as a proper name (a panel, trial or
   * score): an unknown capitalised word before it (DAS28-CRP, EMPA-REG, HLA-B27), an English word in capitals
   * beside a weak match (MSK-IMPACT), or a match that is itself such a word beside no entity. Fusions (EML4-ALK,
   * MLL-AF9), mutations (FLT3-ITD, KRAS-G12C) and stop terms (EGFR-TKI, CD19-CAR) keep the match.
   */
  private inProperName(t: string, atoms: Atoms, n: number, m: Match, best: IndexEntry): boolean {
    let a = m.first;
    while (a > 0 && hyphenJoined(t, atoms, a - 1)) a--;
    let b = m.last;
    while (b + 1 < n && hyphenJoined(t, atoms, b)) b++;
    if (a === m.first && b === m.last) return false;
    const english = best.strict === 'exact';
    const weak = english || best.kind === 'alias';
    for (let k = a; k <= b; k++) {
      if (k >= m.first && k <= m.last) continue;
      const part = this.partClass(t.slice(atoms[2 * k]!, atoms[2 * k + 1]!));
      if (part === PART_REAL) continue;
      if (english) return true;
      if (part === PART_UNKNOWN && (k < m.first || weak)) return true;
      if (part === PART_ENGLISH && weak) return true;
    }
    return false;
  }

  /** What a capitalised word beside a match is: an entity or modifier, an alias only, an English word, or unknown. */
  private partClass(raw: string): number {
    if (raw.length < 3 || !/^[A-Z][A-Za-z0-9]*$/.test(raw) || upperCount(raw) < 2 || MUTATION_RE.test(raw)) return PART_REAL;
    const hits = this.index.get(atomKey(raw));
    const valid = hits ? validEntries(hits, raw) : [];
    if (valid.some((e) => e.stop || e.nonEntity || e.kind === 'curated')) return PART_REAL;
    if (raw === raw.toUpperCase() && this.lex.english.has(raw.toLowerCase())) return PART_ENGLISH;
    if (!valid.length) return PART_UNKNOWN;
    return valid.every((e) => e.kind === 'alias') ? PART_ALIAS : PART_REAL;
  }

  private emitMirna(
    hit: { mature: string[]; genes: number[] },
    from: number,
    to: number,
    emit: (a: number, b: number, entity: EntityRef | null, status: Mention['status'], kind: MatchKind, candidates?: Candidate[]) => void,
  ): void {
    const ids = hit.mature.length ? hit.mature.map((a) => `mirbase:${a}`) : hit.genes.map((g) => `ncbigene:${g}`);
    const refs = ids.map((id) => this.ref(id)).filter((r): r is EntityRef => r !== null);
    if (!refs.length) return;
    if (refs.length === 1) emit(from, to, refs[0]!, 'resolved', 'normalised');
    else {
      const reason = hit.mature.length ? 'miRNA arm' : 'miRNA locus';
      emit(from, to, refs[0]!, 'ambiguous', 'normalised', refs.map((r) => ({ ...r, reason })));
    }
  }

  /** "afamitresgene autoleucel", "dornase alfa": an unknown word before the second word of a cell or gene therapy INN, or alfa. */
  private tryCellTherapy(t: string, atoms: Atoms, n: number, i: number, emit: (a: number, b: number, e: EntityRef | null, s: Mention['status'], k: MatchKind) => void): number {
    const s0 = atoms[2 * i]!;
    const e0 = atoms[2 * i + 1]!;
    if (i + 1 >= n || atoms[2 * i + 2]! - e0 !== 1 || t.charCodeAt(e0) !== 32) return i;
    // The second word ends in -vec, -leucel or is alfa: checked on its last letter before anything is sliced.
    const last = t.charCodeAt(atoms[2 * i + 3]! - 1);
    if (last !== 99 /* c */ && last !== 108 /* l */ && last !== 97 /* a */) return i;
    const word = t.slice(s0, e0);
    const next = t.slice(atoms[2 * i + 2]!, atoms[2 * i + 3]!);
    const alfa = next === 'alfa';
    if (!/^[A-Za-z][a-z]{5,}$/.test(word) || !(alfa || INN_SECOND_STEM.test(next))) return i;
    // An English or English-shaped word before a one-word INN ("T-cell therapy tabelecleucel") is no first word.
    // Before alfa, the INN word of a glycoprotein, an enzyme's -ase is the drug's own ending (dornase alfa).
    const lower = word.toLowerCase();
    if (this.lex.english.has(lower) || this.lex.englishLong.has(lower) || (NOT_DRUG_SHAPE.test(lower) && !(alfa && lower.endsWith('ase')))) return i;
    // A numbered variant of the protein belongs to the name: "peginterferon alfa-2a", "ropeginterferon alfa-2b".
    const variant = alfa ? alfaVariant(t, atoms, n, i + 1) : i + 1;
    const name = `${word.toLowerCase()} ${t.slice(atoms[2 * i + 2]!, atoms[2 * variant + 1]!)}`;
    emit(s0, atoms[2 * variant + 1]!, stemDrugRef(name, alfa ? 'alfa' : next.endsWith('leucel') ? 'leucel' : 'vec'), 'resolved', 'stem');
    return variant;
  }

  /** A drug by INN stem alone (with its second word: "polatuzumab vedotin"); returns the last atom used. */
  private tryStem(t: string, atoms: Atoms, n: number, i: number, emit: (a: number, b: number, e: EntityRef | null, s: Mention['status'], k: MatchKind) => void): number {
    const s0 = atoms[2 * i]!;
    const e0 = atoms[2 * i + 1]!;
    if (e0 + 1 < t.length && t.charCodeAt(e0) === 45 /* - */ && isWordChar(t.charCodeAt(e0 + 1))) return i; // part of a compound
    if (s0 > 0 && t.charCodeAt(s0 - 1) === 45) return i;
    if (e0 - s0 < 6) return i;
    // "Cura&ccedil;ao": the name of an HTML entity the decoder leaves as written is no drug.
    if (s0 > 0 && t.charCodeAt(s0 - 1) === 38 && t.charCodeAt(e0) === 59) return i;
    const info = this.infoAt(t, atoms, i);
    if (info.stem === undefined) info.stem = drugStem(this.lex, t.slice(s0, e0)) ?? null;
    const stem = info.stem;
    if (!stem) {
      if (info.cue === undefined) info.cue = cueKind(this.lex, t.slice(s0, e0));
      if (info.cue !== CUE_NONE) this.cueWords.push(s0, e0, info.cue);
      return this.tryCellTherapy(t, atoms, n, i, emit);
    }
    const word = t.slice(s0, e0);
    // "Gattermann et al.": an author, not a drug.
    if (isUpperCode(word.charCodeAt(0)) && /^ et al\b/.test(t.slice(e0, e0 + 7))) return i;
    let last = i;
    let name = word.toLowerCase();
    if (i + 1 < n && gapHasSpace(t, e0, atoms[2 * i + 2]!) && atoms[2 * i + 2]! - e0 === 1) {
      const next = t.slice(atoms[2 * i + 2]!, atoms[2 * i + 3]!);
      // "zoledronic acid": the WHO stem of bisphosphonates is -dronic acid.
      if (isInnSecond(next) || (stem === 'dronic' && next === 'acid')) {
        last = i + 1;
        name += ` ${next.toLowerCase()}`;
      }
    }
    const known = this.index.get(atomKey(word));
    const curated = known?.find((e) => !e.stop && !e.nonEntity && this.ref(e.id)?.type === 'drug');
    emit(s0, atoms[2 * last + 1]!, curated ? this.ref(curated.id) : stemDrugRef(name, stem), 'resolved', 'stem');
    return last;
  }
}

const PART_REAL = 0;
const PART_ALIAS = 1;
const PART_ENGLISH = 2;
const PART_UNKNOWN = 3;
/** Mutation and allele codes: G12C, T790M, V600E. */
const MUTATION_RE = /^[A-Z][0-9]{1,4}[A-Z]?$/;


/** A capitalised code of hyphen-joined atoms from atom i (IL-36, at most three atoms) with its key. */
function codeRange(t: string, atoms: Atoms, n: number, i: number): { last: number; key: string } {
  let last = i;
  let key = atomKey(t.slice(atoms[2 * i]!, atoms[2 * i + 1]!));
  while (last + 1 < n && last - i < 2 && hyphenJoined(t, atoms, last)) {
    last++;
    key += atomKey(t.slice(atoms[2 * last]!, atoms[2 * last + 1]!));
  }
  return { last, key };
}

/**
 * True when "receptor" follows the code of hyphen-joined atoms from atom i after one space: a cheap test that
 * `receptorOf` (which wants that word) may find something, made before the code's key is built.
 */
/** True when atom `k` is exactly `word`. */
function atomIs(t: string, atoms: Atoms, k: number, word: string): boolean {
  return atoms[2 * k + 1]! - atoms[2 * k]! === word.length && t.startsWith(word, atoms[2 * k]!);
}

function receptorAfterCode(t: string, atoms: Atoms, n: number, i: number): boolean {
  let last = i;
  while (last + 1 < n && last - i < 2 && hyphenJoined(t, atoms, last)) last++;
  if (last + 1 >= n) return false;
  const end = atoms[2 * last + 1]!;
  return atoms[2 * last + 2] === end + 1 && t.charCodeAt(end) === 32 && t.startsWith('receptor', end + 1);
}

/** True when the atom [s0, e0) starts with mi, hsa or let in any case (`c0`: its first code unit, lower-cased). */
function mirnaStart(t: string, s0: number, e0: number, c0: number): boolean {
  if (c0 === 109) return e0 - s0 >= 2 && (t.charCodeAt(s0 + 1) | 32) === 105;
  if (e0 - s0 < 3) return false;
  const c1 = t.charCodeAt(s0 + 1) | 32;
  const c2 = t.charCodeAt(s0 + 2) | 32;
  return c0 === 104 ? c1 === 115 && c2 === 97 : c0 === 108 && c1 === 101 && c2 === 116;
}

/** Unit atoms: masses, amounts, volumes, times, lengths, activities. */
const UNITS: ReadonlySet<string> = new Set(
  'g mg µg μg ug ng pg kg mol mmol µmol μmol umol nmol pmol fmol L l dL dl mL ml µL μL uL min h hr s d wk mo yr m m2 m² cm mm µm μm nm IU U mU mIU kU mEq mOsm kDa Da bp kb Mb'.split(' '),
);

/** True when the match is a unit after a number (54 mmol/mol, 5 mg) or is joined by a slash to a unit. */
function inUnit(t: string, atoms: Atoms, n: number, m: { first: number; last: number; text: string }): boolean {
  const s = atoms[2 * m.first]!;
  const e = atoms[2 * m.last + 1]!;
  const slashBefore = m.first > 0 && t.charCodeAt(s - 1) === 47 && atoms[2 * m.first - 1] === s - 1;
  const slashAfter = m.last + 1 < n && t.charCodeAt(e) === 47 && atoms[2 * m.last + 2] === e + 1;
  if (slashBefore && UNITS.has(atomText(t, atoms, m.first - 1))) return true;
  if (slashAfter && UNITS.has(atomText(t, atoms, m.last + 1))) return true;
  if (!UNITS.has(m.text)) return false;
  if (slashBefore || slashAfter) return true;
  // A number, then at most one space.
  let q = s - 1;
  if (q >= 0 && t.charCodeAt(q) === 32) q--;
  return q >= 0 && isDigitCode(t.charCodeAt(q));
}

/**
 * Atom k lower-cased, for a look-up in CELL_WORDS, VIRUS_WORDS or FOREIGN_WORDS; '' when there is no atom k or
 * when its length is that of none of their words.
 */
function neighbourWord(t: string, atoms: Atoms, n: number, k: number): string {
  if (k < 0 || k >= n) return '';
  const s = atoms[2 * k]!;
  const e = atoms[2 * k + 1]!;
  if (e - s < NEIGHBOUR_WORD_LENGTHS.min || e - s > NEIGHBOUR_WORD_LENGTHS.max) return '';
  return t.slice(s, e).toLowerCase();
}

/** Formulation codes written after a drug's (brand) name: long-acting release, extended release, orally disintegrating. */
const FORMULATION_CODES: ReadonlySet<string> = new Set(['LAR', 'XR', 'XL', 'SR', 'CR', 'ODT', 'MR', 'DR', 'LA']);

/** A mouse gene symbol's shape: a capital, then lower-case letters, perhaps digits at the end (App, Aip, Gba1). */
function isMouseSymbolShape(t: string, s: number, e: number): boolean {
  let k = s + 1;
  while (k < e && isLowerCode(t.charCodeAt(k))) k++;
  if (k - s < 3) return false;
  while (k < e && isDigitCode(t.charCodeAt(k))) k++;
  return k === e;
}

/** Short English words capitalised at a sentence's start, which take no number or code after a space (see `longestFrom`). */
const CAPITALISED_SHORT_WORDS: ReadonlySet<string> = new Set(
  'A An As At By Do If In Is It No Of On Or So To Up We The And Are Was For But Not Has Had Can May Its Our All One Two Any Via Per Who Why How'.split(' '),
);

/** A mouse paralogue's symbol: a capital, lower-case letters, digits and one lower-case letter (Abcb1a, Oas1b, Rs1h). */
const MOUSE_PARALOGUE_RE = /^[A-Z][a-z]+[0-9]+[a-z]$/;

/** How far around an ambiguous mention a word of a candidate's name is looked for (see `Scanner.namedAround`). */
const NAME_WORD_WINDOW = 250;

/** Participles after a hyphen that make a hormone's name a modifier ("corticotropin-releasing", "insulin-secreting"). */
const HORMONE_PARTICIPLES: ReadonlySet<string> = new Set(['releasing', 'secreting', 'producing']);
/** The nouns after such a participle that make the whole a hormone's or a cell's name (not "levonorgestrel-releasing system"). */
const HORMONE_HEADS: ReadonlySet<string> = new Set(['hormone', 'hormones', 'factor', 'factors', 'peptide', 'cell', 'cells', 'tumour', 'tumours', 'tumor', 'tumors', 'adenoma', 'adenomas']);

/** What may follow a trial's number (see the OLYMPIA 1 rule): the end, punctuation, "and", "or", a cue word. */
const TRIAL_NUMBER_END_RE = /^(?:$|[,;:)\]]|\.(?![0-9])| (?:and|or|trials?|stud(?:y|ies)|\(|\[))/;

/** Words of mouse genetics before a gene ("knock-in", "knockout", "mouse", "murine") or after it ("-knockout mice", "alleles"). */
const MOUSE_BEFORE: ReadonlySet<string> = new Set(['knockout', 'mouse', 'murine', 'humanised', 'humanized', 'floxed']);
const MOUSE_AFTER: ReadonlySet<string> = new Set(['knockout', 'knockouts', 'null', 'deficient', 'mice', 'mouse', 'allele', 'alleles', 'floxed', 'transgenic', 'mutant', 'mutants', 'knock']);
/** Animals before "lacking" or "without" and a gene ("mice lacking Mgp"). */
const MODEL_ANIMALS: ReadonlySet<string> = new Set(['mice', 'mouse', 'rats', 'zebrafish']);
const LACKING: ReadonlySet<string> = new Set(['lacking', 'without']);
/**
 * A genotype right after a symbol: +/−, −/−, +/- (hyphen, minus sign or &minus;). (One in <sup> tags is not seen: inline
 * HTML ends the prose span the symbol stands in.)
 */
const GENOTYPE_AFTER_RE = /^(?:\+|-|−|&minus;)\/(?:\+|-|−|&minus;)/;

/**
 * True when the atom `i` has a word of mouse genetics right before or after it (see MOUSE_BEFORE, MOUSE_AFTER). For an
 * English word (`english`: App, Set) only the strong cues count: "knockout" or "knock-in" before it, or a word after it
 * joined by a hyphen (App-null), not "Set mice".
 */
function mouseGeneticsAround(t: string, atoms: Atoms, n: number, i: number, english: boolean): boolean {
  if (i > 0) {
    const prev = atomText(t, atoms, i - 1).toLowerCase();
    if (english ? prev === 'knockout' : MOUSE_BEFORE.has(prev)) return true;
    // knock-in App: the "in" of "knock-in".
    if (prev === 'in' && i > 1 && atomText(t, atoms, i - 2).toLowerCase() === 'knock' && atoms[2 * i - 3] === atoms[2 * i - 2]! - 1) return true;
    // "mice lacking Mgp", "mice without Arx": the gene a mouse line lacks.
    if (!english && i > 1 && LACKING.has(prev) && MODEL_ANIMALS.has(atomText(t, atoms, i - 2).toLowerCase())) return true;
  }
  // Eln+/−, Mgp−/−: a genotype written right after the symbol.
  if (!english && GENOTYPE_AFTER_RE.test(t.slice(atoms[2 * i + 1]!, atoms[2 * i + 1]! + 24))) return true;
  if (i + 1 >= n || !MOUSE_AFTER.has(atomText(t, atoms, i + 1).toLowerCase())) return false;
  return !english || (atoms[2 * i + 2] === atoms[2 * i + 1]! + 1 && t.charCodeAt(atoms[2 * i + 1]!) === 45);
}

/**
 * True when the atom `i`, a capitalised word, is cued as a mouse symbol: by words of mouse genetics around it, or by a
 * paragraph of the draft about mice or rats that has it inside a sentence (for an English word, `english`, only one
 * that speaks of their genetics; mouse-symbols.ts).
 */
function mouseSymbolCued(t: string, atoms: Atoms, n: number, i: number, english: boolean, facts: FactsView): boolean {
  if (mouseGeneticsAround(t, atoms, n, i, english)) return true;
  if (!facts.anyLinks()) return false;
  const word = atomText(t, atoms, i);
  return facts.linked((english ? MOUSE_GENETICS_KEY_PREFIX : MOUSE_WORD_KEY_PREFIX) + word) === 'yes';
}

const NO_NAMES: readonly TrialName[] = [];

function slug(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

function stripReason(c: Candidate): EntityRef {
  const { reason: _reason, ...r } = c;
  return r;
}

/** Atoms i..j joined as keys are: a space where `spaceBefore` has the atom's bit, nothing for other separators. */
/** Two words of letters around a hyphen, the second in lower case, each of at least three letters (not c-Myc, IL-6). */
function isWordPair(t: string, s0: number, e0: number, s1: number, e1: number): boolean {
  if (e0 - s0 < 3 || e1 - s1 < 3) return false;
  for (let k = s0; k < e0; k++) {
    const c = t.charCodeAt(k) | 32;
    if (c < 97 || c > 122) return false;
  }
  for (let k = s1; k < e1; k++) {
    const c = t.charCodeAt(k);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

function joinedText(t: string, atoms: Atoms, i: number, j: number, spaceBefore: number): string {
  let out = t.slice(atoms[2 * i]!, atoms[2 * i + 1]!);
  for (let k = i + 1; k <= j; k++) out += (spaceBefore & (1 << (k - i)) ? ' ' : '') + t.slice(atoms[2 * k]!, atoms[2 * k + 1]!);
  return out;
}

/** True when a hyphen stands inside `t` between `from` and `to` ("14-3-3"); looks no further than `to`. */
function hyphenWithin(t: string, from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (t.charCodeAt(k) === 45) return true;
  return false;
}

function hasLetter(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i) | 32;
    if (c >= 97 && c <= 122) return true;
    if (s.charCodeAt(i) >= 128) return true;
  }
  return false;
}
function isLowerCode(c: number): boolean {
  return c >= 97 && c <= 122;
}
function isUpperCode(c: number): boolean {
  return c >= 65 && c <= 90;
}
function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}
/**
 * The end of a decimal isoform suffix after atom `last` (a number of one or two digits, ending the name): ".2" in
 * "claudin 18.2" or "CLDN18.2", when a dot and one or two digits follow directly and no further digit, dot-digit,
 * percent sign or "-fold" does; else -1.
 */
function decimalIsoformEnd(t: string, atoms: Atoms, n: number, last: number): number {
  const e = atoms[2 * last + 1]!;
  if (last + 1 >= n || atoms[2 * last + 2] !== e + 1 || !isDigitCode(t.charCodeAt(e - 1))) return -1;
  const s = e + 1;
  const end = atoms[2 * last + 3]!;
  if (end - s > 2 || !isDigits(t.slice(s, end))) return -1;
  // The name's number itself has at most two digits (18, not a year or a count).
  let k = e - 1;
  while (k > 0 && isDigitCode(t.charCodeAt(k - 1))) k--;
  if (e - k > 2) return -1;
  const c = end < t.length ? t.charCodeAt(end) : 32;
  if (c === 37 /* % */ || (c === 46 && end + 1 < t.length && isDigitCode(t.charCodeAt(end + 1)))) return -1;
  if (c === 45 && t.startsWith('fold', end + 1)) return -1;
  return end;
}

/**
 * The end of a length or mass number after a name ("kisspeptin-54", "neurofascin-186": a hyphen, then 10 to 999 without
 * a leading zero), or -1: not a percentage ("-55%", "-55 %"), a decimal, or a number that goes on ("-186-2"). A name
 * with its own number ("connexin-43", "galectin-3") is an index entry and never reaches here.
 */
function numberedPeptideEnd(t: string, atoms: Atoms, n: number, last: number): number {
  const e = atoms[2 * last + 1]!;
  if (last + 1 >= n || atoms[2 * last + 2] !== e + 1) return -1;
  const end = atoms[2 * last + 3]!;
  if (end - e - 1 < 2 || end - e - 1 > 3 || !isDigits(t.slice(e + 1, end)) || t.charCodeAt(e + 1) === 48) return -1;
  const c = codeAt(t, end);
  if (c === 37 || (c === 32 && codeAt(t, end + 1) === 37)) return -1;
  if ((c === 46 || c === 45) && isDigitCode(codeAt(t, end + 1))) return -1;
  return end;
}

/** True when `t[s, e)` is ASCII letters, lower case after the first (kisspeptin, Kisspeptin). */
function isNameWord(t: string, s: number, e: number): boolean {
  if (((t.charCodeAt(s) | 32) < 97 || (t.charCodeAt(s) | 32) > 122)) return false;
  for (let k = s + 1; k < e; k++) {
    const c = t.charCodeAt(k);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

/** True when `t[s, e)` is a word of four letters or more (no digits). */
function isLetterWord(t: string, s: number, e: number): boolean {
  if (e - s < 4) return false;
  for (let k = s; k < e; k++) {
    const c = t.charCodeAt(k) | 32;
    if (c < 97 || c > 122) return false;
  }
  return true;
}

function isDigits(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!isDigitCode(s.charCodeAt(i))) return false;
  return s.length > 0;
}

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c >= 0x370;
}

/** Separators that may join atoms of one name: one or two of space, hyphen, slash, dot, dashes, no-break space. */
/**
 * A short lower-case word glued to what follows by a hyphen or a parenthesis (pro-IL-1β, apo(a)): it may open a
 * name, although a short lower-case word on its own (a, of, in) never does.
 */
function shortGluedPrefix(t: string, s0: number, e0: number, lower: boolean): boolean {
  if (!lower || e0 - s0 < 2 || e0 - s0 > 3 || e0 + 1 >= t.length) return false;
  const c = t.charCodeAt(e0);
  return (c === 45 || c === 40) && isAsciiAlnumCode(t.charCodeAt(e0 + 1));
}

/** True when `t.slice(from, to)` holds an opening parenthesis that it does not close. */
function opensParenthesis(t: string, from: number, to: number): boolean {
  let depth = 0;
  for (let q = from; q < to; q++) {
    const c = t.charCodeAt(q);
    if (c === 40) depth++;
    else if (c === 41) depth--;
  }
  return depth > 0;
}

function allowedGap(t: string, g0: number, g1: number): boolean {
  if (g1 - g0 > 2) return false;
  // poly(ADP-ribose) glycohydrolase, lipoprotein(a), Lp(a)HORIZON: a parenthesis inside a name, glued to the word
  // before it, and its closing one before a space, a hyphen or glued to a capital (names whose key holds no such join
  // lead nowhere in the index).
  if (g1 - g0 === 1 && t.charCodeAt(g0) === 40) return g0 > 0 && isAsciiAlnumCode(t.charCodeAt(g0 - 1));
  if (t.charCodeAt(g0) === 41) return g1 - g0 === 2 ? t.charCodeAt(g0 + 1) === 32 || t.charCodeAt(g0 + 1) === 45 : isUpperCode(t.charCodeAt(g1));
  // Bruton's tyrosine kinase: the apostrophe of a possessive (then s and a space), which names of the index hold.
  if (g1 - g0 === 1 && (t.charCodeAt(g0) === 39 || t.charCodeAt(g0) === 0x2019) && t.charCodeAt(g1) === 115) return t.charCodeAt(g1 + 1) === 32;
  // 2'-5'-oligoadenylate synthetase, 5′-nucleotidase: the prime of a nucleotide locant (after a digit, then a hyphen or
  // a space, or the next locant), which the index's names hold as an apostrophe and keys leave out.
  if (isPrimeCode(t.charCodeAt(g0)) && g0 > 0 && isDigitCode(t.charCodeAt(g0 - 1)) && g1 - g0 <= 2) {
    const c = g1 - g0 === 2 ? t.charCodeAt(g0 + 1) : 0;
    return c === 0 ? isDigitCode(t.charCodeAt(g1)) : c === 45 || c === 32 || c === 0x2010 || c === 0x2011;
  }
  // Indoleamine 2,3-dioxygenase, 1,25-dihydroxyvitamin D, fructose-1,6-bisphosphatase: a comma between the locants of a
  // chemical name (a word's digits on both sides, a hyphen after the second), which names of the index hold; not a list
  // of numbers ("IL-1,2").
  if (g1 - g0 === 1 && t.charCodeAt(g0) === 44) return isLocantStart(t, g0) && isLocantThenHyphen(t, g1);
  // sulfide:quinone oxidoreductase, NADH:ubiquinone oxidoreductase: an enzyme's donor and acceptor joined by a colon
  // between letters (not the "::" of a fusion).
  if (g1 - g0 === 1 && t.charCodeAt(g0) === 58) return g0 > 0 && isAsciiLetterCode(t.charCodeAt(g0 - 1)) && isAsciiLetterCode(t.charCodeAt(g1));
  for (let q = g0; q < g1; q++) {
    const c = t.charCodeAt(q);
    if (!(c === 32 || c === 45 || c === 47 || c === 0xa0 || c === 0x2010 || c === 0x2011 || c === 0x2013 || (c === 46 && q + 1 === g1 && g1 - g0 === 1))) return false;
  }
  return true;
}

/** Whether an entity id is a complex's or a family's. */
function isGroupId(id: string): boolean {
  return id.startsWith('complex:') || id.startsWith('family:');
}

/** An apostrophe, a right single quotation mark or a prime (code units). */
function isPrimeCode(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 0x2032;
}

/**
 * True when one to three digits end at `end` and a space, a hyphen after a lower-case word (not a code in capitals:
 * "IL-1,2" is a list) or the start of the text comes before them ("indoleamine 2", "fructose-1").
 */
function isLocantStart(t: string, end: number): boolean {
  let q = end - 1;
  while (q >= 0 && end - q <= 3 && isDigitCode(t.charCodeAt(q))) q--;
  return q < end - 1 && (q < 0 || t.charCodeAt(q) === 32 || (t.charCodeAt(q) === 45 && q > 1 && isLowerCode(t.charCodeAt(q - 1)) && isLowerCode(t.charCodeAt(q - 2))));
}

/** True when digits start at `i` and a hyphen follows them ("3-dioxygenase" of "2,3-dioxygenase"). */
function isLocantThenHyphen(t: string, i: number): boolean {
  let q = i;
  while (q < t.length && q - i < 3 && isDigitCode(t.charCodeAt(q))) q++;
  return q > i && t.charCodeAt(q) === 45;
}

/** An alias in capitals shaped as a protein's name: six letters or more ending in -IN or -ASE (SORORIN, ICHTHYIN). */
const PROTEIN_WORD_RE = /^[A-Z]{4,}(?:IN|ASE)$/;

/** A short mouse gene symbol: a capital, a lower-case letter and a digit (Rb1, Mr1). */
const MOUSE_SHORT_RE = /^[A-Z][a-z][0-9]$/;

const isMixedCase = (s: string): boolean => s !== s.toUpperCase() && s !== s.toLowerCase() && !/^[A-Z][a-z0-9]*$/.test(s);

/** Entries whose case rule accepts the text as written. */
function validEntries(entries: IndexEntry[], text: string): IndexEntry[] {
  let shape: number | undefined;
  let out: IndexEntry[] | undefined;
  for (let k = 0; k < entries.length; k++) {
    const e = entries[k]!;
    const keep = acceptsCase(e, text, shape ?? (shape = textShape(text)));
    if (keep && out) out.push(e);
    else if (!keep && !out) out = entries.slice(0, k);
  }
  return out ?? entries;
}

/** `p53` for the form `P53`: a lower-case p and two or three digits (a protein named by its mass in kDa). */
function isMassName(text: string, form: string): boolean {
  return (text.length === 3 || text.length === 4) && text.charCodeAt(0) === 112 /* p */ && form.charCodeAt(0) === 80 /* P */ && text.slice(1) === form.slice(1) && /^\d+$/.test(form.slice(1));
}

/** Both capitals and lower-case letters: ZnT8, gp130, NmU. */
function isMixedCaseText(s: string): boolean {
  return s !== s.toUpperCase() && s !== s.toLowerCase();
}

function isLowerWord(s: string): boolean {
  return /^[a-z]+$/.test(s);
}

function acceptsCase(e: IndexEntry, text: string, shape: number): boolean {
  {
    // MAESTRO-NASH is no "maestro": a word in capitals is an acronym, not a lower-case name.
    if (shape === ALL_CAPS_WORD && isLowerWord(e.form)) return false;
    // ARTEMIS-IPF is no Artemis: a protein's curated name written as a capitalised word (Artemis, Cernunnos) is not
    // the same word in capitals, which is an acronym.
    if (shape === ALL_CAPS_WORD && e.kind === 'curated' && e.id.startsWith('ncbigene:') && CAPITALISED_FORM_RE.test(e.form)) return false;
    // Exact case, but a lower-case name may open a sentence: "Lithium remains…".
    if (e.strict === 'exact' && text !== e.form && !(shape === CAPITALISED_WORD && isLowerWord(e.form) && text.slice(1) === e.form.slice(1) && text[0] === e.form[0]!.toUpperCase())) return false;
    // Short keys: exact case, or an official symbol written in mixed case (NmU for NMU).
    // p53, p21, p16: a protein named by its mass, with the lower-case p of the literature, is the alias P53, P21, P16.
    // Rb1, Mr1: a mouse symbol (a capital, a lower-case letter and a digit) is the official symbol in its case.
    if (e.strict === 'short' && text !== e.form && !(e.kind === 'symbol' && (isMixedCase(text) || MOUSE_SHORT_RE.test(text)) && text.toUpperCase() === e.form.toUpperCase()) && !isMassName(text, e.form)) return false;
    if (e.upperOnly && text !== e.form) {
      // "met" never matches MET; "April" never matches the alias APRIL; "METs" is a plural, not the alias METS.
      // (A protein's name that NCBI lists only in capitals, ICHTHYIN, SORORIN, TETHERIN, is written in lower case.)
      if ((shape === LOWER_WORD || (shape === CAPITALISED_WORD && e.kind === 'alias') || (shape === CAPS_PLURAL && e.form.endsWith('S'))) && !(e.kind === 'alias' && shape !== CAPS_PLURAL && PROTEIN_WORD_RE.test(e.form))) return false;
      // eGFR (estimated GFR), pERK, sST2: a lower-case prefix letter is a word of its own, so the text is not the
      // ALL-CAPS symbol or alias; forms such as mTOR and nNOS are curated synonyms.
      if (shape === LOWER_INITIAL && e.kind !== 'curated') return false;
      // rpoB, katG, inhA, gyrA: bacterial gene names (three lower-case letters and a capital) are no human genes.
      // apoB, apoE, apoA1: the lower-case apo- of the apolipoproteins is written so, unlike bacterial genes.
      if (shape === BACTERIAL_GENE && e.kind !== 'curated' && !(text.startsWith('apo') && e.form.startsWith('APO'))) return false;
    }
    // sst2 (the somatostatin receptor subtype) is not sST2 (soluble ST2), nor SST2: a curated form that writes a
    // lower-case prefix letter before capitals wants its capitals, and one in lower-case letters and digits its lower case.
    // cox1 (a parasite's mitochondrial gene) is not COX-1: a curated form in capitals does not match a word of
    // lower-case letters and digits (the lower-case symbols of microbes and fish).
    if (e.kind === 'curated' && shape === OTHER && LOWER_ALNUM_RE.test(text) && e.form === e.form.toUpperCase() && !MASS_NAME_RE.test(text)) return false;
    if (e.kind === 'curated' && isLowerCode(e.form.charCodeAt(0))) {
      if (isUpperCode(e.form.charCodeAt(1)) && text === text.toLowerCase()) return false;
      if (LOWER_ALNUM_RE.test(e.form) && text === text.toUpperCase()) return false;
    }
    // UL18 (a cytomegalovirus gene) is not uL18, the universal name of the ribosomal protein RPL5: an alias that opens
    // with a lower-case letter before a capital wants that case.
    if (e.kind === 'alias' && isLowerCode(e.form.charCodeAt(0)) && isUpperCode(e.form.charCodeAt(1)) && text === text.toUpperCase()) return false;
    // "rise up" is no RISE UP: a curated name of several words in capitals (a trial's acronym) wants its capitals.
    if (e.kind === 'curated' && shape === OTHER && CAPS_PHRASE_RE.test(e.form) && !TWO_CAPITALS_RE.test(text)) return false;
    // G3a, A3b: stage and grade codes (KDIGO, TNM) are never the obscure aliases that share their form.
    if (e.kind === 'alias' && STAGE_RE.test(e.form)) return false;
    return true;
  }
}

const OTHER = 0;
const LOWER_WORD = 1;
const CAPITALISED_WORD = 2;
const CAPS_PLURAL = 3;
const NO_LETTERS = 4;
/** One lower-case letter, then capitals and no other lower-case letter: eGFR, pERK, sICAM-1. */
const LOWER_INITIAL = 5;
/** Three lower-case letters, a capital and perhaps a digit: inhA, rpoB, mecA, vanA (bacterial genes). */
const BACTERIAL_GENE = 6;
/** Two or more capitals and nothing else: MAESTRO, SOLO. */
const ALL_CAPS_WORD = 7;
/** Lower-case letters, then digits and perhaps more lower-case letters or digits: fgd1, rv0678, brca1. */
const LOWER_ALNUM_RE = /^[a-z]{2,}[0-9][a-z0-9]*$/;
/** A protein named by its mass in kDa, as written: p53, p16ink4a, gp130. */
const MASS_NAME_RE = /^g?p[0-9]/;
const CAPS_WORD_RE = /^[A-Z]{2,}$/;
/** A capital, then lower-case letters only: Artemis, Cernunnos. */
const CAPITALISED_FORM_RE = /^[A-Z][a-z]+$/;
/** Two to four capitals and nothing else (LIR, SET, PIWI). */
const SHORT_CAPS_RE = /^[A-Z]{2,4}$/;
/** A domain's number after the feature word (" III", " 2", " IIa"): the protein's own numbered domain. */
const NUMBERED_AFTER_FEATURE_RE = /^ (?:[IVX]+|[0-9]+)[a-z]?(?![A-Za-z0-9])/;
/** Capitals, a hyphen and a number: MEN-1, APS-1. */
const HYPHEN_NUMBERED_CAPS_RE = /^[A-Z]{2,}-[0-9]{1,2}$/;
/** The first word in a parenthesis right after a name: "cholic acid (Cholbam, …)". */
const BRAND_IN_PARENS_RE = /^ \(([A-Z][A-Za-z0-9-]{2,20})[,;)]/;
/** Words before a substance's name that make it the body's own, whatever the draft gives ("endogenous nitric oxide"). */
const OWN_SUBSTANCE_BEFORE_RE = /\b(?:[Ee]ndogenous|[Ee]xhaled|[Ss]erum|[Pp]lasma|[Bb]iliary|[Ff]aecal|[Ff]ecal)\s$/;
/** A route or formulation word right before a drug's name: "inhaled nitric oxide", "oral cholic acid", "micronised progesterone". */
const ROUTE_BEFORE_RE = /\b(?:[Ii]nhaled|[Ii]nhalational|[Nn]ebuli[sz]ed|[Oo]ral|[Ii]ntravenous|[Ii]ntramuscular|[Ss]ubcutaneous|[Tt]ransdermal|[Vv]aginal|[Mm]icroni[sz]ed|[Ee]nteral|[Pp]arenteral)\s$/;
const STAGE_RE = /^[GATNM][0-9][a-c]$/;
/** Words in capitals (and digits, hyphens) joined by spaces: RISE UP, SPRINT MIND, NSABP B-31. */
const CAPS_PHRASE_RE = /^[A-Z][A-Z0-9-]*(?: [A-Z0-9-]+)+$/;
/** Two capitals in a row somewhere in a text: a name written in capitals, at least in part (RISE UP, Rise UP). */
const TWO_CAPITALS_RE = /[A-Z]{2}/;

function textShape(text: string): number {
  if (/^[a-z]+$/.test(text)) return LOWER_WORD;
  if (/^[A-Z][a-z]+$/.test(text)) return CAPITALISED_WORD;
  if (/^[A-Z0-9]+s$/.test(text)) return CAPS_PLURAL;
  if (!/\p{L}/u.test(text)) return NO_LETTERS;
  if (/^[a-z][A-Z][^a-z]*$/.test(text)) return LOWER_INITIAL;
  if (/^[a-z]{3}[A-Z][0-9]?$/.test(text)) return BACTERIAL_GENE;
  if (/^[A-Z]{2,}$/.test(text)) return ALL_CAPS_WORD;
  return OTHER;
}

/** The ids of entries, once each, in order. */
function uniqueIds(entries: IndexEntry[]): string[] {
  if (entries.length === 1) return [entries[0]!.id];
  return [...new Set(entries.map((e) => e.id))];
}

function topEntries(entries: IndexEntry[]): IndexEntry[] {
  if (entries.length === 1) return entries;
  let best = Infinity;
  for (const e of entries) if (e.rank < best) best = e.rank;
  return entries.filter((e) => e.rank === best);
}

function kindOf(e: IndexEntry, text: string): MatchKind {
  if (e.kind === 'curated' || e.kind === 'name') return e.kind;
  return text === e.form ? e.kind : 'normalised';
}

/** The decision of a key without a context rule. */
const UNKNOWN_DECISION = { decision: 'unknown' } as const;

/** The context rule's decision for the match [from, to) (context.ts); the words around it are gathered only for keys with a rule. */
function contextDecision(key: string, t: string, atoms: Atoms, n: number, from: number, to: number): ReturnType<typeof decideByContext> {
  return hasContextRule(key) ? decideByContext(key, wordsAround(t, atoms, n, from, to)) : UNKNOWN_DECISION;
}

/** Lower-cased words within six atoms either side of [from, to), inside the same sentence-ish window. */
function wordsAround(t: string, atoms: Atoms, n: number, from: number, to: number): string[] {
  const out: string[] = [];
  // The first atom starting at or after `from` (binary search: a span may hold a whole draft's atoms).
  let first = 0;
  let hi = n;
  while (first < hi) {
    const mid = (first + hi) >> 1;
    if (atoms[2 * mid]! < from) first = mid + 1;
    else hi = mid;
  }
  for (let k = Math.max(0, first - 6); k < first; k++) out.push(t.slice(atoms[2 * k]!, atoms[2 * k + 1]!).toLowerCase());
  let last = first;
  while (last < n && atoms[2 * last + 1]! <= to) last++;
  for (let k = last; k < Math.min(n, last + 6); k++) out.push(t.slice(atoms[2 * k]!, atoms[2 * k + 1]!).toLowerCase());
  return out;
}

/** True when a neighbouring word is an ALL-CAPS word that is itself no entity (a shouted licence line). */
function inCapsRun(t: string, atoms: Atoms, n: number, m: { first: number; last: number }, index: LookupIndex): boolean {
  return shoutedWord(t, atoms, n, m.first - 1, index) || shoutedWord(t, atoms, n, m.last + 1, index);
}

/** A word in capitals the index does not know, and no Roman numeral (MPS II, type IV). */
function shoutedWord(t: string, atoms: Atoms, n: number, k: number, index: LookupIndex): boolean {
  if (k < 0 || k >= n) return false;
  const w = t.slice(atoms[2 * k]!, atoms[2 * k + 1]!);
  return w.length >= 2 && /^[A-Z]+$/.test(w) && !/^[IVX]+$/.test(w) && !index.has(w);
}

/**
 * A transmitter named in a reuptake-inhibitor class ("serotonin–noradrenaline reuptake inhibitors", "norepinephrine
 * reuptake") is the substance whose transport is blocked, not a drug given: drug mentions (curated, stem or cue)
 * directly before "reuptake", or chained to it by hyphens, dashes or slashes, are dropped.
 */
const REUPTAKE_AFTER_RE = /^(?:\s*[-\u2010\u2011\u2013/]\s*[A-Za-z]+)*[\s\-\u2010\u2011\u2013]+re-?uptake\b/;
/**
 * "pyridoxine-dependent epilepsy", "dopa-responsive dystonia": a drug joined by a hyphen to "dependent" or
 * "responsive" before a condition names the condition, not a drug given (unlike "sofosbuvir-containing regimens").
 */
const DISEASE_AFTER_RE = /^[-\u2010\u2011](?:dependent|responsive) (?:epilepsy|epilepsies|seizures?|dystonia|an(?:a)?emia|deficiency|disorders?|diseases?|syndrome)\b/;
/** Drops the drug mentions of `out` (from index `from` on) whose next `window` characters match `after`. */
function dropDrugsFollowedBy(source: string, out: Mention[], from: number, after: RegExp, window: number): void {
  for (let k = out.length - 1; k >= from; k--) {
    const m = out[k]!;
    if (m.entity?.type === 'drug' && after.test(source.slice(m.span.end, m.span.end + window))) out.splice(k, 1);
  }
}

/**
 * "ALPS-FAS", "ALPS-CASP10", "STAT3-HIES": a gene's official symbol joined by a hyphen to an abbreviation the draft
 * defines as a disease (autoimmune lymphoproliferative syndrome (ALPS), hyper-IgE syndromes (HIES)), before or after
 * it, names the gene of the disease's genetic form, not part of a proper name.
 */
function diseaseGeneForm(t: string, atoms: Atoms, m: Match, best: IndexEntry, facts: FactsView): boolean {
  if (best.kind !== 'symbol' || m.first !== m.last) return false;
  const k = m.first;
  const n = atoms.length >> 1;
  if (k > 0 && hyphenJoined(t, atoms, k - 1) && !(k > 1 && hyphenJoined(t, atoms, k - 2)) && !(k + 1 < n && hyphenJoined(t, atoms, k))) return facts.defined(atomText(t, atoms, k - 1)) === 'other-class';
  if (k + 1 < n && hyphenJoined(t, atoms, k) && !(k + 2 < n && hyphenJoined(t, atoms, k + 1)) && !(k > 0 && hyphenJoined(t, atoms, k - 1))) return facts.defined(atomText(t, atoms, k + 1)) === 'other-class';
  return false;
}

/**
 * Verbs in a form only the pronoun I takes among singular subjects ("factor I think", "MAT I suggest"); not modals or past
 * forms, which a protein's name takes as well ("troponin I can be raised", "factor I was low").
 */
const PRONOUN_VERBS = new Set(
  'am think believe consider suggest argue propose find note mention want hope feel know see use prefer recommend expect doubt suspect'.split(' '),
);

/** True when the mention `t[from, to)` ends in a spaced "I" followed by a verb the pronoun I takes. */
function pronounIEnds(t: string, from: number, to: number): boolean {
  if (to - from < 3 || t.charCodeAt(to - 1) !== 73 || t.charCodeAt(to - 2) !== 32 || t.charCodeAt(to) !== 32) return false;
  let end = to + 1;
  while (end < t.length && end - to <= 12 && t.charCodeAt(end) >= 97 && t.charCodeAt(end) <= 122) end++;
  return PRONOUN_VERBS.has(t.slice(to + 1, end));
}
