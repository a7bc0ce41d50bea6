/**
 * Recognition after the errors left on the earlier blind sets, before the first runs of the two-hundred-and-ninety-third
 * to three-hundredth sets. Sentences are written for these tests.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { brief } from './recognise-helpers';

describe('eponymous diseases', () => {
  test('"Adams" in Adams–Oliver syndrome is a surname, not the ADAM family in mouse-style plural', () => {
    assert.deepEqual(brief('Adams–Oliver syndrome and Adams-Oliver syndrome both follow NOTCH1 variants (3).'), ['NOTCH1→NOTCH1']);
  });

  test('the second name of an eponym is a surname too (Stokes–Adams attacks)', () => {
    assert.deepEqual(brief('Stokes–Adams attacks recurred before pacing (4).'), []);
  });

  test('a family plural written in its own case stays the family (ADAMs, Smads)', () => {
    assert.deepEqual(brief('ADAMs shed the ligand and Smads carry the signal (5).'), ['ADAMs→ADAMs', 'Smads→SMADs']);
  });
});

describe('the Rho family', () => {
  test('"Rho" before "family", "-GTPase" or in "the Ras and Rho families" names the Rho GTPases, as "Ras" names RAS', () => {
    assert.deepEqual(brief('Toxins inactivate Rho family GTPases, Rho-GTPase signalling and the Ras and Rho families (6).'), [
      'Rho→Rho GTPases',
      'Rho→Rho GTPases',
      'Ras→RAS',
      'Rho→Rho GTPases',
    ]);
  });

  test('Rho kinase stays ROCK and RHO in capitals stays rhodopsin', () => {
    assert.deepEqual(brief('Rho kinase inhibitors were tested in RHO mutation carriers (7).'), ['Rho kinase→ROCK', 'RHO→RHO']);
  });

  test("Spearman's Rho and Rho(D) immune globulin are no Rho GTPases", () => {
    assert.deepEqual(brief("Spearman's Rho was 0.4, and Rho(D) immune globulin was given at 28 weeks (8)."), []);
  });
});
