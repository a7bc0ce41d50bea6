/**
 * A gene's official symbol with a number (NF2, MEN1) that the draft defines as the disease named for the gene
 * ("neurofibromatosis type 2 (NF2)") still names the gene where a word of the gene's reading stands beside it: "NF2
 * encodes", "one NF2 allele", "germline MEN1 mutations", "NF2-related". Elsewhere it stays the disease, and a symbol of
 * capitals only that the draft defines as a disease ("the main PAH gene") stays the disease even beside such words.
 * Sentences are written for these tests.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ids } from './recognise-helpers';
import { geneReadingAround } from '../../src/core/recognise/gene-reading-cues';
import { atomsOf } from '../../src/core/recognise/keys';

const NF2 = 'Neurofibromatosis type 2 (NF2) causes bilateral vestibular schwannomas (3).';

describe('a disease named for its gene', () => {
  test('the symbol names the gene beside a word of the gene', () => {
    assert.deepEqual(ids(`${NF2} NF2 encodes merlin, and loss of the remaining NF2 allele starts a tumour (4).`), [
      'NF2→ncbigene:4771',
      'merlin→ncbigene:4771',
      'NF2→ncbigene:4771',
    ]);
  });

  test('a word before the symbol and a hyphenated word after it count too', () => {
    assert.deepEqual(ids('Multiple endocrine neoplasia type 1 (MEN1) is inherited (2). Germline MEN1 testing and MEN1-related tumours are reviewed (5).'), [
      'MEN1→ncbigene:4221',
      'MEN1→ncbigene:4221',
    ]);
  });

  test('without such a word the symbol stays the disease', () => {
    assert.deepEqual(ids(`${NF2} People with NF2 need yearly MRI (6).`), []);
  });

  test('a symbol of capitals only that the draft defines as a disease stays the disease', () => {
    assert.deepEqual(ids('Pulmonary arterial hypertension (PAH) is rare (1). BMPR2, the main PAH gene, carries most variants (2).'), [
      'BMPR2→ncbigene:659',
    ]);
  });
});

describe('geneReadingAround', () => {
  const around = (text: string, word: string): boolean => {
    const atoms = atomsOf(text);
    const n = atoms.length / 2;
    let k = 0;
    while (k < n && text.slice(atoms[2 * k]!, atoms[2 * k + 1]!) !== word) k++;
    return geneReadingAround(text, atoms, n, k, k);
  };

  test('reads the word after and before', () => {
    assert.equal(around('the NF2 gene', 'NF2'), true);
    assert.equal(around('biallelic NF2 loss', 'NF2'), true);
    assert.equal(around('NF2-deficient cells', 'NF2'), true);
    assert.equal(around('NF2\u2010deficient cells', 'NF2'), true);
    assert.equal(around('NF2/deficient cells', 'NF2'), false);
  });

  test('a comma or another word between does not count', () => {
    assert.equal(around('in NF2, genes differ', 'NF2'), false);
    assert.equal(around('NF2 and gene', 'NF2'), false);
    assert.equal(around('NF2 schwannomas', 'NF2'), false);
  });
});
