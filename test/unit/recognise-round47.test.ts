/**
 * Recognition after the first runs of the hundred-and-thirty-seventh to hundred-and-fortieth blind sets: symptoms end
 * a long form that defines no gene (statin-associated muscle symptoms (SAMS)); leukoplakia is no cue drug; IPEX is the
 * syndrome; curated drugs and protein names of these fields. Sentences are written for these tests.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { brief } from './recognise-helpers';

describe('diseases and lesions named like genes or drugs', () => {
  test('SAMS, IPEX and oral leukoplakia name no gene or drug', () => {
    assert.deepEqual(brief('Statin-associated muscle symptoms (SAMS) are common; SAMS recur. IPEX is caused by FOXP3 variants. Oral leukoplakia may transform.'), ['FOXP3→FOXP3']);
  });
});

describe('curated names of these fields', () => {
  test('drugs by INN, older name and brand; protein names', () => {
    assert.deepEqual(brief('Dichlorphenamide (Keveyis), Proleukin, Gonal-f and Progynova; the side-chain cleavage enzyme and glycodelin.'), [
      'Dichlorphenamide→diclofenamide',
      'Keveyis→diclofenamide',
      'Proleukin→aldesleukin',
      'Gonal-f→follitropin alfa',
      'Progynova→estradiol',
      'side-chain cleavage enzyme→CYP11A1',
      'glycodelin→PAEP',
    ]);
  });
});
