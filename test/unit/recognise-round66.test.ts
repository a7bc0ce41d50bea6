/**
 * Recognition after the errors left on the earlier blind sets, before the first runs of the two-hundred-and-eighty-fifth
 * to two-hundred-and-ninety-second sets. Sentences are written for these tests.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { brief } from './recognise-helpers';

describe("oxytocin, the hormone's gene", () => {
  test('oxytocin is OXT, as vasopressin is AVP, also where it is given as a uterotonic', () => {
    assert.deepEqual(brief('Oxytocin was infused after delivery, and vasopressin rose (4).'), ['Oxytocin→OXT', 'vasopressin→AVP']);
  });
});

describe("a receptor's name in the plural", () => {
  test('"oxytocin receptors" and "insulin receptors" are the receptor genes, not the ligands', () => {
    assert.deepEqual(brief('Spinal oxytocin receptors and hepatic insulin receptors were counted (5).'), [
      'oxytocin receptors→OXTR',
      'insulin receptors→INSR',
    ]);
  });

  test('a curated family plural keeps its family reading (opioid receptors, estrogen receptors)', () => {
    assert.deepEqual(brief('Opioid receptors and estrogen receptors were compared (6).'), [
      'Opioid receptors→opioid receptors',
      'estrogen receptors→estrogen receptors',
    ]);
  });
});
