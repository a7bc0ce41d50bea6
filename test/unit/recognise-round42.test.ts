/**
 * Recognition after the first runs of the hundred-and-seventeenth to hundred-and-twentieth blind sets: factor XIII
 * names its catalytic A chain (F13A1); clotting tests and a plasma product named after a clotting factor are no gene
 * (prothrombin time, prothrombin complex concentrate); the GluN2 and GluN3 subunit classes and the GRIN genes are
 * families; curated drugs of these fields with their codes and brands. Sentences are written for these tests.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { brief } from './recognise-helpers';

describe('coagulation', () => {
  test('factor XIII is F13A1; FXIII-B is F13B', () => {
    assert.deepEqual(brief('Factor XIII deficiency is rare; factor XIII stabilises fibrin, and FXIII-B carries the A subunits.'), [
      'Factor XIII→F13A1',
      'factor XIII→F13A1',
      'FXIII-B→F13B',
    ]);
  });
  test('a clotting test and prothrombin complex concentrate name no gene; prothrombin alone does', () => {
    assert.deepEqual(brief('The prothrombin time and activated partial thromboplastin time were long; prothrombin complex concentrate was given, and prothrombin itself was low.'), [
      'prothrombin→F2',
    ]);
  });
});

describe('NMDA receptor subunit classes', () => {
  test('GluN2, GluN3 and GRIN are families; GluN1 is the gene', () => {
    assert.deepEqual(brief('GluN1 pairs with GluN2 or GluN3 subunits, and GRIN-related disorders follow variants in any of them.'), [
      'GluN1→GRIN1',
      'GluN2→GluN2',
      'GluN3→GluN3',
      'GRIN→GRIN',
    ]);
  });
});

describe('curated drugs of these fields', () => {
  test('codes and brands', () => {
    assert.deepEqual(brief('CUTX-101 (copper histidinate), elesclomol (STA-4783), SAGE-718, Turalio, Romvimza and the Avmapki Fakzynja Co-pack; icodextrin and Mim8.'), [
      'CUTX-101→copper histidinate',
      'copper histidinate→copper histidinate',
      'elesclomol→elesclomol',
      'STA-4783→elesclomol',
      'SAGE-718→dalzanemdor',
      'Turalio→pexidartinib',
      'Romvimza→vimseltinib',
      'Avmapki→avutometinib',
      'Fakzynja→defactinib',
      'icodextrin→icodextrin',
      'Mim8→denecimig',
    ]);
  });
});
