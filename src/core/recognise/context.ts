/**
 * Context rules for surfaces with two common readings. A rule looks at the words around a mention
 * (the same sentence, a few words either side): words of the other reading drop the mention
 * (ER stress, ER lumen, Golgi and ER → not a gene), words of the entity's reading confirm it
 * (ER-positive, ER status, breast → ESR1), otherwise the mention stays ambiguous.
 */

export type ContextDecision = 'confirm' | 'reject' | 'unknown';

interface ContextRule {
  confirm: ReadonlySet<string>;
  reject: ReadonlySet<string>;
  /** When the rule confirms, resolve to this entity id (MIB-1 → MKI67 or MIB1); default: the best entry. */
  confirmId?: string;
  rejectId?: string;
  /** When neither side's words are found, resolve to this entity id instead of leaving the mention ambiguous. */
  otherwiseId?: string;
  /** When neither side's words are found, drop the mention (a name whose other reading is the common one). */
  otherwiseReject?: boolean;
}

const words = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/).filter(Boolean));

const OCT_TRANSPORTER = words('transporter transporters uptake influx efflux transport substrate substrates inhibits inhibitor inhibitors mate1 mate2 mate2-k slc47a1 slc47a2 abcb1 abcg2 p-gp p-glycoprotein oat1 oat3 creatinine tubular renal hepatic hepatocytes secretion metformin imatinib cimetidine dolutegravir clearance pharmacokinetic pharmacokinetics drug drugs cation cations');
const OCT_FACTOR = words('transcription octamer pou homeobox promoter promoters enhancer enhancers immunoglobulin coactivator bob1 obf1 pou2af1 histone');
/** A rule for OCTn: transporter words confirm the curated transporter, transcription words give the POU factor. */
function octRule(pouId: string): ContextRule {
  return { confirm: OCT_TRANSPORTER, reject: OCT_FACTOR, rejectId: pouId };
}

