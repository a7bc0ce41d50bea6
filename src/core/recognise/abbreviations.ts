/**
 * Abbreviations a draft defines for something other than a gene: "maturity-onset diabetes of the young (MODY)",
 * "tuberculin skin test (TST)", "Hamilton Depression Rating Scale (HAM-D or HDRS)". The long form is found the
 * way Schwartz and Hearst (2003) find it: every letter and digit of the abbreviation occurs, in order, in the
 * words before the parenthesis, the first one at the start of a word. A long form that names a gene product
 * ("estrogen receptor (ER)", "periostin (POSTN)", "Wilms tumour 1 (WT1)") keeps the abbreviation a gene; one
 * that names a disease, a score, a test, a study or a formulation makes it no gene anywhere in the draft.
 */
import { isSaltWord } from './salts';

/**
 * How a draft defines an abbreviation: `gene`, the long form may name a gene product (nothing is suppressed);
 * `other`, it names something else (weak matches — aliases, English words, ambiguous names — are dropped);
 * `other-class`, it ends in a word of a non-gene class (syndrome, scale, test…), so even an official symbol is.
 */
export type Defined = 'gene' | 'other' | 'other-class';

const STRENGTH: Readonly<Record<Defined, number>> = { gene: 0, other: 1, 'other-class': 2 };

/**
 * Two definitions of one abbreviation in a draft as one: a definition as a gene wins, else the stronger. The order
 * does not matter, so parts of a draft can be read apart and their definitions joined (incremental analysis).
 */
export function mergeDefined(had: Defined | undefined, kind: Defined): Defined {
  return had === 'gene' || kind === 'gene' ? 'gene' : had && STRENGTH[had] > STRENGTH[kind] ? had : kind;
}

/**
 * Two links of one abbreviation to entities as one: the same entity stays, two different entities make no link (the
 * empty string). The order does not matter (see `mergeDefined`).
 */
export function mergeLink(had: string | undefined, id: string): string {
  return had === undefined || had === id ? id : '';
}

const words = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/).filter(Boolean));

/** An acylcarnitine, a metabolite measured in newborn screening. */
const CARNITINE_END_RE = /carnitines?$/;

/** Words of long forms that name a gene product. */
const GENE_WORDS = words(
  'receptor receptors kinase kinases factor factors protein proteins enzyme enzymes ligand ligands antigen antigens peptide hormone channel transporter exchanger pump gene genes oncogene homolog homologue molecule subunit chain ligase phosphatase synthase transferase dehydrogenase oxidase reductase protease peptidase cytokine chemokine interleukin integrin cadherin regulator activator modulator mediator suppressor inhibitor binding domain containing associated related induced inducible dependent interacting toll like family member isoform polypeptide globulin lectin mucin collagen keratin',
);

/**
 * Head words (the last word of a long form) of non-gene classes: diseases and conditions, measures and scales,
 * tests and methods, treatments and formulations, studies and organisations, cell types.
 */
const OTHER_HEADS = words(
  // diseases and conditions
  'disease diseases syndrome syndromes disorder disorders intolerance intolerances eruption eruptions exanthem diarrhoea diarrhea constipation incontinence ulcer ulcers neoplasm neoplasms depression schizophrenia cancer cancers carcinoma carcinomas tumour tumours tumor tumors sarcoma sarcomas leukaemia leukemia lymphoma lymphomas myeloma arthritis lupus erythematosus sclerosis diabetes failure injury infarction infection infections insufficiency fibrosis hypertension pneumonia pneumonitis dermatitis psoriasis eczema necrolysis dyskinesia deficiency anaemia anemia neutropenia inflammation atrophy dystrophy palsy fever hepatitis nephropathy neuropathy retinopathy cardiomyopathy degeneration oedema edema hypertrophy stenosis thrombosis embolism haemorrhage hemorrhage stroke asthma vitiligo alopecia areata suppurativa nodularis obesity dementia delirium psychosis autism epilepsy infarct ischaemia ischemia malformation restriction preeclampsia eclampsia thalassaemia thalassemia crisis crises overload dysfunction impairment sepsis shock arrest bleeding rupture swelling fracture fractures anomaly anomalies congenita symptom symptoms planus planopilaris sclerosus hernia hernias herniation neurodegeneration prolapse spectrum headache headaches migraine migraines pemphigoid pemphigus',
  ) as Set<string>;
