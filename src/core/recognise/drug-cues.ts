/**
 * Drugs that neither the curated list nor an INN stem knows, recognised by what the sentence says about them. A review
 * introduces a drug with its class or names it among other drugs, and those cues name a word as a drug as surely as a
 * stem does:
 *  - an appositive class: "Ketamine, an NMDA receptor antagonist", "plerixafor, a CXCR4 antagonist";
 *  - a class right before it: "the galectin-3 inhibitor GB0139", "the TNF blocker lenercept" (a development code too);
 *  - an example of a class: "SSRIs such as sertraline, escitalopram and fluoxetine";
 *  - a list with a drug: "isoniazid, rifampicin, pyrazinamide and ethambutol", "nintedanib and pirfenidone";
 *  - a list a class heads: "Sodium-channel blockers: phenytoin, …";
 *  - its brands in parentheses: "lenalidomide (Revlimid)";
 *  - a dose, a route or a treatment verb (drug-usage-cues.ts): "citalopram 20 mg", "inhaled mannitol", "treated with lactulose".
 * The word must be one word of letters, six or more, not an English word (`Lexicon.englishLong`), not shaped like
 * an English or medical word that is no drug (`NOT_DRUG_SHAPE`: plurals, -tion, -itis, -therapy…), not known to the
 * ontology in any way (gene, stop term, non-entity), and capitalised only at the start of a sentence. Such a drug has
 * the match kind `cue` and an id made from its name, as a stem drug has.
 */
import { type Decoded, sourceEnd, sourceStart } from './decode';
import { isAsciiAlnumCode, isAsciiLetterCode } from './keys';
import type { Lexicon } from './lexicon';
import { addBrandsBeforeDrugs, brandAndCodeAfter, brandsAfter } from './drug-aliases';
import { usageCue } from './drug-usage-cues';
import { ESTER_WORDS, SALT_WORDS } from './salts';
import { mentionsOverlapping } from './mention-range';
import { stemDrugRef } from './refs';
import type { Mention } from './types';

/**
 * Endings of words that are no drugs: inflections and derivations of English words, and the suffixes of diseases
 * (tachycardia, urticaria), fungal spores (conidia), tissues (epithelium), procedures and grafts (microfracture,
 * autograft), cell processes (autophagy), cells, enzymes and Latin species names (Clostridium histolyticum, Coxiella
 * burnetii), genotypes and serotypes, -oid words (pemphigoid, keloid) and sugar alcohols measured as metabolites
 * (erythritol, arabitol; a curated one such as mannitol stays a drug). The build leaves English words with these
 * endings out of `englishLong`.
 */
export const NOT_DRUG_SHAPE =
  /(?:s|ed|ing|ly|tion|sion|ment|ness|ity|ous|ive|ful|less|able|ible|er|tor|sor|nor|mor|est|ism|ist|ize|ise|ship|hood|ward|wise|al|ic|ary|ory|therapy|emia|aemia|cardia|icum|ii|itis|osis|oma|pathy|ectomy|otomy|scopy|graphy|logy|cyte|blast|glia|plexy|lepsy|genesis|lysis|uria|aria|idia|elium|algia|plasia|asia|esia|penia|gogue|axia|ular|olar|edema|trophy|melia|globin|ase|ome|omics|ian|ean|our|graft|fracture|plasty|kymia|phagy|type|oid|tonia|somnia|itol)$/;

