import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { classifyLongForm, collectDefinitions, longFormOf, type Defined } from '../../src/core/recognise/abbreviations';
import { bundledLexicon, drugStem } from '../../src/core/recognise/lexicon';
import { brief, mentions } from './recognise-helpers';

describe('abbreviations the draft defines', () => {
  test('the Schwartz–Hearst long form: letters in order, the first at a word start', () => {
    assert.equal(longFormOf('TST', 'screening with a tuberculin skin test'), 'tuberculin skin test');
    assert.equal(longFormOf('HDRS', 'rated with the Hamilton Depression Rating Scale'), 'Hamilton Depression Rating Scale');
    assert.equal(longFormOf('POSTN', 'Periostin'), 'Periostin');
    assert.equal(longFormOf('CAMP', 'the antimicrobial peptide cathelicidin'), undefined);
  });
  test('long forms of diseases, scales and tests are no genes; gene-product long forms are', () => {
    const none = () => false;
    assert.equal(classifyLongForm('tuberculin skin test', none), 'other-class');
    assert.equal(classifyLongForm('Neuroleptic malignant syndrome', none), 'other-class');
    assert.equal(classifyLongForm('Patient-Oriented Eczema Measure', none), 'other-class');
    assert.equal(classifyLongForm('transepidermal water loss', none), 'other');
    assert.equal(classifyLongForm('vitamin D receptor', none), 'gene');
    assert.equal(classifyLongForm('Wilms tumour 1', none), 'gene');
    assert.equal(classifyLongForm('p53 upregulated modulator of apoptosis', none), 'gene');
    assert.equal(classifyLongForm('acute intermittent porphyria', none), 'other-class');
    assert.equal(classifyLongForm('phenylketonuria', none), 'other-class');
    assert.equal(classifyLongForm('Periostin', (p) => p === 'periostin'), 'gene');
  });
  test('"(A or B)" defines both, and a gene definition wins for the whole draft', () => {
    const into = new Map<string, Defined>();
    collectDefinitions('the Hamilton Depression Rating Scale (HAM-D or HDRS) and the Clinical Global Impression (CGI) scale', into, () => false);
    assert.equal(into.get('HDRS'), 'other-class');
    assert.equal(into.get('HAM-D'), 'other-class');
    collectDefinitions('SSRIs block the serotonin transporter (SERT). A subjective effort rating test (SERT) was used.', into, () => false);
    assert.equal(into.get('SERT'), 'gene');
  });
  test('an official symbol defined as a test or a syndrome is no gene anywhere in the draft', () => {
    assert.deepEqual(brief('Screening uses a tuberculin skin test (TST). A positive TST prompts treatment.'), []);
    assert.deepEqual(brief('Neuroleptic malignant syndrome (NMS) is rare; NMS needs urgent care.'), []);
    assert.deepEqual(brief('Treatment-resistant depression (TRD) is common. TRD responds to esketamine.').filter((m) => !m.startsWith('esketamine')), []);
  });
  test('an alias defined as a scale or measure is no gene; a gene long form keeps it', () => {
    assert.deepEqual(brief('Severity was rated with the Patient-Oriented Eczema Measure (POEM).'), []);
    assert.deepEqual(brief('Severity was rated with the Hamilton Depression Rating Scale (HAM-D or HDRS).'), []);
    assert.deepEqual(brief('Vitamin D acts through the vitamin D receptor (VDR).'), ['vitamin D receptor→VDR', 'VDR→VDR']);
  });
});

