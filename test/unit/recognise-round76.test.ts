/**
 * The miR-302/367 cluster is the four miR-302 precursors and miR-367 beside them; miR-367 is no member of the miR-302
 * family, so the name gives the family and MIR367, one mention each, as the coordinated grammar reads it. Progesterone
 * is the body's hormone and a drug: the bare name is the drug after a route ("vaginal", "micronised"), before a brand in
 * parentheses, or in a draft that names a brand (Utrogestan, Crinone); the hormone of the cycle stays unmarked.
 * Sentences are written for these tests.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ids } from './recognise-helpers';

describe('the miR-302/367 cluster', () => {
  test('names the miR-302 family and miR-367, not the family alone', () => {
    assert.deepEqual(ids('The miR-302/367 cluster drives reprogramming of fibroblasts (12).'), [
      'miR-302/367→family:mir-302',
      'miR-302/367→ncbigene:442912',
    ]);
  });
});

describe('progesterone', () => {
  test('is the drug after a route word or before its brand', () => {
    assert.deepEqual(ids('Vaginal progesterone did not raise live births, and micronised progesterone (Utrogestan) was added (13).'), [
      'progesterone→drug:progesterone',
      'progesterone→drug:progesterone',
      'Utrogestan→drug:progesterone',
    ]);
  });

  test('the hormone of the cycle is no drug, unless the draft names a brand', () => {
    assert.deepEqual(ids('Progesterone rises after ovulation and progesterone falls before menses (14).'), []);
    assert.deepEqual(ids('Crinone gel was used; progesterone levels were kept above 10 ng/mL (15).'), [
      'Crinone→drug:progesterone',
      'progesterone→drug:progesterone',
    ]);
  });
});