/** Words of biomedical prose that are not English dictionary words and name no drug (a cue may stand next to them). */
const NOT_DRUGS = new Set([
  'antioxidant', 'antioxidants', 'sulfoxide', 'sulphoxide', 'sulfone', 'peptide', 'polypeptide', 'nucleotide', 'oligonucleotide', 'recombinant', 'monoclonal', 'polyclonal', 'biosimilar',
  'comparator', 'adjuvant', 'neoadjuvant', 'excipient', 'metabolite', 'ligand', 'cytokine', 'chemokine', 'epitope',
  'prodrug', 'aptamer', 'nanobody', 'biologic', 'monotherapy', 'immunotherapy', 'chemotherapy', 'radiotherapy',
  'agonist', 'antagonist', 'placebo', 'vehicle', 'intravenous', 'subcutaneous', 'intravitreal', 'intrathecal',
  'topical', 'systemic', 'inhaled', 'orally', 'intramuscular', 'intranasal', 'transdermal', 'sublingual', 'liposomal',
  'glucan', 'multitarget', 'efflux', 'mofetil', 'isopropyl', 'methyl', 'ethyl', 'bunod', 'daily', 'weekly', 'monthly', 'alone', 'combined', 'respectively',
  // Protein classes a therapy may be made of, and activator proteins: "intravenous immunoglobulin", "saposin C".
  'immunoglobulin', 'immunoglobulins', 'saposin',
  // The range of therapies, and chemical classes that name no one drug: "the therapeutic armamentarium", "benzimidazoles".
  'armamentarium', 'benzimidazole', 'benzimidazoles', 'antiplatelet', 'antiplatelets',
  // Schedules of dosing that the English word list lacks: "pulsatile gonadorelin", "continuous infusion".
  'pulsatile', 'continuous', 'cyclical', 'cyclic',
  // Routes around the eye: "periocular triamcinolone", "suprachoroidal injection".
  'periocular', 'suprachoroidal', 'subconjunctival', 'intracameral', 'retrobulbar', 'intraocular',
  // Phototherapy: "narrowband UVB".
  'narrowband',
  // Dosing and flow: "titrate the dose", "venous outflow".
  'titrate', 'outflow', 'inflow',
  // A skin sign and a channel's old name (TRPM1): "erythema", "melastatin" (its -statin is no stem).
  'erythema', 'melastatin',
  // Descriptions of a regimen's parts and poisons: "acid suppressant, bismuth, metronidazole", "organophosphate poisoning".
  'suppressant', 'suppressants', 'organophosphate', 'organophosphates', 'carbamate', 'carbamates',
  // Antibiotic classes in the singular ("an aminoglycoside", "the glycylcycline tigecycline") and chemical classes.
  'aminoglycoside', 'cephalosporin', 'carbapenem', 'fluoroquinolone', 'macrolide', 'glycylcycline', 'aminomethylcycline',
  'fluorocycline', 'lincosamide', 'oxazolidinone', 'alkane', 'alkanes',
  // Release technologies ("mesalazine multimatrix") and symptoms a list may hold ("reflux").
  'multimatrix', 'reflux', 'oedema', 'edema', 'oxicam', 'oxicams',
  // Tissue adjectives beside a comparison: "mechanically inferior to hyaline cartilage".
  'hyaline',
  // Tissues, lesions and protein classes a treatment sentence names: "the oral mucosa", "aphthae", "the parotid",
  // "anthrax immune globulin", "a nitroimidazole".
  'mucosa', 'aphthae', 'parotid', 'globulin', 'globulins', 'nitroimidazole', 'nitroimidazoles',
  // Classes, tissues and bacterial products beside a treatment: "an antiseizure medicine", "the myometrium",
  // "lipopolysaccharide-induced", "a prostaglandin".
  'antiseizure', 'myometrium', 'endometrium', 'lipopolysaccharide', 'prostaglandin', 'prostaglandins',
  // Lesions of the oral mucosa: "oral leukoplakia", "oral erythroplakia".
  'leukoplakia', 'erythroplakia',
  // Antifungal classes in the singular: "the inhaled triazole opelconazole", "an oral triterpenoid".
  'triazole', 'azole', 'imidazole', 'echinocandin', 'polyene', 'allylamine', 'triterpenoid',
]);

/** Shortest word taken from a cue. */
export const CUE_MIN_LENGTH = 6;

