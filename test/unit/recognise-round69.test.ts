/**
 * Recognition after the errors left on the earlier blind sets, before the first runs of the three-hundred-and-ninth
 * to three-hundred-and-sixteenth sets. Sentences are written for these tests.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { otherReadingNear } from '../../src/core/recognise/context';
import { endogenousBrandFinder } from '../../src/core/recognise/endogenous-drugs';
import { loadBundledOntology } from '../../src/node/ontology';
import { brief } from './recognise-helpers';

describe('shelterin subunits named by other genes\' symbols', () => {
  test('TPP1 beside telomere words is the shelterin subunit ACD', () => {
    assert.deepEqual(brief('POT1 and TPP1 cap the telomere (1).'), ['POT1→POT1', 'TPP1→ACD']);
  });

  test('TPP1 in CLN2 disease prose stays tripeptidyl peptidase 1', () => {
    assert.deepEqual(brief('Cerliponase alfa replaces TPP1 in CLN2 disease (2).'), ['Cerliponase alfa→cerliponase alfa', 'TPP1→TPP1', 'CLN2→TPP1']);
  });

  test('RAP1 beside shelterin words is TERF2IP; in integrin prose it stays ambiguous', () => {
    assert.deepEqual(brief('TRF2 recruits RAP1 to telomeres (3).'), ['TRF2→TERF2?', 'RAP1→TERF2IP']);
    assert.deepEqual(brief('EPAC activates RAP1 (4).'), ['EPAC→RAPGEF3?', 'RAP1→RAP1A?']);
  });

  test('3β-HSD beside bile acid words is HSD3B7; elsewhere it stays HSD3B1', () => {
    assert.deepEqual(brief('3&beta;-HSD deficiency blocks bile acid synthesis (9).'), ['3&beta;-HSD→HSD3B7']);
    assert.deepEqual(brief('3β-HSD converts pregnenolone in the adrenal (10).'), ['3β-HSD→HSD3B1']);
  });

  test('otherReadingNear looks either side of the mention, not at the mention itself', () => {
    const t = 'Telomeres shorten. TPP1 recruits telomerase.';
    assert.equal(otherReadingNear(t, 19, 23), 'ncbigene:65057');
    assert.equal(otherReadingNear('TPP1 is lysosomal.', 0, 4), undefined);
    assert.equal(otherReadingNear('POT1 binds telomeres.', 0, 4), undefined);
    assert.equal(otherReadingNear(t, 0, 9), undefined);
  });
});

describe('drugs named like endogenous substances', () => {
  test('a draft that names a brand of cholic acid anywhere writes of the drug throughout', () => {
    assert.deepEqual(
      brief('Cholic acid was ineffective in the first infant (5).\n\nCholic acid (Kolbam) is licensed in Europe (6).'),
      ['Cholic acid→cholic acid', 'Cholic acid→cholic acid', 'Kolbam→cholic acid'],
    );
  });

  test('without a brand or a route word, cholic acid is the bile acid', () => {
    assert.deepEqual(brief('CYP8B1 sets the proportion of cholic acid in bile (7).'), ['CYP8B1→CYP8B1']);
  });

  test('an oral or intravenous route word before the name makes it the drug', () => {
    assert.deepEqual(brief('Most infants respond to oral cholic acid (8).'), ['cholic acid→cholic acid']);
  });

  test('endogenousBrandFinder finds brands as whole words, each drug once', () => {
    const find = endogenousBrandFinder(loadBundledOntology());
    assert.deepEqual(find('Kolbam, then Cholbam; INOmax'), ['drug:cholic-acid', 'drug:nitric-oxide']);
    assert.deepEqual(find('Kolbams and preINOmax'), []);
  });

  test('endogenousBrandFinder looks only at the overlay ids, never at every gene entity', () => {
    // Walking every entity builds an object per bundled gene (about 15 MB and 60 ms at start-up, found by the bench).
    const model = loadBundledOntology();
    const all = model.entities;
    const entities = {
      size: all.size,
      get: (id: string) => all.get(id),
      has: (id: string) => all.has(id),
      keys: () => all.keys(),
      values: (): never => {
        throw new Error('walked every entity');
      },
      overlayKeys: () => all.overlayKeys!(),
    };
    const find = endogenousBrandFinder({ ...model, entities });
    assert.deepEqual(find('oral Kolbam daily'), ['drug:cholic-acid']);
  });
});

describe('urokinase, the enzyme and the thrombolytic', () => {
  test('beside thrombolysis words and other thrombolytics, urokinase is the drug', () => {
    assert.deepEqual(brief('Older regimens with streptokinase or urokinase are rarely used (11).'), ['streptokinase→streptokinase', 'urokinase→urokinase']);
    assert.deepEqual(brief('In children, intrapleural urokinase shortened stays (12).'), ['urokinase→urokinase']);
  });

  test('otherwise urokinase is the enzyme PLAU', () => {
    assert.deepEqual(brief('Plasminogen is converted to plasmin by host urokinase (13).'), ['Plasminogen→PLG', 'plasmin→plasmin', 'urokinase→PLAU']);
  });
});

describe('Helicobacter pylori virulence proteins', () => {
  test('CagA and VacA are bacterial proteins, not the S100A8 alias CAGA', () => {
    assert.deepEqual(brief('CagA and VacA are phosphorylated by Src family kinases and ABL1 (14).'), ['Src family kinases→Src family kinases', 'ABL1→ABL1']);
  });
});

describe('kidney words, tubule segments and glucose transporters', () => {
  test('OSR1 beside SPAK and WNK words is the kinase OXSR1; in kidney development it stays OSR1', () => {
    assert.deepEqual(brief('WNK4 phosphorylates SPAK and OSR1 (15).'), ['WNK4→WNK4', 'SPAK→STK39', 'OSR1→OXSR1']);
    assert.deepEqual(brief('OSR1 marks the intermediate mesoderm (16).'), ['OSR1→OSR1']);
  });

  test('an official symbol the draft defines as a tubule segment names the segment (DCT)', () => {
    assert.deepEqual(brief('Kir4.1 lies in the distal convoluted tubule (DCT), where NCC acts. In the DCT, it pairs with Kir5.1 (17).'), ['Kir4.1→KCNJ10', 'NCC→SLC12A3', 'Kir5.1→KCNJ16']);
    assert.deepEqual(brief('DCT converts dopachrome in melanocytes (18).'), ['DCT→DCT']);
  });

  test('GLUTs and facilitative glucose transporters are the SLC2A family; GLUT1 stays its gene', () => {
    assert.deepEqual(brief('GLUT2 is one of the class I GLUTs (19).'), ['GLUT2→SLC2A2', 'GLUTs→facilitative glucose transporters']);
  });
});

describe('KEOPS, the nuclear pore and kinase families', () => {
  test('the KEOPS complex, its subunits by protein name, and the Nup107–160 complex', () => {
    assert.deepEqual(
      brief('The KEOPS complex, with p53-related protein kinase and TP53RK-binding protein, binds the Nup107–160 complex of the nuclear pore complex (20).'),
      ['KEOPS complex→KEOPS complex', 'p53-related protein kinase→TP53RK', 'TP53RK-binding protein→TPRKB', 'Nup107–160 complex→Nup107–160 complex', 'nuclear pore complex→nuclear pore complex'],
    );
  });

  test('"nuclear pore" alone is no complex mention', () => {
    assert.deepEqual(brief('RANBP2 sits at the nuclear pore (21).'), ['RANBP2→RANBP2']);
  });

  test('RSK and tankyrase unnumbered are families; RSK2 stays its gene', () => {
    assert.deepEqual(brief('ERK activates RSK, and RSK2 is mutated; tankyrase PARylates AXIN (22).'), ['ERK→ERK', 'RSK→p90 ribosomal S6 kinases', 'RSK2→RPS6KA3', 'tankyrase→tankyrases', 'AXIN→AXIN1']);
  });
});

describe('sulfatases, the SNARE complex and soluble receptors', () => {
  test('sulfatases are a family, their activator and members are named by enzyme names', () => {
    assert.deepEqual(
      brief('Sulfatases need the formylglycine-generating enzyme; heparan N-sulfatase and arylsulfatase E are two (23).'),
      ['Sulfatases→sulfatases', 'formylglycine-generating enzyme→SUMF1', 'heparan N-sulfatase→SGSH', 'arylsulfatase E→ARSL'],
    );
  });

  test('"multiple sulfatase deficiency" names no family', () => {
    assert.deepEqual(brief('Multiple sulfatase deficiency is rare (24).'), []);
  });

  test('the SNARE complex is a complex; bare SNAREs stay a class', () => {
    assert.deepEqual(brief('Munc18 templates the SNARE complex, and SNAREs zipper (25).'), ['SNARE complex→SNARE complex']);
  });

  test('an s before a curated name of one gene names its soluble form (sTNFR1)', () => {
    assert.deepEqual(brief('Serum sTNFR1 and sCD163 rose (26).'), ['sTNFR1→sTNFRSF1A', 'sCD163→sCD163']);
  });
});

describe('the body\'s own substance in a draft that names the drug', () => {
  test('"endogenous nitric oxide" stays the mediator though the draft names INOmax', () => {
    assert.deepEqual(brief('INOmax is licensed (27).\n\nEndothelium makes endogenous nitric oxide, and nitric oxide was inhaled (28).'), ['INOmax→nitric oxide', 'nitric oxide→nitric oxide']);
  });
});
