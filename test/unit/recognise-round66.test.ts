/**
 * Recognition after the errors left on the earlier blind sets, before the first runs of the two-hundred-and-eighty-fifth
 * to two-hundred-and-ninety-second sets. Sentences are written for these tests.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { brief, mentions } from './recognise-helpers';

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

describe('nicotinic receptor subunits in a draft that names the receptor', () => {
  test('α4, β2 and α7 alone are CHRNA4, CHRNB2 and CHRNA7 once the draft names nicotinic receptors', () => {
    assert.deepEqual(brief('Neuronal nicotinic receptors contain α4 and β2 subunits; α7 forms homomers (7).'), [
      'α4→CHRNA4',
      'β2→CHRNB2',
      'α7→CHRNA7',
    ]);
  });

  test('a subunit pair is a nicotinic receptor anywhere in such a draft, not only beside the word', () => {
    const text = 'Nicotine acts on nicotinic acetylcholine receptors (8).\n\nVarenicline is a partial agonist at α4β2 receptors (9).\n';
    assert.deepEqual(brief(text).filter((m) => m.startsWith('α')), ['α4β2→CHRNA4', 'α4β2→CHRNB2']);
  });

  test('a draft that also names the GABA-A receptor links neither the codes nor the pair (the codes are shared)', () => {
    const text = 'Nicotinic receptors and GABA-A receptors were compared (10).\n\nThe α4β2 receptors and the α7 subunit differ (11).\n';
    assert.deepEqual(brief(text).filter((m) => m.startsWith('α')), []);
  });

  test('nicotinic acid names no receptor: α4 stays unlinked', () => {
    assert.deepEqual(brief('Nicotinic acid lowers lipids, and α4 was not measured (12).').filter((m) => m.startsWith('α')), []);
  });
});

describe('mast cell tryptase', () => {
  test('"mast cell tryptase" gives the two tryptase genes over "tryptase" alone, the cell type outside the span', () => {
    assert.deepEqual(mentions('Mast cell tryptase activates PAR2 (13).').slice(0, 2).map((m) => `${m.text}→${m.entity?.symbol}`).sort(), [
      'tryptase→TPSAB1',
      'tryptase→TPSB2',
    ]);
  });
});

describe('curation from the blind285–292 errors', () => {
  test('enzyme and protein names the gene data writes otherwise', () => {
    assert.deepEqual(brief('CalDAG-GEFI, oxysterol 7α-hydroxylase, 5β-reductase, the Rieske protein and lactase–phlorizin hydrolase (14).'), [
      'CalDAG-GEFI→RASGRP2',
      'oxysterol 7α-hydroxylase→CYP7B1',
      '5β-reductase→AKR1D1',
      'Rieske protein→UQCRFS1',
      'lactase–phlorizin hydrolase→LCT',
    ]);
  });

  test('drug codes and brands: Gocovri (ADS-5102), Osmolex ER, BMS-512148, IRL790, BLZ945', () => {
    assert.deepEqual(brief('Gocovri (ADS-5102), Osmolex ER, BMS-512148, IRL790 and BLZ945 were tested (15).'), [
      'Gocovri→amantadine',
      'ADS-5102→amantadine',
      'Osmolex ER→amantadine',
      'BMS-512148→dapagliflozin',
      'IRL790→mesdopetam',
      'BLZ945→sotuletinib',
    ]);
  });
});
