/**
 * Recognition after the first runs of the hundred-and-thirty-third to hundred-and-thirty-sixth blind sets: a chain-
 * length modifier that the gene data puts last is written first (very-long-chain acyl-CoA dehydrogenase → ACADVL); an
 * acylcarnitine's short name is no gene (isovalerylcarnitine (C5)); enzyme names of inborn errors of metabolism as
 * biochemists write them, and drugs of these fields. Sentences are written for these tests.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { brief } from './recognise-helpers';

describe('enzymes of fatty acid oxidation', () => {
  test('chain-length modifiers first', () => {
    assert.deepEqual(brief('Deficiency of very-long-chain acyl-CoA dehydrogenase, long-chain acyl-CoA dehydrogenase or medium-chain acyl-CoA dehydrogenase.'), [
      'very-long-chain acyl-CoA dehydrogenase→ACADVL',
      'long-chain acyl-CoA dehydrogenase→ACADL',
      'medium-chain acyl-CoA dehydrogenase→ACADM',
    ]);
  });
  test('an acylcarnitine named by its carbon number is no gene', () => {
    assert.deepEqual(brief('Conjugation gives isovalerylcarnitine (C5), the screening marker; raised C5 is not specific.'), []);
    assert.deepEqual(brief('Complement C5 is cleaved; C5 inhibitors act late.'), ['Complement C5→C5', 'C5→C5']);
  });
});

describe('curated names of these fields', () => {
  test('enzyme names and drugs', () => {
    assert.deepEqual(brief('Aldolase B, galactokinase, the creatine transporter and guanidinoacetate methyltransferase; funapide (XEN402) and talarozole.'), [
      'Aldolase B→ALDOB',
      'galactokinase→GALK1',
      'creatine transporter→SLC6A8',
      'guanidinoacetate methyltransferase→GAMT',
      'funapide→funapide',
      'XEN402→funapide',
      'talarozole→talarozole',
    ]);
  });
});