for (const w of words(
  // measures, scales, tests and methods
  'output outputs day days rate rates ratio ratios resistance resistances test tests score scores index indices scale scales measure measures questionnaire questionnaires assessment assessments inventory criteria count counts clearance concentration level levels pressure strain volume capacity distance interval area fraction grade stage staging classification impression examination evaluation survey assay assays sequencing microscopy spectrometry chromatography imaging tomography resonance cytometry analysis method technique blot stimulation reaction ultrasound echocardiography biopsy ' +
    // treatments and formulations
    'decompression ablation therapy therapies immunotherapy immunotherapies chemotherapy chemotherapies radiotherapy chemoradiotherapy prophylaxis desensitisation desensitization treatment treatments transplantation transplant surgery resection ventilation vaccination vaccine vaccines regimen dialysis phototherapy release formulation formulations tablets injection infusion ' +
    // studies and organisations
    'study studies trial trials consortium society association organization organisation network group collaboration initiative registry database agency administration institute guideline guidelines programme program cohort panel ' +
    // cells, places and other things
    'cells lymphocytes macrophages fibroblasts neutrophils room department visit visits stress reticulum cholesterol antibody antibodies autoantibodies axis ' +
    // organisms (invasive nontyphoidal Salmonella (iNTS) is no integrator complex)
    'virus viruses bacteria bacterium salmonella fungus fungi parasite parasites ' +
    // outcomes
    'response responses remission survival progression outcome outcomes event events mortality death deaths ' +
    // numbers needed to treat or harm (NNT, NNH); classes of agents (erythropoiesis-stimulating agents, ESAs)
    'treat harm agent agents ' +
    // anatomy, tissues and physical quantities
    'phosphate phosphates epithelium endothelium tubule tubules duct ducts limb lobe lobes gyrus cord canal cortex nucleus nuclei peduncle peduncles ganglion ganglia thalamus tract membrane layer barrier tissue muscle nerve artery vein valve node gland organ system region zone matrix fluid liquid thickness acuity density temperature weight',
)) OTHER_HEADS.add(w);

/** Disease nouns that open a Latin-order name (erythema nodosum, lichen planus, pityriasis rubra pilaris, tinea capitis). */
const LATIN_DISEASE_HEADS = words(
  'erythema lichen pityriasis granuloma tinea acne livedo purpura keratosis ichthyosis morbus pemphigus prurigo cutis epidermolysis incontinentia porokeratosis acrodermatitis hidradenitis dermatitis folliculitis pyoderma lupus herpes',
);

/**
 * Endings of disease and procedure nouns: choroideremia, nephritis, fibrosis, cardiomyopathy, neutropenia, dysplasia,
 * acute intermittent porphyria, medulloblastoma (not stroma, soma), familial hyperaldosteronism, nephronophthisis,
 * spinocerebellar ataxia, hereditary spastic paraplegia, dystonia, telangiectasia; also in the plural (trigeminal
 * autonomic cephalalgias, TACs).
 */
const DISEASE_END_RE = /(?:itis|osis|isis|pathy|a?emia|penia|plasia|trophy|algia|uria|porphyria|ectomy|otomy|ostomy|[^s]oma|ism|taxia|plegia|tonia|ectasia)s?$/;
/** Words of gene names that also modify a disease's name ("aniridia-related keratopathy"). */
const DISEASE_MODIFIERS = words('associated related induced dependent');
/** Cell processes with the same endings: apoptosis, ferroptosis, endocytosis, mitosis. */
const PROCESS_END_RE = /(?:ptosis|cytosis|mitosis|meiosis)$/;

/** A parenthesised group of one to three abbreviations, "(HDRS)", "(HAM-D or HDRS)", "(UACR, A1–A3)"; bounded, so linear. */
/**
 * A parenthesised group: an abbreviation, or a list of them. A longer group ("(BPG; Bicillin L-A, Extencilline,
 * Lentocilin)") is read only up to its first semicolon (see `definitionGroup`).
 */
const PAREN_RE = /\(([^()]{2,160})\)/g;

/** What a parenthesised group defines: all of a short group, of a longer one its part before a first semicolon. */
function definitionGroup(group: string): string | undefined {
  if (group.length <= 40) return group;
  const semi = group.indexOf(';');
  return semi > 1 && semi <= 40 ? group.slice(0, semi) : undefined;
}
const ABBR_RE = /^[A-Za-z][A-Za-z0-9-]{1,9}$/;
/** An abbreviation with a number at its end, perhaps after a hyphen, and its stem of at least two capitals (SRI-4 → SRI, FHH1 → FHH). */
const NUMBERED_ABBR_RE = /^([A-Z][A-Z]+)-?[0-9]{1,3}$/;

