/**
 * Recognition after the errors left on the earlier blind sets, before the first runs of the two-hundred-and-seventy-seventh
 * to two-hundred-and-eighty-fourth sets. Sentences are written for these tests.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { brief, mentions } from './recognise-helpers';

describe('mouse paralogue symbols', () => {
  test('Abcb1a, Nlrp1b and Cd59a are the human genes of their stems', () => {
    assert.deepEqual(brief('Abcb1a-deficient mice, Nlrp1b alleles and Cd59a knockouts were compared (4).'), [
      'Abcb1a→ABCB1',
      'Nlrp1b→NLRP1',
      'Cd59a→CD59',
    ]);
  });

  test('a symbol that is itself a human gene keeps its own reading (Il17a, Hif1a)', () => {
    assert.deepEqual(brief('Il17a and Hif1a were deleted in mice (5).'), ['Il17a→IL17A', 'Hif1a→HIF1A']);
  });

  test('the rule wants the mouse shape: "ABCB1A" in capitals and "Figure1a" name nothing', () => {
    assert.deepEqual(brief('ABCB1A and Figure1a were shown (6).'), []);
  });
});

describe('mouse orthologues whose symbols differ from the human gene', () => {
  test('Mrgprb2 is MRGPRX2, Fgf15 is FGF19, Gucy2e is GUCY2D', () => {
    assert.deepEqual(brief('Mouse Mrgprb2, Fgf15 and Gucy2e have human orthologues (7).'), [
      'Mrgprb2→MRGPRX2',
      'Fgf15→FGF19',
      'Gucy2e→GUCY2D',
    ]);
  });
});

describe('histamine receptor codes that name a drug class', () => {
  test('"H1 antihistamines" and "H2 blockers" name the receptors HRH1 and HRH2', () => {
    assert.deepEqual(brief('H1 antihistamines such as cetirizine and H2 blockers such as famotidine are given (8).'), [
      'H1→HRH1',
      'cetirizine→cetirizine',
      'H2→HRH2',
      'famotidine→famotidine',
    ]);
  });

  test('the hyphenated and singular forms, and "H2 receptor antagonists" (the receptor named in full)', () => {
    assert.deepEqual(brief('Use an H1-antihistamine and H2 receptor antagonists (9).'), ['H1→HRH1', 'H2 receptor→HRH2']);
  });

  test('a code glued to a letter or digit before it is no histamine code ("5H1", "αH1")', () => {
    assert.deepEqual(brief('The 5H1 antihistamines, αH1 antihistamines and H2 blockers were given (12).'), ['H2→HRH2']);
  });

  test('without such a class word H1 names nothing (the MAPT H1 haplotype, a bare "H1 antagonists")', () => {
    assert.deepEqual(brief('The MAPT H1 haplotype is a risk factor, and pure H1 antagonists are older (10).'), ['MAPT→MAPT']);
  });
});

describe('a capitalised short word at a sentence start', () => {
  test('"An H1-antihistamine" is no ANH1 (an alias of ALAS2), and "A p50" no AP50', () => {
    assert.deepEqual(brief('An H1-antihistamine was given. A p50 subunit was seen (11).').map((x) => x.split('→')[0]), ['H1', 'p50']);
  });

  test('a name that opens with a capitalised word still matches ("In situ" opens nothing, "Ro 52" stays TRIM21)', () => {
    assert.deepEqual(brief('Ro 52 antibodies were found (12).'), ['Ro 52→TRIM21']);
  });
});

describe('the platelet glycoprotein IIb/IIIa and carcinoembryonic antigen', () => {
  test('GPIIb/IIIa and glycoprotein IIb-IIIa name both integrin genes; GPIIb alone is ITGA2B', () => {
    assert.deepEqual(brief('Abciximab blocks GPIIb/IIIa; glycoprotein IIb-IIIa binds fibrinogen, and GPIIb is cleaved (12).'), [
      'Abciximab→abciximab',
      'GPIIb/IIIa→ITGA2B',
      'GPIIb/IIIa→ITGB3',
      'glycoprotein IIb-IIIa→ITGA2B',
      'glycoprotein IIb-IIIa→ITGB3',
      'GPIIb→ITGA2B',
    ]);
  });

  test('carcinoembryonic antigen and CEA are CEACAM5 (not the CEA aliases of CEACAM3 and PSG2)', () => {
    assert.deepEqual(brief('Serum carcinoembryonic antigen (CEA) rose, and CEA fell after resection (13).'), [
      'carcinoembryonic antigen→CEACAM5',
      'CEA→CEACAM5',
      'CEA→CEACAM5',
    ]);
  });

  test('the former CEACAM names are the genes they number, not CEACAM5 and "cell adhesion molecule 1"', () => {
    assert.deepEqual(brief('Opa proteins bind carcinoembryonic antigen-related cell adhesion molecule 1 (14).'), [
      'carcinoembryonic antigen-related cell adhesion molecule 1→CEACAM1',
    ]);
  });

  test('CEA defined as carotid endarterectomy is no gene', () => {
    assert.deepEqual(brief('Carotid endarterectomy (CEA) prevents stroke; after CEA restenosis is rare (15).'), []);
  });
});

describe('a fragment that two genes give', () => {
  test('C4d is one mention each of the C4A and C4B fragments, like a protein two genes make', () => {
    assert.deepEqual(brief('Peritubular capillary C4d staining was diffuse (16).'), ['C4d→C4d', 'C4d→C4d']);
    const ids = mentions('Peritubular capillary C4d staining was diffuse (16).').map((m) => `${m.entity?.id} ${m.status}`);
    assert.deepEqual(ids, ['isoform:c4a-c4d resolved', 'isoform:c4b-c4d resolved']);
  });
});

describe('vitamin K', () => {
  test('bare "vitamin K" given to reverse anticoagulation is phytomenadione', () => {
    assert.deepEqual(brief('Intravenous vitamin K and prothrombin complex concentrate reverse warfarin (17).'), [
      'vitamin K→phytomenadione',
      'warfarin→warfarin',
    ]);
  });

  test('the antagonist class, the cofactor phrases and the deficiency name no drug; the reductase stays VKORC1', () => {
    assert.deepEqual(
      brief('Vitamin K antagonists inhibit vitamin K epoxide reductase; vitamin K-dependent factors fall in vitamin K deficiency (18).'),
      ['vitamin K epoxide reductase→VKORC1'],
    );
  });
});

describe('testosterone', () => {
  test('testosterone and its brands are the drug', () => {
    assert.deepEqual(brief('Testogel raised serum testosterone (19).'), [
      'Testogel→testosterone',
      'testosterone→testosterone',
    ]);
  });

  test('a dosing schedule is no drug beside it ("pulsatile gonadorelin")', () => {
    assert.deepEqual(brief('Hypogonadism is treated with testosterone or pulsatile gonadorelin (20).'), [
      'testosterone→testosterone',
      'gonadorelin→gonadorelin',
    ]);
  });
});

describe('curated after the blind277–284 first runs', () => {
  test('former and written-out gene names (single-minded homologue 1, TTDN1, G9a, synaptotagmin VII, FBPase)', () => {
    assert.deepEqual(brief('SIM1 (single-minded homologue 1), TTDN1, G9a, synaptotagmin VII and FBPase were studied (21).'), [
      'SIM1→SIM1',
      'single-minded homologue 1→SIM1',
      'TTDN1→MPLKIP',
      'G9a→EHMT2',
      'synaptotagmin VII→SYT7',
      'FBPase→FBP1',
    ]);
  });

  test('a name with a comma between its locants is one name (fructose-1,6-bisphosphatase)', () => {
    assert.deepEqual(brief('Fructose-1,6-bisphosphatase controls gluconeogenesis (22).'), ['Fructose-1,6-bisphosphatase→FBP1']);
  });

  test('the electron transfer flavoprotein is ETFA and ETFB; its oxidoreductase is ETFDH', () => {
    assert.deepEqual(brief('ETF passes electrons to ETF:QO (23).'), ['ETF→ETFA', 'ETF→ETFB', 'ETF:QO→ETFDH']);
  });

  test('plural opioid receptor subtypes are the subtype gene, not the family', () => {
    assert.deepEqual(brief('Difelikefalin (Korsuva) activates peripheral κ-opioid receptors (24).'), [
      'Difelikefalin→difelikefalin',
      'Korsuva→difelikefalin',
      'κ-opioid receptors→OPRK1',
    ]);
  });

  test('an abbreviation defined as a procedure is no gene (microvascular decompression (MVD))', () => {
    assert.deepEqual(brief('Microvascular decompression (MVD) cures most patients; after MVD, relapse is rare (25).'), []);
  });

  test('development codes and brands (ARGX-113, 1263W94, Bocouture, Lamprene)', () => {
    assert.deepEqual(brief('ARGX-113, 1263W94, Bocouture and Lamprene were given (26).'), [
      'ARGX-113→efgartigimod alfa',
      '1263W94→maribavir',
      'Bocouture→incobotulinumtoxinA',
      'Lamprene→clofazimine',
    ]);
  });
});

describe('Greek codes that a GABA-A draft links, and disease abbreviations', () => {
  const gaba = 'Benzodiazepines act on GABA-A receptor α1 subunits (27). ';

  test('a Greek code before "adrenoceptors" or glued to another Greek letter (α2δ-1) is no GABA-A subunit', () => {
    assert.deepEqual(brief(`${gaba}Tizanidine acts on central α2 adrenoceptors, and gabapentin binds α2δ-1 (28).`).filter((x) => !x.startsWith('α1')), [
      'Tizanidine→tizanidine',
      'gabapentin→gabapentin',
      'α2δ-1→CACNA2D1',
    ]);
  });

  test('the subunit code alone keeps its link', () => {
    assert.deepEqual(brief(`${gaba}The α2 subunit mediates anxiolysis (29).`).slice(-1), ['α2 subunit→GABRA2']);
  });

  test('an intolerance defines its abbreviation as a disease, and LPI is no SLC7A7 alias', () => {
    assert.deepEqual(brief('Lysinuric protein intolerance (LPI) follows SLC7A7 variants; in LPI, arginine is lost (30).'), ['SLC7A7→SLC7A7']);
  });
});
