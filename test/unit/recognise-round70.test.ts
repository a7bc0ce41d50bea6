/**
 * Recognition of the endosomal sorting machinery: the ESCRT complexes, which the trial-name pass took for trials
 * ("ESCRT-0" is shaped like "KEYNOTE-189"), and HRS, the ESCRT-0 subunit HGS, which stayed ambiguous among four
 * genes' aliases. Sentences are written for these tests.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { brief, ids } from './recognise-helpers';

describe('ESCRT complexes', () => {
  test('ESCRT-0 to ESCRT-III are complexes, not trial names', () => {
    assert.deepEqual(ids('The ESCRT-0 component binds ubiquitinated cargo (1).'), ['ESCRT-0→complex:escrt-0']);
    assert.deepEqual(ids('ESCRT-I and ESCRT-II recruit ESCRT-III to the neck (2).'), ['ESCRT-I→complex:escrt-i', 'ESCRT-II→complex:escrt-ii', 'ESCRT-III→complex:escrt-iii']);
  });
});

describe('HRS', () => {
  test('beside endosomal sorting words it is the ESCRT-0 subunit HGS', () => {
    assert.deepEqual(brief('HRS binds ubiquitinated cargo on early endosomes (3).'), ['HRS→HGS']);
  });

  test('beside antisynthetase and myositis words it is histidyl-tRNA synthetase HARS1', () => {
    assert.deepEqual(brief('Antibodies to HRS mark antisynthetase syndrome with myositis (4).'), ['HRS→HARS1']);
  });

  test('with neither it stays ambiguous', () => {
    assert.deepEqual(brief('HRS was measured in all samples (5).'), ['HRS→ATN1?']);
  });
});
