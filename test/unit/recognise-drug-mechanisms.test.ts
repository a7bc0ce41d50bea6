import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { bundledLexicon, drugStem } from '../../src/core/recognise/lexicon';
import { brief, mentions } from './recognise-helpers';

// Invented names that follow WHO INN stems: the stem alone must make them drugs.
describe('seventh-round INN stems', () => {
  const lex = bundledLexicon();
  test('oncology stems: -anib, -sidenib, -clax, -trexate, -arabine, -ribine, -poside, -phosphamide, -antrone', () => {
    const words = ['velopanib', 'toralsidenib', 'borvetoclax', 'quinatrexate', 'morfarabine', 'vemiribine', 'plexoposide', 'tetraphosphamide', 'dimoxantrone'];
    assert.deepEqual(words.map((w) => drugStem(lex, w)), ['anib', 'sidenib', 'clax', 'trexate', 'arabine', 'ribine', 'poside', 'phosphamide', 'antrone']);
  });
  test('siRNAs, CNS, cardiovascular and respiratory stems', () => {
    const words = ['vomelisiran', 'pravlafaxine', 'ketaperidone', 'lumipiprazole', 'dorgabalin', 'naltipidem', 'fenspirone', 'zaltorphine', 'dexacuronium', 'tetraflurane', 'norvedilol', 'bretalol', 'kelazosin', 'zilirudin', 'pemofiban', 'vilmoterol', 'glycotropium'];
    assert.deepEqual(words.map((w) => drugStem(lex, w) !== undefined), words.map(() => true));
  });
  test('growth factors, oxytocin analogues, oxicams, avermectins, aminoglycosides, anthelmintics', () => {
    const words = ['darvopoetin', 'lorfilgrastim', 'tebramostim', 'carbatocin', 'relmoxicam', 'doramectin', 'pelikacin', 'oxipantel'];
    assert.deepEqual(words.map((w) => drugStem(lex, w) !== undefined), words.map(() => true));
  });
  test('-terol and -terone do not apply after "s": sterols and steroid hormones are no drugs by their stem', () => {
    assert.equal(drugStem(lex, 'lanosterol'), undefined);
    assert.equal(drugStem(lex, 'aldosterone'), undefined);
    assert.equal(drugStem(lex, 'dihydrotestosterone'), undefined);
    assert.equal(drugStem(lex, 'galeterone'), 'terone', 'an antiandrogen by its stem');
    assert.deepEqual(brief('Aldosterone and lanosterol rose; cholesterol fell.'), []);
  });
  test('-cept needs no medical word list; English words ending in it (concept, intercept) are still no drugs', () => {
    assert.equal(drugStem(lex, 'pelvatercept'), 'cept');
    assert.deepEqual(brief('The concept was to intercept the signal; a precept held.'), []);
  });
  test('medical words that end in a new stem and are no drugs: ectropium, entropium', () => {
    assert.deepEqual(brief('Ectropium and entropium of the eyelid were repaired.'), []);
  });
  test('a drug by stem in running text', () => {
    assert.deepEqual(brief('Patients received velopanib and borvetoclax.'), ['velopanib→velopanib', 'borvetoclax→borvetoclax']);
  });
});

