/**
 * Recognition after the errors left on the earlier blind sets, before the first runs of the two-hundred-and-fifty-third
 * to two-hundred-and-sixtieth sets. Sentences are written for these tests.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { brief, mentions } from './recognise-helpers';

describe('a miRNA name without an arm whose every locus gives both arms', () => {
  test('"miR-9" is ambiguous between the two mature arms, the first registered (5p) first, not between MIR9-1/2/3', () => {
    const [m] = mentions('Neural miR-9 represses HES1 (3).');
    assert.equal(m?.text, 'miR-9');
    assert.equal(m?.status, 'ambiguous');
    assert.equal(m?.entity?.id, 'mirbase:MIMAT0000441');
    assert.deepEqual(
      m?.candidates?.map((c) => `${c.id} ${c.reason}`),
      ['mirbase:MIMAT0000441 miRNA arm', 'mirbase:MIMAT0000442 miRNA arm'],
    );
  });

  test('miR-124 and miR-133a lead with their first-registered arm (3p); a shared single arm and a one-locus name are unchanged', () => {
    assert.deepEqual(brief('miR-124, miR-133a, miR-218 and miR-21 were measured (5).'), [
      'miR-124→hsa-miR-124-3p?',
      'miR-133a→hsa-miR-133a-3p?',
      'miR-218→hsa-miR-218-5p',
      'miR-21→MIR21',
    ]);
  });

  test('a name with its arm resolves to that arm alone', () => {
    assert.deepEqual(brief('miR-9-3p and miR-9-5p differ (2).'), ['miR-9-3p→hsa-miR-9-3p', 'miR-9-5p→hsa-miR-9-5p']);
  });
});

describe('curated drugs and their codes and brands', () => {
  test('posoleucel (ALVR105, Viralym-M), rimegepant (BHV-3000) and nutlin-3', () => {
    assert.deepEqual(brief('Posoleucel (ALVR105; Viralym-M), rimegepant (BHV-3000) and nutlin-3 were studied (7).'), [
      'Posoleucel→posoleucel',
      'ALVR105→posoleucel',
      'Viralym-M→posoleucel',
      'rimegepant→rimegepant',
      'BHV-3000→rimegepant',
      'nutlin-3→nutlin-3',
    ]);
  });

  test('gadoteric acid and its brand, Cayston as aztreonam, aminophylline as itself (not theophylline)', () => {
    assert.deepEqual(brief('Gadoterate meglumine (Dotarem), inhaled Cayston and intravenous aminophylline were given (8).'), [
      'Gadoterate meglumine→gadoteric acid',
      'Dotarem→gadoteric acid',
      'Cayston→aztreonam',
      'aminophylline→aminophylline',
    ]);
  });

  test('Duavee names both of its components', () => {
    assert.deepEqual(brief('Duavee was approved for vasomotor symptoms (9).'), ['Duavee→conjugated estrogens', 'Duavee→bazedoxifene']);
  });
});

describe('a slashed pair of abbreviations after a slashed long form', () => {
  test('"chronic prostatitis/chronic pelvic pain syndrome (CP/CPPS)" defines CP as the disease: no ceruloplasmin', () => {
    assert.deepEqual(brief('Chronic prostatitis/chronic pelvic pain syndrome (CP/CPPS) is common; in CP/CPPS and in CP, IL-8 is raised (2).'), ['IL-8→CXCL8']);
  });

  test('CP defined as ceruloplasmin stays the gene', () => {
    assert.deepEqual(brief('Serum ceruloplasmin (CP) was low, and CP oxidises iron (3).'), ['ceruloplasmin→CP', 'CP→CP', 'CP→CP']);
  });
});

describe('a long form whose initials stop one word short of a name', () => {
  test('"vitamin D-binding protein (DBP)" links DBP to GC for the draft, not to the official symbol DBP', () => {
    assert.deepEqual(brief('Calcidiol travels on vitamin D-binding protein (DBP); DBP levels fall in nephrosis (6).'), [
      'vitamin D-binding protein→GC',
      'DBP→GC',
      'DBP→GC',
    ]);
  });

  test('DBP without that definition stays the official symbol', () => {
    assert.deepEqual(brief('The circadian factor DBP binds the D-box (6).'), ['DBP→DBP']);
  });
});

describe('the prime of a nucleotide locant inside a name', () => {
  test('"2′-5′-oligoadenylate synthetase 1" (prime, apostrophe or right quote) is OAS1', () => {
    assert.deepEqual(brief("2′-5′-oligoadenylate synthetase 1 and 2'-5'-oligoadenylate synthetase 1 are one enzyme (4)."), [
      '2′-5′-oligoadenylate synthetase 1→OAS1',
      "2'-5'-oligoadenylate synthetase 1→OAS1",
    ]);
  });

  test("a possessive still joins only before s and a space (Bruton's tyrosine kinase), and a 3′ UTR names nothing", () => {
    assert.deepEqual(brief("Bruton's tyrosine kinase binds the 3′ UTR (4)."), ["Bruton's tyrosine kinase→BTK"]);
  });
});

describe('leukocyte integrins by their complement-receptor names', () => {
  test('complement receptor 3 (CR3) is αMβ2 and CR4 is αXβ2, one mention per subunit', () => {
    assert.deepEqual(brief('Complement receptor 3 (CR3) and CR4 bind iC3b (5).'), [
      'Complement receptor 3→ITGAM',
      'Complement receptor 3→ITGB2',
      'CR3→ITGAM',
      'CR3→ITGB2',
      'CR4→ITGAX',
      'CR4→ITGB2',
    ]);
  });
});

describe('disease designations that NCBI lists as gene aliases', () => {
  test('AOA1, AOA2, AOA4 and SCAN1 are ataxias, no gene; the genes keep their symbols', () => {
    assert.deepEqual(brief('AOA1, AOA2, AOA4 and SCAN1 are caused by APTX, SETX, PNKP and TDP1 variants (6).'), ['APTX→APTX', 'SETX→SETX', 'PNKP→PNKP', 'TDP1→TDP1']);
  });
});

describe('brands and INN synonyms after blind253', () => {
  test('NSAID and progestin brands, FML, and butylscopolamine as hyoscine butylbromide', () => {
    assert.deepEqual(brief('Brufen, Naprosyn, Orudis, Primolut N, FML drops and butylscopolamine were used (7).'), [
      'Brufen→ibuprofen',
      'Naprosyn→naproxen',
      'Orudis→ketoprofen',
      'Primolut N→norethisterone',
      'FML→fluorometholone',
      'butylscopolamine→hyoscine butylbromide',
    ]);
  });
});

describe('curation after blind260', () => {
  test('TFIID is the complex, not TBP; branaplam, votoplam and AMT-130 with their codes', () => {
    assert.deepEqual(brief('TFIID binds TBP; AMT-130, votoplam (PTC518) and branaplam (LMI070) lower HTT (8).'), [
      'TFIID→TFIID',
      'TBP→TBP',
      'AMT-130→AMT-130',
      'votoplam→votoplam',
      'PTC518→votoplam',
      'branaplam→branaplam',
      'LMI070→branaplam',
      'HTT→HTT',
    ]);
  });
});

describe('names derived from gene names that describe rather than name', () => {
  test('"glucocorticoid-induced" (GLCCI1 is "glucocorticoid induced 1") and "blepharophimosis" (a name head of BPESC1) name no gene', () => {
    assert.deepEqual(brief('Glucocorticoid-induced osteoporosis and blepharophimosis were seen; GLCCI1 (glucocorticoid induced 1) was studied (2).'), [
      'GLCCI1→GLCCI1',
      'glucocorticoid induced 1→GLCCI1',
    ]);
  });

  test('a lone series name that is a noun still names its gene', () => {
    assert.deepEqual(brief('Anillin and caldesmon bind filaments (3).'), ['Anillin→ANLN', 'caldesmon→CALD1']);
  });
});

describe('a range of member letters', () => {
  test('"KMT2A–KMT2D" and "KMT2A-D" name the four genes; a numbered range still expands', () => {
    assert.deepEqual(brief('Variants in KMT2A–KMT2D, KMT2A-D and CASP1–CASP3 (4).'), [
      'KMT2A–KMT2D→KMT2A',
      'KMT2A–KMT2D→KMT2B',
      'KMT2A–KMT2D→KMT2C',
      'KMT2A–KMT2D→KMT2D',
      'KMT2A-D→KMT2A',
      'KMT2A-D→KMT2B',
      'KMT2A-D→KMT2C',
      'KMT2A-D→KMT2D',
      'CASP1–CASP3→CASP1',
      'CASP1–CASP3→CASP2',
      'CASP1–CASP3→CASP3',
    ]);
  });
});

describe('COMPASS: the complex, the trial and the questionnaire', () => {
  test('the complex in prose, the trial before a cue word, COMPASS-31 nothing', () => {
    assert.deepEqual(brief('KMT2D acts in a COMPASS-like complex (5).'), ['KMT2D→KMT2D', 'COMPASS→COMPASS']);
    assert.deepEqual(brief('In the COMPASS trial, rivaroxaban helped (6).'), ['COMPASS→COMPASS', 'rivaroxaban→rivaroxaban']);
    assert.equal(mentions('In the COMPASS trial, rivaroxaban helped (6).')[0]?.entity?.type, 'trial');
    assert.deepEqual(brief('COMPASS-31 scores rose (7).'), []);
  });
});

describe('curation after blind253–260 (isoforms, names, trials)', () => {
  test('GLI3R, GRα/GRβ and DNA ligase IIIα are isoforms', () => {
    assert.deepEqual(
      mentions('GLI3R, the GLI3 repressor, GRα, GRβ and DNA ligase IIIα (8).').map((m) => `${m.text}→${m.entity?.id}`),
      ['GLI3R→isoform:gli3-repressor', 'GLI3 repressor→isoform:gli3-repressor', 'GRα→isoform:nr3c1-gr-alpha', 'GRβ→isoform:nr3c1-gr-beta', 'DNA ligase IIIα→isoform:lig3-alpha'],
    );
  });

  test('protein names and trials; RPR (the syphilis test) is no EXTL3', () => {
    assert.deepEqual(brief('RNA lariat debranching enzyme, pNfH, hCAP18, peptidylarginine deiminase 3 and 17&beta;-hydroxysteroid dehydrogenase type 5; Herpevac, MsFLASH 03, CASG 103 and MCI186-19; RPR titres (9).'), [
      'RNA lariat debranching enzyme→DBR1',
      'pNfH→NEFH',
      'hCAP18→CAMP',
      'peptidylarginine deiminase 3→PADI3',
      '17&beta;-hydroxysteroid dehydrogenase type 5→AKR1C3',
      'Herpevac→Herpevac',
      'MsFLASH 03→MsFLASH',
      'CASG 103→CASG 103',
      'MCI186-19→MCI186-19',
    ]);
  });
});

describe('curation after blind261–268', () => {
  test('RecQ helicases, the BTR and dystrophin–glycoprotein complexes, RPA as the complex, topoisomerase IIIα', () => {
    assert.deepEqual(brief('RecQ helicases such as BLM act in the BTR complex with topoisomerase IIIα; RPA coats ssDNA; the dystrophin–glycoprotein complex (3).'), [
      'RecQ helicases→RecQ helicases',
      'BLM→BLM',
      'BTR complex→BTR complex',
      'topoisomerase IIIα→TOP3A',
      'RPA→replication protein A',
      'dystrophin–glycoprotein complex→dystrophin–glycoprotein complex',
    ]);
  });

  test('gene names: sarcoglycans by Greek letter, ENaC subunits, SDF-1, TGF-β receptor type I, Scl-70, sucrase-isomaltase', () => {
    assert.deepEqual(brief('ε-sarcoglycan, αENaC, stromal cell-derived factor-1, TGF-&beta; receptor type I, anti-Scl-70 and sucrase-isomaltase (4).'), [
      'ε-sarcoglycan→SGCE',
      'αENaC→SCNN1A',
      'stromal cell-derived factor-1→CXCL12',
      'TGF-&beta; receptor type I→TGFBR1',
      'Scl-70→TOP1',
      'sucrase-isomaltase→SI',
    ]);
  });

  test('contrast agents, warts treatments, salts and combinations; FHM2 and MonoMAC are diseases', () => {
    assert.deepEqual(brief('Magnevist, gadobutrol (Gadavist), podophyllotoxin (Warticon), sinecatechins, rtPA, Symbicort and calcium citrate; FHM2 and MonoMAC (5).'), [
      'Magnevist→gadopentetic acid',
      'gadobutrol→gadobutrol',
      'Gadavist→gadobutrol',
      'podophyllotoxin→podophyllotoxin',
      'Warticon→podophyllotoxin',
      'sinecatechins→sinecatechins',
      'rtPA→alteplase',
      'Symbicort→budesonide',
      'Symbicort→formoterol',
      'calcium citrate→calcium citrate',
    ]);
  });

  test('trials HARMONIZE and HARMONIZE Global, inTandem1, C-TRACT, SUNRISE 2, NSABP P-1', () => {
    assert.deepEqual(brief('HARMONIZE, HARMONIZE Global, inTandem1, C-TRACT, SUNRISE 2 and NSABP P-1 (6).'), [
      'HARMONIZE→HARMONIZE',
      'HARMONIZE Global→HARMONIZE Global',
      'inTandem1→inTandem1',
      'C-TRACT→C-TRACT',
      'SUNRISE 2→SUNRISE 2',
      'NSABP P-1→NSABP P-1',
    ]);
  });

  test('atonia and outflow beside a drug cue are no drugs', () => {
    assert.deepEqual(brief('Drugs such as venlafaxine and mirtazapine can unmask REM sleep without atonia, and rivastigmine reduced episodes (7).'), [
      'venlafaxine→venlafaxine',
      'mirtazapine→mirtazapine',
      'rivastigmine→rivastigmine',
    ]);
    assert.deepEqual(brief('Compression improves venous outflow and warfarin is given (7).'), ['warfarin→warfarin']);
  });
});

describe('AMPK subunits by their Greek letter', () => {
  test('in a paragraph that names AMPK, α1–γ3 are PRKAA1 … PRKAG3, with "subunit" taken along', () => {
    assert.deepEqual(brief('AMPK is a heterotrimer: PRKAA1 encodes &alpha;1, PRKAG2 encodes &gamma;2, and the β1 subunit binds glycogen (3).'), [
      'AMPK→AMPK',
      'PRKAA1→PRKAA1',
      '&alpha;1→PRKAA1',
      'PRKAG2→PRKAG2',
      '&gamma;2→PRKAG2',
      'β1 subunit→PRKAB1',
    ]);
  });

  test('without AMPK in the draft the codes name nothing', () => {
    assert.deepEqual(brief('The &gamma;2 and β1 chains were compared (3).'), []);
  });
});

describe('the sodium pump written with superscript pluses', () => {
  test('"Na⁺/K⁺-ATPase" names the pump, so α2 is ATP1A2', () => {
    assert.deepEqual(brief('The Na⁺/K⁺-ATPase pumps ions; its α2 isoform is mutated (4).'), ['α2→ATP1A2']);
  });
});

describe('after blind269–276', () => {
  test('a disease named in Latin order defines its abbreviation as a disease: EED is no gene there', () => {
    assert.deepEqual(brief('Erythema elevatum diutinum (EED) is a vasculitis; EED responds to dapsone (2).'), ['dapsone→dapsone']);
    assert.deepEqual(brief('EED binds EZH2 in PRC2 (2).'), ['EED→EED', 'EZH2→EZH2', 'PRC2→PRC2']);
  });

  test('vitamins, brands and codes: biotin (MD1003, Qizenday), Lamisil, Retin-A, Neotigason, R-837, OMP-21M18, SHP640', () => {
    assert.deepEqual(brief('Biotin (MD1003; Qizenday), Lamisil, Retin-A, Neotigason, R-837, OMP-21M18 and SHP640 (3).'), [
      'Biotin→biotin',
      'MD1003→biotin',
      'Qizenday→biotin',
      'Lamisil→terbinafine',
      'Retin-A→tretinoin',
      'Neotigason→acitretin',
      'R-837→imiquimod',
      'OMP-21M18→demcizumab',
      'SHP640→povidone-iodine',
      'SHP640→dexamethasone',
    ]);
  });

  test('protein names and complexes: TNF receptor 1, aralar, citrin, CSL, GILZ, NELF, the COG complex, SREBP-1c', () => {
    assert.deepEqual(
      mentions('TNF receptor 1, aralar, citrin, CSL, GILZ, NELF, the conserved oligomeric Golgi complex and SREBP-1c (4).').map((m) => `${m.text}→${m.entity?.symbol ?? m.entity?.id}`),
      ['TNF receptor 1→TNFRSF1A', 'aralar→SLC25A12', 'citrin→SLC25A13', 'CSL→RBPJ', 'GILZ→TSC22D3', 'NELF→complex:nelf', 'conserved oligomeric Golgi complex→complex:cog', 'SREBP-1c→isoform:srebf1-1c'],
    );
  });

  test('COG alone (the Children’s Oncology Group) is no COG complex, and "D-Ala-D-Ala" names nothing', () => {
    assert.ok(mentions('The COG protocols differ (5).').every((m) => m.entity?.type !== 'complex'));
    assert.deepEqual(brief('Vancomycin binds the D-Ala-D-Ala terminus (5).'), ['Vancomycin→vancomycin']);
  });
});

describe('disease designations kept as non-entities', () => {
  test('CTLN2 and NICCD (citrin deficiency) are neither the gene nor trials', () => {
    assert.deepEqual(brief('It was recognised as adult-onset type II citrullinaemia (CTLN2); CTLN2 and NICCD follow SLC25A13 variants (2).'), ['SLC25A13→SLC25A13']);
  });
});
