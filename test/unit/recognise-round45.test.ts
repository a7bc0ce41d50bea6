/**
 * Recognition after the first runs of the hundred-and-twenty-ninth to hundred-and-thirty-second blind sets: in a table
 * column headed by trials, a name in mixed case that the ontology knows (PlGF) is no trial name; curated drugs and
 * protein names of these fields. Sentences are written for these tests.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { brief } from './recognise-helpers';

describe('trial columns', () => {
  test('a gene name in a column headed "marker or trial" stays the gene; the trials beside it are trials', () => {
    const text = ['Table 1. Markers and trials.', '', '| marker or trial | role |', '|---|---|', '| PlGF | triage |', '| TRUFFLE | timing of delivery |', '', 'A low PlGF predicts delivery.'].join('\n');
    assert.deepEqual(brief(text), ['PlGF→PGF', 'TRUFFLE→TRUFFLE', 'PlGF→PGF']);
  });
});

describe('curated names of these fields', () => {
  test('drugs with codes and brands; protein names', () => {
    assert.deepEqual(brief('Tanespimycin (17-AAG), pleconaril (VP 63843), cibinetide (ARA 290) and Rebetol; annexin II, placental protein 13 and syncytin-1.'), [
      'Tanespimycin→tanespimycin',
      '17-AAG→tanespimycin',
      'pleconaril→pleconaril',
      'VP 63843→pleconaril',
      'cibinetide→cibinetide',
      'ARA 290→cibinetide',
      'Rebetol→ribavirin',
      'annexin II→ANXA2',
      'placental protein 13→LGALS13',
      'syncytin-1→ERVW-1',
    ]);
  });
});