describe('weak matches inside other names', () => {
  test('a score, scale or index after an alias', () => {
    assert.deepEqual(brief('The GAP index combines gender, age and physiology.'), []);
  });
  test('numbered questionnaires and studies', () => {
    assert.deepEqual(brief('Screening relies on the PHQ-9 and GAD-7 questionnaires.'), []);
    assert.deepEqual(brief('Dupilumab was tested in the SOLO 1 and SOLO 2 trials.').filter((m) => !m.startsWith('Dupilumab')), ['SOLO 1→SOLO 1', 'SOLO 2→SOLO 2']);
  });
  test('an alias that names a trial with a cue is the trial', () => {
    assert.deepEqual(brief('Antibiotic exposure fell in the SAPS trial.'), ['SAPS→SAPS']);
    assert.equal(mentions('Antibiotic exposure fell in the SAPS trial.')[0]?.entity?.type, 'trial');
  });
  test('a slash-joined list of society acronyms is no list of genes', () => {
    assert.deepEqual(brief('as set out in the ATS/ERS/JRS/ALAT guideline'), []);
    // Members that are themselves hyphenated names are not acronyms of a list.
    assert.deepEqual(brief('the IL-23/IL-17 axis drives enthesitis'), ['IL-23→IL23A', 'IL-17→IL17A']);
  });
  test('bacterial gene names (inhA, rpoB, katG) are no human genes', () => {
    assert.deepEqual(brief('Resistance arises from katG S315T and from promoter mutations of inhA and rpoB.'), []);
  });
});

describe('processed peptides', () => {
  test('α-MSH and oxyntomodulin are isoforms of POMC and GCG, not the STAMBP alias AMSH', () => {
    const got = mentions('α-MSH (also &alpha;-MSH) acts on MC4R, and oxyntomodulin on GLP1R.');
    assert.deepEqual(got.map((m) => `${m.text}:${m.entity?.id}`), ['α-MSH:isoform:pomc-alpha-msh', '&alpha;-MSH:isoform:pomc-alpha-msh', 'MC4R:ncbigene:4160', 'oxyntomodulin:isoform:gcg-oxyntomodulin', 'GLP1R:ncbigene:2740']);
  });
});

describe('document-level disambiguation', () => {
  test('an alias shared by two genes resolves to the one the draft names', () => {
    const got = mentions('SNRIs also block the noradrenaline transporter NET (SLC6A2).');
    const net = got.find((m) => m.text === 'NET');
    assert.equal(net?.status, 'resolved');
    assert.equal(net?.entity?.symbol, 'SLC6A2');
  });
  test('without such a mention it stays ambiguous', () => {
    const [net] = mentions('SNRIs also block NET.');
    assert.equal(net?.status, 'ambiguous');
  });
  test('an alias of two genes resolves to the one of a gene series the draft names another member of', () => {
    // (AAC2 is an alias of NAT2 and of the ADP/ATP carrier SLC25A5, whose series AAC3 continues. OAT1, once the
    // example here, is now a curated name of SLC22A6.)
    const got = mentions('ADP is exchanged by AAC2 and AAC3 in the inner membrane.');
    const aac2 = got.find((m) => m.text === 'AAC2');
    assert.equal(aac2?.status, 'resolved');
    assert.equal(aac2?.entity?.symbol, 'SLC25A5');
    const [alone] = mentions('ADP is exchanged by AAC2.');
    assert.equal(alone?.status, 'ambiguous');
  });
});

describe('gene fusions', () => {
  test('a fusion gives one mention per partner over the whole span', () => {
    const md = 'Ewing sarcoma is driven by the EWSR1-FLI1 fusion, written EWSR1::FLI1 in the new nomenclature.';
    assert.deepEqual(brief(md), ['EWSR1-FLI1→EWSR1', 'EWSR1-FLI1→FLI1', 'EWSR1::FLI1→EWSR1', 'EWSR1::FLI1→FLI1']);
  });
  test('the double colon alone marks a fusion; a pair sharing a partner with a fusion is one too', () => {
    assert.deepEqual(brief('BCR::ABL1 is targeted by imatinib.'), ['BCR::ABL1→BCR', 'BCR::ABL1→ABL1', 'imatinib→imatinib']);
    assert.deepEqual(brief('Most tumours carry EWSR1-FLI1 rearrangements. DSRCT carries EWSR1-WT1.').filter((m) => m.includes('WT1')), ['EWSR1-WT1→EWSR1', 'EWSR1-WT1→WT1']);
  });
  test('ligand–receptor and pathway pairs are not fusions', () => {
    assert.deepEqual(brief('The CXCL12-CXCR4 axis recruits cells; fusion genes are rare here.'), ['CXCL12→CXCL12', 'CXCR4→CXCR4']);
    assert.deepEqual(brief('KEAP1-NFE2L2 signalling protects the cell.'), ['KEAP1→KEAP1', 'NFE2L2→NFE2L2']);
  });
});

