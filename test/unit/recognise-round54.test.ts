/**
 * Recognition after the first runs of the hundred-and-sixty-fifth to hundred-and-sixty-eighth blind sets: BAF and
 * canonical BAF (cBAF) name the SWI/SNF complex, not BANF1, and ncBAF a complex of its own; the PEX genes are the
 * PEX family (not PHEX); a head noun stays outside GATOR1 and SWI/SNF; a definition by a curated name links its
 * abbreviation (D-bifunctional protein (DBP) → HSD17B4, not the DBP gene); sulfoxides are no cue drugs; curated
 * protein names of these fields. Sentences are written for these tests.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { brief } from './recognise-helpers';

describe('chromatin remodellers', () => {
  test('BAF, cBAF and ncBAF', () => {
    assert.deepEqual(brief('Variants in BAF subunits disrupt cBAF and ncBAF assembly; the SWI/SNF complex remodels nucleosomes.'), [
      'BAF→SWI/SNF',
      'cBAF→SWI/SNF',
      'ncBAF→ncBAF',
      'SWI/SNF→SWI/SNF',
    ]);
  });
});

describe('families, complexes and definitions', () => {
  test('the PEX genes are the PEX family; "peroxins" in prose is left unlisted, as the drafts do', () => {
    assert.deepEqual(brief('Variants in the PEX genes cause Zellweger spectrum disorders; peroxins 1 and 6 form a motor.'), ['PEX→PEX']);
  });

  test('GATOR1 keeps the head noun outside', () => {
    assert.deepEqual(brief('DEPDC5 is part of the GATOR1 complex.'), ['DEPDC5→DEPDC5', 'GATOR1→GATOR1']);
  });

  test('D-bifunctional protein (DBP) links DBP to HSD17B4', () => {
    assert.deepEqual(brief('D-bifunctional protein (DBP) deficiency is severe; DBP deficiency mimics Zellweger syndrome.'), [
      'D-bifunctional protein→HSD17B4',
      'DBP→HSD17B4',
      'DBP→HSD17B4',
    ]);
  });

  test('albendazole sulfoxide is no cue drug', () => {
    assert.deepEqual(brief('Albendazole is oxidised to albendazole sulfoxide in the liver.'), ['Albendazole→albendazole', 'albendazole→albendazole']);
  });
});

describe('curated names of these fields', () => {
  test('proteins of the progressive myoclonus epilepsies and of cysts', () => {
    assert.deepEqual(brief('Laforin and malin degrade glycogen; membrin, myoclonin-1, hepatocystin and γ-tubulin were studied.'), [
      'Laforin→EPM2A',
      'malin→NHLRC1',
      'membrin→GOSR2',
      'myoclonin-1→EFHC1',
      'hepatocystin→PRKCSH',
      'γ-tubulin→TUBG1',
    ]);
  });
});
