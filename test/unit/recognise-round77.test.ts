/**
 * Mouse and rat gene symbols written in their own case (Tnf, Apc, Clock) name the human gene's orthologue in a
 * paragraph about mice or rats, wherever they stand in the sentence, and then throughout the draft (an English word,
 * Clock or Kit, only where the paragraph speaks of mouse genetics: knockout, deficient, lacking …); without such a
 * paragraph, at a sentence's start, in a product's or a place's name, or in a pair of sugars they stay unmarked.
 * Sentences are written for these tests.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ids } from './recognise-helpers';
import { mouseSymbolWords } from '../../src/core/recognise/mouse-symbols';

describe('mouse symbols in a paragraph about mice', () => {
  test('a capitalised symbol in a list of knockouts is the gene', () => {
    assert.deepEqual(ids('Mice deficient in Myd88, Tnf or Ifng die within days of a low inoculum (13).'), [
      'Myd88→ncbigene:4615',
      'Tnf→ncbigene:7124',
      'Ifng→ncbigene:3458',
    ]);
  });

  test('an English word that is a symbol counts too, and the link holds in the next paragraph', () => {
    assert.deepEqual(ids('Mutant mice carrying a deletion in Clock run free in darkness (7).\n\nThe human orthologue of Clock is CLOCK (8).'), [
      'Clock→ncbigene:9575',
      'Clock→ncbigene:9575',
      'CLOCK→ncbigene:9575',
    ]);
  });

  test('an English word needs a paragraph on mouse genetics, not mice alone', () => {
    assert.deepEqual(ids('Set the mice apart; loss of Shh and of Kit was studied (11).'), ['Shh→ncbigene:6469']);
  });

  test('without a word about rodents, the capitalised word is no gene', () => {
    assert.deepEqual(ids('Patients deficient in Tnf were not seen; a deletion in Clock was reported (9).'), []);
  });

  test('a word the ontology already knows as written keeps its entity (Rho, the family)', () => {
    assert.deepEqual(ids('In knockout mice, loss of Rho signalling and of Kit impairs mast cells (10).'), [
      'Rho→family:rho-gtpase',
      'Kit→ncbigene:3815',
    ]);
  });
});

describe('the words the paragraph pass offers', () => {
  test('skips a sentence start, a product, a place and a sugar pair', () => {
    assert.deepEqual(mouseSymbolWords('Kit mice were used. The Mouse ELISA Kit was used in Sri Lanka on Gal/GalNAc lectin and Shh mice.'), [['Shh', 'rodents']]);
    assert.deepEqual(mouseSymbolWords('Rats lacking Tnf and Clock (12).'), [['Tnf', 'genetics'], ['Clock', 'genetics']]);
  });

  test('offers nothing without mice or rats', () => {
    assert.deepEqual(mouseSymbolWords('Loss of Shh and Tnf in patients.'), []);
  });
});