describe('a ligand named with its receptor', () => {
  test('"IL-1 receptor" is IL1R1 and "IL-36 receptor" is IL1RL2, not the ligands', () => {
    assert.deepEqual(brief('Anakinra blocks the IL-1 receptor; spesolimab blocks the IL-36 receptor.').filter((m) => m.includes('receptor')), [
      'IL-1 receptor→IL1R1',
      'IL-36 receptor→IL1RL2',
    ]);
  });
  test('a receptor that is the same entity as the match keeps the shorter mention', () => {
    assert.deepEqual(brief('Mirtazapine blocks 5-HT2C receptors.').filter((m) => m.includes('HT')), ['5-HT2C→HTR2C']);
  });
});

describe('prose forms of official gene names', () => {
  test('"-like" names as written: Toll-like receptor 4, insulin-like growth factor 1 (not insulin), lysyl oxidase-like 2', () => {
    assert.deepEqual(brief('Toll-like receptor 4, insulin-like growth factor 1 and lysyl oxidase-like 2.'), [
      'Toll-like receptor 4→TLR4',
      'insulin-like growth factor 1→IGF1',
      'lysyl oxidase-like 2→LOXL2',
    ]);
  });
  test('a name head before a comma: mucin 5B', () => {
    assert.deepEqual(brief('The variant increases production of mucin 5B in the airways.'), ['mucin 5B→MUC5B']);
  });
  test('receptor subtypes in prose order: dopamine D2 receptor, histamine H1 receptor, μ-opioid receptor', () => {
    assert.deepEqual(brief('the dopamine D2 receptor, the histamine H1 receptor and the μ-opioid receptor'), [
      'dopamine D2 receptor→DRD2',
      'histamine H1 receptor→HRH1',
      'μ-opioid receptor→OPRM1',
    ]);
  });
});

describe('drugs', () => {
  test('a lower-case drug name that is an English word opens a sentence capitalised', () => {
    assert.deepEqual(brief('Lithium remains first-line, and lithium levels are checked.'), ['Lithium→lithium', 'lithium→lithium']);
  });
  test('cell and gene therapy INNs by their second word', () => {
    assert.deepEqual(brief('afamitresgene autoleucel and onasemnogene abeparvovec were approved.'), [
      'afamitresgene autoleucel→afamitresgene autoleucel',
      'onasemnogene abeparvovec→onasemnogene abeparvovec',
    ]);
  });
  test('class nouns that end in an INN stem are no drugs', () => {
    assert.deepEqual(brief('Carbapenem resistance and fluoroquinolone resistance spread; a carbapenem was given.'), []);
  });
  test('newer INN stems: β-lactamase inhibitors, PDE4 inhibitors, benzamides', () => {
    assert.deepEqual(brief('durlobactam, orismilast and remoxipride'), ['durlobactam→durlobactam', 'orismilast→orismilast', 'remoxipride→remoxipride']);
  });
});

describe('families, complexes and non-entities of pharmacology and microbiology', () => {
  test('receptor families named in prose', () => {
    assert.deepEqual(brief('Ketamine blocks NMDA receptors; AMPA receptors and GABA-A receptors also matter.').filter((m) => m.includes('receptors')), [
      'NMDA receptors→NMDA receptors',
      'AMPA receptors→AMPA receptors',
      'GABA-A receptors→GABA-A receptors',
    ]);
  });
  test('PDE4 is the family, PDE4B the gene; SDH is the complex', () => {
    assert.deepEqual(brief('Apremilast inhibits PDE4, and nerandomilast prefers PDE4B. SDH-deficient tumours lack SDHB.').filter((m) => /PDE|SDH/.test(m)), [
      'PDE4→PDE4',
      'PDE4B→PDE4B',
      'SDH→succinate dehydrogenase complex',
      'SDHB→SDHB',
    ]);
  });
  test('MTB is the organism, not an alias of NCAPG2', () => {
    assert.deepEqual(brief('MTB and HIV co-infection'), []);
  });
});