// Invented names again: stems by mechanism (rec19), prefix stems, and the -dronic acid bisphosphonates.
describe('INN stems by mechanism, prefix stems, -dronic acid', () => {
  const lex = bundledLexicon();
  test('suffix stems: -begron, -adenant, -fentanil, -adol, -cainide, -sulfan, -arotene, -pamil, -kiren, -parinux, -ifene, -prazan, -virine, -stim, -trombopag, -cromil, -dralazine, -bradine, -azenil, -fenacin, -izine, -tegrast, -anserin, -nabant, -tapide, -glitazar, -domide, -ampanel, -mestane, -dil', () => {
    const words = ['zolbegron', 'pirladenant', 'norfentanil', 'bexatadol', 'pelcainide', 'trimosulfan', 'dalvarotene', 'tiropamil', 'rolikiren', 'velaparinux', 'tormifene', 'zelvoprazan', 'kapravirine', 'molgrastim', 'quintrombopag', 'tetracromil', 'pexadralazine', 'zolabradine', 'fenazenil', 'lotifenacin', 'pemacizine', 'ravotegrast', 'bolanserin', 'dexonabant', 'girotapide', 'velglitazar', 'ravalidomide', 'pemampanel', 'velmestane', 'tolpiradil'];
    assert.deepEqual(words.map((w) => drugStem(lex, w) !== undefined), words.map(() => true));
  });
  test('cef- and rif- start a word: four letters after them, a capitalised one confirmed by the medical word list', () => {
    assert.equal(drugStem(lex, 'cefalorbine'), 'cef-');
    assert.equal(drugStem(lex, 'rifaquinol'), 'rif-');
    assert.equal(drugStem(lex, 'Ceftibuten'), 'cef-', 'capitalised, in the medical word list');
    assert.equal(drugStem(lex, 'Rifkinson'), undefined, 'capitalised, not in the medical word list: a surname');
    assert.equal(drugStem(lex, 'cefal'), undefined, 'too short');
    assert.deepEqual(brief('Rifkin and Cefalu reported a rifle injury; the riffraff rifted.'), []);
    assert.deepEqual(brief('Patients received cefalorbine or rifaquinol.'), ['cefalorbine→cefalorbine', 'rifaquinol→rifaquinol']);
  });
  test('a -dronic word takes "acid" into its name', () => {
    assert.deepEqual(brief('Neridronic acid and minodronic acid were given.'), ['Neridronic acid→neridronic acid', 'minodronic acid→minodronic acid']);
  });
  test('medical words that end in a new stem and are no drugs: a pesticide (betacarotene is a curated drug since blind19)', () => {
    assert.deepEqual(brief('Endosulfan exposure and betacarotene intake were recorded.'), ['betacarotene→betacarotene']);
    assert.equal(drugStem(lex, 'Kandil'), undefined, 'a capitalised -dil word must be in the medical word list');
  });
});

describe('brands in parentheses after a drug', () => {
  test('a lone brand after a drug is that drug, also after a drug known only by its stem', () => {
    assert.deepEqual(brief('Velopanib (Zentravo) was approved.'), ['Velopanib→velopanib', 'Zentravo→velopanib']);
    assert.deepEqual(brief('Patients took trastuzumab (Herceptin) and borvetoclax (Quillora, Brevexa).'), [
      'trastuzumab→trastuzumab', 'Herceptin→trastuzumab', 'borvetoclax→borvetoclax', 'Quillora→borvetoclax', 'Brevexa→borvetoclax',
    ]);
  });
  test('makers, places and notes in parentheses are no brands', () => {
    assert.deepEqual(brief('Velopanib (Roche) and borvetoclax (Japan) were tested; melvopanib (Oral) too.'), ['Velopanib→velopanib', 'borvetoclax→borvetoclax', 'melvopanib→melvopanib']);
  });
  test('a curated combination brand in parentheses keeps one mention per component', () => {
    assert.deepEqual(brief('Lumacaftor with ivacaftor (Orkambi) was approved.'), ['Lumacaftor→lumacaftor', 'ivacaftor→ivacaftor', 'Orkambi→lumacaftor', 'Orkambi→ivacaftor']);
  });
  test('an abbreviation or a gene in parentheses is not read as a brand', () => {
    assert.deepEqual(brief('Velopanib (VEGFR2) blocks angiogenesis.'), ['Velopanib→velopanib', 'VEGFR2→KDR']);
  });
});

