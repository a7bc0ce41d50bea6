/**
 * Recognition after the first runs of the forty-first to forty-fourth blind sets: short mouse symbols (Rb1), the
 * mitochondrial tRNA genes (MT-TL1),
 * ester and salt words that never name a drug alone (clobetasol propionate, testosterone undecanoate), the PR interval of
 * an electrocardiogram, Creutzfeldt–Jakob disease and CANVAS as no aliases, and the curation of those sets' names
 * (complexes of the respiratory chain, the CGRP receptor, STRIPAK; brands; kinase names written capitalised). Sentences
 * are written for these tests.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { brief } from './recognise-helpers';

describe('genes and non-genes', () => {
  test('the mitochondrial tRNA genes carry their HGNC symbols (MT-TL1, MT-TK), not an alias of another gene (TL1)', () => {
    assert.deepEqual(brief('The m.3243A>G variant in MT-TL1 causes MELAS; MT-TK variants cause MERRF.'), ['MT-TL1→MT-TL1', 'MT-TK→MT-TK']);
  });
  test('a short mouse symbol in its own case is the gene (Rb1, Mr1), a word with a digit that no symbol has is nothing', () => {
    assert.deepEqual(brief('Rb1 and Mr1 knockout mice; No1 and Pt1.'), ['Rb1→RB1', 'Mr1→MR1']);
  });
  test('the PR interval of an electrocardiogram is no progesterone receptor', () => {
    assert.deepEqual(brief('Carditis prolongs the PR interval.'), []);
  });
  test('CJD and CANVAS name diseases, not PRNP and RFC1', () => {
    assert.deepEqual(brief('Sporadic CJD and CANVAS were excluded.'), []);
  });
});

describe('drugs', () => {
  test('an ester word is no drug of its own (testosterone undecanoate, clobetasol propionate)', () => {
    // (Testosterone became a curated drug after the blind269–276 round; the ester still names nothing alone.)
    assert.deepEqual(brief('Nebido (testosterone undecanoate) was given.'), ['Nebido→testosterone', 'testosterone→testosterone']);
    assert.deepEqual(brief('Undecanoate was given.'), []);
    assert.deepEqual(brief('Clobetasol propionate (Dermovate) 0.05% was applied.'), ['Clobetasol propionate→clobetasol propionate', 'Dermovate→clobetasol propionate']);
  });
  test('penicillins by name: bare penicillin is benzylpenicillin, penicillin V phenoxymethylpenicillin; Bicillin L-A', () => {
    assert.deepEqual(brief('Penicillin allergy; penicillin V twice daily; Bicillin L-A monthly.'), [
      'Penicillin→benzylpenicillin',
      'penicillin V→phenoxymethylpenicillin',
      'Bicillin L-A→benzathine benzylpenicillin',
    ]);
  });
  test('INNs over USANs and brands (meclizine → meclozine, quinacrine → mepacrine, Xylocaine → lidocaine)', () => {
    assert.deepEqual(brief('Meclizine, quinacrine and Xylocaine.'), ['Meclizine→meclozine', 'quinacrine→mepacrine', 'Xylocaine→lidocaine']);
  });
});

describe('curated names of these sets', () => {
  test('complexes: complex I, complex III, the CGRP receptor, STRIPAK', () => {
    assert.deepEqual(brief('Complex I and complex III fail; the CGRP receptor and STRIPAK.'), [
      'Complex I→complex I',
      'complex III→complex III',
      'CGRP receptor→CGRP receptor',
      'STRIPAK→STRIPAK',
    ]);
  });
  test('kinases written capitalised (Fyn, Src) and protein names (PrPSc, malcavernin, inhibin B)', () => {
    assert.deepEqual(brief('PrPSc activates Fyn and Src; malcavernin and inhibin B.'), [
      'PrPSc→PRNP',
      'Fyn→FYN',
      'Src→SRC',
      'malcavernin→CCM2',
      'inhibin B→INHBB',
    ]);
  });
});

describe('after the forty-fifth to forty-eighth blind sets', () => {
  test('a finger joint is no gene (the PIP joint), even where its abbreviation is an official symbol', () => {
    assert.deepEqual(brief('Contracture of the PIP joint and MCP joints.'), []);
  });
  test('a curated name with a hyphen does not hide an NCBI name written with a space (platelet-activating factor)', () => {
    assert.deepEqual(brief('The platelet-activating factor receptor and platelet-activating factor acetylhydrolase.'), [
      'platelet-activating factor receptor→PTAFR',
      'platelet-activating factor acetylhydrolase→PLA2G7',
    ]);
  });
  test('species names, chemical and antibiotic classes are no cue drugs (histolyticum, alkane, an aminoglycoside)', () => {
    assert.deepEqual(brief('Collagenase clostridium histolyticum (Xiaflex); a semifluorinated alkane; an aminoglycoside such as gentamicin.'), [
      'Collagenase clostridium histolyticum→collagenase clostridium histolyticum',
      'Xiaflex→collagenase clostridium histolyticum',
      'gentamicin→gentamicin',
    ]);
  });
});
