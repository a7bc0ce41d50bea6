/**
 * A gene's abbreviation with a hyphen and A or B names one of its two isoforms (PR-A, PR-B), but before a domain,
 * motif or repeat word the letter names one of a protein's repeated domains: "the EGF-A domain" of LDLR that PCSK9
 * binds is neither an isoform of EGF nor EGF itself. A closing parenthesis glued to the capital of the next word stays
 * inside a name: the trial "Lp(a)HORIZON", the full name "NAD(P)H quinone dehydrogenase 1".
 * Sentences are written for these tests.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { brief, ids } from './recognise-helpers';

describe('lettered domains', () => {
  test('EGF-A before "domain" or "repeat" is no mention', () => {
    assert.deepEqual(brief('PCSK9 binds the EGF-A domain of LDLR (1).'), ['PCSK9→PCSK9', 'LDLR→LDLR']);
    assert.deepEqual(brief('The EGF-B repeat of LDLR folds on its own (2).'), ['LDLR→LDLR']);
  });

  test('the isoforms PR-A and PR-B keep their reading', () => {
    assert.deepEqual(ids('PR-A and PR-B differ; the PR-B isoform activates transcription (3).'), [
      'PR-A→isoform:pgr-a',
      'PR-B→isoform:pgr-b',
      'PR-B→isoform:pgr-b',
    ]);
  });
});

describe('a closing parenthesis glued to the next word', () => {
  test('joins the words of a name', () => {
    assert.deepEqual(ids('Pelacarsen was tested in Lp(a)HORIZON (4).'), ['Pelacarsen→drug:pelacarsen', 'Lp(a)HORIZON→trial:lpa-horizon']);
    assert.deepEqual(ids('It is reduced by NAD(P)H quinone dehydrogenase 1 (5).'), ['NAD(P)H quinone dehydrogenase 1→ncbigene:1728']);
  });

  test('locants in parentheses still make no alias', () => {
    assert.deepEqual(brief('PI(4)K and PI(4,5)P2 are lipid names here (6).'), []);
  });
});