// Invented names without a known INN stem: only the sentence says they are drugs.
describe('drugs named by a cue in their sentence', () => {
  const drugs = (md: string) => mentions(md).filter((m) => m.entity?.type === 'drug').map((m) => `${m.text}:${m.kind}`);
  test('an appositive class: "X, a … inhibitor", also after a parenthesis of codes', () => {
    assert.deepEqual(drugs('Zorbanate, a selective MEK inhibitor, was tested.'), ['Zorbanate:cue']);
    assert.deepEqual(drugs('Kelbarone (XR-20417), an oral CCR2 antagonist, was well tolerated.'), ['Kelbarone:cue', 'XR-20417:alias']);
  });
  test('a class noun right before the word, also a development code', () => {
    assert.deepEqual(drugs('the galectin inhibitor XR-20417 and the TNF blocker pomvarine were stopped.'), ['XR-20417:cue', 'pomvarine:cue']);
  });
  test('examples of a class, and the rest of their list', () => {
    assert.deepEqual(drugs('SSRIs such as zarbilene, quovetrine and morpaxate were compared.'), ['zarbilene:cue', 'quovetrine:cue', 'morpaxate:cue']);
  });
  test('a list with a known drug: each neighbour joined by a comma, "and", "or", "plus", a slash or an en dash', () => {
    assert.deepEqual(drugs('Patients took imatinib, zarbilene and quovetrine, or morpaxate plus dasatinib.'), ['imatinib:curated', 'zarbilene:cue', 'quovetrine:cue', 'morpaxate:cue', 'dasatinib:curated']);
    assert.deepEqual(drugs('Zarbilene–bupropion and sacubitril/quovetrine were given.').map((d) => d.split(':')[0]), ['Zarbilene', 'bupropion', 'sacubitril', 'quovetrine']);
  });
  test('no cue: an unknown word alone is nothing', () => {
    assert.deepEqual(drugs('Zarbilene was given to patients.'), []);
  });
  test('English words, plurals, disease and procedure words, and known entities are never cued drugs', () => {
    assert.deepEqual(drugs('Imatinib and radiotherapy, imatinib and hepatotoxicity, imatinib or placebo, imatinib and haemodialysis.').map((d) => d.split(':')[0]), ['Imatinib', 'imatinib', 'imatinib', 'imatinib']);
    assert.deepEqual(drugs('Trastuzumab and neurotoxicity, cisplatin and nephropathy, everolimus and stomatitis.').map((d) => d.split(':')[0]), ['Trastuzumab', 'cisplatin', 'everolimus']);
    assert.deepEqual(brief('Sclerostin, a Wnt antagonist, is made by osteocytes.'), ['Sclerostin→SOST', 'Wnt→WNT']);
    assert.deepEqual(drugs('The first selective BRAF inhibitor, vemurafenib, and a vasodilator peptide.').map((d) => d.split(':')[0]), ['vemurafenib']);
  });
  test('a comma alone after a drug may end an appositive: the word must go on with a list', () => {
    assert.deepEqual(drugs('Dornase alfa (Pulmozyme), zorbelide human DNase, thins mucus.').map((d) => d.split(':')[0]), ['Dornase alfa', 'Pulmozyme']);
    assert.deepEqual(drugs('Dornase alfa, zorbelide and hypertonic saline were used.').map((d) => d.split(':')[0]), ['Dornase alfa', 'zorbelide']);
  });
  test('a capitalised word is cued only at the start of a sentence (elsewhere it may be a brand or a name)', () => {
    assert.deepEqual(drugs('They compared imatinib and Zarbilene.'), ['imatinib:curated']);
    assert.deepEqual(drugs('Zarbilene and imatinib were compared.'), ['Zarbilene:cue', 'imatinib:curated']);
  });
});