describe('more non-gene classes', () => {
  test('symbols defined as a tissue, a fluid or a disease: RPE, SRF, CHM', () => {
    assert.deepEqual(brief('The retinal pigment epithelium (RPE) fails; the RPE thins.'), []);
    assert.deepEqual(brief('Scans show subretinal fluid (SRF); SRF resolves with treatment.'), []);
    assert.deepEqual(brief('Gene therapy for choroideremia (CHM) gave mixed results.'), []);
    // The gene itself, defined by a gene-product long form, stays a gene.
    assert.deepEqual(brief('serum response factor (SRF) binds the CArG box').filter((m) => m.startsWith('SRF')), ['SRF→SRF']);
  });
  test('a word in capitals is no lower-case gene name (MAESTRO-NASH is a trial, not "maestro")', () => {
    const got = mentions('Resmetirom improved fibrosis in MAESTRO-NASH.');
    assert.deepEqual(got.map((m) => `${m.text}:${m.entity?.type}`), ['Resmetirom:drug', 'MAESTRO-NASH:trial']);
  });
  test('stage codes are no genes: F2–F3 fibrosis, F0 to F4, stage T2; complement C3 and C5 are', () => {
    assert.deepEqual(brief('MASH with F2–F3 fibrosis, scored F0 to F4; stage T2 tumours.'), []);
    assert.deepEqual(brief('Drusen contain C3 and C5.'), ['C3→C3', 'C5→C5']);
  });
  test('INN stems: salts and esters as second words; surnames that end in a stem', () => {
    assert.deepEqual(brief('implants of fluocinolone acetonide'), ['fluocinolone acetonide→fluocinolone acetonide']);
    assert.deepEqual(brief('Andersen et al. and Petersen showed that tofersen slows decline.'), ['tofersen→tofersen']);
  });
});

describe('versioned guidelines, exact-case aliases and fusion spellings', () => {
  test('a symbol followed by a year is a guideline or classification (ELN 2022), not the gene', () => {
    assert.deepEqual(brief('Risk was assigned by ELN 2022 criteria; ELN mutations cause supravalvular stenosis.'), ['ELN→ELN']);
  });
  test('an alias in the exact mixed case of the text picks its gene: ZnT8 is SLC30A8', () => {
    assert.deepEqual(brief('Autoantibodies to ZnT8 precede diabetes.'), ['ZnT8→SLC30A8']);
  });
  test('a slash pair next to the word fusion is a fusion; KRAS/NRAS is not', () => {
    assert.deepEqual(brief('PML/RARA fusions define APL, whereas KRAS/NRAS mutations and ALK fusions occur elsewhere.'), [
      'PML/RARA→PML',
      'PML/RARA→RARA',
      'KRAS→KRAS',
      'NRAS→NRAS',
      'ALK→ALK',
    ]);
  });
  test('a fusion that NCBI lists as an alias of one partner is split into both partners', () => {
    assert.deepEqual(brief('The BCR-ABL fusion is inhibited by imatinib.'), ['BCR-ABL→BCR', 'BCR-ABL→ABL1', 'imatinib→imatinib']);
  });
});

describe('codes of the same shape as short symbols', () => {
  test('"C2 domain" and "T2-weighted" are no genes; IL-12 is linked to its specific subunit', () => {
    assert.deepEqual(brief('The C2 domain binds calcium on T2-weighted images; IL-12 and IL-23 differ.'), ['IL-12→IL12A', 'IL-23→IL23A']);
  });
});

