/**
 * Recognition after the first runs of the hundred-and-forty-fifth to hundred-and-forty-eighth blind sets: a hernia ends
 * a long form that defines no gene (congenital diaphragmatic hernia (CDH) is no cadherin); a disease the draft
 * abbreviates, a hyphen and a gene's official symbol (ALPS-FAS) name the gene, not a trial; -penia and -gogue words are
 * no cue drugs; names the gene data words with a Greek letter and a number after a one-word protein (syntrophin alpha
 * 1 → α1-syntrophin) or with a final "like" (glycerol-3-phosphate dehydrogenase 1 like); curated names of these fields.
 * Sentences are written for these tests.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { brief } from './recognise-helpers';

describe('abbreviations of diseases', () => {
  test('congenital diaphragmatic hernia (CDH) defines no cadherin family', () => {
    assert.deepEqual(brief('Congenital diaphragmatic hernia (CDH) is often lethal; infants with CDH receive surfactant, and E-cadherin is lost.'), ['E-cadherin→CDH1']);
  });

  test('ALPS-FAS and ALPS-CASP10 name the genes where the draft defines ALPS as a syndrome', () => {
    assert.deepEqual(brief('Autoimmune lymphoproliferative syndrome (ALPS) is rare. Variants in FAS (ALPS-FAS) and CASP10 (ALPS-CASP10) are found.'), [
      'FAS→FAS',
      'FAS→FAS',
      'CASP10→CASP10',
      'CASP10→CASP10',
    ]);
  });

  test('without the definition, a capitalised hyphenated name stays a trial', () => {
    assert.deepEqual(brief('In the ALPS-FAS study, patients were followed for ten years.'), ['ALPS-FAS→ALPS-FAS']);
  });
});

describe('cue drugs', () => {
  test('neutropenia and secretagogue are no drugs beside a cue', () => {
    assert.deepEqual(brief('Thrombocytopenia was treated with agonists such as eltrombopag, and neutropenia with filgrastim; the oral secretagogue macimorelin (Macrilen) followed.'), [
      'eltrombopag→eltrombopag',
      'filgrastim→filgrastim',
      'macimorelin→macimorelin',
      'Macrilen→macimorelin',
    ]);
  });
});

describe('names built from the gene data', () => {
  test('α1-syntrophin and β2-adrenoceptor from "syntrophin alpha 1" and "adrenoceptor beta 2"', () => {
    assert.deepEqual(brief('α1-syntrophin binds the sodium channel, and the β2-adrenoceptor relaxes airway muscle.'), ['α1-syntrophin→SNTA1', 'β2-adrenoceptor→ADRB2']);
  });

  test('glycerol-3-phosphate dehydrogenase 1-like is GPD1L, not GPD1', () => {
    assert.deepEqual(brief('Glycerol-3-phosphate dehydrogenase 1-like modulates the cardiac sodium current.'), ['Glycerol-3-phosphate dehydrogenase 1-like→GPD1L']);
  });
});

describe('curated names of these fields', () => {
  test('drugs with brands and codes', () => {
    assert.deepEqual(brief('Fosdenopterin (Nulibry, ALXN1101), clascoterone (Winlevi, CB-03-01), Foscavir and defibrotide were given.'), [
      'Fosdenopterin→fosdenopterin',
      'Nulibry→fosdenopterin',
      'ALXN1101→fosdenopterin',
      'clascoterone→clascoterone',
      'Winlevi→clascoterone',
      'CB-03-01→clascoterone',
      'Foscavir→foscarnet',
      'defibrotide→defibrotide',
    ]);
  });

  test('enzyme and protein names', () => {
    assert.deepEqual(brief('α-enolase, rhodanese, haptocorrin, cysteine dioxygenase, mARC1 and the Wilms tumour protein were measured; SUR2 pairs with Kir6.1.'), [
      'α-enolase→ENO1',
      'rhodanese→TST',
      'haptocorrin→TCN1',
      'cysteine dioxygenase→CDO1',
      'mARC1→MTARC1',
      'Wilms tumour protein→WT1',
      'SUR2→ABCC9',
      'Kir6.1→KCNJ8',
    ]);
  });

  test('glycine receptors are a family', () => {
    assert.deepEqual(brief('Strychnine blocks glycine receptors in the spinal cord.'), ['glycine receptors→glycine receptors']);
  });
});