const WORD_RE = /^[A-Za-z][a-z]+$/;
/** A development code (GB0139, CC-11050, BMS-986278): only right after a class noun. */
const CODE_RE = /^[A-Z]{1,5}[- ]?[0-9]{3,8}[A-Za-z]?$/;

/** Singular class nouns right before a drug: "the … inhibitor X". */
const CLASS_NEAR = String.raw`(?:prodrug|agent|antibody|oligonucleotide|chaperone|sensitiser|sensitizer|opener|inhibitor|antagonist|agonist|blocker|modulator|activator|analogue|analog|degrader|chelator|antimetabolite|antibiotic|antifungal|antiviral|antiretroviral|antipsychotic|antidepressant|anticonvulsant|antiepileptic|anticoagulant|antiplatelet|immunosuppressant|immunomodulator|corticosteroid|glucocorticoid|bisphosphonate|opioid|benzodiazepine|potentiator|corrector|stabiliser|stabilizer|mimetic|cephalosporin|carbapenem|fluoroquinolone|aminoglycoside|macrolide|tetracycline|sulfonylurea|taxane|anthracycline|nitrosourea|antihistamine|antiemetic|analgesic|antihypertensive|antiarrhythmic|antimalarial|anthelmintic|antiandrogen)`;
/** Singular class nouns of an appositive: "X, a … inhibitor", also "X, a … drug". */
const CLASS = String.raw`(?:${CLASS_NEAR}|diuretic|vasodilator|drug)`;
/** Plural class nouns (and class abbreviations) before "such as", "including", "like", "e.g.". */
const CLASS_PLURAL = String.raw`(?:openers|inhibitors|antibodies|oligonucleotides|antagonists|agonists|blockers|modulators|activators|analogues|analogs|degraders|drugs|agents|medications|medicines|antibiotics|antifungals|antivirals|antiretrovirals|antipsychotics|antidepressants|anticonvulsants|antiepileptics|anticoagulants|antiplatelets|immunosuppressants|immunomodulators|corticosteroids|glucocorticoids|steroids|bisphosphonates|diuretics|opioids|benzodiazepines|vasodilators|statins|chemotherapeutics|cytotoxics|biologics|cephalosporins|carbapenems|fluoroquinolones|aminoglycosides|macrolides|tetracyclines|sulfonylureas|taxanes|anthracyclines|nitrosoureas|antihistamines|antiemetics|analgesics|antihypertensives|antiarrhythmics|antimalarials|anthelmintics|antiandrogens|NSAIDs|SSRIs|SNRIs|MAOIs|TCAs|DMARDs|TKIs|ARBs|PPIs|DOACs)`;
/** A singular class noun that may come right before a drug or its code ("the … inhibitor X"). */
const CLASS_NEAR_WORDS = new Set(CLASS_NEAR.slice(3, -1).split('|'));
/** Plural class nouns that may come right before development codes: "the inhibitors MF-094 and MTX325". */
const CODE_CLASS_PLURALS: ReadonlySet<string> = new Set(['inhibitors', 'antagonists', 'agonists', 'blockers', 'modulators', 'activators', 'degraders', 'analogues', 'analogs']);

/** What a cue can make of a word without an INN stem: nothing, a drug it may name, or a class noun before one. */
export type CueKind = 0 | 1 | 2;
export const CUE_NONE = 0;
const CUE_WORD = 1;
const CUE_CLASS = 2;

/** The cue kind of a word of six letters or more that has no INN stem (memoised per word by the recogniser). */
export function cueKind(lex: Lexicon, word: string): CueKind {
  if (CLASS_NEAR_WORDS.has(word) || CODE_CLASS_PLURALS.has(word)) return CUE_CLASS;
  return drugShaped(lex, word) ? CUE_WORD : CUE_NONE;
}

