/**
 * Recognition after the first runs of the eighty-first to eighty-eighth blind sets: studies named by a title (and the
 * acronym defined after it), a number after a listed trial's name, gene aliases with a hyphenated Roman numeral or
 * mass (TFII-I, CLIP-115), an ambiguous alias settled by a word of one candidate's name nearby, protein names NCBI
 * lists only in capitals, mouse symbols beside a genotype or "mice lacking", and procedures' abbreviations.
 * Sentences are written for these tests.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { brief } from './recognise-helpers';

describe('studies named by a title', () => {
  test('a title ending in Study, and the acronym it defines, are trials here and later', () => {
    assert.deepEqual(brief('The United Kingdom Infantile Spasms Study (UKISS) compared hormonal treatment with vigabatrin. UKISS followed infants to 14 months.'), [
      'United Kingdom Infantile Spasms Study→United Kingdom Infantile Spasms Study',
      'UKISS→UKISS',
      'vigabatrin→vigabatrin',
      'UKISS→UKISS',
    ]);
  });
  test('joining words inside a title (of, versus); an acronym inside it (MRC)', () => {
    assert.deepEqual(brief('The Management of Myelomeningocele Study and the MRC Vitamin Study changed practice.'), [
      'Management of Myelomeningocele Study→Management of Myelomeningocele Study',
      'MRC Vitamin Study→MRC Vitamin Study',
    ]);
  });
  test('no title: generic words (Randomised Controlled Trials), a group (Study Group), a population (Study of …)', () => {
    assert.deepEqual(brief('Randomised Controlled Trials are rare. The German Hodgkin Study Group and the Danish National Study of Twins reported.'), []);
  });
});

describe('trial names with numbers', () => {
  test('a number after a listed trial without one names another trial (OLYMPIA 1 is not OlympiA)', () => {
    assert.deepEqual(brief('In OLYMPIA 1 and OLYMPIA 2, nemolizumab reduced itch; OlympiA tested olaparib.'), [
      'OLYMPIA 1→OLYMPIA 1',
      'OLYMPIA 2→OLYMPIA 2',
      'nemolizumab→nemolizumab',
      'OlympiA→OlympiA',
      'olaparib→olaparib',
    ]);
  });
  test('a count after a listed trial is no part of its name', () => {
    assert.deepEqual(brief('OlympiA 2 patients withdrew.'), ['OlympiA→OlympiA']);
  });
  test('gene aliases with a hyphenated mass or Roman numeral are genes, not trials (CLIP-115, TFII-I)', () => {
    assert.deepEqual(brief('TFII-I binds the promoter, and CLIP-115 links microtubules to membranes.'), ['TFII-I→GTF2I', 'CLIP-115→CLIP2']);
  });
});

describe('genes', () => {
  test('an ambiguous alias takes the candidate whose name the sentence uses (melatonin receptors MT1 and MT2)', () => {
    assert.deepEqual(brief('Melatonin acts on the melatonin receptors MT1 and MT2.').filter((m) => m.startsWith('MT')), ['MT1→MTNR1A', 'MT2→MTNR1B']);
    assert.deepEqual(brief('Metallothioneins such as MT2 bind zinc.').filter((m) => m.startsWith('MT2')), ['MT2→MT2A']);
  });
  test('a protein name NCBI lists only in capitals is written in lower case (sororin, ichthyin)', () => {
    assert.deepEqual(brief('Sororin antagonises WAPL, and ichthyin acts in the lipoxygenase pathway.'), ['Sororin→CDCA5', 'WAPL→WAPL', 'ichthyin→NIPAL4']);
  });
  test('a mouse symbol before a genotype or after "mice lacking" is the gene (Eln+/−, Mgp)', () => {
    assert.deepEqual(brief('Eln+/− mice have thin lamellae, and mice lacking Mgp calcify their arteries.'), ['Eln→ELN', 'Mgp→MGP']);
  });
  test('an English word in mouse case is no gene before a genotype (Set+/-)', () => {
    assert.deepEqual(brief('Set+/- animals were normal.'), []);
  });
});

describe('not genes', () => {
  test('a procedure ending in -ostomy defines no gene or family (ETV)', () => {
    assert.deepEqual(brief('Endoscopic third ventriculostomy (ETV) avoids a shunt; ETV fails more often in infants.'), []);
  });
});
