/**
 * Recognition round 17: official names that prose writes in another order or form (ligand receptors with their
 * subtype code before "receptor", natriuretic peptides and their receptors by letter, cGMP-dependent protein kinase,
 * complement factors without "complement"), hyphenated aliases whose capitals are the initialism of the gene's name,
 * a linked receptor code with its "receptor" word, and the round's curation (two-gene proteins, peptide isoforms).
 * Sentences are written for these tests.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isNameInitialism } from '../../src/core/recognise/initialism';
import { brief } from './recognise-helpers';

const genesOf = (md: string) => brief(md);

describe('ligand receptors: the subtype code before "receptor"', () => {
  test('bradykinin receptor B2 is written "bradykinin B2 receptor"', () => {
    assert.deepEqual(genesOf('The antagonist blocks the bradykinin B2 receptor on endothelium.'), ['bradykinin B2 receptor→BDKRB2']);
  });
  test('neuropeptide Y receptor Y1 is written "neuropeptide Y Y1 receptor"', () => {
    assert.deepEqual(genesOf('Signalling through the neuropeptide Y Y1 receptor raises appetite.'), ['neuropeptide Y Y1 receptor→NPY1R']);
  });
  test('a code that is no ligand initial keeps the official order only (EPH receptor A2)', () => {
    assert.deepEqual(genesOf('Tumours overexpress EPH receptor A2.'), ['EPH receptor A2→EPHA2']);
    assert.deepEqual(genesOf('Tumours overexpress the EPH A2 receptor.'), ['EPH A2→EPHA2']);
  });
  test('after the series is named, a lone code takes its "receptor" word', () => {
    assert.deepEqual(genesOf('Bradykinin acts on the bradykinin B2 receptor, and des-Arg9-bradykinin on the inducible B1 receptor.').filter((m) => m.includes('receptor')), [
      'bradykinin B2 receptor→BDKRB2',
      'B1 receptor→BDKRB1',
    ]);
  });
});

describe('natriuretic peptides and cGMP-dependent protein kinase by their prose names', () => {
  test('C-type natriuretic peptide and its abbreviation (not the myelin enzyme CNP)', () => {
    assert.deepEqual(genesOf('C-type natriuretic peptide (CNP) restrains FGFR3 signalling; CNP analogues increase growth.'), [
      'C-type natriuretic peptide→NPPC',
      'CNP→NPPC',
      'FGFR3→FGFR3',
      'CNP→NPPC',
    ]);
  });
  test('natriuretic peptide receptor B, and NPR-B / NPR-C with a hyphen', () => {
    assert.deepEqual(genesOf('CNP binds natriuretic peptide receptor B (NPR-B), while NPR-C clears it.').slice(1), [
      'natriuretic peptide receptor B→NPR2',
      'NPR-B→NPR2',
      'NPR-C→NPR3',
    ]);
  });
  test('cGMP-dependent protein kinase II', () => {
    assert.deepEqual(genesOf('The receptor activates cGMP-dependent protein kinase II in chondrocytes.'), ['cGMP-dependent protein kinase II→PRKG2']);
  });
});

describe('complement factors and subcomponents without "complement"', () => {
  test('factor H, factor I, C1r and C1s (factor I beside complement words; the clotting factor I elsewhere is no mention)', () => {
    assert.deepEqual(genesOf('Variants in factor H and factor I predispose to aHUS; C1r and C1s cleave C4.').filter((m) => !m.startsWith('C4')), [
      'factor H→CFH',
      'factor I→CFI',
      'C1r→C1R',
      'C1s→C1S',
    ]);
  });
});

describe('hyphenated aliases and initialisms', () => {
  test('the capitals before the hyphen spell the gene name', () => {
    assert.equal(isNameInitialism('NPR', 'natriuretic peptide receptor 2'), true);
    assert.equal(isNameInitialism('CAR', 'CART prepropeptide'), false);
    assert.equal(isNameInitialism('NPR', 'natriuretic peptide receptor 2 isoform long form'), false);
  });
  test('CAR-T is still no alias of CARTPT', () => {
    assert.deepEqual(genesOf('CAR-T cells were infused.'), []);
  });
});

describe('round-17 curation', () => {
  test('tryptase is one mention per gene; α-tryptase is TPSAB1 only', () => {
    assert.deepEqual(genesOf('Basal serum tryptase rises with extra α-tryptase copies.'), ['tryptase→TPSB2', 'tryptase→TPSAB1', 'α-tryptase→TPSAB1']);
  });
  test('bradykinin and high-molecular-weight kininogen are isoforms of KNG1', () => {
    assert.deepEqual(genesOf('Plasma kallikrein cleaves high-molecular-weight kininogen to release bradykinin.'), [
      'Plasma kallikrein→KLKB1',
      'high-molecular-weight kininogen→high-molecular-weight kininogen',
      'bradykinin→bradykinin',
    ]);
  });
  test('neurodegeneration proteins by their common names', () => {
    assert.deepEqual(genesOf('Progranulin binds sortilin; fused in sarcoma and alsin are ALS genes.'), ['Progranulin→GRN', 'sortilin→SORT1', 'fused in sarcoma→FUS', 'alsin→ALS2']);
  });
  test('p62 in autophagy prose is SQSTM1', () => {
    // No other gene is a candidate (GTF2H1, NUP62 and KHDRBS1 lost the alias); whether it is certain is left to context.
    assert.deepEqual(genesOf('TBK1 phosphorylates optineurin and p62.').map((m) => m.replace(/\?$/, '')), ['TBK1→TBK1', 'optineurin→OPTN', 'p62→SQSTM1']);
  });
  test('the membrane attack complex and its defined abbreviation', () => {
    assert.deepEqual(genesOf('Cells lacking CD59 are lysed by the membrane attack complex (MAC); MAC deposition follows.'), [
      'CD59→CD59',
      'membrane attack complex→membrane attack complex',
      'MAC→membrane attack complex',
      'MAC→membrane attack complex',
    ]);
  });
});
