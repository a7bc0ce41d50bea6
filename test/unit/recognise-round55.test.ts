/**
 * Recognition after the first runs of the hundred-and-sixty-ninth to hundred-and-seventy-second blind sets: a gene's
 * official symbol before a hyphen and a disease abbreviation the draft defines names the gene (STAT3-HIES), as one
 * after it does (ALPS-FAS); curated names with a comma inside match whole (indoleamine 2,3-dioxygenase), not in pieces.
 * Sentences are written for these tests.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { brief } from './recognise-helpers';

describe('gene and disease labels', () => {
  test('STAT3-HIES and DOCK8-HIES name the genes where the draft defines HIES', () => {
    assert.deepEqual(brief('Hyper-IgE syndromes (HIES) are rare; STAT3-HIES and DOCK8-HIES differ in their infections.'), ['STAT3→STAT3', 'DOCK8→DOCK8']);
  });
});

describe('names with a comma inside', () => {
  test('indoleamine 2,3-dioxygenase is IDO1 as one mention', () => {
    assert.deepEqual(brief('Kynurenine is made by indoleamine 2,3-dioxygenase in inflamed tissue.'), ['indoleamine 2,3-dioxygenase→IDO1']);
  });

  test('the pieces of "Cu,Zn superoxide dismutase" are no names of SOD1: copper alone is no gene', () => {
    assert.deepEqual(brief('The enzyme binds Cu and Zn ions.'), []);
  });
});
