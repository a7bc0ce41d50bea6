/**
 * Recognition after the first runs of the twenty-fifth and twenty-sixth blind sets: a receptor's own short name takes
 * the word "receptor" (the 5-HT2A receptor), integrin heterodimers only where the pair exists and nicotinic subunit
 * pairs beside a nicotinic word (α4β2), abbreviations defined as tumours or as numbers needed to treat, trial names
 * with an asterisk (STAR*D), bacterial ribotypes (NAP1/027), five-letter trial names after a drug (ATLAS), and the
 * curation of those sets' names (pyrin and the pyrin domain, heroin, opioid receptors, Inqovi, P450). Sentences are
 * written for these tests.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { brief } from './recognise-helpers';

describe('receptors', () => {
  test("a receptor's own short name takes a singular 'receptor' with it (5-HT2A receptor, CRF1 receptor)", () => {
    assert.deepEqual(brief('Psilocybin acts at the 5-HT2A receptor, and CRF1 receptor antagonists failed.'), ['Psilocybin→psilocybine', '5-HT2A receptor→HTR2A', 'CRF1 receptor→CRHR1']);
  });
  test('an official symbol or a plural leaves the word out, as the older sets write it (KIT receptor, EP4 receptors)', () => {
    assert.deepEqual(brief('KIT receptor signalling and EP4 receptors.'), ['KIT→KIT', 'EP4→PTGER4']);
  });
  test('α4β2 beside a nicotinic word is the nicotinic receptor; alone it is no integrin, since α4 pairs with β1 and β7', () => {
    // (In a draft that names nicotinic receptors, α4β2 alone is that receptor too: round66.)
    assert.deepEqual(brief('High-affinity α4β2 nicotinic receptors; the integrin α4β7; α4β2 alone.'), ['α4β2→CHRNA4', 'α4β2→CHRNB2', 'α4β7→ITGA4', 'α4β7→ITGB7', 'α4β2→CHRNA4', 'α4β2→CHRNB2']);
    assert.deepEqual(brief('The integrin α4β7; α4β2 alone.'), ['α4β7→ITGA4', 'α4β7→ITGB7']);
  });
});

describe('abbreviations and names that are no genes', () => {
  test('an abbreviation defined as a tumour (-oma) is no gene, even an official symbol (MB)', () => {
    assert.deepEqual(brief('Medulloblastoma (MB) is the commonest tumour; MB subgroups differ.'), []);
  });
  test('the number needed to treat (NNT) is no gene', () => {
    assert.deepEqual(brief('The number needed to treat (NNT) was 6, and NNT fell.'), []);
  });
  test('a symbol before an asterisk and a capital heads a trial (STAR*D); a ribotype after a slash names a strain (NAP1/027)', () => {
    assert.deepEqual(brief('In STAR*D, one third remitted.'), []);
    assert.deepEqual(brief('The NAP1/027 strain spread.'), []);
  });
  test('a five-letter name in parentheses after a drug is no abbreviation of it (ATLAS)', () => {
    assert.deepEqual(brief('TNF inhibitors: adalimumab (Humira; ATLAS, ABILITY-1) were tested.'), ['TNF→TNF', 'adalimumab→adalimumab', 'Humira→adalimumab', 'ABILITY-1→ABILITY-1']);
  });
});

describe('curation of the twenty-fifth and twenty-sixth sets', () => {
  test('pyrin is MEFV, the pyrin domain is no entity', () => {
    assert.deepEqual(brief('The pyrin domain of ASC binds; pyrin senses toxins.'), ['ASC→PYCARD', 'pyrin→MEFV']);
  });
  test('heroin is diamorphine, nicotine a drug, the opioid receptors a family', () => {
    assert.deepEqual(brief('Heroin and nicotine act on opioid receptors and nicotinic receptors.'), ['Heroin→diamorphine', 'nicotine→nicotine', 'opioid receptors→opioid receptors']);
  });
  test('a combination brand and its code name both drugs (Inqovi, ASTX727)', () => {
    assert.deepEqual(brief('Inqovi (ASTX727) is oral.'), ['Inqovi→decitabine', 'Inqovi→cedazuridine', 'ASTX727→decitabine', 'ASTX727→cedazuridine']);
  });
  test('P450 alone is no alias of CYP2B6; P450 oxidoreductase is POR', () => {
    assert.deepEqual(brief('P450 oxidoreductase deficiency; cytochrome P450 enzymes.'), ['P450 oxidoreductase→POR', 'cytochrome P450 enzymes→cytochrome P450']);
    assert.deepEqual(brief('P450 activity rose.'), []);
  });
});
