/**
 * Recognition after the first runs of the sixty-first to sixty-fourth blind sets: a term with an eponym's possessive
 * or a capital only at the start defines an abbreviation that is no trial (AOSD, RVCL-S), a sponsor's development
 * code is no trial (ABBV-8E12), "-like" and a domain word after a name is no mention of it, a coordinated tail of a capital and a number
 * (S100A8/A9), a programme's study number (CSP #563), numbered subunits by Greek letter (karyopherin-α1), and words
 * that NCBI lists as aliases but prose uses otherwise (SNARE, P250R). Sentences are written for these tests.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { brief } from './recognise-helpers';

describe('trial names', () => {
  test("a disease abbreviation whose long form holds an eponym's possessive is no trial (adult-onset Still's disease (AOSD))", () => {
    assert.deepEqual(brief("Adult-onset Still's disease (AOSD) responds to canakinumab; in AOSD, patients improved."), ['canakinumab→canakinumab']);
  });
  test('a hyphenated abbreviation of a lower-case term opening a sentence is no trial (RVCL-S)', () => {
    assert.deepEqual(brief('Retinal vasculopathy with cerebral leukoencephalopathy and systemic manifestations (RVCL-S) is rare. In RVCL-S, patients on placebo declined.'), []);
  });
  test("a sponsor's development code is no trial (ABBV-8E12 names tilavonemab)", () => {
    assert.deepEqual(brief('The antibody ABBV-8E12 did not slow decline.'), ['ABBV-8E12→tilavonemab']);
  });
});

describe('genes', () => {
  test('"-like" and a domain word after a name make no mention of the protein (epidermal growth factor-like repeats)', () => {
    assert.deepEqual(brief('NOTCH3 has epidermal growth factor-like repeats and EGF-like domains.'), ['NOTCH3→NOTCH3']);
    assert.deepEqual(brief('This is a plasminogen-like glycoprotein.'), ['plasminogen→PLG']);
  });
  test('a coordinated tail of a capital and a number names the sibling (S100A8/A9)', () => {
    assert.deepEqual(brief('Serum S100A8/A9 is raised.'), ['S100A8/A9→S100A8', 'S100A8/A9→S100A9']);
  });
  test("a programme's name before a study number is no alias (CSP #563)", () => {
    assert.deepEqual(brief('CSP #563 tested prazosin.'), ['prazosin→prazosin']);
  });
  test('numbered subunits of a one-word protein by Greek letter (karyopherin-α1, laminin-β1)', () => {
    assert.deepEqual(brief('VP24 binds karyopherin-α1, and laminin-β1 is lost.'), ['karyopherin-α1→KPNA1', 'laminin-β1→LAMB1']);
  });
  test('SNARE proteins and the P250R mutation are no genes (SNAR-E, ARID1B)', () => {
    assert.deepEqual(brief('SNARE proteins fuse vesicles, and the FGFR3 P250R mutation causes craniosynostosis.'), ['FGFR3→FGFR3']);
  });
});