// Invented names without a known INN stem: a dose, a route, a treatment verb, a class heading a list or brands in
// parentheses say they are drugs (drug-usage-cues.ts, drug-cues.ts).
describe('drugs named by how the sentence uses them', () => {
  const drugs = (md: string) => mentions(md).filter((m) => m.entity?.type === 'drug').map((m) => `${m.text}:${m.kind}`);
  test('a dose after the word, in parentheses too; a regimen word after it', () => {
    assert.deepEqual(drugs('Zarbilene 400 mg twice daily was well tolerated.'), ['Zarbilene:cue']);
    assert.deepEqual(drugs('Patients given quovetrine (5 mg/kg) and morpaxate 0.5 mg improved.'), ['quovetrine:cue', 'morpaxate:cue']);
    assert.deepEqual(drugs('Doses above 40 mg/day of zarbilene were avoided, and quovetrine monotherapy failed.'), ['quovetrine:cue']);
  });
  test('a dose or route before the word', () => {
    assert.deepEqual(drugs('High-dose zarbilene and inhaled quovetrine were compared with once-weekly morpaxate.'), ['zarbilene:cue', 'quovetrine:cue', 'morpaxate:cue']);
  });
  test('a treatment verb before the word, and the rest of its list', () => {
    assert.deepEqual(drugs('Encephalopathy is treated with zarbilene and quovetrine.'), ['zarbilene:cue', 'quovetrine:cue']);
    assert.deepEqual(drugs('Rituximab was superior to morpaxate, and infliximab combined with quovetrine outperformed zarbilene.'), [
      'Rituximab:curated', 'morpaxate:cue', 'infliximab:curated', 'quovetrine:cue', 'zarbilene:cue',
    ]);
  });
  test('a class heading a list after a colon; "its prodrug X"; "the … agent X"', () => {
    assert.deepEqual(drugs('Sodium-channel blockers: zarbilene and its prodrug fosquovetrine.'), ['zarbilene:cue', 'fosquovetrine:cue']);
    assert.deepEqual(drugs('The readthrough agent morpaxate failed in phase 3.'), ['morpaxate:cue']);
  });
  test('brands alone in parentheses name the word before them a drug, and are its brands', () => {
    assert.deepEqual(drugs('Quovetrine (Zorlax) and morpaxate (Velbrio, Tarquina) reduced seizures.'), ['Quovetrine:cue', 'Zorlax:alias', 'morpaxate:cue', 'Velbrio:alias', 'Tarquina:alias']);
  });
  test('an unknown word before alfa is a glycoprotein INN, its -ase included', () => {
    assert.deepEqual(drugs('Zorbanase alfa (Pulmozax) cleaves DNA; velquinase alfa did not.'), ['Zorbanase alfa:stem', 'Pulmozax:alias', 'velquinase alfa:stem']);
  });
  test('no such cue for English words, routes, notes and makers in parentheses, or words a noun follows', () => {
    assert.deepEqual(drugs('The patient was treated with kindness and surgery; oral glucan synthase was inhibited.'), []);
    assert.deepEqual(drugs('Zarbilene (Figure) and quovetrine (Roche) were mentioned; intramuscular quovetrine too.').map((d) => d.split(':')[0]), ['quovetrine']);
    assert.deepEqual(drugs('Drug efflux by the pump, telomere maintenance and multitarget regimens were studied.'), []);
  });
});

describe('families named in prose by their common plural', () => {
  test('plurals that the gene names do not give resolve to a family, not to a member', () => {
    const got = mentions('Kallikreins, defensins, kinesins, connexins, serpins and tubulins were profiled, as were S100 proteins, lipoxygenases, cyclooxygenases, sphingosine kinases, monoamine oxidases, neurotrophins, aldehyde dehydrogenases, glutathione S-transferases, UDP-glucuronosyltransferases, Rho GTPases, NOD-like receptors, TRP channels and adenylyl cyclases.');
    assert.equal(got.length, 19);
    assert.deepEqual(got.filter((m) => m.entity?.type !== 'family' || m.status !== 'resolved').map((m) => m.text), []);
    assert.deepEqual(mentions('Transient receptor potential channels and laminins.').map((m) => m.entity?.id), ['family:trp', 'family:laminin']);
  });
  test('a bare singular that names the material, not the family, is not a mention (collagen, laminin, tubulin)', () => {
    assert.deepEqual(brief('Fibroblasts deposit collagen and laminin; the drug binds tubulin.'), []);
  });
});