/** True when `s` has an ASCII capital letter. */
function hasCapital(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) return true;
  }
  return false;
}

/** True when `c` is an ASCII letter or digit. */
function isAlnum(c: string): boolean {
  return /[A-Za-z0-9]/.test(c);
}

/** A qualified abbreviation: a short qualifier, a hyphen and an abbreviation of three or more capitals (Sch-PAH, HIV-TB). */
const QUALIFIED_ABBR_RE = /^[A-Za-z]{1,5}-([A-Z]{3,6})$/;

const MINOR_WORDS: ReadonlySet<string> = new Set(['of', 'the', 'and', 'in', 'for', 'with', 'to', 'a', 'an', 'on', 'by']);

/**
 * The long form of `short` at the end of `text`, or undefined. Word initials that spell the abbreviation
 * ("tuberculin skin test" for TST; minor words such as "of" may be skipped) are preferred; otherwise the
 * Schwartz–Hearst rule: each letter or digit of the abbreviation, from the last, is found leftwards in `text`,
 * and the first one must start a word.
 */
export function longFormOf(short: string, text: string): string | undefined {
  return initialsLongForm(short, text) ?? schwartzHearst(short, text) ?? latinOrderLongForm(short, text);
}

/** Whether a character code ends the clause a long form is looked for in: . ; : ( ) , */
export function endsClause(c: number): boolean {
  return c === 46 || c === 59 || c === 58 || c === 40 || c === 41 || c === 44;
}

/**
 * The long form of `short` in `t` before a parenthesis at `at`, looked for in the clause that starts at `from`; where
 * that clause is a lower-case descriptor after a comma ("Small cell carcinoma of the ovary, hypercalcaemic type
 * (SCCOHT)") and holds no long form, in the clause before the comma as well (one comma only, at most 120 characters).
 */
export function longFormBefore(short: string, t: string, from: number, at: number): string | undefined {
  const before = t.slice(from, at).trim();
  const long = longFormOf(short, before);
  if (long || from < 2 || t.charCodeAt(from - 1) !== 44 || !/^\s*[a-z]/.test(t.slice(from, at))) return long;
  let start = Math.max(0, from - 121);
  for (let q = from - 2; q >= start; q--) {
    if (endsClause(t.charCodeAt(q))) {
      start = q + 1;
      break;
    }
  }
  const wider = longFormOf(short, t.slice(start, at).trim());
  return wider && wider.length > before.length ? wider : undefined;
}

/**
 * "myotonic dystrophy type 1 (DM1)": a two-letter abbreviation of the Latin name (dystrophia myotonica), whose
 * initials run in the other order, before a type number.
 */
function latinOrderLongForm(short: string, text: string): string | undefined {
  const m = /^([A-Z])([A-Z])[0-9]$/.exec(short);
  const typed = m ? TYPE_TAIL_RE.exec(text) : null;
  if (!m || !typed) return undefined;
  const head = initialsLongForm(`${m[2]}${m[1]}`, text.slice(0, typed.index));
  return head ? head + text.slice(typed.index) : undefined;
}

/** A type number at the end of a long form: "… type 1". */
const TYPE_TAIL_RE = / type [0-9]$/i;

/** The shortest run of final words (split at spaces and hyphens) whose initials spell the letters of `short`. */
function initialsLongForm(short: string, text: string): string | undefined {
  const letters = short.toLowerCase().replace(/[^a-z]/g, '');
  if (letters.length < 2) return undefined;
  const words: Array<{ w: string; at: number }> = [];
  const re = /[A-Za-z0-9\u0370-\u03ff]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) words.push({ w: m[0].toLowerCase(), at: m.index });
  let li = letters.length - 1;
  for (let wi = words.length - 1; wi >= 0 && words.length - wi <= letters.length + 3; wi--) {
    const w = words[wi]!.w;
    if (w[0] === letters[li]) {
      li--;
      if (li < 0) return text.slice(words[wi]!.at).trim();
    } else if (!MINOR_WORDS.has(w) && !/^[0-9]/.test(w)) return undefined;
  }
  return undefined;
}

