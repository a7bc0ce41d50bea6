/**
 * Recognition after the first runs of the hundred-and-sixty-first to hundred-and-sixty-fourth blind sets: a
 * cooperative group's protocol number names a trial (EORTC 62027, SWOG S0345); an abbreviation led by a lower-case
 * letter that the draft defines for an organism's disease is no family (invasive nontyphoidal Salmonella (iNTS));
 * "KATP channel" is the KATP complex with the head noun outside; -edema words are no cue drugs; curated names of
 * these fields. Sentences are written for these tests.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { brief } from './recognise-helpers';

describe('trials of cooperative groups', () => {
  test('a group and its protocol number', () => {
    assert.deepEqual(brief('In the phase 2 EORTC 62027 and SWOG S0345 trials, imatinib produced responses.'), ['EORTC 62027→EORTC 62027', 'SWOG S0345→SWOG S0345', 'imatinib→imatinib']);
  });

  test('a group without a number is no trial', () => {
    assert.deepEqual(brief('The EORTC criteria were applied.'), []);
  });
});

describe('abbreviations', () => {
  test('iNTS defined as a Salmonella disease is no integrator complex family', () => {
    assert.deepEqual(brief('Invasive nontyphoidal Salmonella (iNTS) disease is common in Africa; iNTS kills children.'), []);
  });

  test('KATP channel keeps the head noun outside', () => {
    assert.deepEqual(brief('Glibenclamide closes the KATP channel.'), ['Glibenclamide→glibenclamide', 'KATP→KATP']);
  });

  test('lymphoedema is no cue drug', () => {
    assert.deepEqual(brief('Compression treats lymphoedema with manual drainage.'), []);
  });
});

describe('curated names of these fields', () => {
  test('proteins of the synapse and cartilage', () => {
    assert.deepEqual(brief('α-SNAP, rapsyn, the vesicular acetylcholine transporter, exostosin-1, perlecan and collagen X were studied.'), [
      'α-SNAP→NAPA',
      'rapsyn→RAPSN',
      'vesicular acetylcholine transporter→SLC18A3',
      'exostosin-1→EXT1',
      'perlecan→HSPG2',
      'collagen X→COL10A1',
    ]);
  });

  test('drugs, codes and a liposomal combination', () => {
    assert.deepEqual(brief('CPX-351 (Vyxeos), INBRX-109, gallium nitrate (Ganite) and Jeuveau were used.'), [
      'CPX-351→daunorubicin',
      'CPX-351→cytarabine',
      'Vyxeos→daunorubicin',
      'Vyxeos→cytarabine',
      'INBRX-109→ozekibart',
      'gallium nitrate→gallium nitrate',
      'Ganite→gallium nitrate',
      'Jeuveau→prabotulinumtoxinA',
    ]);
  });
});
