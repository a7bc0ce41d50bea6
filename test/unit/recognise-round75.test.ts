/**
 * Ferritin is a shell of light and heavy chains that two genes make, so "ferritin" (serum or cellular) gives one
 * mention per gene, FTL and FTH1, as calprotectin gives S100A8 and S100A9; a named chain ("L-ferritin", "ferritin heavy
 * chain") and mitochondrial ferritin (FTMT) name one gene. Sentences are written for these tests.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ids } from './recognise-helpers';

describe('ferritin', () => {
  test('names both of its genes, at the start of a sentence too', () => {
    assert.deepEqual(ids('Serum ferritin was above 10,000 μg/L (8). Ferritin fell with etoposide (9).'), [
      'ferritin→ncbigene:2495',
      'ferritin→ncbigene:2512',
      'Ferritin→ncbigene:2495',
      'Ferritin→ncbigene:2512',
      'etoposide→drug:etoposide',
    ]);
  });

  test('a named chain and mitochondrial ferritin name one gene each', () => {
    assert.deepEqual(ids('L-ferritin, the ferritin heavy chain and mitochondrial ferritin differ in iron handling (10).'), [
      'L-ferritin→ncbigene:2512',
      'ferritin heavy chain→ncbigene:2495',
      'mitochondrial ferritin→ncbigene:94033',
    ]);
  });
});