describe('common drugs of general medicine without a known stem are curated', () => {
  test('anaesthetics, antiarrhythmics, urology, thyroid and antifibrinolytic drugs', () => {
    const got = mentions('Propofol, flecainide, tamsulosin, finasteride, methimazole and tranexamic acid were given.');
    assert.deepEqual(got.map((m) => m.entity?.id), ['drug:propofol', 'drug:flecainide', 'drug:tamsulosin', 'drug:finasteride', 'drug:thiamazole', 'drug:tranexamic-acid']);
    assert.ok(got.every((m) => m.kind === 'curated'));
  });
});

describe('transmitters in reuptake-inhibitor classes', () => {
  test('a transmitter before "reuptake" is no drug; given on its own it is', () => {
    assert.deepEqual(brief('Serotonin–noradrenaline reuptake inhibitors were compared with placebo.'), []);
    assert.deepEqual(brief('A norepinephrine-dopamine reuptake blocker was added.'), []);
    assert.deepEqual(brief('Noradrenaline was titrated to a mean arterial pressure of 65 mmHg.'), ['Noradrenaline→norepinephrine']);
  });
});

describe('antiseizure, lipid-lowering and critical-care drugs', () => {
  test('INNs, synonyms, codes and brands of the added drugs', () => {
    const got = mentions('Vigabatrin, stiripentol, clobazam and ezogabine were tried before XEN1101 and Fintepla.');
    assert.deepEqual(got.map((m) => m.entity?.id), ['drug:vigabatrin', 'drug:stiripentol', 'drug:clobazam', 'drug:retigabine', 'drug:azetukalner', 'drug:fenfluramine']);
    // "sodium valproate" is a name of its own (the later sets list it whole; blind5 had the salt word outside the span).
    assert.deepEqual(brief('Niacin and sodium valproate were stopped.'), ['Niacin→nicotinic acid', 'sodium valproate→valproic acid']);
    assert.deepEqual(brief('Nexlizet was started.'), ['Nexlizet→bempedoic acid', 'Nexlizet→ezetimibe']);
    assert.deepEqual(brief('We added polymyxin B and drotrecogin alfa.'), ['polymyxin B→polymyxin B', 'drotrecogin alfa→drotrecogin alfa']);
  });
});

// Invented names again: stems for menin inhibitors, calcimimetics and endothelin antagonists; second words of two-word
// INNs (conjugate payloads, esters).
describe('ninth-round stems and second words', () => {
  const lex = bundledLexicon();
  test('-menib, -calcet and -entan (any endothelin antagonist, not only -sentan) are drug stems', () => {
    assert.deepEqual(['dorvamenib', 'pelcalcet', 'lurotentan', 'fimbosentan'].map((w) => drugStem(lex, w)), ['menib', 'calcet', 'entan', 'entan']);
    assert.deepEqual(brief('Patients on dorvamenib or lurotentan were compared.'), ['dorvamenib→dorvamenib', 'lurotentan→lurotentan']);
  });
  test('an antibody with a conjugate payload of a known stem is one drug (…dotin, …tecan, …tansine, …irine)', () => {
    assert.deepEqual(brief('We gave velnatamab pelidotin, then zorkimab farsunirine.'), ['velnatamab pelidotin→velnatamab pelidotin', 'zorkimab farsunirine→zorkimab farsunirine']);
  });
  test('an ester after a drug found by its stem belongs to its name (… methyl, … mofetil)', () => {
    assert.deepEqual(brief('Oral fendoxolone methyl lowered the ratio.'), ['fendoxolone methyl→fendoxolone methyl']);
  });
  test('a payload-shaped word after a word that is no drug stays apart', () => {
    assert.deepEqual(brief('The cohort pelidotin was named after a place.'), []);
  });
});

