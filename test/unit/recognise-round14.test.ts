/**
 * Recognition round 14: families named with a head noun, bare family abbreviations, proteins that two genes make,
 * receptor names written in prose forms, and common protein names the NCBI gene data lacks.
 * Sentences are written for these tests.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { brief } from './recognise-helpers';

describe('common protein names the gene data lacks (curated synonyms)', () => {
  test('enzyme names used in prose map to their gene', () => {
    assert.deepEqual(brief('Xanthine oxidase and xanthine oxidoreductase are one enzyme.'), ['Xanthine oxidase→XDH', 'xanthine oxidoreductase→XDH']);
    assert.deepEqual(brief('Aldosterone synthase inhibitors lower aldosterone.'), ['Aldosterone synthase→CYP11B2']);
    assert.deepEqual(brief('Loss of hypoxanthine-guanine phosphoribosyltransferase raises PRPP synthetase 1 substrate.'), [
      'hypoxanthine-guanine phosphoribosyltransferase→HPRT1',
      'PRPP synthetase 1→PRPS1',
    ]);
    assert.deepEqual(brief('Dornase alfa is recombinant DNase I.').filter((m) => !m.startsWith('Dornase')), ['DNase I→DNASE1']);
  });
  test('signalling proteins and podocyte proteins', () => {
    assert.deepEqual(brief('Stromal sonic hedgehog and focal adhesion kinase were targeted.'), ['sonic hedgehog→SHH', 'focal adhesion kinase→PTK2']);
    assert.deepEqual(brief('Podocin and nephrin hold the slit diaphragm.'), ['Podocin→NPHS2', 'nephrin→NPHS1']);
  });
  test('prohormone convertase 1/3 is one enzyme, not a coordinated form', () => {
    assert.deepEqual(brief('Mutations in prohormone convertase 1/3 cause obesity.'), ['prohormone convertase 1/3→PCSK1']);
  });
  test('protease-activated receptors by their PAR numbers', () => {
    assert.deepEqual(brief('Thrombin cleaves PAR-1 and PAR-4 on platelets.'), ['Thrombin→thrombin', 'PAR-1→F2R', 'PAR-4→F2RL3']);
  });
  test('nuclear receptors by their full prose names', () => {
    assert.deepEqual(brief('Rifampicin activates the pregnane X receptor.').filter((m) => !m.startsWith('Rif')), ['pregnane X receptor→NR1I2']);
    assert.deepEqual(brief('Antibodies to the phospholipase A2 receptor mark the disease.'), ['phospholipase A2 receptor→PLA2R1']);
  });
  test('the defined abbreviation follows its long form (XO)', () => {
    assert.deepEqual(brief('Febuxostat inhibits xanthine oxidase (XO); XO activity falls.').filter((m) => !m.startsWith('Feb')), [
      'xanthine oxidase→XDH',
      'XO→XDH',
      'XO→XDH',
    ]);
  });
});

describe('families and measures decided by the conventions', () => {
  test('bare HIF is the family of the alpha subunits; HIF-1α stays HIF1A', () => {
    assert.deepEqual(brief('Oral HIF stabilisers raise HIF-1α and erythropoietin.'), ['HIF→HIF-α', 'HIF-1α→HIF1A', 'erythropoietin→EPO']);
  });
  test('serum lactate dehydrogenase is a measure, not the family of LDH genes; LDHA is a gene', () => {
    assert.deepEqual(brief('Serum lactate dehydrogenase (LDH) predicted survival, and LDHA was induced.'), ['LDHA→LDHA']);
  });
  test('"YAP and TAZ" written out are two genes, not the YAP/TAZ family', () => {
    const got = brief('Matrix stiffness activates YAP and TAZ in fibroblasts.');
    assert.deepEqual(got.map((m) => m.replace('?', '')), ['YAP→YAP1', 'TAZ→WWTR1']);
  });
});

describe('bare TGF-β is the family of the three ligands (blind8, blind9 conventions)', () => {
  test('TGF-β and its full name are the family; numbered TGF-β1 stays TGFB1', () => {
    assert.deepEqual(brief('Losartan dampens TGF-β activity, and TGF-β1 drives fibrosis.').filter((m) => !m.startsWith('Losartan')), ['TGF-β→TGF-β isoforms', 'TGF-β1→TGFB1']);
    assert.deepEqual(brief('Receptors of the transforming growth factor-β superfamily.'), ['transforming growth factor-β→TGF-β isoforms']);
  });
});

describe('prose forms derived from official gene names', () => {
  test('kallikrein related peptidase N is also "kallikrein N"', () => {
    assert.deepEqual(brief('Kallikrein 5 and kallikrein-7 cleave desmosomes.'), ['Kallikrein 5→KLK5', 'kallikrein-7→KLK7']);
  });
  test('complement receptors without the word "complement"', () => {
    assert.deepEqual(brief('Avacopan blocks the C5a receptor 1 on neutrophils.').filter((m) => !m.startsWith('Avacopan')), ['C5a receptor 1→C5AR1']);
  });
  test('hydroxysteroid dehydrogenases by their prose names', () => {
    assert.deepEqual(brief('17β-hydroxysteroid dehydrogenase type 2 and 11β-HSD type 1 convert steroids.'), [
      '17β-hydroxysteroid dehydrogenase type 2→HSD17B2',
      '11β-HSD type 1→HSD11B1',
    ]);
  });
  test('isozymes numbered in Roman numerals; the unnumbered plural stays the family', () => {
    assert.deepEqual(brief('Carbonic anhydrase IX is one of the carbonic anhydrases.'), ['Carbonic anhydrase IX→CA9', 'carbonic anhydrases→carbonic anhydrases']);
  });
  test('a receptor subunit by its Greek letter, with or without "chain"', () => {
    assert.deepEqual(brief('CD25 is the IL-2 receptor α; the IL-3 receptor α chain is CD123.'), ['CD25→IL2RA', 'IL-2 receptor α→IL2RA', 'IL-3 receptor α chain→IL3RA', 'CD123→IL3RA']);
  });
});

describe('a protein that two genes make is one mention per gene', () => {
  test('globin chains made by duplicated genes', () => {
    assert.deepEqual(brief('Excess α-globin precipitates, and γ-globin induction helps.'), ['α-globin→HBA1', 'α-globin→HBA2', 'γ-globin→HBG1', 'γ-globin→HBG2']);
    // β-globin is one gene.
    assert.deepEqual(brief('The β-globin locus.'), ['β-globin→HBB']);
  });
  test('CGRP spelled out and the activin type II receptors', () => {
    assert.deepEqual(brief('Calcitonin gene-related peptide dilates vessels.'), ['Calcitonin gene-related peptide→CALCA', 'Calcitonin gene-related peptide→CALCB']);
    assert.deepEqual(brief('Bimagrumab blocks activin type II receptors.').filter((m) => !m.startsWith('Bima')), ['activin type II receptors→ACVR2A', 'activin type II receptors→ACVR2B']);
  });
  test('a numbered member stays one gene', () => {
    assert.deepEqual(brief('HBA1 and HBG2 were sequenced.'), ['HBA1→HBA1', 'HBG2→HBG2']);
  });
});

describe('families written with a generic head noun', () => {
  test('the generic noun stays outside the span when the rest names the same family', () => {
    assert.deepEqual(brief('Signals pass through STAT6 and other STAT proteins and NFAT transcription factors.'), ['STAT6→STAT6', 'STAT→STAT', 'NFAT→NFAT']);
    assert.deepEqual(brief('The prolines of the HIF-α subunits are hydroxylated.'), ['HIF-α→HIF-α']);
  });
  test('a name whose head noun is part of it stays whole', () => {
    assert.deepEqual(brief('Toll-like receptors and endothelin receptors differ.'), ['Toll-like receptors→toll like receptors', 'endothelin receptors→endothelin receptor']);
  });
});

describe("a family's own class noun after its abbreviation", () => {
  test('TET dioxygenases is one span; a generic or unrelated noun is not added', () => {
    assert.deepEqual(brief('Loss of the TET dioxygenases lowers 5hmC.'), ['TET dioxygenases→tet methylcytosine dioxygenases']);
    assert.deepEqual(brief('TET loss and JAK kinases.'), ['TET→tet methylcytosine dioxygenases', 'JAK→JAK']);
  });
});
