/**
 * Recognition of families and numbered members (2026-11-30): a family's name before a member number names one member
 * ("DNA ligase IV", "dipeptidyl peptidase 1", "myosin heavy chain IIA"), a Roman numeral after a spaced name reads as
 * the digit of a full name, an abbreviation the draft defines as a metabolite is no family of the same letters
 * (bis(monoacylglycerol)phosphate (BMP)), the influenza drug class is no human family, and a decimal number is no
 * alias (1.05a); a symbol in capitals before a hyphen and three digits heads a development code (AMT-130), nucleotide
 * repeat units are no genes (the CAA codon, GAA repeats), and an alias in capitals before a regimen, strain or disease
 * word names that (the CAP regimen, the LEC rat, NUT carcinoma), as do the initials after a list of drugs ("… and
 * cisplatin (TIP)"). After the first run of the twenty-third blind set: a regimen whose drugs a passage lists names its
 * initials for the draft (CHOP), a Greek letter after a slash names a sibling (PI3Kδ/γ), mitochondrial genes carry
 * their HGNC symbols (MT-RNR1), and Epstein–Barr virus proteins are no genes (LMP1). Sentences are written for these
 * tests.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { brief } from './recognise-helpers';

describe('a Roman numeral after a spaced name', () => {
  test('reads as the number of a full name written with a digit (DNA ligase IV is LIG4)', () => {
    assert.deepEqual(brief('LIG1 encodes DNA ligase I, and LIG4 encodes DNA ligase IV.'), ['LIG1→LIG1', 'DNA ligase I→LIG1', 'LIG4→LIG4', 'DNA ligase IV→LIG4']);
  });
  test('gives no name where none is numbered so (type II), and keeps names written with their numerals (RNA polymerase II, complex I)', () => {
    assert.deepEqual(brief('RNA polymerase II, complex I and type II cells were studied.'), ['RNA polymerase II→RNA polymerase II', 'complex I→complex I']);
  });
});

describe("a family's name before a member number", () => {
  test('is no family mention when the numbered name is unknown (non-muscle myosin heavy chain IID)', () => {
    assert.deepEqual(brief('Inclusions of non-muscle myosin heavy chain IID were seen.'), []);
    // (IIA is a curated name of MYH9 since blind224, IIC of MYH14 since blind302: the gene, never the family.)
    assert.deepEqual(brief('Inclusions of non-muscle myosin heavy chain IIC were seen.'), ['non-muscle myosin heavy chain IIC→MYH14']);
    assert.deepEqual(brief('Inclusions of non-muscle myosin heavy chain IIA were seen.'), ['non-muscle myosin heavy chain IIA→MYH9']);
  });
  test('names the members before coordinated numbers (caspases 3 and 7: CASP3, CASP7), and the bare plural stays the family', () => {
    assert.deepEqual(brief('Caspases 3 and 7 were cleaved, and caspases were active.'), ['Caspases 3 and 7→CASP3', 'Caspases 3 and 7→CASP7', 'caspases→caspases']);
  });
  test('stays a family before a quantity (interferons 2 days after)', () => {
    assert.deepEqual(brief('Type I interferons 2 days after infection rose.'), ['Type I interferons→interferons']);
  });
  test('a curated numbered name names its gene (dipeptidyl peptidase 1 is cathepsin C)', () => {
    assert.deepEqual(brief('Activation needs dipeptidyl peptidase 1 (DPP1).'), ['dipeptidyl peptidase 1→CTSC', 'DPP1→CTSC']);
  });
});

describe('an abbreviation defined as something else', () => {
  test('a word with a parenthesis inside is one long form, and a metabolite is no family (BMP)', () => {
    assert.deepEqual(brief('Urinary bis(monoacylglycerol)phosphate (BMP) is a readout; BMP rose.'), []);
  });
  test('a family defined by its own name stays the family', () => {
    assert.deepEqual(brief('Bone morphogenetic protein (BMP) signalling; BMP rose.'), [
      'Bone morphogenetic protein→bone morphogenetic proteins',
      'BMP→bone morphogenetic proteins',
      'BMP→bone morphogenetic proteins',
    ]);
  });
});

describe('no human entity', () => {
  test('the influenza neuraminidase inhibitors are a drug class, while a human neuraminidase stays a family', () => {
    // ("NEU3, a neuraminidase" names NEU3 once since round67: a class noun in apposition after a gene is a label.)
    assert.deepEqual(brief('Neuraminidase inhibitors such as oseltamivir; NEU3 and other human neuraminidases.'), ['oseltamivir→oseltamivir', 'NEU3→NEU3', 'neuraminidases→neuraminidases']);
  });
  test('a decimal number is no alias (1.05a is not 105A), while Nav1.7 and claudin 18.2 stay', () => {
    assert.deepEqual(brief('Release 1.05a fixed it; Nav1.7 and claudin 18.2 stay.'), ['Nav1.7→SCN9A', 'claudin 18.2→CLDN18.2']);
  });
});

describe('codes, repeats, regimens, strains and diseases', () => {
  test('a symbol in capitals before a hyphen and three digits heads a development code (AMT-130), not after a hyphen (177Lu-PSMA-617)', () => {
    // (AMT-130 has since been curated as a drug: it names the drug, still no AMT gene; CAT-354 is tralokinumab's code.)
    assert.deepEqual(brief('Gene therapy with AMT-130 and CAT-354 was tested; 177Lu-PSMA-617 too.'), ['AMT-130→AMT-130', 'CAT-354→tralokinumab', '177Lu-PSMA-617→lutetium Lu 177 vipivotide tetraxetan']);
    assert.deepEqual(brief('AMT and CAT levels fell.'), ['AMT→AMT', 'CAT→CAT']);
  });
  test('a nucleotide repeat unit is no gene, even an official symbol (GAA repeats), which stays a gene elsewhere', () => {
    assert.deepEqual(brief('The CAA codon after the CAG repeats; GAA repeats silence FXN, and GAA deficiency causes Pompe disease.'), ['FXN→FXN', 'GAA→GAA']);
  });
  test('an alias in capitals before a regimen, strain or disease word names that (the CAP regimen, the LEC rat, NUT carcinoma)', () => {
    assert.deepEqual(brief('Cisplatin, doxorubicin and cyclophosphamide (the CAP regimen) were first-line.'), ['Cisplatin→cisplatin', 'doxorubicin→doxorubicin', 'cyclophosphamide→cyclophosphamide']);
    assert.deepEqual(brief('The LEC rat and DBA/2J mouse models, and Ryr2 mice.'), ['Ryr2→RYR2']);
    assert.deepEqual(brief('NUT carcinoma of the mediastinum and WAGR syndrome.'), []);
    assert.deepEqual(brief('Germline WT1 variants cause WAGR and Denys–Drash syndromes.'), ['WT1→WT1']);
  });
  test('an official symbol before a disease word stays a gene (DICER1 syndrome)', () => {
    assert.deepEqual(brief('The DICER1 syndrome and C9orf72 disease.'), ['DICER1→DICER1', 'C9orf72→C9orf72']);
  });
  test('initials after a list of drugs abbreviate the regimen for the whole draft (TIP), while a gene alias elsewhere stays (CHOP)', () => {
    assert.deepEqual(brief('Salvage options include paclitaxel, ifosfamide and cisplatin (TIP); TIP was used.'), ['paclitaxel→paclitaxel', 'ifosfamide→ifosfamide', 'cisplatin→cisplatin']);
    assert.deepEqual(brief('ER stress induces CHOP, and CHOP drives apoptosis.'), ['CHOP→DDIT3', 'CHOP→DDIT3']);
  });
});

describe('regimens named by initials', () => {
  test('a passage that lists three of a regimen\'s drugs makes its initials the regimen in the whole draft (CHOP)', () => {
    assert.deepEqual(brief('Brentuximab vedotin with cyclophosphamide, doxorubicin and prednisone improved survival over CHOP.\n\nAdding romidepsin to CHOP did not help.'), [
      'Brentuximab vedotin→brentuximab vedotin',
      'cyclophosphamide→cyclophosphamide',
      'doxorubicin→doxorubicin',
      'prednisone→prednisone',
      'romidepsin→romidepsin',
    ]);
  });
  test('two of its drugs do not (CHOP stays DDIT3 in an ER-stress sentence)', () => {
    assert.deepEqual(brief('ER stress induces CHOP after doxorubicin and cyclophosphamide.'), ['CHOP→DDIT3', 'doxorubicin→doxorubicin', 'cyclophosphamide→cyclophosphamide']);
  });
  test('a definition of the initials as a gene wins', () => {
    const got = brief('C/EBP homologous protein (CHOP) rises; cyclophosphamide, doxorubicin, vincristine and prednisone are given, and CHOP falls.');
    assert.equal(got.filter((m) => m === 'CHOP→DDIT3').length, 2);
  });
});

describe('Greek siblings, mitochondrial symbols and viral proteins', () => {
  test('a Greek letter after a slash names the sibling (PI3Kδ/γ, PPARα/δ), one mention each over the whole span', () => {
    assert.deepEqual(brief('Duvelisib inhibits PI3Kδ/γ; PPARα/δ agonists act too.'), ['Duvelisib→duvelisib', 'PI3Kδ/γ→PIK3CD', 'PI3Kδ/γ→PIK3CG', 'PPARα/δ→PPARA', 'PPARα/δ→PPARD']);
  });
  test('mitochondrial genes are named by their HGNC symbols (MT-RNR1, MT-ND4)', () => {
    assert.deepEqual(brief('MT-RNR1 m.1555A>G predisposes to aminoglycoside ototoxicity, and MT-ND4 to LHON.'), ['MT-RNR1→MT-RNR1', 'MT-ND4→MT-ND4']);
  });
  test('Epstein–Barr virus LMP1 is no gene, while the immunoproteasome LMP2 and LMP7 stay genes', () => {
    assert.deepEqual(brief('LMP1 of EBV activates NF-κB; LMP2 and LMP7 are immunoproteasome subunits.'), ['NF-κB→NF-κB', 'LMP2→PSMB9', 'LMP7→PSMB8', 'immunoproteasome→immunoproteasome']);
  });
});