describe('third round (blind drafts: endocrinology, glioma, haemoglobinopathies, preeclampsia)', () => {
  test('p53, p21, p16: a protein named by its mass with a lower-case p is the alias P53, P21, P16', () => {
    assert.deepEqual(brief('Mutant p53 accumulates while p21 and p16 are lost.'), ['p53→TP53', 'p21→CDKN1A', 'p16→CDKN2A']);
    // Not any lower-case p and digits: a p-value is no protein.
    assert.deepEqual(brief('The difference was significant (p 0.01).'), []);
  });
  test('a token before "scan" is an imaging method, even an official symbol (CAT)', () => {
    assert.deepEqual(brief('A CAT scan and two PET scans were normal.'), []);
    assert.deepEqual(brief('CAT activity rose in the liver.'), ['CAT→CAT']);
  });
  test('a long INN stem needs two letters before it: lomustine (lo-mustine) is a drug by its stem', () => {
    const lex = bundledLexicon();
    assert.equal(drugStem(lex, 'lomustine'), 'mustine');
    assert.equal(drugStem(lex, 'camab'), undefined, 'a short stem still needs three letters before it');
  });
  test('IDH without a number is the IDH family; IDH1 stays the gene', () => {
    const got = mentions('IDH-mutant astrocytomas carry IDH1 R132H.');
    assert.deepEqual(got.map((m) => m.entity?.id), ['family:idh', 'ncbigene:3417']);
  });
  test('P-selectin and COX-1 are the genes their prose names mean (SELP, PTGS1), not the selectin family or COX1', () => {
    assert.deepEqual(brief('P-selectin and E-selectin mediate adhesion; aspirin inhibits COX-1.').filter((m) => !m.startsWith('aspirin')), ['P-selectin→SELP', 'E-selectin→SELE', 'COX-1→PTGS1']);
  });
  test('a hyphen between two words stands for the space of a multi-word name; words are still never joined', () => {
    assert.deepEqual(brief('Thioredoxin-interacting protein and heat-shock proteins rise.'), ['Thioredoxin-interacting protein→TXNIP', 'heat-shock proteins→heat shock proteins']);
    assert.deepEqual(brief('The long-term data were well-known.'), []);
  });
  test('a coordinated form that swaps a final letter gives one mention per gene (CDKN2A/B)', () => {
    assert.deepEqual(brief('Loss of CDKN2A/B is frequent.'), ['CDKN2A/B→CDKN2A', 'CDKN2A/B→CDKN2B']);
  });
  test('a symbol the draft defines as a condition ("fetal growth restriction (FGR)") is no gene in that draft', () => {
    assert.deepEqual(brief('Fetal growth restriction (FGR) is common. Early-onset FGR follows.'), []);
  });
  test('codes and brands in parentheses after a drug are that drug; a lone capitalised word or a gene is not', () => {
    assert.deepEqual(brief('Frobizumab (Xenavra; XYZ-4412) was given.'), ['Frobizumab→frobizumab', 'Xenavra→frobizumab', 'XYZ-4412→frobizumab']);
    assert.deepEqual(brief('Frobizumab (Roche) was given.'), ['Frobizumab→frobizumab']);
    assert.deepEqual(brief('Frobizumab (n = 44) and trastuzumab (HER2) were given.'), ['Frobizumab→frobizumab', 'trastuzumab→trastuzumab', 'HER2→ERBB2']);
    // ACE-536 is a code, not the gene ACE followed by a number.
    assert.deepEqual(brief('Glorbitinib (ACE-011, Xolvara) was given.'), ['Glorbitinib→glorbitinib', 'ACE-011→glorbitinib', 'Xolvara→glorbitinib']);
  });
  test('"X receptor" is the gene XR when XR is an official symbol (GIP receptor → GIPR), not an alias', () => {
    assert.deepEqual(brief('The GIP receptor and the TSH receptor bind their hormones.'), ['GIP receptor→GIPR', 'TSH receptor→TSHR']);
  });
  test('KIRs are the killer-cell immunoglobulin-like receptor family, not the alias KIR of GEM', () => {
    assert.deepEqual(brief('Killer-cell immunoglobulin-like receptors (KIRs) such as KIR2DL1 bind HLA-C.'), ['Killer-cell immunoglobulin-like receptors→KIR', 'KIRs→KIR', 'KIR2DL1→KIR2DL1', 'HLA-C→HLA-C']);
  });
  test('INN stems of CFTR modulators and of 2021-scheme antibodies (-caftor, -tug, -bart, -mig)', () => {
    const lex = bundledLexicon();
    assert.equal(drugStem(lex, 'frobacaftor'), 'caftor');
    assert.equal(drugStem(lex, 'duvakitug'), 'tug');
    assert.equal(drugStem(lex, 'tulisokibart'), 'bart');
    assert.equal(drugStem(lex, 'Lombart'), undefined, 'a capitalised -bart needs the medical word list (a surname)');
  });
  test('an alias in capitals before "cells" is a cell type (HBE cells), a symbol is not (CD4 cells)', () => {
    assert.deepEqual(brief('Primary HBE cells and CD4 cells were used.'), ['CD4→CD4']);
  });
  test('an integrin heterodimer gives one mention per subunit gene (α4β7 → ITGA4, ITGB7; αIIbβ3 → ITGA2B, ITGB3)', () => {
    assert.deepEqual(brief('Vedolizumab blocks α4β7; αIIbβ3 binds fibrinogen.').filter((m) => !m.startsWith('Vedolizumab')), ['α4β7→ITGA4', 'α4β7→ITGB7', 'αIIbβ3→ITGA2B', 'αIIbβ3→ITGB3']);
  });
  test('a range with an en dash gives every member (NTRK1–3), a citation range none', () => {
    assert.deepEqual(brief('NTRK1–3 fusions respond (1–3).'), ['NTRK1–3→NTRK1', 'NTRK1–3→NTRK2', 'NTRK1–3→NTRK3']);
  });
  test('a fixed-dose combination brand gives one mention per component; written out, each drug has its own span', () => {
    assert.deepEqual(brief('Trikafta and Entresto were started.'), ['Trikafta→elexacaftor', 'Trikafta→tezacaftor', 'Trikafta→ivacaftor', 'Entresto→sacubitril', 'Entresto→valsartan']);
    assert.deepEqual(brief('Patients took lumacaftor/ivacaftor daily.'), ['lumacaftor→lumacaftor', 'ivacaftor→ivacaftor']);
  });
  test('fifth round: integrin pairs in HTML entities, Nrf2, MHC and S1P, stems -fusp, -golix, -piprant', () => {
    assert.deepEqual(brief('Natalizumab blocks &alpha;4&beta;1.').filter((m) => !m.startsWith('Natalizumab')), ['&alpha;4&beta;1→ITGA4', '&alpha;4&beta;1→ITGB1']);
    assert.deepEqual(brief('Fumarates activate Nrf2.').filter((m) => m.startsWith('Nrf2')), ['Nrf2→NFE2L2']);
    assert.deepEqual(brief('MHC class I presents peptides; S1P gradients guide lymphocytes.'), []);
    const lex = bundledLexicon();
    assert.deepEqual(['tagraxofusp', 'elagolix', 'setipiprant'].map((w) => drugStem(lex, w)), ['fusp', 'golix', 'piprant']);
  });
  test('a numbered abbreviation of a score defines its stem too: "SLE Responder Index (SRI-4)", then SRI alone', () => {
    assert.deepEqual(brief('The SLE Responder Index (SRI-4) was met; SRI response rates rose.'), []);
  });
  test('a development code in the curated list wins over a gene alias of the same letters (CCNU is lomustine, not CCNO)', () => {
    assert.deepEqual(mentions('Lomustine (CCNU) was given.').map((m) => m.entity?.id), ['drug:lomustine', 'drug:lomustine']);
  });
});

