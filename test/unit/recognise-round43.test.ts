/**
 * Recognition after the first runs of the hundred-and-twenty-first to hundred-and-twenty-fourth blind sets: an
 * allergen's WHO/IUIS name is no gene ("Mal d 1" is no TIRAP), radioiodine is no drug, and curated names of these
 * fields (anthelmintics, perchlorates, protein names). Sentences are written for these tests.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { brief } from './recognise-helpers';

describe('allergen names', () => {
  test('genus, species initial and number name an allergen; the same word alone stays a gene', () => {
    assert.deepEqual(brief('Homologues in apple (Mal d 1) and birch (Bet v 1) bind IgE; Mal signals via TLR2.'), ['Mal→TIRAP', 'TLR2→TLR2']);
  });
});

describe('curated names of these fields', () => {
  test('radioiodine is no drug; drugs and protein names', () => {
    assert.deepEqual(brief('Radioiodine was deferred; sodium perchlorate, iopanoic acid and Tapazole were given. Tribendimidine and oxantel pamoate, flubentylosin (ABBV-4083); acid-labile subunit and adipose triglyceride lipase.'), [
      'sodium perchlorate→sodium perchlorate',
      'iopanoic acid→iopanoic acid',
      'Tapazole→thiamazole',
      'Tribendimidine→tribendimidine',
      'oxantel pamoate→oxantel',
      'flubentylosin→flubentylosin',
      'ABBV-4083→flubentylosin',
      'acid-labile subunit→IGFALS',
      'adipose triglyceride lipase→PNPLA2',
    ]);
  });
});