const RULES: Readonly<Record<string, ContextRule>> = {
  // Keys as built by keys.ts (upper case, punctuation removed).
  ER: {
    confirm: words('positive negative receptor receptors status breast estrogen oestrogen tamoxifen endocrine fulvestrant her2 pr pgr esr1 hormone luminal antagonist agonist expression expressing alpha beta α β ligand tumours tumors cancer cancers'),
    reject: words('stress lumen golgi reticulum endoplasmic membrane membranes upr unfolded misfolded chaperone chaperones erad calcium ca2 retention exit export mitochondria mitochondrial contact contacts sheets tubules ribosome ribosomes secretory homeostasis perk ire1 ire1α atf6 bip translocation resident vesicles cisterna cisternae dilated folded folding procollagen copii tango1 hsp47 release extended immediate sustained prolonged modified formulation formulations tablet tablets emergency room department visit visits'),
  },
  PR: {
    confirm: words('receptor receptors progesterone status er esr1 her2 hormone luminal expression expressing breast positive negative'),
    reject: words('response responses partial complete cr sd pd orr rate rates achieved stable public relations interval intervals segment prolongation prolonged'),
  },
  MIB1: {
    confirm: words('ki67 ki proliferation proliferative index labelling labeling staining antibody immunohistochemistry immunostaining'),
    reject: words('ubiquitin ligase mindbomb notch jagged jagged1 jag1 delta endocytosis'),
    rejectId: 'ncbigene:57534',
  },
  // SF-1: steroidogenic factor 1 (NR5A1) in endocrine prose; otherwise, and beside splicing words, the official symbol
  // SF1 (splicing factor 1) that SF-1 normalises to.
  SF1: {
    otherwiseId: 'ncbigene:7536',
    confirm: words('steroidogenic steroidogenesis gonadotroph gonadotrophs gonadotrope gonadotropes adrenal adrenocortical gonad gonads gonadal pituitary lineage lineages testis testes ovary ovarian leydig sertoli granulosa theca orphan nuclear tpit pit1 dax1 nr0b1 ad4bp star cyp11a1 cyp17a1 cyp19a1 aromatase endometriosis'),
    reject: words('splicing spliceosome spliceosomal splice branch u2af1 u2af2 u2af65 sf3b1 srsf2 zrsr2 intron introns mds myelodysplastic'),
    rejectId: 'ncbigene:7536',
  },
  // OCT1, OCT2: organic cation transporters (SLC22A1, SLC22A2) beside uptake, drug and renal words; the octamer-binding
  // transcription factors (POU2F1, POU2F2) beside transcription words; otherwise left ambiguous.
  OCT1: octRule('ncbigene:5451'),
  OCT2: octRule('ncbigene:5452'),
  // p40: the subunit IL-12 and IL-23 share (IL12B) next to its partners, cytokines or the antibody that binds it;
  // otherwise its other readings (IL-9, ΔNp63 in pathology) keep it ambiguous.
  P40: {
    confirm: words('il il12 il23 il-12 il-23 p19 p35 interleukin interleukins ustekinumab briakinumab cytokine cytokines heterodimer'),
    reject: words('squamous p63 δnp63 deltanp63 tp63 phox nadph immunohistochemistry immunostaining'),
  },
  // EMA: epithelial membrane antigen (MUC1) among a pathologist's markers and stains; the European Medicines Agency
  // beside regulatory words, the EMA/CO regimen beside its drugs; with neither, dropped (the agency is the commoner).
  EMA: {
    confirm: words('positive negative staining stain stains stained immunohistochemistry immunohistochemical immunostaining immunoreactivity immunoreactive expression expresses express expressed focal focally diffuse diffusely membranous marker markers desmin keratin keratins cytokeratin cytokeratins ck7 ck20 cd99 cd30 cd34 cd45 s100 sox10 gfap cea vimentin synaptophysin chromogranin inhibin pax8 wt1 calretinin epithelial membrane antigen muc1 alk nutm1 sstr2a'),
    reject: words('approved approval approves agency agencies fda medicines european regulatory regulator regulators authorisation authorization marketing committee chmp label labelling licensed licence license guidance mhra pmda filing submission regimen chemotherapy etoposide methotrexate dactinomycin actinomycin cyclophosphamide vincristine weekly endomysial antibodies antibody eosin maleimide'),
    otherwiseReject: true,
  },
  // PDK1: 3-phosphoinositide-dependent protein kinase 1 (PDPK1, curated) beside PI3K–AKT words; the official symbol
  // PDK1 (pyruvate dehydrogenase kinase 1) beside metabolic words, and otherwise.
  PDK1: {
    otherwiseId: 'ncbigene:5163',
    confirm: words('akt akt1 pip3 pi3k phosphoinositide 3-phosphoinositide-dependent thr308 t308 threonine-308 mtorc2 sgk sgk1 rsk s6k s6k1 pkc agc pten p110 p110δ p110α pdpk1 membrane recruits recruited'),
    reject: words('pyruvate pdh pdk2 pdk3 pdk4 glycolysis glycolytic warburg hypoxia hif hif-1α hif1a dichloroacetate lactate citric tca sirt4 oxidative mitochondrial mitochondria'),
    rejectId: 'ncbigene:5163',
  },
  // RAP1: the small GTPase (RAP1A, RAP1B) in integrin and EPAC prose; the shelterin subunit TERF2IP beside telomere words.
  RAP1: {
    confirm: words('telomere telomeres telomeric shelterin trf2 terf2 trf1 terf1 tin2 tinf2 tpp1 pot1 telomerase'),
    reject: new Set<string>(),
    confirmId: 'ncbigene:54386',
  },
  // urokinase: the thrombolytic drug beside thrombolysis words and the other thrombolytics; otherwise the enzyme (PLAU).
  UROKINASE: {
    confirm: words('thrombolysis thrombolytic thrombolytics intrapleural catheter-directed infusion infused regimen regimens alteplase streptokinase tenecteplase reteplase dose doses bolus'),
    reject: words('activity expression expressed receptor upar plaur pai-1 serpine1 secreted stored granules granule tumour tumor invasion'),
    confirmId: 'drug:urokinase',
    rejectId: 'ncbigene:5328',
    otherwiseId: 'ncbigene:5328',
  },
  // HRS: hepatocyte growth factor-regulated tyrosine kinase substrate (HGS), the ESCRT-0 subunit, beside endosomal
  // sorting words; histidyl-tRNA synthetase (HARS1, the Jo-1 antigen) beside its words; otherwise left ambiguous.
  HRS: {
    confirm: words('escrt escrt-0 stam stam1 stam2 hgs endosome endosomes endosomal ubiquitinated ubiquitylated cargo cargoes multivesicular mvb mvbs tsg101 intraluminal'),
    reject: words('jo-1 histidyl histidyl-trna trna aminoacyl-trna synthetase synthetases antisynthetase myositis'),
    confirmId: 'ncbigene:9146',
    rejectId: 'ncbigene:3035',
  },
  // FSP1: ferroptosis suppressor protein 1 (AIFM2) beside ferroptosis and coenzyme Q words; fibroblast-specific protein 1
  // (S100A4) beside fibroblast and S100 words; otherwise left ambiguous (also an alias of ATL1).
  FSP1: {
    confirm: words('ferroptosis ferroptotic coq coq10 ubiquinone ubiquinol coenzyme gpx4 ifsp1 aifm2 lipid peroxidation peroxides radical-trapping'),
    reject: words('fibroblast fibroblasts fibroblast-specific s100a4 s100 mts1 metastasin caf cafs myofibroblast myofibroblasts'),
    confirmId: 'ncbigene:84883',
    rejectId: 'ncbigene:6275',
  },
  // S6: ribosomal protein S6 (RPS6), the read-out of mTORC1 activity, beside phosphorylation and mTOR-pathway words;
  // a channel's sixth transmembrane segment beside segment words; with neither, dropped (a supplementary item, a stage).
  S6: {
    confirm: words('phosphorylated phosphorylation phospho phosphorylates dephosphorylation ps6 s6k s6k1 s6k2 p70s6k rps6 mtor mtorc1 mtorc2 raptor akt pi3k 4e-bp1 4ebp1 eif4e rapamycin sirolimus everolimus temsirolimus ribosomal'),
    reject: words('segment segments transmembrane helix helices pore voltage-sensing sensor s4 s5 loop supplementary stage'),
    otherwiseReject: true,
  },
  // NET: the noradrenaline transporter (SLC6A2) beside transporter and reuptake words; a neutrophil extracellular trap
  // ("NET formation", "NET release") or a neuroendocrine tumour ("type 1 gastric NET") beside theirs, so dropped there;
  // otherwise left as the gene data has it (an alias of SLC6A2, ELK3 and another gene).
  NET: {
    confirm: words('norepinephrine noradrenaline transporter transporters reuptake uptake atomoxetine reboxetine desipramine nortriptyline bupropion mibg dat sert slc6a2 noradrenergic sympathetic cocaine amphetamine'),
    reject: words('formation release neutrophil neutrophils extracellular trap traps netosis histone histones citrullinated pad4 padi4 dnase dnase1 tumour tumours tumor tumors neuroendocrine gastric pancreatic duodenal rectal carcinoid grade somatostatin'),
    confirmId: 'ncbigene:6530',
  },
  // BK: the large-conductance calcium-activated potassium channel (KCNMA1) beside channel words ("BK channel",
  // "potassium channel BK"); the BK polyomavirus and author initials otherwise, so dropped without them.
  BK: {
    confirm: words('channel channels conductance large-conductance big-conductance potassium k+ kca1.1 maxik slo1 kcnma1 kcnmb1 kcnmb4 calcium-activated ca2+-activated iberiotoxin paxilline'),
    reject: words('virus viruses polyomavirus viraemia viremia viruria nephropathy cystitis bkv bkpyv jc jcv'),
    otherwiseReject: true,
  },
};