/** One word of letters, six or more, capitalised at most, and neither English nor of a shape that names no drug. */
function drugShaped(lex: Lexicon, word: string): boolean {
  if (word.length < CUE_MIN_LENGTH || !WORD_RE.test(word)) return false;
  const lower = word.toLowerCase();
  return !lex.englishLong.has(lower) && !NOT_DRUG_SHAPE.test(lower) && !NOT_DRUG_START.test(lower) && !NOT_DRUGS.has(lower) && !SALT_WORDS.has(lower) && !ESTER_WORDS.has(lower);
}

/**
 * Beginnings of words that are no drugs: places and routes inside or outside an organ ("treated with intrauterine
 * transfusion", "intralesional", "extracorporeal") and the words of giving a drug again ("rechallenge", "retreatment").
 */
const NOT_DRUG_START = /^(?:intra|extra|rechalleng|retreat|reintroduc|reinitiat)/;

/** After a word (and its parenthesis): ", a(n)/the <up to seven words> CLASS" ("X (Brand), an … inhibitor"). */
const APPOSITIVE_RE = new RegExp(String.raw`(?:\s*\([^()]{1,60}\))?,\s+(?:a|an|the)\s+(?:[^\s,.;:()]+\s+){0,7}?${CLASS}\b`, 'y');
/** Words that introduce examples ("such as" by its "as"); "e.g." is looked for apart. */
const EXAMPLE_WORDS = new Set(['as', 'including', 'like', 'notably', 'namely']);
/** Before a word: "CLASSES (…), such as". */
const EXAMPLES_RE = new RegExp(String.raw`\b${CLASS_PLURAL}(?:\s+\([^()]{1,40}\))?,?\s+(?:such as|including|like|e\.g\.,?|notably|namely)\s+$`);
/** Before a word: "CLASSES: " (a list the class heads). */
const CLASS_COLON_RE = new RegExp(String.raw`\b${CLASS_PLURAL}:\s+$`);
/** After a class noun: a development code (GB0139, CC-11050, BMS-986278). */
const CODE_AFTER_RE = /\s+([A-Z]{1,5}[- ]?[0-9]{3,8}[A-Za-z]?)(?![A-Za-z0-9-])/y;
/** A list separator after a drug (its parenthesis allowed), then a word: ", ", ", and ", " and ", " or ", " plus ", " versus ", "/", "–". */
const AFTER_RE = /\)?(?:\s*\([^()]{1,60}\))?(,\s+(?:and\s+|or\s+)?|\s+(?:and|or|plus|versus|vs\.?)\s+|\s*[/–]\s*)([A-Za-z][a-z]+|[A-Z]{1,5}-?[0-9]{3,8}[A-Za-z]?(?![A-Za-z0-9-]))/y;
/** A joining word right before a drug, after a space (its end is the drug's start, less spaces). */
const JOINER_BEFORE_RE = /\s(?:and|or|plus|versus|vs\.?)$/;
/** A separator that is a comma alone (no "and", "or"). */
const COMMA_ONLY_RE = /^,\s+$/;
/** The list goes on after an item: another separator follows it (its parenthesis allowed). */
const LIST_GOES_ON_RE = /^(?:\s*\([^()]{1,60}\))?(?:,\s|\s+(?:and|or)\s)/;

interface Word {
  start: number;
  end: number;
  text: string;
}

/**
 * Adds to `out` (mentions of one prose span, from index `from` on, in text order) the drugs named by a cue (see the
 * module comment). `d` is the span's decoded text over `source`; `cueWords` holds the span's words that `cueKind`
 * found something in, as (start, end, kind) in decoded offsets. `known` says whether a word is in the ontology at all.
 */
