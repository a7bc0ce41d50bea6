/**
 * Recognition round 20: Roman-numeral member numbers (IGF-I), viral proteins and imaging findings that share a
 * gene alias, prose forms of official names (the name after a comma, UniProt "type N" chemokine receptors), the
 * transporter reading of OCT1/OCT2, and the round's curation. Sentences are written for these tests.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { brief } from './recognise-helpers';

describe('Roman-numeral member numbers after a hyphen', () => {
  test('IGF-I is IGF1 and IGF-II is IGF2 (not the IGF pair)', () => {
    assert.deepEqual(brief('Serum IGF-I rises while IGF-II stays flat.'), ['IGF-I→IGF1', 'IGF-II→IGF2']);
  });
  test('the numeral continues into a longer name (IGF-I receptor)', () => {
    assert.deepEqual(brief('Antibodies against the IGF-I receptor failed.'), ['IGF-I receptor→IGF1R']);
  });
  test('words before a numeral are no codes: type II, Complex I, phase II', () => {
    assert.deepEqual(brief('In type II diabetes, Complex I activity falls in phase II.'), []);
  });
  test('a single capital after a hyphen that is no numeral still splits off (CAR-T)', () => {
    assert.deepEqual(brief('CAR-T products expanded.'), []);
  });
});

describe('viral proteins and imaging findings are no human genes', () => {
  test('HIV envelope and accessory proteins that share a human alias (GP120 of ITIH4, Vpu of SGTA)', () => {
    assert.deepEqual(brief('Binding of gp120 to CD4 exposes gp41, and Vpu, Vif and Nef counter host restriction.'), ['CD4→CD4']);
  });
  test('the symbol TAT in capitals stays tyrosine aminotransferase', () => {
    assert.deepEqual(brief('TAT deficiency causes tyrosinaemia type II.'), ['TAT→TAT']);
  });
  test('ARIA on MRI is an imaging finding, not neuregulin', () => {
    assert.deepEqual(brief('ARIA occurred in a fifth of APOE carriers.'), ['APOE→APOE']);
  });
});
