/**
 * Recognition after the first runs of the hundred-and-fifty-third to hundred-and-fifty-sixth blind sets: an official
 * symbol of three capitals that the draft defines as a disease names the disease (mitral valve prolapse (MVP),
 * neuronal ceroid lipofuscinoses (NCLs)) unless the disease is named after the gene (von Hippel–Lindau disease (VHL));
 * a curated complex written as one word of capitals is no complex where the draft defines that word as a disease
 * (IFTA); a range written with the last symbol whole (CALM1–CALM3); "DISEASE-NOS" is no trial; curated names of these
 * fields. Sentences are written for these tests.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { brief } from './recognise-helpers';

describe('symbols the draft defines as diseases', () => {
  test('mitral valve prolapse (MVP) is no major vault protein', () => {
    assert.deepEqual(brief('Mitral valve prolapse (MVP) affects 2% of adults; MVP is often familial, and FLNA variants cause it.'), ['FLNA→FLNA']);
  });

  test('a plural definition covers the singular: neuronal ceroid lipofuscinoses (NCLs)', () => {
    assert.deepEqual(brief('The neuronal ceroid lipofuscinoses (NCLs) are lysosomal diseases; each NCL has its gene, such as CLN3.'), ['CLN3→CLN3']);
  });

  test('a disease named after the gene leaves the symbol the gene', () => {
    assert.deepEqual(brief('Von Hippel–Lindau disease (VHL) follows germline VHL variants.'), ['VHL→VHL', 'VHL→VHL']);
  });

  test('interstitial fibrosis and tubular atrophy (IFTA) is no IFT-A complex', () => {
    assert.deepEqual(brief('Interstitial fibrosis and tubular atrophy (IFTA) predicts graft loss; IFTA rises with time.'), []);
  });

  test('ADTKD-NOS is no trial where the draft defines ADTKD', () => {
    assert.deepEqual(brief('Autosomal dominant tubulointerstitial kidney disease (ADTKD) is rare; ADTKD-NOS remains unexplained, ADTKD-UMOD is common.'), ['UMOD→UMOD']);
  });
});

describe('ranges', () => {
  test('CALM1–CALM3 names three genes over one span', () => {
    assert.deepEqual(brief('Variants in CALM1–CALM3 cause arrhythmia.'), ['CALM1–CALM3→CALM1', 'CALM1–CALM3→CALM2', 'CALM1–CALM3→CALM3']);
  });

  test('a pair or a short stem written whole is no range: PRSS1–PRSS2, CD19–CD21', () => {
    assert.deepEqual(brief('The PRSS1–PRSS2 locus and the CD19–CD21 coreceptor were studied.'), ['PRSS1→PRSS1', 'PRSS2→PRSS2', 'CD19→CD19', 'CD21→CR2']);
  });
});

describe('curated names of these fields', () => {
  test('complexes and their definitions', () => {
    assert.deepEqual(brief('Serine palmitoyltransferase (SPT) is overactive; SPT makes deoxysphingolipids, and Elongator and the Sec61 translocon matter.'), [
      'Serine palmitoyltransferase→serine palmitoyltransferase',
      'SPT→serine palmitoyltransferase',
      'SPT→serine palmitoyltransferase',
      'Elongator→Elongator',
      'Sec61→Sec61',
    ]);
  });

  test('protein names, an isoform and drugs', () => {
    assert.deepEqual(brief('Battenin, CSPα, GLUT9 and Ob-Rb were studied with veverimer (TRC101), setanaxib and ferric citrate (Auryxia).'), [
      'Battenin→CLN3',
      'CSPα→DNAJC5',
      'GLUT9→SLC2A9',
      'Ob-Rb→Ob-Rb',
      'veverimer→veverimer',
      'TRC101→veverimer',
      'setanaxib→setanaxib',
      'ferric citrate→ferric citrate',
      'Auryxia→ferric citrate',
    ]);
  });

  test('trials whose names are English words in capitals', () => {
    assert.deepEqual(brief('Blood flow rose with contrast; the FLOW, CONTRAST and COAPT trials reported.'), ['FLOW→FLOW', 'CONTRAST→CONTRAST', 'COAPT→COAPT']);
  });
});