export function addCuedDrugs(source: string, d: Decoded, out: Mention[], from: number, cueWords: readonly number[], lex: Lexicon, known: (word: string) => boolean): void {
  const drugs: Mention[] = [];
  for (let j = from; j < out.length; j++) if (isDrug(out[j]!)) drugs.push(out[j]!);
  if (cueWords.length === 0 && drugs.length === 0) return;
  // Where drug mentions end (a span may hold thousands of drugs: a set, not a search of the list per word).
  const drugEnds = new Set(drugs.map((m) => m.span.end));
  const drugStarts = new Set(drugs.map((m) => m.span.start));
  const start = sourceStart(d, 0);
  const limit = sourceEnd(d, d.text.length);
  /** A brand is no English word and nothing the ontology knows. */
  const notBrand = (item: string): boolean => {
    const lower = item.toLowerCase();
    return lex.englishLong.has(lower) || lex.english.has(lower) || known(item);
  };
  /** `shaped`: the word needs no shape check (a code, or a word `cueKind` has seen). */
  const candidate = (w: Word, shaped: boolean): boolean => {
    const { at, to } = mentionsOverlapping(out, from, w);
    if (at < to) return false;
    const before = source.charCodeAt(w.start - 1);
    const after = source.charCodeAt(w.end);
    // Part of a compound ("X-induced", "anti-X") or of a longer token.
    if (before === 45 || after === 45 || isAsciiAlnumCode(after) || isAsciiAlnumCode(before)) return false;
    // "aripiprazole lauroxil", "pomaglumetad methionil": a word right after a drug is the second word of its name.
    if (before === 32 && drugEnds.has(w.start - 1)) return false;
    // "the oral macrocycle enlicitide": a word right before a drug describes it.
    if (after === 32 && drugStarts.has(w.end + 1)) return false;
    if (!shaped && !drugShaped(lex, w.text)) return false;
    if (w.text.charCodeAt(0) < 97 && !CODE_RE.test(w.text) && !sentenceStart(source, start, w.start)) return false;
    return !known(w.text);
  };
  const add = (w: Word): void => {
    const { at } = mentionsOverlapping(out, from, w);
    const name = CODE_RE.test(w.text) ? w.text : w.text.toLowerCase();
    const m: Mention = { text: w.text, span: { start: w.start, end: w.end }, entity: stemDrugRef(name, 'cue'), status: 'resolved', kind: 'cue' };
    out.splice(at, 0, m);
    drugs.push(m);
    drugEnds.add(m.span.end);
    drugStarts.add(m.span.start);
  };
  // Class cues, from the words themselves.
  for (let k = 0; k < cueWords.length; k += 3) {
    const s = sourceStart(d, cueWords[k]!);
    const e = sourceEnd(d, cueWords[k + 1]!);
    if (cueWords[k + 2] === CUE_CLASS) {
      CODE_AFTER_RE.lastIndex = e;
      const c = CODE_AFTER_RE.exec(source);
      if (c && c.index + c[0].length <= limit) {
        const w = { start: c.index + c[0].length - c[1]!.length, end: c.index + c[0].length, text: c[1]! };
        if (candidate(w, true)) add(w);
      }
      continue;
    }
    const prev = wordBefore(source, s, start);
    let cued = prev !== undefined && source.charCodeAt(prev.end) === 32 && CLASS_NEAR_WORDS.has(prev.text);
    if (!cued && prev !== undefined && (EXAMPLE_WORDS.has(prev.text) || prev.text === 'g')) cued = EXAMPLES_RE.test(source.slice(Math.max(start, s - 120), s));
    if (!cued && afterColon(source, s, start)) cued = CLASS_COLON_RE.test(source.slice(Math.max(start, s - 40), s));
    if (!cued) {
      const next = source.charCodeAt(e);
      if (next === 44 /* , */ || (next === 32 && source.charCodeAt(e + 1) === 40) /* ( */) {
        APPOSITIVE_RE.lastIndex = e;
        cued = APPOSITIVE_RE.test(source) && APPOSITIVE_RE.lastIndex <= limit;
        // "Risdiplam (Evrysdi, RG7916)": a brand and a development code in parentheses.
        if (!cued && next === 32) cued = brandAndCodeAfter(source, e, limit) || brandsAfter(source, e, limit, notBrand);
      }
    }
    if (!cued) cued = usageCue(source, s, e, start, limit);
    const w = { start: s, end: e, text: source.slice(s, e) };
    if (cued && candidate(w, true)) add(w);
  }
  // Lists with a drug (the rest of "such as sertraline, escitalopram and fluoxetine" too), until nothing is added.
  // A comma alone may end an appositive ("X (Brand), recombinant human …"): then the list must go on after the word.
  for (let k = 0; k < drugs.length; k++) {
    const m = drugs[k]!;
    AFTER_RE.lastIndex = m.span.end;
    const a = AFTER_RE.exec(source);
    if (a && a.index + a[0].length <= limit) {
      const end = a.index + a[0].length;
      const w = { start: end - a[2]!.length, end, text: a[2]! };
      // (A development code needs no word shape: "the inhibitors MF-094 and MTX325".)
      if ((!COMMA_ONLY_RE.test(a[1]!) || LIST_GOES_ON_RE.test(source.slice(end, Math.min(limit, end + 70)))) && candidate(w, CODE_RE.test(w.text))) add(w);
    }
    const b = listWordBefore(source, m.span.start, start);
    if (b && (!b.commaOnly || LIST_GOES_ON_RE.test(source.slice(m.span.end, Math.min(limit, m.span.end + 70)))) && candidate(b.word, false)) add(b.word);
  }
  // "Harvoni (ledipasvir/sofosbuvir)": a brand before a parenthesis of drugs.
  if (drugs.length > 0) addBrandsBeforeDrugs(source, out, from, start, notBrand);
}