function schwartzHearst(short: string, text: string): string | undefined {
  const s = short.toLowerCase();
  const l = text.toLowerCase();
  let si = s.length - 1;
  let li = l.length - 1;
  while (si >= 0) {
    const c = s[si]!;
    if (!isAlnum(c)) {
      si--;
      continue;
    }
    while (li >= 0 && (l[li] !== c || (si === 0 && li > 0 && isAlnum(l[li - 1]!)))) li--;
    if (li < 0) return undefined;
    li--;
    si--;
  }
  const start = l.lastIndexOf(' ', li) + 1;
  const long = text.slice(start).trim();
  return long.length > short.length ? long : undefined;
}

/** A polyclonal antibody preparation: "anti-thymocyte globulin", "antilymphocyte globulin", "rabies immune globulin". */
const IMMUNE_GLOBULIN_RE = /(?:\banti-?(?:thymocyte|lymphocyte)|\bimmune) globulins?$/i;

/** A type number or letter at the end of a long form: " type 1", " type II", " type 2A", " type C" (single spaces: the pattern stays linear). */
const TYPE_NUMBER_END_RE = /\stype\s(?:[0-9]{1,2}[A-Za-z]?|[IVX]{1,4}[A-Za-z]?|[A-Z])$/;

/** A long form that ends in "of" and a proper name: "… spastic ataxia of Charlevoix–Saguenay" (group 1: the words before). */
const OF_PROPER_NAME_RE = /^([^()]{3,80}?) of (?:the )?[A-Z][\p{L}'’]*(?:[ \u2013-][A-Z][\p{L}'’]*){0,3}$/u;

/** Words that gene names and disease names share without naming the same thing. */
const GENERIC_NAME_WORDS = words('disease syndrome deficiency type associated related protein factor receptor family member like domain containing subunit complex');

/** An abbreviation led by a chemical locant: 3-OMD, 5-HIAA, 8-OHdG (group 1: the part after the locant). */
const LOCANT_ABBR_RE = /^[0-9]{1,2}-([A-Z][A-Za-z]{1,7})$/;

/** One word of a chemical name: eight letters or more, a chemical ending (glycosylphosphatidylinositol, phosphatidylserine). */
const CHEMICAL_WORD_RE = /^[a-z]{6,}(?:ol|ine|ate|ide|ose|ene|ane|one)$/;

/** Whether the long form `long` and the gene name `name` share a word of four letters or more that is not generic. */
function sharesNameWord(long: string, name: string | undefined): boolean {
  if (!name) return false;
  const mine = new Set(wordsOf(name).filter((w) => w.length >= 4 && !GENERIC_NAME_WORDS.has(w)));
  return wordsOf(long).some((w) => mine.has(w));
}

/** The words of a long form, lower-cased, letters only. */
function wordsOf(long: string): string[] {
  return long.toLowerCase().split(/[^a-z0-9α-ω]+/).filter(Boolean);
}

/**
 * How a long form defines its abbreviation: `isGeneName` tells whether a phrase is itself a gene or family name
 * of the ontology ("periostin", "connective tissue growth factor").
 */
