/**
 * Recognition after the first runs of the two-hundred-and-twenty-first to two-hundred-and-twenty-eighth blind sets,
 * and of the fusions of the two-hundred-and-fourteenth: a gene's former name that the draft gives ("RUNX1 (formerly
 * AML1)"), fusions that spread to pairs naming the same genes by older names (AML1-ETO after RUNX1::RUNX1T1), and
 * fusion partners written with a Greek letter (CBFβ-SMMHC). Sentences are written for these tests.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { formerNames } from '../../src/core/recognise/former-names';
import { fusionPairs, newFusionCandidates } from '../../src/core/recognise/fusions';
import { brief } from './recognise-helpers';

describe("a gene's former name the draft gives", () => {
  test('"RUNX1 (formerly AML1)" keeps AML1 as RUNX1 where the draft defines AML as the leukaemia', () => {
    const defined = 'Acute myeloid leukaemia (AML) is common in adults. ';
    assert.deepEqual(brief(`${defined}The translocation fuses RUNX1 to RUNX1T1, and AML1 is mutated.`), ['RUNX1→RUNX1', 'RUNX1T1→RUNX1T1']);
    assert.deepEqual(brief(`${defined}The translocation fuses RUNX1 (formerly AML1) to RUNX1T1, and AML1 is mutated.`), ['RUNX1→RUNX1', 'AML1→RUNX1', 'RUNX1T1→RUNX1T1', 'AML1→RUNX1']);
  });

  test('the names listed, each checked against the gene', () => {
    const geneOf = (s: string) => ({ RIPK2: 'ncbigene:8767', CCN2: 'ncbigene:1490', VEGFA: 'drug:x' })[s];
    const names: Record<string, string[]> = { 'ncbigene:8767': ['RIP2', 'RICK'], 'ncbigene:1490': ['CTGF'] };
    const isNameOf = (name: string, id: string) => names[id]?.includes(name) ?? false;
    assert.deepEqual(formerNames('RIPK2 (also known as RIP2 or RICK) and CCN2 (formerly CTGF) and CCN2 (formerly NOV)', geneOf, isNameOf), [
      ['RIP2', 'ncbigene:8767'],
      ['RICK', 'ncbigene:8767'],
      ['CTGF', 'ncbigene:1490'],
    ]);
    // Only genes: a drug's former code is drug-aliases.ts's business.
    assert.deepEqual(formerNames('VEGFA (formerly VPF)', geneOf, () => true), []);
  });
});

describe('fusions written with former names', () => {
  test('AML1-ETO is a fusion once RUNX1::RUNX1T1 is one: one mention per partner over the whole span', () => {
    const text = 'RUNX1 (formerly AML1) and RUNX1T1 (formerly ETO) form RUNX1::RUNX1T1. AML1-ETO retains the runt domain.';
    assert.deepEqual(brief(text).slice(-2), ['AML1-ETO→RUNX1', 'AML1-ETO→RUNX1T1']);
  });

  test('spreading follows the genes the partners name, not only their spelling', () => {
    const c = newFusionCandidates();
    c.pairs.set('RUNX1|RUNX1T1', true);
    c.pairs.set('AML1|ETO', false);
    c.pairs.set('KEAP1|NFE2L2', false);
    c.genes.set('RUNX1', 'ncbigene:861');
    c.genes.set('AML1', 'ncbigene:861');
    c.genes.set('ETO', 'ncbigene:862');
    assert.deepEqual([...fusionPairs(c)].sort(), ['AML1|ETO', 'RUNX1|RUNX1T1']);
    c.genes.delete('AML1');
    c.genes.delete('ETO');
    assert.deepEqual([...fusionPairs(c)], ['RUNX1|RUNX1T1']);
  });

  test('a partner with a Greek letter: CBFβ-SMMHC after CBFB::MYH11', () => {
    const text = 'The inversion creates CBFB::MYH11. CBFβ-SMMHC binds RUNX1.';
    assert.deepEqual(brief(text), ['CBFB::MYH11→CBFB', 'CBFB::MYH11→MYH11', 'CBFβ-SMMHC→CBFB', 'CBFβ-SMMHC→MYH11', 'RUNX1→RUNX1']);
  });
});

describe('names curated from the counts over all sets', () => {
  test('IL-1 names both cytokines (IL1A and IL1B); IL-1α, IL-1β and the IL-1 receptor antagonist stay one gene each', () => {
    assert.deepEqual(brief('IL-1 drives fever; IL-1α and IL-1β differ, and the IL-1 receptor antagonist blocks both.'), [
      'IL-1→IL1A',
      'IL-1→IL1B',
      'IL-1α→IL1A',
      'IL-1β→IL1B',
      'IL-1 receptor antagonist→IL1RN',
    ]);
  });
  test('EMA is MUC1 among markers and stains, never the European Medicines Agency or the EMA/CO regimen', () => {
    assert.deepEqual(brief('The tumour expresses desmin, EMA and CD99.'), ['desmin→DES', 'EMA→MUC1', 'CD99→CD99']);
    assert.deepEqual(brief('Approved by the FDA and the EMA in 2020, the drug is used; the EMA approved it.'), []);
    assert.deepEqual(brief('High-risk disease is treated with EMA/CO, a weekly regimen.'), []);
    assert.deepEqual(brief('Endomysial antibodies (EMA) confirm coeliac disease, and EMA titres fall.'), []);
  });
  test('AMP is the nucleotide or an antimicrobial peptide, never APRT', () => {
    assert.deepEqual(brief('ENPP1 hydrolyses ATP to AMP and PPi, and AMPs kill bacteria.'), ['ENPP1→ENPP1']);
  });
  test('drugs and protein names from the new sets; cell processes ending in -phagy are no drugs', () => {
    assert.deepEqual(brief('Berdazimer sodium (SB206, Zelsuvmi) and cantharidin (VP-102, Ycanth) were approved; Avigan, Pfizerpen and Garamycin are brands.'), [
      'Berdazimer sodium→berdazimer sodium',
      'SB206→berdazimer sodium',
      'Zelsuvmi→berdazimer sodium',
      'cantharidin→cantharidin',
      'VP-102→cantharidin',
      'Ycanth→cantharidin',
      'Avigan→favipiravir',
      'Pfizerpen→benzylpenicillin',
      'Garamycin→gentamicin',
    ]);
    assert.deepEqual(brief('Host-directed strategies aim to enhance autophagy and mitophagy.'), []);
    assert.deepEqual(brief('Non-muscle myosin heavy chain IIA (NMMHC-IIA) and apolipoprotein E receptor 2 bind the virus.'), [
      'Non-muscle myosin heavy chain IIA→MYH9',
      'NMMHC-IIA→MYH9',
      'apolipoprotein E receptor 2→LRP8',
    ]);
  });
});
