/**
 * Recognition after the first runs of the hundred-and-fifth to hundred-and-sixteenth blind sets: GABA-A receptor
 * subunits written by their Greek letter in a draft that names the receptor; a therapy, a fracture or a disease "type
 * C" ends a long form that defines no gene or family (VIT, AFF, NPC); an abbreviation defined first in a longer
 * parenthesis before a semicolon (BPG); and curated names of these fields (lysosomal enzymes written without their
 * member number, drugs and their codes and brands). Sentences are written for these tests.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { brief } from './recognise-helpers';

describe('GABA-A receptor subunits by their Greek letter', () => {
  test('a draft that names GABA-A receptors means the subunit genes; "subunit" joins the span', () => {
    assert.deepEqual(brief('Neurosteroids act on GABA-A receptors in which the δ subunit pairs with α4 or α6. The &alpha;1 subunit falls.'), [
      'GABA-A receptors→GABA-A receptors',
      'δ subunit→GABRD',
      'α4→GABRA4',
      'α6→GABRA6',
      '&alpha;1 subunit→GABRA1',
    ]);
  });
  test('without the receptor named, a Greek letter is no subunit; an adrenergic code is never one', () => {
    assert.deepEqual(brief('The δ subunit and α4 are mentioned alone.'), []);
    assert.deepEqual(brief('GABA-A receptors and α1-adrenergic tone rise together.'), ['GABA-A receptors→GABA-A receptors']);
  });
});

describe('abbreviations of treatments, injuries and typed diseases', () => {
  test('venom immunotherapy (VIT), atypical femoral fracture (AFF), Niemann–Pick disease type C (NPC) define no gene or family', () => {
    assert.deepEqual(brief('Venom immunotherapy (VIT) works; during VIT reactions fall. Atypical femoral fracture (AFF) is rare; AFF occurs. Niemann–Pick disease type C (NPC) is rare; NPC fibroblasts store cholesterol.'), []);
  });
  test('a gene name with a type letter still defines the gene', () => {
    assert.deepEqual(brief('Protein kinase type C (PKC) acts; PKC is active.'), ['PKC→PKC', 'PKC→PKC']);
  });
  test('an abbreviation first in a longer parenthesis, before a semicolon, is defined (BPG)', () => {
    assert.deepEqual(brief('Benzathine benzylpenicillin (BPG; Bicillin L-A, Extencilline, Lentocilin in other countries) is given weekly. One dose of BPG cures early syphilis.'), [
      'Benzathine benzylpenicillin→benzathine benzylpenicillin',
      'BPG→benzathine benzylpenicillin',
      'Bicillin L-A→benzathine benzylpenicillin',
      'Extencilline→benzathine benzylpenicillin',
      'Lentocilin→benzathine benzylpenicillin',
      'BPG→benzathine benzylpenicillin',
    ]);
  });
});

describe('curated names of these fields', () => {
  test('lysosomal enzymes written without their member number', () => {
    assert.deepEqual(brief('Deficiency of β-galactosidase, α-mannosidase or α-L-fucosidase causes storage; mucolipin-1 and the GM2 activator protein matter.'), [
      'β-galactosidase→GLB1',
      'α-mannosidase→MAN2B1',
      'α-L-fucosidase→FUCA1',
      'mucolipin-1→MCOLN1',
      'GM2 activator protein→GM2A',
    ]);
  });
  test('drugs with their codes and brands', () => {
    assert.deepEqual(brief('Levacetylleucine (IB1001, Aqneursa), ebselen (SPI-1005), sulindac, silibinin and edetate calcium disodium were compared; BIVV009 is sutimlimab.'), [
      'Levacetylleucine→levacetylleucine',
      'IB1001→levacetylleucine',
      'Aqneursa→levacetylleucine',
      'ebselen→ebselen',
      'SPI-1005→ebselen',
      'sulindac→sulindac',
      'silibinin→silibinin',
      'edetate calcium disodium→sodium calcium edetate',
      'BIVV009→sutimlimab',
      'sutimlimab→sutimlimab',
    ]);
  });
});