/** Whether a context rule exists for the lookup key (so that callers can skip gathering the words around). */
export function hasContextRule(key: string): boolean {
  return RULES[key] !== undefined;
}

/** The context rule decision for a key, given the lower-cased words around the mention. */
export function decideByContext(key: string, around: readonly string[]): { decision: ContextDecision; id?: string } {
  const rule = RULES[key];
  if (!rule) return { decision: 'unknown' };
  let confirm = false;
  let reject = false;
  for (const w of around) {
    if (rule.reject.has(w)) reject = true;
    else if (rule.confirm.has(w)) confirm = true;
  }
  if (reject && !confirm) return rule.rejectId ? { decision: 'confirm', id: rule.rejectId } : { decision: 'reject' };
  if (confirm && !reject) return rule.confirmId ? { decision: 'confirm', id: rule.confirmId } : { decision: 'confirm' };
  if (rule.otherwiseReject) return { decision: 'reject' };
  return rule.otherwiseId ? { decision: 'confirm', id: rule.otherwiseId } : { decision: 'unknown' };
}

/** Words of the complement system (factor H, C3b, C9, aHUS, properdin, CD46 …). */
const COMPLEMENT_NEAR_RE = /\b(?:[Cc]omplement|[Ff]actors? [HBD]\b|C[1-9][abqrs]?\b|CFH|CFI|aHUS|[Pp]roperdin|[Mm]embrane cofactor|CD46|MAC\b)/;

