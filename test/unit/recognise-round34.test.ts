/**
 * Recognition after the first runs of the seventy-third to seventy-sixth blind sets: a paragraph about zebrafish writes
 * gene names in lower case without making the human symbol a microbe's (bnc2 beside BNC2), DNA-repair complexes and
 * the PIKK family by name, and names prose uses for enzymes of glycogen and of platelet-activating factor. Sentences are
 * written for these tests.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { brief } from './recognise-helpers';

describe('microbial nomenclature', () => {
  test('a lower-case name in a zebrafish paragraph leaves the human symbol a gene (BNC2 and bnc2)', () => {
    assert.deepEqual(brief('A variant raises BNC2, and overexpression of bnc2 in zebrafish bends the axis.'), ['BNC2→BNC2']);
  });
  test('a lower-case twin in a paragraph on a microbe still makes the name the microbe’s (HRP2 beside hrp2)', () => {
    assert.deepEqual(brief('In Plasmodium, HRP2 and hrp2 deletions escape the test.'), []);
  });
});

describe('complexes, families and names', () => {
  test('TFIIH, UV-DDB and replication protein A are complexes; the PIKK family by its long name', () => {
    assert.deepEqual(brief('TFIIH opens the lesion after UV-DDB binds, and replication protein A coats the strand; ATM is a phosphatidylinositol 3-kinase-related kinase.'), [
      'TFIIH→TFIIH',
      'UV-DDB→UV-DDB',
      'replication protein A→replication protein A',
      'ATM→ATM',
      'phosphatidylinositol 3-kinase-related kinase→PIKK',
    ]);
  });
  test('platelet-activating factor is no alias of PCLAF; its receptor and acetylhydrolase by name', () => {
    assert.deepEqual(brief('PAF binds the PAF receptor and is cleared by PAF acetylhydrolase.'), ['PAF receptor→PTAFR', 'PAF acetylhydrolase→PLA2G7']);
  });
  test('glycogen enzymes by their prose names (glucose-6-phosphatase-α, glycogen debranching enzyme)', () => {
    assert.deepEqual(brief('Loss of glucose-6-phosphatase-α or of the glycogen debranching enzyme causes hypoglycaemia.'), [
      'glucose-6-phosphatase-α→G6PC1',
      'glycogen debranching enzyme→AGL',
    ]);
  });
});