export function classifyLongForm(long: string, isGeneName: (phrase: string) => boolean): Defined {
  // "familial hypocalciuric hypercalcaemia type 1 (FHH1)", "autoimmune polyendocrine syndrome type 1 (APS-1)": a
  // disease's type number is no gene's number; the words before it decide.
  const typed = TYPE_NUMBER_END_RE.exec(long);
  if (typed && typed.index > 0) {
    const rest = classifyLongForm(long.slice(0, typed.index), isGeneName);
    if (rest === 'other-class') return rest;
  }
  // "autosomal recessive spastic ataxia of Charlevoix–Saguenay (ARSACS)": a disease named after a place or a person
  // is classed by the words before "of".
  const ofProper = OF_PROPER_NAME_RE.exec(long);
  if (ofProper && classifyLongForm(ofProper[1]!, isGeneName) === 'other-class') return 'other-class';
  // "antithymocyte globulin (ATG)", "hepatitis B immune globulin (HBIG)": an antibody preparation given as a drug.
  if (IMMUNE_GLOBULIN_RE.test(long)) return 'other-class';
  const list = wordsOf(long);
  if (!list.length) return 'gene';
  const last = list[list.length - 1]!;
  // European LeukemiaNet (ELN): a network's name written as one camel-case word ending in Net.
  if (/[a-z]Net$/.test(long)) return 'other-class';
  if (OTHER_HEADS.has(last) || OTHER_HEADS.has(last.replace(/s$/, ''))) return 'other-class';
  // "erythema elevatum diutinum (EED)", "keratosis pilaris (KP)": a disease named in Latin order, its noun first and no
  // word of a gene product after it.
  if (list.length >= 2 && LATIN_DISEASE_HEADS.has(list[0]!) && !list.some((w) => GENE_WORDS.has(w) || (w.length > 5 && w.endsWith('ase')))) return 'other-class';
  // Gene names end in a number, a Greek letter or a letter code (Wilms tumour 1, interferon-γ, protein kinase C).
  if (/[0-9α-ω]$/.test(last) || /[0-9α-ωΑ-Ω]$/.test(long) || /\s[A-Z]$/.test(long)) return 'gene';
  // "aniridia-related keratopathy (ARK)", "heparin-induced thrombocytopenia (HIT)": a disease noun after a modifier
  // that gene names also use (related, induced, associated) still names the disease.
  // (A plural in -ies is read in the singular: "limb-girdle muscular dystrophies (LGMDs)".)
  const disease = DISEASE_END_RE.test(last.replace(/ies$/, 'y').replace(/oses$/, 'osis')) && !PROCESS_END_RE.test(last);
  if (disease && list.every((w) => !GENE_WORDS.has(w) || DISEASE_MODIFIERS.has(w))) return 'other-class';
  if (list.some((w) => GENE_WORDS.has(w) || (w.length > 5 && w.endsWith('ase')) || w.endsWith('ases'))) return 'gene';
  // A long form that mentions a gene symbol ("p53 upregulated modulator of apoptosis") names a gene product.
  if (/\b(?:[A-Za-z]{1,6}[0-9]+[A-Za-z]?|[A-Z]{3,})\b/.test(long)) return 'gene';
  // The long form itself, or its last words, may be a name of the ontology (as written, too: "eosinophil-derived
  // neurotoxin (EDN)", whose hyphen the word list loses).
  if (long.includes('-') && isGeneName(long)) return 'gene';
  for (let k = Math.max(0, list.length - 4); k < list.length; k++) if (isGeneName(list.slice(k).join(' '))) return 'gene';
  // "fragile X messenger ribonucleoprotein (FMRP)": a gene's name without its member number 1.
  if (list.length <= 6 && isGeneName(`${list.join(' ')} 1`)) return 'gene';
  if (disease) return 'other-class';
  // "glycosylphosphatidylinositol (GPI)", "phosphatidylserine (PS)": one word of a molecule's chemical name, which no
  // gene's name is, names a molecule.
  if (list.length === 1 && CHEMICAL_WORD_RE.test(last)) return 'other-class';
  return 'other';
}

/**
 * Records the abbreviations that `t` defines. A definition as a gene wins over any other in the same draft
 * (a draft that also defines the abbreviation as a gene keeps it). With `links` and `entityNamed` (the one entity
 * a phrase names as a whole, if any), a gene definition whose long form names an entity also records the link
 * abbreviation → entity id (see `mergeLink`); with `familyNamed`, so does a long form that names a family. `lead` is
 * the text of the same paragraph right before `t` when only emphasis marks part them ("nontyphoidal *Salmonella*
 * (iNTS)": the long form starts in an earlier span); only parentheses inside `t` are read.
 */