describe('coordinated forms with elided suffixes', () => {
  test('a tail of the same shape replaces the end of the first symbol', () => {
    assert.deepEqual(brief('Carriers of SCN2A/8A variants were enrolled.'), ['SCN2A/8A→SCN2A', 'SCN2A/8A→SCN8A']);
    assert.deepEqual(brief('Kv7.3/7.2 heteromers carry the M current.'), ['Kv7.3/7.2→KCNQ3', 'Kv7.3/7.2→KCNQ2']);
    assert.deepEqual(brief('Nav1.2/1.6 channels were blocked.'), ['Nav1.2/1.6→SCN2A', 'Nav1.2/1.6→SCN8A']);
  });
  test('a dotted tail is not taken for a bare number, and a tail of another shape is no sibling', () => {
    assert.ok(!brief('Nav1.1/1.6 currents were recorded.').some((m) => m.endsWith('→NAV1')));
    assert.deepEqual(brief('HER2/neu was amplified.'), ['HER2/neu→ERBB2']);
  });
});

describe('British spellings of gene names', () => {
  test('tumour, haemo-, oestro- key as the American spelling; all-capital words are left alone', () => {
    assert.deepEqual(brief('Serum tumour necrosis factor rose.'), ['tumour necrosis factor→TNF']);
    assert.deepEqual(brief('Haemoglobin subunit beta was measured.'), ['Haemoglobin subunit beta→HBB']);
    assert.deepEqual(brief('The tumour grew in paediatric patients.'), []);
  });
});

