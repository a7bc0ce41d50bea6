/**
 * Recognition after the first runs of the eighty-ninth to ninety-second blind sets: a one-word protein whose official
 * name ends in a Greek letter is written with the letter first (α-galactosidase), a disease noun after a modifier
 * that gene names share (aniridia-related keratopathy) defines no gene, and curated names of the red-cell, platelet
 * and corneal drafts. Sentences are written for these tests.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { brief } from './recognise-helpers';

describe('names', () => {
  test('a one-word enzyme with a Greek letter after it in its official name is written with the letter first', () => {
    assert.deepEqual(brief('Fabry disease lowers α-galactosidase activity; acid α-glucosidase is lost in Pompe disease.'), [
      'α-galactosidase→GLA',
      'acid α-glucosidase→GAA',
    ]);
  });
  test('a numbered Greek name is left to its own rule (α-actinin-4), not read as the unnumbered form', () => {
    assert.deepEqual(brief('α-actinin-4 binds actin.'), ['α-actinin-4→ACTN4']);
  });
});

describe('abbreviations of diseases', () => {
  test('a disease noun after related, induced or associated defines no gene (ARK is no alias of AXL here)', () => {
    assert.deepEqual(brief('Aniridia-related keratopathy (ARK) is progressive; ARK needs limbal grafts.'), []);
  });
  test('a gene word that is no such modifier still makes the long form a gene (receptor-associated protein)', () => {
    assert.deepEqual(brief('Receptor-associated protein (RAP) binds LRP1; RAP is a chaperone.').map((m) => m.split('→')[0]), ['RAP', 'LRP1', 'RAP']);
  });
});

describe('curated names of these fields', () => {
  test('adaptor and BLOC complexes, red-cell channel names, a corneal drug and its brand', () => {
    assert.deepEqual(brief('AP-3 and BLOC-1 sort melanosome cargo; the Gardos channel dehydrates red cells; cenegermin (Oxervate) heals the cornea.'), [
      'AP-3→AP-3',
      'BLOC-1→BLOC-1',
      'Gardos channel→KCNN4',
      'cenegermin→cenegermin',
      'Oxervate→cenegermin',
    ]);
  });
});
