/**
 * Recognition after the first runs of the hundred-and-fifty-seventh to hundred-and-sixtieth blind sets: nitric oxide is
 * the drug only where inhaled or in a table cell (its brand INOmax always), elsewhere the endogenous mediator;
 * haemoglobin M, FAD and histidine are no entities, nor is an "α-chain" the Fc receptor; curated antidotes, combination
 * products, pyruvate kinase and its liver isoform, and enzyme names of sulfur metabolism. Sentences are written for these
 * tests.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { brief } from './recognise-helpers';

describe('nitric oxide', () => {
  test('inhaled nitric oxide and INOmax are the drug; the endogenous mediator is not', () => {
    assert.deepEqual(brief('Inhaled nitric oxide (INOmax) lowers pulmonary pressure, while endogenous nitric oxide relaxes vessels.'), [
      'nitric oxide→nitric oxide',
      'INOmax→nitric oxide',
    ]);
  });

  test('in a drug table the cell is the drug', () => {
    assert.deepEqual(brief('| Drug | Brand |\n|---|---|\n| nitric oxide | INOmax |\n'), ['nitric oxide→nitric oxide', 'INOmax→nitric oxide']);
  });

  test('nitric oxide synthase stays the enzyme family', () => {
    assert.deepEqual(brief('Endothelial cells express nitric oxide synthase.'), ['nitric oxide synthase→nitric oxide synthases']);
  });
});

describe('no entities', () => {
  test('haemoglobin M, an α-chain, FAD and histidine', () => {
    assert.deepEqual(brief('HbM carries a substitution near the haem of the α-chain; FAD and histidine bind the enzyme.'), []);
  });
});

describe('curated names of these fields', () => {
  test('antidotes and combination products', () => {
    assert.deepEqual(brief('Nithiodote, 4-DMAP and dicobalt edetate (Kelocyanor) treat cyanide; EMLA and Cetacaine cause methaemoglobinaemia.'), [
      'Nithiodote→sodium nitrite',
      'Nithiodote→sodium thiosulfate',
      '4-DMAP→4-dimethylaminophenol',
      'dicobalt edetate→dicobalt edetate',
      'Kelocyanor→dicobalt edetate',
      'EMLA→lidocaine',
      'EMLA→prilocaine',
      'Cetacaine→benzocaine',
      'Cetacaine→butamben',
      'Cetacaine→tetracaine',
    ]);
  });

  test('pyruvate kinase, its liver isoform and activators; PKR stays the kinase EIF2AK2', () => {
    assert.deepEqual(brief('Pyruvate kinase (PK-L in liver) is activated by mitapivat, etavopivat (FT-4202) and tebapivat; PKR senses RNA.'), [
      'Pyruvate kinase→PKLR',
      'PK-L→PK-L',
      'mitapivat→mitapivat',
      'etavopivat→etavopivat',
      'FT-4202→etavopivat',
      'tebapivat→tebapivat',
      'PKR→EIF2AK2',
    ]);
  });

  test('enzymes of sulfide and methaemoglobin metabolism', () => {
    assert.deepEqual(brief('3-MST, sulfide:quinone oxidoreductase, persulfide dioxygenase, flavin reductase and cytochrome b5 reductase were measured.'), [
      '3-MST→MPST',
      'sulfide:quinone oxidoreductase→SQOR',
      'persulfide dioxygenase→ETHE1',
      'flavin reductase→BLVRB',
      'cytochrome b5 reductase→CYB5R3',
    ]);
  });
});