describe('name openings the scan used to skip', () => {
  test('a lower-case nobiliary particle opens an eponymous gene name', () => {
    assert.deepEqual(brief('Plasma von Willebrand factor was high.'), ['von Willebrand factor→VWF']);
    assert.deepEqual(brief('Loss of von Hippel-Lindau tumor suppressor stabilises HIF.').slice(0, 1), ['von Hippel-Lindau tumor suppressor→VHL']);
    assert.deepEqual(brief('They moved from van to car.'), []);
  });
  test('apo- with a capital is an apolipoprotein; other lower-case prefixes with a capital stay bacterial', () => {
    assert.deepEqual(brief('apoE and apoA1 were measured.'), ['apoE→APOE', 'apoA1→APOA1']);
    assert.deepEqual(brief('Mutations in rpoB and katG confer resistance.'), []);
  });
});

describe('parentheses inside names', () => {
  test('a parenthesis glued to a word continues a name, and the span closes it', () => {
    assert.deepEqual(brief('Inhibitors of poly(ADP-ribose) glycohydrolase are in development.'), ['poly(ADP-ribose) glycohydrolase→PARG']);
    assert.deepEqual(brief('Plasma apolipoprotein(a) isoforms differ.'), ['apolipoprotein(a)→LPA']);
  });
  test('a spaced parenthesis never joins two names, and the lipoprotein(a) particle is no gene', () => {
    assert.deepEqual(brief('HER2 (ERBB2) was amplified.'), ['HER2→ERBB2', 'ERBB2→ERBB2']);
    assert.deepEqual(brief('Lipoprotein(a) and Lp(a) were high.'), []);
  });
});

describe('protein names of the epilepsy, lipid and sepsis literature', () => {
  test('curated protein names resolve to their genes', () => {
    assert.deepEqual(brief('Hamartin binds tuberin, and vigabatrin blocks GABA transaminase.'), ['Hamartin→TSC1', 'tuberin→TSC2', 'vigabatrin→vigabatrin', 'GABA transaminase→ABAT']);
    assert.deepEqual(brief('Tissue factor and antithrombin and the LDL receptor.'), ['Tissue factor→F3', 'antithrombin→SERPINC1', 'LDL receptor→LDLR']);
    assert.deepEqual(brief('RAGE signalling was blocked.'), ['RAGE→AGER']);
  });
});

describe('cell lines and trials that share letters with gene aliases', () => {
  test('a token before "line" or "lines" is a cell line, not a gene alias', () => {
    assert.deepEqual(brief('The PEO1 line and its revertant were compared.'), []);
  });
  test('curated ovarian-cancer trials are trials, not the aliases PRIMA1, RASA4 or KALRN', () => {
    const got = mentions('PRIMA and CAPRI enrolled patients; DUO-O added durvalumab.').filter((m) => m.entity?.type !== 'drug');
    assert.deepEqual(got.map((m) => m.entity?.type), ['trial', 'trial', 'trial']);
  });
});

describe('families and complexes of the ovarian, epilepsy and lipid literature', () => {
  test('bare BRCA, Kv7 and cannabinoid receptors are families; GATOR1, shieldin and ASGPR are complexes', () => {
    const got = mentions('BRCA status, Kv7 openers, cannabinoid receptors, GATOR1, shieldin and the asialoglycoprotein receptor.');
    assert.deepEqual(got.map((m) => m.entity?.id), ['family:brca', 'family:kv7', 'family:cannabinoid-receptor', 'complex:gator1', 'complex:shieldin', 'complex:asgpr']);
  });
});

