/**
 * Recognition after the first runs of the sixty-ninth to seventy-second blind sets: a disease abbreviation with
 * lower-case letters defined by its name is no trial (IgA nephropathy (IgAN)), rotavirus vaccines are no trials, the
 * complexes HIF-1 and ISGF3 beside their subunits, and names prose uses for TBXT and the C/EBP family. Sentences are
 * written for these tests.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { brief } from './recognise-helpers';

describe('trial names', () => {
  test('a disease abbreviation with lower-case letters, defined by the disease, is no trial (IgAN)', () => {
    assert.deepEqual(brief('IgA nephropathy (IgAN) progresses; in IgAN, patients on placebo lost function.'), []);
  });
  test('rotavirus vaccines are no trials (RotaTeq, Rotarix)', () => {
    assert.deepEqual(brief('In Africa, RotaTeq and Rotarix reduced admissions with placebo as control.'), []);
  });
});

describe('complexes and names', () => {
  test('HIF-1 is the heterodimer, HIF-1α its subunit HIF1A; ISGF3 the STAT1–STAT2–IRF9 complex', () => {
    assert.deepEqual(brief('HIF-1 binds hypoxia response elements once HIF-1α is stabilised, and ISGF3 enters the nucleus.'), ['HIF-1→HIF-1', 'HIF-1α→HIF1A', 'ISGF3→ISGF3']);
  });
  test('brachyury names TBXT', () => {
    assert.deepEqual(brief('Brachyury is expressed in every chordoma.'), ['Brachyury→TBXT']);
  });
});