export function collectDefinitions(
  text: string,
  into: Map<string, Defined>,
  isGeneName: (phrase: string) => boolean,
  links?: Map<string, string>,
  entityNamed?: (phrase: string) => string | undefined,
  isNameOf?: (phrase: string, id: string) => boolean,
  drugNamed?: (phrase: string) => string | undefined,
  geneNameOf?: (symbol: string) => string | undefined,
  lead = '',
  familyNamed?: (phrase: string) => string | undefined,
): void {
  if (text.indexOf('(') < 0) return;
  const t = lead + text;
  PAREN_RE.lastIndex = lead.length;
  for (let m = PAREN_RE.exec(t); m; m = PAREN_RE.exec(t)) {
    const group = definitionGroup(m[1]!);
    // An abbreviation has a capital: a group without one ("(n = 120)", "(p < 0.05)") defines nothing.
    if (group === undefined || !hasCapital(group)) continue;
    // The text before the parenthesis, back to the start of the clause (at most about ten words).
    let from = Math.max(0, m.index - 120);
    for (let q = m.index - 1; q >= from; q--) {
      const c = t.charCodeAt(q);
      // "bis(monoacylglycerol)phosphate (BMP)": a parenthesis inside a word is part of the long form.
      if (c === 41) {
        const open = wordInnerParenStart(t, q, from);
        if (open >= 0) {
          q = open;
          continue;
        }
      }
      if (endsClause(c) || c === 91 || c === 93) {
        from = q + 1;
        break;
      }
    }
    const before = t.slice(from, m.index).trim();
    if (!before) continue;
    const at = m.index;
    for (const [abbr, end] of group.split(/[,;]|\b(?:or|and)\b/).flatMap((part) => abbreviationsOf(part.trim(), t, from, at))) {
      if ((!ABBR_RE.test(abbr) && !LOCANT_ABBR_RE.test(abbr)) || !/[A-Z]/.test(abbr)) continue;
      // Only abbreviations that are shorter than their long form's first word could be (ILC2s, HAM-D).
      const bare = abbr.replace(/s$/, '');
      // "NKX2-1 (TTF-1)": a gene's symbol, then in parentheses a name the ontology gives that gene among others (TTF-1
      // is also the symbol TTF1): the draft means the gene before it, there and wherever it writes the name again.
      if (links && entityNamed && isNameOf) {
        const sp = before.lastIndexOf(' ');
        const token = before.slice(sp + 1);
        const id = /^[A-Z][A-Z0-9-]{1,9}$/.test(token) ? entityNamed(token) : undefined;
        if (id && isNameOf(abbr, id) && entityNamed(abbr) !== id) links.set(abbr, mergeLink(links.get(abbr), id));
      }
      const long = longFormBefore(bare, t, from, end);
      if (!long) {
        // "emtricitabine (FTC)": a capital abbreviation no entity has, right after a drug's name, is that drug here.
        // Not after a list ("fludarabine, cyclophosphamide and rituximab (FCR)"): that abbreviates the regimen.
        if (links && entityNamed && drugNamed && entityNamed(abbr) === undefined && !LIST_JOIN_RE.test(before)) {
          const id = drugAbbreviated(abbr, before, drugNamed);
          if (id) links.set(abbr, mergeLink(links.get(abbr), id));
        } else if (drugNamed && LIST_JOIN_RE.test(before) && isRegimenAbbreviation(abbr, before, drugNamed)) {
          // "paclitaxel, ifosfamide and cisplatin (TIP)": the initials of a regimen, no gene's alias in this draft.
          into.set(abbr, mergeDefined(into.get(abbr), 'other'));
        }
        // "7α-hydroxy-4-cholesten-3-one (C4)": a systematic chemical name's short name, no gene in this draft (not
        // even the official symbol C4 of complement, read as C4A/C4B).
        // "isovalerylcarnitine (C5)", "octanoylcarnitine (C8)": an acylcarnitine's short name (its carbon number) is no
        // gene either (C5 of complement).
        const lastWord = before.slice(before.lastIndexOf(' ') + 1);
        if (isChemicalName(lastWord) || (lastWord.length > 9 && CARNITINE_END_RE.test(lastWord))) into.set(abbr, mergeDefined(into.get(abbr), 'other-class'));
        continue;
      }
      // "micronised purified flavonoid fraction (MPFF)": a drug's own name as the long form defines a drug, whatever its
      // last word (fraction) would say.
      let classified = classifyLongForm(long, isGeneName);
      // "partial AIS (PAIS)": a long form that qualifies an abbreviation the draft has defined as a disease or another
      // class defines one of that class too.
      const lastOfLong = long.slice(long.lastIndexOf(' ') + 1);
      if (classified === 'gene' && lastOfLong !== long && into.get(lastOfLong) === 'other-class') classified = 'other-class';
      let kind = classified === 'other-class' && drugNamed?.(long) !== undefined ? 'other' : classified;
      // "von Hippel–Lindau disease (VHL)": a disease named after the gene whose official symbol abbreviates it (the
      // long form shares a word with the gene's name) leaves the symbol the gene's; "mitral valve prolapse (MVP)" does not.
      if (kind === 'other-class' && geneNameOf && sharesNameWord(long, geneNameOf(bare))) continue;
      const keys = bare === abbr ? [abbr] : [abbr, bare];
      // "3-O-methyldopa (3-OMD)", "5-hydroxyindoleacetic acid (5-HIAA)": an abbreviation led by a locant names a
      // chemical, and so does its part after the locant, which the matcher reads alone (OMD is no osteomodulin there).
      const locant = kind !== 'gene' ? LOCANT_ABBR_RE.exec(bare) : null;
      if (locant) {
        kind = 'other-class';
        keys.push(locant[1]!);
      }
      // "SLE Responder Index (SRI-4)", "GAD-7": a numbered abbreviation of a non-gene class defines its stem too
      // (SRI, GAD), which the draft then uses alone.
      const stem = kind !== 'gene' ? NUMBERED_ABBR_RE.exec(bare)?.[1] : undefined;
      // (Recorded as well under `STEM#`: the draft's other numbers of the series, FHH2 after FHH1, are the same kind.)
      if (stem) keys.push(stem, `${stem}#`);
      // "schistosomiasis-associated pulmonary arterial hypertension (Sch-PAH)": a qualified abbreviation whose last part
      // spells the long form's last words defines that part too (PAH), which the draft then writes alone.
      const tail = kind !== 'gene' ? QUALIFIED_ABBR_RE.exec(bare)?.[1] : undefined;
      if (tail && initialsLongForm(tail, long) !== undefined) keys.push(tail);
      for (const key of keys) {
        into.set(key, mergeDefined(into.get(key), kind));
      }
      // "calcitonin receptor-like receptor (CLR)": a long form that is itself the name of one entity links the
      // abbreviation to it for the whole draft.
      if (kind === 'gene' && links && entityNamed) {
        // "alcohol dehydrogenase (ADH)": an abbreviation of a family's name names the family in the draft (ADH is
        // also an alias of AVP, antidiuretic hormone). ("Vascular endothelial growth factor (VEGF)" stays VEGFA: the
        // phrase names that gene, by a curated synonym, before the family.)
        // (Not an abbreviation with a number: "inducible nitric oxide synthase (NOS2)" names one member.)
        // ("vitamin D-binding protein (DBP)": the initials stop at "D-binding protein"; with the word before, the long
        // form names GC, not the official symbol DBP.)
        const widened = widenedLongForm(long, before);
        const id = entityNamed(long) ?? (widened ? entityNamed(widened) : undefined) ?? (/[0-9]/.test(abbr) ? undefined : familyNamed?.(long));
        // "Rab geranylgeranyl transferase (RABGGTA and RABGGTB)": official symbols after a complex's or family's name
        // list its members; they stay the genes.
        const members = id !== undefined && !id.startsWith('ncbigene:') && geneNameOf?.(bare) !== undefined;
        if (id && !members) for (const key of keys) links.set(key, mergeLink(links.get(key), id));
      } else if (links && entityNamed && drugNamed && !LIST_JOIN_RE.test(long)) {
        // "tenofovir disoproxil fumarate (TDF)": a drug's name defines its abbreviation for the draft as well (not a
        // regimen's: "bendamustine with rituximab (BR)").
        const id = drugAbbreviated(abbr, long, drugNamed);
        if (id) links.set(abbr, mergeLink(links.get(abbr), id));
      }
    }
  }
}