/** True when a colon comes right before `at`, spaces between allowed. */
function afterColon(source: string, at: number, start: number): boolean {
  let p = at;
  while (p > start && source.charCodeAt(p - 1) === 32) p--;
  return p > start && source.charCodeAt(p - 1) === 58;
}

/** The run of letters before `at`, spaces between allowed. */
function wordBefore(source: string, at: number, start: number): Word | undefined {
  let p = at;
  while (p > start && source.charCodeAt(p - 1) === 32) p--;
  let q = p;
  while (q > start && isAsciiLetterCode(source.charCodeAt(q - 1))) q--;
  return q < p ? { start: q, end: p, text: source.slice(q, p) } : undefined;
}

/** The word and list separator right before `at` ("X, ", "X and ", "X, or ", "X/", "X – "), and whether it is a comma alone. */
function listWordBefore(source: string, at: number, start: number): { word: Word; commaOnly: boolean } | undefined {
  let p = at;
  const spaces = () => {
    while (p > start && source.charCodeAt(p - 1) === 32) p--;
  };
  spaces();
  let joined = false;
  let comma = false;
  const c = source.charCodeAt(p - 1);
  if (c === 47 /* / */ || c === 0x2013 /* – */) {
    p--;
    joined = true;
  } else {
    if (p < at) {
      const j = JOINER_BEFORE_RE.exec(source.slice(Math.max(start, p - 8), p));
      if (j) {
        p -= j[0].length - 1;
        joined = true;
        spaces();
      }
    }
    if (source.charCodeAt(p - 1) === 44 /* , */ && (joined || p < at)) {
      p--;
      comma = true;
    }
  }
  if (!joined && !comma) return undefined;
  spaces();
  let q = p;
  while (q > start && isAsciiLetterCode(source.charCodeAt(q - 1))) q--;
  return q < p ? { word: { start: q, end: p, text: source.slice(q, p) }, commaOnly: comma && !joined } : undefined;
}

function isDrug(m: Mention): boolean {
  return m.entity?.type === 'drug' && m.status === 'resolved';
}

/** At the start of the span, or after the end of a sentence or an opening bracket. */
function sentenceStart(source: string, start: number, at: number): boolean {
  let p = at - 1;
  while (p >= start && (source.charCodeAt(p) === 32 || source.charCodeAt(p) === 9)) p--;
  if (p < start) return true;
  const c = source[p]!;
  return c === '.' || c === '!' || c === '?' || c === ':' || c === '(' || c === '#';
}

