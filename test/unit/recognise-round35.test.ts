/**
 * Recognition after the first runs of the seventy-seventh to eightieth blind sets: a Greek letter that opens a
 * hyphenated word is no part of the name before it ("class A β-lactamase" is no Aβ), group A Streptococcus (GAS) is no
 * gene, tissues and lesions are no drugs by a cue, vaccines are no trials, and a sponsor's code after its drug stays the
 * drug. Sentences are written for these tests.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { brief } from './recognise-helpers';

describe('names across a space', () => {
  test('a Greek letter that opens a hyphenated word is its own word ("class A β-lactamase"); TNF α still glues', () => {
    assert.deepEqual(brief('The class A β-lactamase penA is chromosomal, while TNF α rises.'), ['TNF α→TNF']);
  });
  test('interleukin-8 written out names CXCL8', () => {
    assert.deepEqual(brief('Neutrophils follow interleukin-8.'), ['interleukin-8→CXCL8']);
  });
});

describe('not genes, not drugs, not trials', () => {
  test('group A Streptococcus (GAS) is no gene', () => {
    assert.deepEqual(brief('Group A Streptococcus (GAS) causes pharyngitis; GAS carriage is common after penicillin V.').filter((m) => m.startsWith('GAS')), []);
  });
  test('tissues and lesions in a treatment sentence are no cue drugs (mucosa, aphthae, parotid)', () => {
    assert.deepEqual(brief('Amlexanox paste applied to the mucosa shortened aphthae, and botulinum toxin into the parotid reduced drooling.').filter((m) => /mucosa|aphthae|parotid/.test(m)), []);
  });
  test('encephalitis vaccines are no trials (FSME-IMMUN); a sponsor code after its drug is the drug (SCYX-7158)', () => {
    assert.deepEqual(brief('In Austria, FSME-IMMUN cut cases with placebo as comparator; acoziborole (SCYX-7158) cured most patients.'), [
      'acoziborole→acoziborole',
      'SCYX-7158→acoziborole',
    ]);
  });
});