/**
 * Curated names with one entity in the ontology whose other reading prose uses as well, as written, with the words of
 * their own reading: "factor I" is complement factor I (CFI) beside complement words; elsewhere it may be the clotting
 * factor I (fibrinogen), which the ontology does not name so.
 */
const NEEDS_OWN_CONTEXT: ReadonlyMap<string, RegExp> = new Map([
  ['factor I', COMPLEMENT_NEAR_RE],
  ['Factor I', COMPLEMENT_NEAR_RE],
]);

/** Words of telomere biology (shelterin and its subunits, telomerase, the CST complex, dyskeratosis congenita). */
const TELOMERE_NEAR_RE = /\b(?:[Tt]elomer\w*|[Ss]helterin|POT1|TIN2|TINF2|TRF[12]|TERF[12]|TERT|RAP1|CST|[Dd]yskeratosis)\b/;

/** Words of bile acid synthesis (bile acids, cholic and chenodeoxycholic acid, cholestasis, oxysterols). */
const BILE_ACID_NEAR_RE = /\b(?:[Bb]ile[ -]acids?|[Cc]holic|[Cc]henodeoxycholic|[Cc]holesta(?:sis|tic)|[Oo]xysterols?|HSD3B7|CYP7A1|CYP7B1|AKR1D1)\b/;

/** Words of the WNK–SPAK kinase cascade of the kidney and choroid plexus (WNK1–4, SPAK, NKCC1/2, NCC, KCCs). */
const WNK_NEAR_RE = /\b(?:WNK[1-4]?|SPAK|STK39|NKCC[12]?|NCC|SLC12A[1-7]|KCC[1-4]|[Cc]ation[- ]chloride)\b/;

/**
 * Names whose other, named gene prose means beside the words of that gene's biology: TPP1 is tripeptidyl peptidase 1
 * (CLN2 disease), but beside telomere words the shelterin subunit TPP1 (ACD); 3β-HSD is read as HSD3B1, but beside bile
 * acid words it is the bile acid enzyme HSD3B7 (3β-HSD deficiency, a bile acid synthesis disorder); OSR1 (odd-skipped
 * related 1, a kidney development factor) beside SPAK and WNK words is the kinase OSR1 (OXSR1).
 */
const OTHER_READING_NEAR: ReadonlyMap<string, { near: RegExp; id: string }> = new Map([
  ['TPP1', { near: TELOMERE_NEAR_RE, id: 'ncbigene:65057' }],
  ['3β-HSD', { near: BILE_ACID_NEAR_RE, id: 'ncbigene:80270' }],
  ['3beta-HSD', { near: BILE_ACID_NEAR_RE, id: 'ncbigene:80270' }],
  ['OSR1', { near: WNK_NEAR_RE, id: 'ncbigene:9943' }],
]);

/** The longest name of `OTHER_READING_NEAR`: longer mentions are not looked up (no substring is cut for them). */
const OTHER_READING_MAX_LENGTH = Math.max(...[...OTHER_READING_NEAR.keys()].map((k) => k.length));

/**
 * The entity id the mention at `t[from, to)` names instead of its own gene when it is a name of `OTHER_READING_NEAR`
 * and words of that other reading stand within 300 characters either side (the mention itself excluded); otherwise
 * undefined.
 * @example otherReadingNear('POT1–TPP1 binds telomeres', 5, 9) // 'ncbigene:65057' (ACD)
 */