// Invented names: P2Y12 (-grelor), Rho kinase (-sudil) and coagulation factor (-cog) stems; a parenthesis of a brand
// and a code as a drug cue; longer codes; numbered brands.
describe('tenth-round stems and parenthetical cues', () => {
  const lex = bundledLexicon();
  test('-grelor, -sudil and -cog are drug stems', () => {
    assert.deepEqual(['velagrelor', 'tarmosudil', 'dexanoctocog'].map((w) => drugStem(lex, w)), ['grelor', 'sudil', 'cog']);
    assert.deepEqual(brief('Intravenous velagrelor and oral tarmosudil were compared with dexanoctocog alfa.'), [
      'velagrelor→velagrelor',
      'tarmosudil→tarmosudil',
      'dexanoctocog alfa→dexanoctocog alfa',
    ]);
  });
  test('a word without a stem, introduced with a brand and a development code in parentheses, is a drug', () => {
    assert.deepEqual(brief('Morbiplam (Quextra, QX-4417) is an oral splicing modifier.'), ['Morbiplam→morbiplam', 'Quextra→morbiplam', 'QX-4417→morbiplam']);
    // A code alone is not enough for a word no stem knows; a brand alone is (see 'brands alone in parentheses' above).
    assert.deepEqual(brief('Morbiplam (QX-4417) is an oral splicing modifier.'), []);
  });
  test('eight-digit codes, letter-digit codes, slash-joined codes and numbered brands are aliases of the drug before them', () => {
    assert.deepEqual(brief('We gave zorbatamab (Zorvex 12, ABC-12345678) and velicleucel (LCAR-Q21X) and dorlirsen (Dorlix, NP-071/NCQP-02).'), [
      'zorbatamab→zorbatamab',
      'Zorvex 12→zorbatamab',
      'ABC-12345678→zorbatamab',
      'velicleucel→velicleucel',
      'LCAR-Q21X→velicleucel',
      'dorlirsen→dorlirsen',
      'Dorlix→dorlirsen',
      'NP-071/NCQP-02→dorlirsen',
    ]);
  });
  test('an English word before a one-word cell therapy INN is not its first word', () => {
    assert.deepEqual(brief('The donor T-cell therapy morbaleucel was effective.'), ['morbaleucel→morbaleucel']);
  });
});

describe('numbered protein variants and cell nouns (after the rec16 merge, on blind11)', () => {
  test('a numbered variant after alfa belongs to the INN', () => {
    assert.deepEqual(brief('Pegzorbinterferon alfa-2a and morbinase alfa were given for 48 weeks.'), [
      'Pegzorbinterferon alfa-2a→pegzorbinterferon alfa-2a',
      'morbinase alfa→morbinase alfa',
    ]);
    // A hyphen and anything but a number and a letter is no variant.
    assert.deepEqual(brief('Morbinase alfa-like activity was seen.'), ['Morbinase alfa→morbinase alfa']);
  });
  test('a word heading a longer noun after a route is no drug ("the oral tyrosine kinase inhibitor")', () => {
    assert.deepEqual(brief('The oral tyrosine kinase inhibitor zorbatinib and inhaled morbilene were compared.'), [
      'zorbatinib→zorbatinib',
      'morbilene→morbilene',
    ]);
  });
  test('glial cells listed beside a drug are no drug', () => {
    assert.deepEqual(brief('It inhibits c-Kit on mast cells and microglia, ropinirole, a dopamine agonist, was tested.').filter((m) => !m.startsWith('c-Kit')), ['ropinirole→ropinirole']);
  });
});

describe('stems and ester words after the thirteenth blind set', () => {
  test('-zolamide, -onidine and -glurant are drug stems', () => {
    assert.deepEqual(brief('Zelvazolamide, trabonidine and felboglurant were compared.'), [
      'Zelvazolamide→zelvazolamide',
      'trabonidine→trabonidine',
      'felboglurant→felboglurant',
    ]);
  });
  test('isopropyl and bunod are second words of an INN after a stem, and never drugs alone', () => {
    assert.deepEqual(brief('Morbiprost isopropyl and zorbaprost bunod were given.'), ['Morbiprost isopropyl→morbiprost isopropyl', 'zorbaprost bunod→zorbaprost bunod']);
    assert.deepEqual(brief('Zelbanepag isopropyl (Zelvio, ZX-117) lowered pressure.').filter((m) => m.startsWith('isopropyl')), []);
  });
});

