/**
 * Recognition after the first runs of the ninety-seventh to hundredth blind sets: disease-subtype codes that NCBI lists
 * as gene aliases (DM1, CMT1A, LGMD R9) are diseases in a draft that defines their series, a number glued to a Greek
 * letter joins the name before it (glycogen synthase kinase 3β), a sponsor's development code holds no gene
 * (ARO-DUX4), and a salt word after a drug stays outside its span (amphotericin B deoxycholate). Sentences are written
 * for these tests.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { brief } from './recognise-helpers';

describe('disease-subtype codes', () => {
  test('a two-letter Latin abbreviation before a type number is defined by the English name (myotonic dystrophy type 1 (DM1))', () => {
    assert.deepEqual(brief('Myotonic dystrophy type 1 (DM1) is caused by a CTG expansion in DMPK; DM1 is the commoner type.'), ['DMPK→DMPK']);
  });
  test('numbered subtypes with a letter, and the limb-girdle inheritance codes, name diseases of a series the draft defines', () => {
    assert.deepEqual(brief('Charcot–Marie–Tooth disease (CMT) is common, and CMT1A is a PMP22 duplication.'), ['PMP22→PMP22']);
    assert.deepEqual(brief('The limb-girdle muscular dystrophies (LGMDs) vary; LGMD R9 and LGMD2I are FKRP disorders.'), ['FKRP→FKRP']);
  });
  test('without a definition of the series the code is still no gene: the build drops numbered disease designations from the aliases (round 58)', () => {
    assert.deepEqual(brief('CMT1A is overexpressed in Schwann cells; PMP22 is the gene.'), ['PMP22→PMP22']);
  });
});

describe('names and codes', () => {
  test('a number glued to a Greek letter after a spaced name joins it (glycogen synthase kinase 3β)', () => {
    assert.deepEqual(brief('Lithium inhibits glycogen synthase kinase 3β.').filter((m) => m.includes('GSK')), ['glycogen synthase kinase 3β→GSK3B']);
  });
  test("a sponsor's development code holds no gene (ARO-DUX4), but TAK-1 is the kinase", () => {
    assert.deepEqual(brief('ARO-DUX4 silences the transcript, while TAK-1 relays the signal.'), ['TAK-1→MAP3K7']);
  });
  test('a salt word after a drug stays outside its span (amphotericin B deoxycholate)', () => {
    assert.deepEqual(brief('Amphotericin B deoxycholate was given with flucytosine.'), ['Amphotericin B→amphotericin B', 'flucytosine→flucytosine']);
  });
});
