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
