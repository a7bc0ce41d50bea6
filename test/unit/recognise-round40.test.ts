/**
 * Recognition after the first runs of the hundred-and-first to hundred-and-fourth blind sets: an eruption or
 * exanthem ends a long form that defines no gene (CARD14-associated papulosquamous eruption (CAPE)), and curated names
 * of the dermatology and toxicology drafts (GHB as sodium oxybate, laminin 332, alcohol dehydrogenases). Sentences are
 * written for these tests.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { brief } from './recognise-helpers';

describe('abbreviations of diseases', () => {
  test('an eruption defines no gene (CAPE is no alias of SMC2 here)', () => {
    assert.deepEqual(brief('CARD14-associated papulosquamous eruption (CAPE) responds to ustekinumab; CAPE starts in infancy.'), [
      'CARD14→CARD14',
      'ustekinumab→ustekinumab',
    ]);
  });
});

describe('curated names of these fields', () => {
  test('GHB is sodium oxybate; laminin 332 is a complex; alcohol dehydrogenase is a family', () => {
    assert.deepEqual(brief('GHB overdose causes coma; laminin 332 anchors keratinocytes; alcohol dehydrogenase oxidises methanol.'), [
      'GHB→sodium oxybate',
      'laminin 332→laminin 332',
      'alcohol dehydrogenase→alcohol dehydrogenases',
    ]);
  });
});
