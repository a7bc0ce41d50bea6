/**
 * Recognition after the first runs of the thirty-seventh to fortieth blind sets: a disease abbreviation defined alone
 * makes its numbered loci no genes (spinocerebellar ataxias (SCAs): SCA3), unless the gene's own name spells the
 * abbreviation (HSP60 where HSP is hereditary spastic paraplegia); HLA-DQ serotypes; antibody preparations defined as
 * abbreviations (antithymocyte globulin (ATG)); a virus's strain after its name (parvovirus B19); lipid anchors
 * (GPI-anchored); the one receptor among an ambiguous name's candidates (the AT2 receptor); plural adrenoceptors; and
 * the curation of those sets' names. Sentences are written for these tests.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { brief } from './recognise-helpers';

describe('disease loci and abbreviations', () => {
  test('a disease abbreviation defined alone makes its numbered aliases loci (SCA1, SCA3), not genes', () => {
    assert.deepEqual(brief('Over 40 spinocerebellar ataxias (SCAs) are known: SCA1 (ATXN1) and SCA3 (ATXN3).'), ['ATXN1→ATXN1', 'ATXN3→ATXN3']);
  });
  test("unless the gene's own name spells the abbreviation (HSP60 of HSPD1, heat shock protein, in a draft on HSP)", () => {
    assert.deepEqual(brief('Hereditary spastic paraplegias (HSPs) include SPG13, caused by the chaperonin HSP60.'), ['HSP60→HSPD1']);
  });
  test('without the definition the numbered locus is still no gene (the build drops such aliases since round 58); the gene symbol is', () => {
    assert.deepEqual(brief('SCA3 expansions in ATXN3 were studied.'), ['ATXN3→ATXN3']);
  });
  test('nephronophthisis (NPHP) defines a disease; antithymocyte globulin (ATG) a drug, no autophagy family', () => {
    assert.deepEqual(brief('Nephronophthisis (NPHP) is rare; NPHP1 is deleted.'), ['NPHP1→NPHP1']);
    assert.deepEqual(brief('Severe aplastic anaemia is treated with antithymocyte globulin (ATG); horse ATG is better.'), []);
  });
});

describe('serotypes, viruses, anchors and receptors', () => {
  test('HLA-DQ serotypes are DQB1 (HLA-DQ2, HLA-DQ8, HLA-DQ2.5)', () => {
    assert.deepEqual(brief('HLA-DQ2 or HLA-DQ8; HLA-DQ2.5 homozygotes.'), ['HLA-DQ2→HLA-DQB1', 'HLA-DQ8→HLA-DQB1', 'HLA-DQ2.5→HLA-DQB1']);
  });
  test("a name after a virus's name is its strain (parvovirus B19), not a gene's alias", () => {
    assert.deepEqual(brief('Parvovirus B19 and coxsackievirus B3 cause myocarditis.'), []);
  });
  test('GPI before "anchor" or joined to "anchored" is the lipid anchor; a verb after a space is not', () => {
    assert.deepEqual(brief('GPI-anchored proteins lack the GPI anchor.'), []);
    assert.deepEqual(brief('Strings of VWF anchored to P-selectin.'), ['VWF→VWF', 'P-selectin→SELP']);
  });
  test('the one receptor among the candidates of an ambiguous name before "receptor" (AT2 receptor → AGTR2)', () => {
    assert.deepEqual(brief('Losartan spares the AT2 receptor.'), ['Losartan→losartan', 'AT2 receptor→AGTR2']);
  });
  test('plural adrenoceptors name their gene (β1-adrenoceptors)', () => {
    assert.deepEqual(brief('β1-adrenoceptors and α2A-adrenoceptors.'), ['β1-adrenoceptors→ADRB1', 'α2A-adrenoceptors→ADRA2A']);
  });
});

describe('curated names of these sets', () => {
  test('complexes: CD3, IFT-B, the BBSome, shelterin, the PAF1 complex', () => {
    assert.deepEqual(brief('Surface CD3, the IFT-B complex, the BBSome, shelterin and the PAF1 complex.'), [
      'CD3→CD3',
      'IFT-B complex→IFT-B',
      'BBSome→BBSome',
      'shelterin→shelterin',
      'PAF1 complex→PAF1 complex',
    ]);
  });
  test('protein names: TTF-1 of pathology is NKX2-1; tissue transglutaminase, parafibromin, apolipoprotein A-I', () => {
    assert.deepEqual(brief('TTF-1 stains; tissue transglutaminase (tTG), parafibromin and apolipoprotein A-I.'), [
      'TTF-1→NKX2-1',
      'tissue transglutaminase→TGM2',
      'tTG→TGM2',
      'parafibromin→CDC73',
      'apolipoprotein A-I→APOA1',
    ]);
  });
  test('drugs: bismuth, 2-PAM, d-amphetamine, vatiquinone (EPI-743); an acid suppressant is no drug', () => {
    assert.deepEqual(brief('Acid suppressant, bismuth, metronidazole; 2-PAM; d-amphetamine; vatiquinone (EPI-743).'), [
      'bismuth→bismuth',
      'metronidazole→metronidazole',
      '2-PAM→pralidoxime',
      'd-amphetamine→dexamfetamine',
      'vatiquinone→vatiquinone',
      'EPI-743→vatiquinone',
    ]);
  });
});