describe('processing products and soluble receptor forms', () => {
  test('peptides cut from precursors and soluble forms are isoforms of their genes', () => {
    const got = mentions('Procalcitonin, presepsin, suPAR, sTREM-1, thrombin, activated protein C and sFlt-1 were measured.');
    assert.deepEqual(got.map((m) => m.entity?.type), ['isoform', 'isoform', 'isoform', 'isoform', 'isoform', 'isoform', 'isoform']);
    assert.deepEqual(got.map((m) => m.entity?.id), ['isoform:calca-procalcitonin', 'isoform:cd14-presepsin', 'isoform:plaur-supar', 'isoform:trem1-soluble', 'isoform:f2-thrombin', 'isoform:proc-activated', 'isoform:flt1-soluble']);
  });
  test('receptor names that open with the peptide stay genes', () => {
    assert.deepEqual(brief('GLP-1 receptor agonists and the angiotensin II type 1 receptor.'), ['GLP-1 receptor→GLP1R', 'angiotensin II type 1 receptor→AGTR1']);
    assert.deepEqual(brief('Antithrombin was given.'), ['Antithrombin→SERPINC1']);
  });
});

describe('short lower-case prefixes glued to a name', () => {
  test('pro-, apo( and anti- open curated names; short words on their own still never do', () => {
    assert.deepEqual(brief('Caspase-1 cleaves pro-IL-1β.'), ['Caspase-1→CASP1', 'pro-IL-1β→pro-IL-1β']);
    assert.deepEqual(brief('Plasma apo(a) was measured.'), ['apo(a)→LPA']);
    assert.deepEqual(brief('The ex-smoker had a co-IP of pre-mRNA.'), []);
  });
});

describe('alias drop rules and protein-named genes of sepsis prose', () => {
  test('TRIF, ASC and vasopressin', () => {
    assert.deepEqual(brief('TLR4 signals through TRIF, and NLRP3 recruits ASC.').filter((m) => /^(TRIF|ASC)/.test(m)), ['TRIF→TICAM1', 'ASC→PYCARD']);
    assert.deepEqual(brief('Vasopressin was added to norepinephrine.'), ['Vasopressin→AVP', 'norepinephrine→norepinephrine']);
    assert.deepEqual(brief('Sodium valproate was stopped.'), ['Sodium valproate→valproic acid']);
  });
});

describe('long forms headed by output', () => {
  test('an abbreviation defined as an output (a technique or a measure) is no gene alias', () => {
    assert.equal(classifyLongForm('targeted augmentation of nuclear gene output', () => false), 'other-class');
    assert.equal(classifyLongForm('cardiac output', () => false), 'other-class');
    assert.deepEqual(brief('The ASO uses targeted augmentation of nuclear gene output (TANGO). TANGO raises protein levels.'), []);
  });
});

describe('protein names of diabetes prose', () => {
  test('transporter, enzyme and incretin names resolve to their genes', () => {
    assert.deepEqual(brief('Sodium–glucose cotransporter 2 and glutamic acid decarboxylase 65 were studied.'), ['Sodium–glucose cotransporter 2→SLC5A2', 'glutamic acid decarboxylase 65→GAD2']);
    assert.deepEqual(brief('Glucose-dependent insulinotropic polypeptide is an incretin.'), ['Glucose-dependent insulinotropic polypeptide→GIP']);
  });
});

describe('measures in days and rheumatology abbreviations', () => {
  test('an abbreviation defined as a count of days is no gene, even an official symbol', () => {
    assert.equal(classifyLongForm('monthly migraine days', () => false), 'other-class');
    assert.deepEqual(brief('Treatment reduced monthly migraine days (MMD) by two; MMD fell further at week 12.'), []);
  });
  test('ACR is the American College of Rheumatology, not acrosin', () => {
    assert.deepEqual(brief('The 2019 EULAR/ACR classification criteria were met.'), []);
  });
});

describe('coordinated cell-line names', () => {
  test('the first of two names before "cell lines" is a cell line too; a gene list is not', () => {
    assert.deepEqual(brief('We used the MEC-1 and OSU-CLL cell lines.'), []);
    assert.deepEqual(brief('MEC-1 and ATR were studied.'), ['MEC-1→ATR', 'ATR→ATR']);
  });
});
