/**
 * Recognition after the first runs of the hundred-and-twenty-fifth to hundred-and-twenty-eighth blind sets: keratins
 * by their short names in a draft that names keratins (K5, K6b → KRT5, KRT6B), a Latin "congenita" or an "anomaly"
 * ends a long form that defines no gene (pachyonychia congenita (PC), generalized lymphatic anomaly (GLA)), and curated
 * drugs with their codes and brands. Sentences are written for these tests.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { brief } from './recognise-helpers';

describe('keratins by their short names', () => {
  test('in a draft that names keratins, K and a keratin number is that keratin', () => {
    assert.deepEqual(brief('Keratin 6a (K6a), K6b and K6c pair with K16; K5/K14 mutations cause blistering.'), [
      'Keratin 6a→KRT6A',
      'K6a→KRT6A',
      'K6b→KRT6B',
      'K6c→KRT6C',
      'K16→KRT16',
      'K5→KRT5',
      'K14→KRT14',
    ]);
  });
  test('without keratins named, K5 is nothing; a lysine linkage is no keratin', () => {
    assert.deepEqual(brief('K5 and K6b were measured.'), []);
    assert.deepEqual(brief('Keratins were ubiquitinated through K27-linked chains.'), ['Keratins→keratins']);
  });
});

describe('abbreviations of Latin and anomaly disease names', () => {
  test('pachyonychia congenita (PC) and generalized lymphatic anomaly (GLA) define no gene', () => {
    assert.deepEqual(brief('Pachyonychia congenita (PC) is rare; PC nails thicken. Generalized lymphatic anomaly (GLA) differs; GLA affects bone.'), []);
  });
});

describe('curated drugs of these fields', () => {
  test('codes and brands', () => {
    assert.deepEqual(brief('Maralixibat (LUM001, Livmarli), odevixibat (A4250), netazepide (YF476), OK-432 and Zithromax were used.'), [
      'Maralixibat→maralixibat',
      'LUM001→maralixibat',
      'Livmarli→maralixibat',
      'odevixibat→odevixibat',
      'A4250→odevixibat',
      'netazepide→netazepide',
      'YF476→netazepide',
      'OK-432→picibanil',
      'Zithromax→azithromycin',
    ]);
  });
});