describe('a relative clause of action names a drug', () => {
  test('"X, which blocks …" makes an unknown word a drug; a known gene stays a gene', () => {
    assert.deepEqual(brief('Zelbafampridine, which blocks presynaptic potassium channels, is used in LEMS.').filter((m) => m.startsWith('Zelba')), ['Zelbafampridine→zelbafampridine']);
    assert.deepEqual(brief('PTEN, which inhibits PI3K signalling, is lost.'), ['PTEN→PTEN', 'PI3K→PI3K']);
    assert.deepEqual(brief('The zelbafampridine analogue was inert.'), []);
    // The clause may follow a short parenthesis of codes or brands.
    assert.deepEqual(brief('Zorbacebec (Q203), which blocks the cytochrome bc1 subunit, was tested.'), ['Zorbacebec→zorbacebec', 'Q203→zorbacebec']);
  });
});

describe('after the fourteenth blind set: sleep-wake stems and names', () => {
  test('-orexant, -orexton, -melteon, -lisant, -trigine and -dafinil are drug stems', () => {
    assert.deepEqual(brief('Zelvorexant, morborexton, trabimelteon, zorbolisant, felbotrigine and ardafinil were compared.'), [
      'Zelvorexant→zelvorexant',
      'morborexton→morborexton',
      'trabimelteon→trabimelteon',
      'zorbolisant→zorbolisant',
      'felbotrigine→felbotrigine',
      'ardafinil→ardafinil',
    ]);
  });
  test('orexin and hypocretin name HCRT; the orexin receptors name both receptor genes; symptoms are no drugs', () => {
    assert.deepEqual(brief('Loss of orexin (hypocretin) neurons causes narcolepsy with cataplexy.'), ['orexin→HCRT', 'hypocretin→HCRT']);
    assert.deepEqual(brief('Orexin receptors are GPCRs.'), ['Orexin receptors→HCRTR1', 'Orexin receptors→HCRTR2']);
  });
});

describe('name heads before a comma', () => {
  test('an adjective heading a gene name is no name of its own ("musculoskeletal, embryonic nuclear protein 1")', () => {
    assert.deepEqual(brief('Chronic musculoskeletal pain and odontogenic infections were excluded.'), []);
  });
});

// Abbreviations a draft gives a drug (abbreviations.ts, drugAbbreviated): used alone later, they name that drug.
describe('abbreviations of drugs defined in the draft', () => {
  test('initials of the name, or of the name without its salt word; and a parenthesis right after a drug', () => {
    const text = 'Regimens combined emtricitabine (FTC), tenofovir disoproxil fumarate (TDF) or tenofovir alafenamide (TAF). Weight gain was greater with TAF than with TDF, and FTC was kept.';
    assert.deepEqual(brief(text), [
      'emtricitabine→emtricitabine', 'FTC→emtricitabine', 'tenofovir disoproxil→tenofovir', 'TDF→tenofovir', 'tenofovir alafenamide→tenofovir', 'TAF→tenofovir',
      'TAF→tenofovir', 'TDF→tenofovir', 'FTC→emtricitabine',
    ]);
  });
  test('without the definition, TAF and TDF keep their readings as gene aliases or nothing, never a drug', () => {
    assert.ok(!brief('Weight gain was greater with TAF than with TDF.').some((m) => m.includes('tenofovir')));
  });
  test('a target, a route or a class in parentheses after a drug is no abbreviation of it', () => {
    const text = 'Trastuzumab (HER2) and remdesivir (IV) and imatinib (TKI) were compared; the TKI and IV arms differed.';
    assert.deepEqual(brief(text), ['Trastuzumab→trastuzumab', 'HER2→ERBB2', 'remdesivir→remdesivir', 'imatinib→imatinib']);
  });
  test('a parenthesis after a list of drugs abbreviates the regimen, not its last drug', () => {
    const text = 'Fludarabine, cyclophosphamide and rituximab (FCR) was the standard; FCR then fell out of use.';
    assert.ok(!brief(text).some((m) => m.startsWith('FCR')));
  });
  test('a plural of a prefix stem names the class, not a drug', () => {
    assert.deepEqual(brief('Rifamycins and cefalosporins induce CYP3A4; rifaquinol was given.').filter((m) => !m.startsWith('CYP')), ['rifaquinol→rifaquinol']);
  });
});

