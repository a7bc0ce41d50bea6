/**
 * Recognition after the first runs of the thirty-fifth and thirty-sixth blind sets: disease nouns in -ism and plural
 * disease nouns end a long form that is no gene's (familial hyperaldosteronism (FH), trigeminal autonomic cephalalgias
 * (TACs)), a ligand's receptor named by an alias of a receptor of that ligand (LH receptor → LHCGR), commas between a
 * chemical name's locants (indoleamine 2,3-dioxygenase 1), aliases with a lower-case prefix letter keep their case
 * (uL18, not the cytomegalovirus gene UL18), HLA-DR serotypes, protein isoforms named by their mass (neurofascin-186),
 * and the curation of those sets' names. Sentences are written for these tests.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { brief } from './recognise-helpers';

describe('abbreviations of diseases', () => {
  test('a long form ending in a disease noun in -ism defines the abbreviation as no gene, even an official symbol (FH)', () => {
    assert.deepEqual(brief('Four forms of familial hyperaldosteronism (FH) are known; FH type I is one.'), []);
    assert.deepEqual(brief('Loss of fumarate hydratase (FH) marks the tumour; FH staining is lost.'), ['fumarate hydratase→FH', 'FH→FH', 'FH→FH']);
  });
  test('a plural disease noun ends the long form too (trigeminal autonomic cephalalgias, TACs)', () => {
    assert.deepEqual(brief('Cluster headache is one of the trigeminal autonomic cephalalgias (TACs); TACs are rare.'), []);
  });
});

describe('receptors, locants and case', () => {
  test("a ligand's receptor is named by an alias of a receptor of that ligand (LH receptor → LHCGR)", () => {
    assert.deepEqual(brief('The LH receptor and the TSH receptor were sequenced.'), ['LH receptor→LHCGR', 'TSH receptor→TSHR']);
  });
  test('not an alias of a receptor of another ligand (FP receptor, CGRP receptor)', () => {
    // (The FP receptor is the prostaglandin F receptor, a curated name since blind88; never FPR1.)
    assert.deepEqual(
      brief('The prostanoid FP receptor and the CGRP receptor were studied.').filter((m) => m.startsWith('FP') || m.includes('CALCRL') || m.includes('FPR1')),
      ['FP receptor→PTGFR'],
    );
  });
  test("a comma between a chemical name's locants is part of the name (indoleamine 2,3-dioxygenase 1), a list of numbers is not", () => {
    assert.deepEqual(brief('Indoleamine 2,3-dioxygenase 1 rises.'), ['Indoleamine 2,3-dioxygenase 1→IDO1']);
    assert.deepEqual(brief('IL-1,2-fold'), ['IL-1→IL1A', 'IL-1→IL1B']);
  });
  test('an alias with a lower-case prefix letter is not the same letters in capitals (UL18 is no uL18 of RPL5)', () => {
    assert.deepEqual(brief('LILRB1 binds the viral decoy UL18, while US2 degrades HLA class I.'), ['LILRB1→LILRB1']);
  });
});

describe('serotypes and isoforms', () => {
  test('an HLA-DR serotype is the DRB1 gene (DR51–DR53 those of DRB5, DRB3 and DRB4)', () => {
    assert.deepEqual(brief('HLA-DR4, HLA-DR15 and HLA-DR53 carriers.'), ['HLA-DR4→HLA-DRB1', 'HLA-DR15→HLA-DRB1', 'HLA-DR53→HLA-DRB4']);
  });
  test("a protein's name with its mass in kilodaltons is one of its isoforms (neurofascin-186), not a percentage", () => {
    assert.deepEqual(brief('Neurofascin-155 and neurofascin-186 differ; spastin-55% of cases.'), [
      'Neurofascin-155→NFASC.155',
      'neurofascin-186→NFASC.186',
      'spastin→SPAST',
    ]);
  });
});

describe('curated names of these sets', () => {
  test('S100, TRP and the immunity-related GTPases are families', () => {
    assert.deepEqual(brief('S100 stains the tumour; TRPM8 is a cold-sensing TRP channel; immunity-related GTPases (IRG) act.'), [
      'S100→S100 proteins',
      'TRPM8→TRPM8',
      'TRP→transient receptor potential channels',
      'immunity-related GTPases→immunity-related GTPases',
      'IRG→immunity-related GTPases',
    ]);
  });
  test('protein names NCBI does not list (mammaglobin, ankyrin G, Caspr1, PDGF-BB, tartrate-resistant acid phosphatase)', () => {
    assert.deepEqual(brief('Mammaglobin, ankyrin G, Caspr1 and PDGF-BB; tartrate-resistant acid phosphatase (TRAP) stains.'), [
      'Mammaglobin→SCGB2A2',
      'ankyrin G→ANK3',
      'Caspr1→CNTNAP1',
      'PDGF-BB→PDGFB',
      'tartrate-resistant acid phosphatase→ACP5',
      'TRAP→ACP5',
    ]);
  });
  test('AP-4 is the adaptor complex, and an AAA ATPase no AAAS', () => {
    assert.deepEqual(brief('Spastin, an AAA ATPase, and AP-4 deficiency.'), ['Spastin→SPAST', 'AP-4→AP-4']);
  });
});