export function otherReadingNear(t: string, from: number, to: number): string | undefined {
  if (to - from > OTHER_READING_MAX_LENGTH) return undefined;
  const other = OTHER_READING_NEAR.get(t.slice(from, to));
  if (other === undefined) return undefined;
  const before = t.slice(Math.max(0, from - 300), from);
  const after = t.slice(to, to + 300);
  return other.near.test(before) || other.near.test(after) ? other.id : undefined;
}

/**
 * True when `written`, a mention at `t[from, to)`, is a name of `NEEDS_OWN_CONTEXT` with no word of its own reading
 * within 300 characters either side.
 * @example lacksOwnContext('factor I', 'factor I and factor IV', 0, 8) // true
 */
export function lacksOwnContext(written: string, t: string, from: number, to: number): boolean {
  const near = NEEDS_OWN_CONTEXT.get(written);
  return near !== undefined && !near.test(t.slice(Math.max(0, from - 300), to + 300));
}

/** Words after a token that mark it as a cell line (MCF-7 cells, HEK293 cell line, the PEO1 line). */
export const CELL_WORDS: ReadonlySet<string> = words('cells cell line lines');
/** Words after a token that mark it as a virus or viral protein (influenza A virus, HIV-1 Tat). */
export const VIRUS_WORDS: ReadonlySet<string> = words('virus viruses virions virion viral strain strains subtype serotype');
/** Words after a token that make it an imaging method (CAT scan, PET scans), not a gene. */
export const IMAGING_WORDS: ReadonlySet<string> = words('scan scans scanning scanner');
/** Words after a family's name that make it a laboratory method (HLA typing, HLA genotyping): no family mention. */
export const TYPING_WORDS: ReadonlySet<string> = words('typing genotyping');
/** Words after a nucleotide repeat unit (the CAG repeat, a GAA expansion, the CAA codon): no gene. */
export const REPEAT_WORDS: ReadonlySet<string> = words('codon codons repeat repeats stretch triplet triplets expansion expansions tract tracts');
/** Words after a short name in capitals that make it a protein's sequence feature (the LIR motif, the SET domain, a KEN box). */
export const FEATURE_WORDS: ReadonlySet<string> = words('domain domains motif motifs box boxes');
/** Words after a gene's abbreviation and a letter that make it one of a protein's lettered domains (the EGF-A domain, an EGF-B repeat). */
export const LETTERED_DOMAIN_WORDS: ReadonlySet<string> = new Set([...FEATURE_WORDS, 'repeat', 'repeats']);
/** Words after a regimen's initials (the CAP regimen). */
export const REGIMEN_WORDS: ReadonlySet<string> = words('regimen regimens protocol');
/** Words after a laboratory animal strain's name (the LEC rat, NOD mice). */
export const STRAIN_WORDS: ReadonlySet<string> = words('rat rats mouse mice');
/** Head words of a disease's name after its initials or an eponym (NUT carcinoma, WAGR syndrome). */
export const DISEASE_HEAD_WORDS: ReadonlySet<string> = words('carcinoma carcinomas syndrome syndromes disease diseases');
/** Words before a token that make it a non-human protein, family or complex (viral neuraminidase, mycobacterial ATP synthase). */
export const FOREIGN_WORDS: ReadonlySet<string> = words('viral bacterial mycobacterial fungal microbial parasitic parasite schistosome fluke helminth');

/**
 * The shortest and longest word of the word sets above (all ASCII): a neighbouring word of
 * another length is none of them, so the recogniser need not slice it out to look it up.
 */
export const NEIGHBOUR_WORD_LENGTHS: Readonly<{ min: number; max: number }> = (() => {
  const all = [...CELL_WORDS, ...VIRUS_WORDS, ...FOREIGN_WORDS, ...IMAGING_WORDS, ...TYPING_WORDS, ...REPEAT_WORDS, ...LETTERED_DOMAIN_WORDS, ...REGIMEN_WORDS, ...STRAIN_WORDS, ...DISEASE_HEAD_WORDS];
  return { min: Math.min(...all.map((w) => w.length)), max: Math.max(...all.map((w) => w.length)) };
})();
