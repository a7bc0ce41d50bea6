/**
 * The miR-302/367 cluster is the four miR-302 precursors and miR-367 beside them; miR-367 is no member of the miR-302
 * family, so the name gives the family and MIR367, one mention each, as the coordinated grammar reads it. Sentences
 * are written for these tests.
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
