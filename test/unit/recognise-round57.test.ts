/**
 * Recognition after the first runs of the hundred-and-eighty-fifth to hundred-and-ninety-sixth blind sets: long forms
 * that define abbreviations (a chemical's one-word name, a hyphenated gene name, a measured strain), drug cues that
 * took diseases, spores and tissues for drugs, regimen initials written with rituximab's R, and a microbial adjective
 * that heads a clause rather than the gene's noun phrase. Sentences are written for these tests.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { brief } from './recognise-helpers';

describe('long forms that define abbreviations', () => {
  test("a chemical's one-word name defines its abbreviation (GPI is no glucose-6-phosphate isomerase there)", () => {
    assert.deepEqual(brief('Both proteins hang on a glycosylphosphatidylinositol (GPI) anchor. Defects in GPI biosynthesis cause PNH.'), []);
  });

  test('without the chemical definition GPI stays the gene', () => {
    assert.deepEqual(brief('Glucose-6-phosphate isomerase deficiency is rare; GPI variants cause haemolysis.'), [
      'Glucose-6-phosphate isomerase→GPI',
      'GPI→GPI',
    ]);
  });

  test('a hyphenated gene name defines its abbreviation as that gene (EDN)', () => {
    assert.deepEqual(brief('Eosinophils release eosinophil-derived neurotoxin (EDN). Faecal EDN is a marker.'), [
      'eosinophil-derived neurotoxin→RNASE2',
      'EDN→RNASE2',
      'EDN→RNASE2',
    ]);
  });

  test('an abbreviation led by a locant names a chemical, and its part after the locant too (3-OMD is no osteomodulin)', () => {
    assert.deepEqual(brief('Cerebrospinal fluid holds 3-O-methyldopa (3-OMD); high 3-OMD is the marker.'), ['methyldopa→methyldopa']);
    assert.deepEqual(brief('Osteomodulin (OMD) binds collagen; OMD is high in bone.'), ['Osteomodulin→OMD', 'OMD→OMD', 'OMD→OMD']);
  });

  test('a locant-led abbreviation of an enzyme stays the gene (3-MST)', () => {
    assert.deepEqual(brief('3-mercaptopyruvate sulfurtransferase (3-MST) makes H2S; 3-MST is high.'), [
      '3-mercaptopyruvate sulfurtransferase→MPST',
      '3-MST→MPST',
      '3-MST→MPST',
    ]);
  });

  test('a strain measured by echocardiography is no gene (GLS)', () => {
    assert.deepEqual(brief('Global longitudinal strain (GLS) falls early; a fall in GLS of 15% defines mild toxicity.'), []);
    assert.deepEqual(brief('Glutaminase inhibition lowers GLS activity in tumours.'), ['Glutaminase→GLS', 'GLS→GLS']);
  });
});

describe('drug cues', () => {
  test('a disease in -aria with its abbreviation in parentheses is no drug and brand (cold urticaria, ColdU)', () => {
    assert.deepEqual(brief('Patients with cold urticaria (ColdU) and cholinergic urticaria (CholU) were treated with omalizumab.'), ['omalizumab→omalizumab']);
  });

  test('inhaled spores and tissues are no drugs; an antifungal class before a drug is no drug', () => {
    assert.deepEqual(brief('Inhaled conidia reach the alveoli, and the inhaled triazole opelconazole is in trials.'), ['opelconazole→opelconazole']);
    assert.deepEqual(brief('Ibrexafungerp is an oral triterpenoid, and topical epithelium was studied.'), ['Ibrexafungerp→ibrexafungerp']);
  });

  test('a real drug after a usage cue is still found', () => {
    assert.deepEqual(brief('Patients were treated with inhaled amikacin.'), ['amikacin→amikacin']);
  });
});

describe('regimens', () => {
  test("rituximab's R before the initials makes them the regimen (R-CHOP), with no drug listed", () => {
    assert.deepEqual(brief('Comparisons with R-CHOP showed similar survival, and CHOP alone was worse.'), []);
  });

  test('CHOP in ER-stress prose stays the gene', () => {
    assert.deepEqual(brief('ER stress induces CHOP and ATF4; CHOP-deficient mice are protected.'), ['CHOP→DDIT3', 'ATF4→ATF4', 'CHOP→DDIT3']);
  });
});

describe('microbial context', () => {
  test("a microbial adjective that heads a clause leaves the host's kinases (fungal extracts activate ERK1/2)", () => {
    assert.deepEqual(brief('In cultured epithelium, fungal extracts activate ERK1/2 within minutes.'), ['ERK1/2→MAPK3', 'ERK1/2→MAPK1']);
  });

  test("the fungal protein after its adjective is still dropped (the fungal acyltransferase Gwt1)", () => {
    assert.deepEqual(brief('Fosmanogepix targets the fungal inositol acyltransferase Gwt1.'), ['Fosmanogepix→fosmanogepix']);
  });
});