/** The long form `long`, which ends `before`, with the one word before it in `before` (undefined when none). */
function widenedLongForm(long: string, before: string): string | undefined {
  const at = before.lastIndexOf(long);
  if (at < 2 || before.charCodeAt(at - 1) !== 32) return undefined;
  return before.slice(before.lastIndexOf(' ', at - 2) + 1, at) + long;
}

const SLASHED_PAIR_RE = /^([A-Za-z][A-Za-z0-9-]{1,9})\/([A-Za-z][A-Za-z0-9-]{1,9})$/;

/**
 * The abbreviations a part of a parenthesised group defines, each with where its long form ends. "Chronic
 * prostatitis/chronic pelvic pain syndrome (CP/CPPS)": a slashed pair after a slashed long form defines both, the
 * first from the text before the slash (CP, chronic prostatitis); anything else is one abbreviation ending at `at`.
 */
function abbreviationsOf(part: string, t: string, from: number, at: number): Array<[string, number]> {
  const pair = SLASHED_PAIR_RE.exec(part);
  const slash = pair ? t.lastIndexOf('/', at) : -1;
  return pair && slash > from ? [[pair[1]!, slash], [pair[2]!, at]] : [[part, at]];
}

/**
 * The position of the "(" that the ")" at `close` ends when the pair sits inside a word, with a letter or digit right
 * before the "(" and right after the ")" (bis(monoacylglycerol)phosphate), else -1. Looks back no further than `from`.
 */
