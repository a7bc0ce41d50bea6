/**
 * Ferritin is a shell of light and heavy chains that two genes make, so "ferritin" (serum or cellular) gives one
 * mention per gene, FTL and FTH1, as calprotectin gives S100A8 and S100A9; a named chain ("L-ferritin", "ferritin heavy
 * chain") and mitochondrial ferritin (FTMT) name one gene. A miRNA series named without its letter ("let-7", "miR-200",
 * "miR-302"), which has no locus of its own, is the miRNA family; with the letter it stays the miRNA. Type IV collagen
 * is the COL4A1/COL4A2 network, one mention per gene; "type IV collagenase" is no collagen. Sentences are written for
 * these tests.
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

describe('a miRNA series without its letter', () => {
  test('is the miRNA family; a lettered member stays its miRNA', () => {
    assert.deepEqual(ids('LIN28B blocks the maturation of let-7 microRNAs, but not of let-7a or miR-200c, and the miR-302 cluster (11).'), [
      'LIN28B→ncbigene:389421',
      'let-7→family:let-7',
      'let-7a→mirbase:MIMAT0000062',
      'miR-200c→ncbigene:406985',
      'miR-302 cluster→family:mir-302',
    ]);
  });

  test('a coordinated series gives the family and the other miRNA', () => {
    assert.deepEqual(ids('Loss of miR-200/429 derepresses ZEB1 (12).'), ['miR-200/429→family:mir-200', 'miR-200/429→ncbigene:554210', 'ZEB1→ncbigene:6935']);
  });
});

describe('type IV collagen', () => {
  test('names COL4A1 and COL4A2; a chain its own gene; a collagenase neither', () => {
    assert.deepEqual(ids('Its NC1 domain binds type IV collagen, and type IV collagenase (MMP-2) cleaves α3(IV) collagen (13).'), [
      'type IV collagen→ncbigene:1282',
      'type IV collagen→ncbigene:1284',
      'MMP-2→ncbigene:4313',
      'α3(IV) collagen→ncbigene:1285',
    ]);
  });
});