describe('development codes after an antibody or oligonucleotide class noun', () => {
  test('"the antisense oligonucleotide BIIB080", "the agonist antibody AL002" are drugs; "the antibody response" is nothing', () => {
    assert.deepEqual(
      brief('The antisense oligonucleotide BIIB080 lowered tau. The agonist antibody AL002 failed. The antibody response rose.').filter((m) => !m.startsWith('tau')),
      ['BIIB080→BIIB080', 'AL002→AL002'],
    );
  });
});

describe('brands and codes around a drug (blind16 round)', () => {
  test('a Bayer-style code, an earlier code after "formerly", a brand with a release suffix after a salt word', () => {
    assert.deepEqual(brief('The antagonist finerenone (BAY 94-8862, Kerendia) lacks it.'), ['finerenone→finerenone', 'BAY 94-8862→finerenone', 'Kerendia→finerenone']);
    assert.deepEqual(brief('The prodrug sofosbuvir (Sovaldi, GS-7977, formerly PSI-7977) was given.'), ['sofosbuvir→sofosbuvir', 'Sovaldi→sofosbuvir', 'GS-7977→sofosbuvir', 'PSI-7977→sofosbuvir']);
    assert.deepEqual(brief('Metoprolol succinate (Toprol-XL) was used.'), ['Metoprolol→metoprolol', 'Toprol-XL→metoprolol']);
  });
  test('a brand before a parenthesis of drugs by name gives one mention per drug', () => {
    assert.deepEqual(brief('Kovarzo (ledipasvir/sofosbuvir) cured most.'), ['Kovarzo→ledipasvir', 'Kovarzo→sofosbuvir', 'ledipasvir→ledipasvir', 'sofosbuvir→sofosbuvir']);
  });
  test('English words, plurals, makers and abbreviations in the parenthesis make no brand', () => {
    const text = 'Treatment (sofosbuvir) and Patients (sofosbuvir) and Gilead (sofosbuvir) helped; the Amyloidosis Centre (NAC) staged them.';
    assert.ok(!brief(text).some((m) => /^(Treatment|Patients|Gilead|Centre)→/.test(m)));
  });
  test('salt words and British -our words are no drugs by a cue', () => {
    assert.ok(!brief('Metoprolol succinate and tumour treatment were given; amifampridine and tumour resection helped.').some((m) => /^(succinate|tumour)→/.test(m)));
  });
});

describe('drug tables: brand and code columns name the drug of their row', () => {
  const table = [
    '| Drug | Brand | Development code | Target |',
    '|---|---|---|---|',
    '| empagliflozin | Kovarzo | BI 99773 | SGLT2 |',
    '| dapagliflozin | Farzeta / Forzeta | BMS-599148 | SGLT2 |',
    '| placebo | Tablet | none | none |',
  ].join('\n');
  test('each brand or code item of the row becomes a mention of the drug in its first cell', () => {
    const got = brief(table).filter((m) => !m.startsWith('SGLT2'));
    assert.deepEqual(got, [
      'empagliflozin→empagliflozin', 'Kovarzo→empagliflozin', 'BI 99773→empagliflozin',
      'dapagliflozin→dapagliflozin', 'Farzeta→dapagliflozin', 'Forzeta→dapagliflozin', 'BMS-599148→dapagliflozin',
    ]);
  });
  test('a column not headed by brands or codes, or a row without a drug, gives nothing', () => {
    const other = table.replace('| Drug | Brand | Development code | Target |', '| Drug | Sponsor | Phase | Target |');
    assert.deepEqual(brief(other).filter((m) => !m.startsWith('SGLT2')), ['empagliflozin→empagliflozin', 'dapagliflozin→dapagliflozin']);
  });
});