function wordInnerParenStart(t: string, close: number, from: number): number {
  if (close + 1 >= t.length || !isAlnum(t[close + 1]!)) return -1;
  for (let q = close - 1; q > from; q--) {
    const c = t.charCodeAt(q);
    if (c === 41 || c === 32) return -1;
    if (c === 40) return isAlnum(t[q - 1]!) ? q : -1;
  }
  return -1;
}

/**
 * Whether `token` is a systematic chemical name: ten characters or more, a locant joined by a hyphen to a stem of three
 * letters or more, and a chemical suffix at the end (7α-hydroxy-4-cholesten-3-one, 2,3,7,8-tetrachlorodibenzo-p-dioxin,
 * 4-hydroxy-2-nonenal). Two simple tests instead of one pattern, so that no input backtracks.
 */
function isChemicalName(token: string): boolean {
  return token.length >= 10 && LOCANT_STEM_RE.test(token) && CHEMICAL_SUFFIX_RE.test(token);
}
const LOCANT_STEM_RE = /[0-9]-[a-zα-ω]{3}/;
const CHEMICAL_SUFFIX_RE = /(?:one|ol|al|ate|ide|ine|ene|ane|yl)$/;

/** An abbreviation of a drug: two to four capitals and digits, starting with a capital (TDF, FTC, CDDP; 5FU is no, nor a five-letter trial name such as ATLAS). */
const DRUG_ABBR_RE = /^[A-Z][A-Z0-9]{1,3}$/;
/**
 * Capital words that stand in parentheses after a drug and abbreviate something else: routes, forms and schedules,
 * agencies and makers, statistics, and drug classes.
 */
const NOT_DRUG_ABBREVIATIONS = words(
  'IV SC IM PO IT SL TD ID IP BID TID QID QD QW QOD PRN ER XR SR LA LAR IR CR DR ODT ' +
    'FDA EMA NICE WHO NIH NCI CDC US USA UK EU GSK MSD BMS ' +
    'HR OR RR CI SD SE SEM IQR NS NA AE AES SAE PK PD MTD RP2D DLT ORR PFS OS DFS EFS ' +
    'TKI TKIS ADC ADCS PPI PPIS NSAID SSRI SNRI ICI ICIS DMARD MAB DOAC NOAC ARB ACEI ART HAART PREP',
);

/**
 * The drug `abbr` abbreviates when `phrase` ends with a drug's name (`drugNamed`): the last one to four words, or, for
 * the long form its letters spell, those words without a last salt word ("tenofovir disoproxil fumarate (TDF)"). Only
 * an abbreviation of drug shape that is no drug name of its own and no route, agency, statistic or class is read
 * ("remdesivir (IV)" names the route); the caller checks that an abbreviation without a long form names no entity
 * ("trastuzumab (HER2)" names the target).
 */
function drugAbbreviated(abbr: string, phrase: string, drugNamed: (phrase: string) => string | undefined): string | undefined {
  if (!DRUG_ABBR_RE.test(abbr) || NOT_DRUG_ABBREVIATIONS.has(abbr) || drugNamed(abbr) !== undefined) return undefined;
  return endingDrug(phrase, drugNamed);
}

/** The drug that the last one to four words of `phrase` name, also without a last salt word ("… disoproxil fumarate"). */
function endingDrug(phrase: string, drugNamed: (phrase: string) => string | undefined): string | undefined {
  const list = phrase.split(/\s+/).filter(Boolean);
  for (let k = Math.max(0, list.length - 4); k < list.length; k++) {
    const id = drugNamed(list.slice(k).join(' ')) ?? (k < list.length - 1 && isSaltWord(list[list.length - 1]!) ? drugNamed(list.slice(k, -1).join(' ')) : undefined);
    if (id) return id;
  }
  return undefined;
}

/**
 * True when `abbr` (two to five capitals) follows a list of drugs that ends in a drug's name ("paclitaxel, ifosfamide
 * and cisplatin (TIP)"): it abbreviates the regimen.
 */
function isRegimenAbbreviation(abbr: string, before: string, drugNamed: (phrase: string) => string | undefined): boolean {
  return /^[A-Z]{2,5}$/.test(abbr) && !NOT_DRUG_ABBREVIATIONS.has(abbr) && endingDrug(before, drugNamed) !== undefined;
}

/** A clause that joins names into a list or combination: "and rituximab", "lopinavir with ritonavir". */
const LIST_JOIN_RE = /(?:^|\s)(?:and|or|plus|with|then|versus|vs\.?)\s|[+/–]/i;
