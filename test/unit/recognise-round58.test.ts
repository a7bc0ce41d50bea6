/**
 * Recognition after the first runs of the hundred-and-ninety-seventh to two-hundred-and-fourth blind sets: gene names
 * with a standard abbreviation swapped in or spelled out (IGF-binding protein 3, low-density lipoprotein
 * receptor-related protein 5), numbered disease designations that NCBI lists as gene aliases (CMT2A, ALS4), and names
 * curated from those sets (AChE, StAR, p150Glued, nab-sirolimus). Sentences are written for these tests.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { abbreviationVariants } from '../../src/core/recognise/abbreviated-names';
import { brief } from './recognise-helpers';

describe('gene names with an abbreviation swapped in or spelled out', () => {
  test('abbreviationVariants swaps each phrase both ways and joins a member number to the abbreviation', () => {
    assert.deepEqual(abbreviationVariants('insulin like growth factor binding protein 3'), ['IGF binding protein 3']);
    assert.deepEqual(abbreviationVariants('LDL receptor related protein 5'), ['low density lipoprotein receptor related protein 5']);
    assert.deepEqual(abbreviationVariants('colony stimulating factor 1 receptor'), ['CSF1 receptor']);
    assert.deepEqual(abbreviationVariants('very low density lipoprotein receptor'), ['VLDL receptor']);
    assert.deepEqual(abbreviationVariants('periostin'), []);
  });

  test('prose forms of the swapped names find their genes', () => {
    assert.deepEqual(brief('Serum IGF-binding protein 3 fell, and low-density lipoprotein receptor-related protein 5 (LRP5) variants raise bone mass.'), [
      'IGF-binding protein 3→IGFBP3',
      'low-density lipoprotein receptor-related protein 5→LRP5',
      'LRP5→LRP5',
    ]);
    assert.deepEqual(brief('Tumor necrosis factor alpha-induced protein 3 restrains NF-κB; heparin-binding epidermal growth factor-like growth factor is shed.'), [
      'Tumor necrosis factor alpha-induced protein 3→TNFAIP3',
      'NF-κB→NF-κB',
      'heparin-binding epidermal growth factor-like growth factor→HBEGF',
    ]);
  });

  test('the shorter name of another gene still matches on its own (LDL receptor)', () => {
    assert.deepEqual(brief('The low-density lipoprotein receptor (LDLR) clears LDL.'), ['low-density lipoprotein receptor→LDLR', 'LDLR→LDLR']);
  });
});

describe('numbered disease designations are no gene aliases', () => {
  test('CMT2A, CMT1A and ALS4 name disease subtypes; the genes are named by their symbols', () => {
    assert.deepEqual(brief('Charcot–Marie–Tooth disease type 2A (CMT2A) is caused by MFN2 variants, CMT1A by a PMP22 duplication, and ALS4 by SETX.'), [
      'MFN2→MFN2',
      'PMP22→PMP22',
      'SETX→SETX',
    ]);
  });

  test('official symbols of that shape stay genes (ALS2, SPG7), and so does PARK2', () => {
    assert.deepEqual(brief('Loss of ALS2 or SPG7 causes spastic paraplegia; PARK2 encodes parkin.'), ['ALS2→ALS2', 'SPG7→SPG7', 'PARK2→PRKN', 'parkin→PRKN']);
  });
});

describe('names curated from these sets', () => {
  test('mixed-case enzyme and transporter names (AChE, StAR) and the dynactin subunit p150Glued', () => {
    assert.deepEqual(brief('AChE inhibitors help; StAR moves cholesterol; the p150Glued subunit anchors dynactin.'), ['AChE→ACHE', 'StAR→STAR', 'p150Glued→DCTN1', 'dynactin→dynactin']);
  });

  test('nab-sirolimus and its brand are sirolimus', () => {
    assert.deepEqual(brief('nab-sirolimus (Fyarro) is approved for PEComa.'), ['nab-sirolimus→sirolimus', 'Fyarro→sirolimus']);
  });
});
