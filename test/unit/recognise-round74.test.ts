/**
 * "HLA-DR" written without a serotype number is the DR molecule, named by the gene of its invariant α chain
 * (HLA-DRA), as every gold of the fixtures has it; it used to be read as the HLA family over "HLA" alone. A DR
 * serotype ("HLA-DR4") stays DRB1's, and an allele ("HLA-DRB1*04") the gene its symbol names. "14-3-3" alone is the
 * 14-3-3 family: a curated name of digits and hyphens is a name, though a text of digits otherwise is none.
 * Sentences are written for these tests.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ids } from './recognise-helpers';

describe('HLA-DR without a number', () => {
  test('is HLA-DRA over the whole name, also before "-positive"', () => {
    assert.deepEqual(ids('Keratinocytes express HLA-DR and ICAM-1 (3), and HLA-DR-positive macrophages gather (4).'), [
      'HLA-DR→ncbigene:3122',
      'ICAM-1→ncbigene:3383',
      'HLA-DR→ncbigene:3122',
    ]);
  });

  test('a DR serotype stays DRB1, an allele its gene, and bare HLA the family', () => {
    assert.deepEqual(ids('Risk rises with HLA-DR4 and HLA-DRB1*04 carriage, and the HLA region holds most of it (5).'), [
      'HLA-DR4→ncbigene:3123',
      'HLA-DRB1→ncbigene:3123',
      'HLA→family:hla',
    ]);
  });
});

describe('14-3-3 without a head noun', () => {
  test('a curated name of digits and hyphens is the family; a bare number is no name', () => {
    assert.deepEqual(ids('The variant abolishes 14-3-3 binding (6), and a positive CSF 14-3-3 test supports it; 14 of 33 had it (7).'), [
      '14-3-3→family:14-3-3',
      '14-3-3→family:14-3-3',
    ]);
  });
});
