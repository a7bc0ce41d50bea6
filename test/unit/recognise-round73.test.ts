/**
 * Trials named by English words in capitals. A curated name of several words in capitals is an acronym and wants its
 * capitals: "patients rise up" is no mention of the RISE UP trial. A curated one-word name that is an English word
 * (STAND, RAVE) may stand in a list of trial names, where a comma breaks a run of capitals: "SUSTAIN, STAND" in a
 * table's study column names two trials, while "PATIENTS WHO STAND" is shouting.
 * Sentences are written for these tests.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ids } from './recognise-helpers';

describe('sickle cell disease trials', () => {
  test('RISE UP, HIBISCUS and STAND are trials', () => {
    assert.deepEqual(ids('Mitapivat was tested in RISE UP and etavopivat in HIBISCUS, while STAND tested crizanlizumab (7).'), [
      'Mitapivat→drug:mitapivat',
      'RISE UP→trial:rise-up',
      'etavopivat→drug:etavopivat',
      'HIBISCUS→trial:hibiscus',
      'STAND→trial:stand',
      'crizanlizumab→drug:crizanlizumab',
    ]);
  });
});

describe('a curated name of several words in capitals wants its capitals', () => {
  test('"rise up" and "Rise up" in prose are no trial', () => {
    assert.deepEqual(ids('Serum levels rise up to tenfold after mitapivat (1). Rise up and walk, the patients were told (2).'), ['mitapivat→drug:mitapivat']);
  });

  test('SPRINT MIND in capitals stays the trial', () => {
    assert.deepEqual(ids('Intensive control in SPRINT MIND lowered mild cognitive impairment (3).').filter((x) => x.includes('trial:')), ['SPRINT MIND→trial:sprint-mind']);
  });
});

describe('an English-word trial in a list of names', () => {
  test('STAND after a comma in a list of capitals is the trial', () => {
    assert.deepEqual(ids('Crizanlizumab was tested in SUSTAIN, STAND and others (4).'), ['Crizanlizumab→drug:crizanlizumab', 'SUSTAIN→trial:sustain', 'STAND→trial:stand']);
  });

  test('in a table cell too', () => {
    const table = '| Agent | Study |\n|---|---|\n| Crizanlizumab | SUSTAIN, STAND |\n';
    assert.deepEqual(ids(table), ['Crizanlizumab→drug:crizanlizumab', 'SUSTAIN→trial:sustain', 'STAND→trial:stand']);
  });

  test('a run of shouted words is no trial', () => {
    assert.deepEqual(ids('NOTE THAT PATIENTS WHO STAND UP FAINT.'), []);
  });
});
