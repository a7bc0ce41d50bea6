/**
 * Recognition of ferroptosis prose: the research compounds that induce or block it (erastin, RSL3, ML162, ML210,
 * FIN56, iFSP1) and brequinar were missed, "(1S,3R)-RSL3" must give one mention, and FSP1, an alias of three genes,
 * needs its context: ferroptosis suppressor protein 1 (AIFM2) or fibroblast-specific protein 1 (S100A4).
 * A short name in capitals before "domain", "motif" or "box" names a sequence feature (the LIR motif, the SET
 * domain), not the gene that shares its letters; and DSPP's cleavage products name DSPP.
 * Sentences are written for these tests.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { brief, ids } from './recognise-helpers';

describe('ferroptosis compounds', () => {
  test('inducers and inhibitors are drugs', () => {
    assert.deepEqual(ids('Erastin and RSL3 induce ferroptosis, as do ML162, ML210 and FIN56 (1).'), [
      'Erastin→drug:erastin',
      'RSL3→drug:rsl3',
      'ML162→drug:ml162',
      'ML210→drug:ml210',
      'FIN56→drug:fin56',
    ]);
    assert.deepEqual(ids('Imidazole ketone erastin is stable in vivo, and brequinar inhibits DHODH (2).'), [
      'Imidazole ketone erastin→drug:imidazole-ketone-erastin',
      'brequinar→drug:brequinar',
      'DHODH→ncbigene:1723',
    ]);
  });

  test('a stereo-descriptor before RSL3 gives one mention of the compound', () => {
    assert.deepEqual(ids('Cells were treated with (1S,3R)-RSL3 at 1 µM (3).'), ['RSL3→drug:rsl3']);
  });
});

describe('FSP1', () => {
  test('beside ferroptosis and coenzyme Q words it is AIFM2', () => {
    assert.deepEqual(brief('FSP1 reduces CoQ10 and so blocks ferroptosis (4).').slice(0, 1), ['FSP1→AIFM2']);
    assert.deepEqual(brief('The FSP1 inhibitor iFSP1 sensitises cells (5).'), ['FSP1→AIFM2', 'iFSP1→iFSP1']);
  });

  test('beside fibroblast words it is S100A4', () => {
    assert.deepEqual(brief('Cancer-associated fibroblasts express FSP1 (6).'), ['FSP1→S100A4']);
  });

  test('with neither it stays ambiguous', () => {
    assert.deepEqual(brief('FSP1 was measured in all samples (7).'), ['FSP1→S100A4?']);
  });
});

describe('sequence features named in capitals', () => {
  test('a short name before a domain, motif or box word is no gene', () => {
    assert.deepEqual(brief('OPTN binds LC3 through its LIR motif (8).'), ['OPTN→OPTN', 'LC3→MAP1LC3B']);
    assert.deepEqual(brief('KMT2D carries a SET domain, and CDH1 degrades substrates with a KEN box (9).'), ['KMT2D→KMT2D', 'CDH1→CDH1']);
    assert.deepEqual(brief('LMX1B has two LIM domains (10).'), ['LMX1B→LMX1B']);
  });

  test('a numbered domain of the protein keeps the gene', () => {
    assert.deepEqual(brief('Cryo-EM places SBDS domain III near the P-site loop (11).'), ['SBDS→SBDS']);
  });

  test("an abbreviation the draft defines keeps its entity before a domain word", () => {
    assert.deepEqual(ids('DSPP is cleaved into dentin sialoprotein (DSP) and dentin phosphoprotein (DPP) (12). Variants in the DSP domain impair trafficking (13).'), [
      'DSPP→ncbigene:1834',
      'dentin sialoprotein→ncbigene:1834',
      'DSP→ncbigene:1834',
      'dentin phosphoprotein→ncbigene:1834',
      'DPP→ncbigene:1834',
      'DSP→ncbigene:1834',
    ]);
  });
});

describe('lipoprotein(a) prose', () => {
  test('a word right before a drug describes it, even after a route cue', () => {
    assert.deepEqual(ids('The oral macrocycle enlicitide lowers LDL-C (14).'), ['enlicitide→drug:enlicitide']);
  });

  test('the outcome trials and development codes of the Lp(a)-lowering drugs', () => {
    assert.deepEqual(ids('OCEAN(a)-Outcomes and ACCLAIM-Lp(a) test olpasiran and lepodisiran (15).'), [
      'OCEAN(a)-Outcomes→trial:ocean-a-outcomes',
      'ACCLAIM-Lp(a)→trial:acclaim-lpa',
      'olpasiran→drug:olpasiran',
      'lepodisiran→drug:lepodisiran',
    ]);
    assert.deepEqual(ids('Pelacarsen (TQJ230, AKCEA-APO(a)-LRx) lowers it by 80% (16).'), [
      'Pelacarsen→drug:pelacarsen',
      'TQJ230→drug:pelacarsen',
      'AKCEA-APO(a)-LRx→drug:pelacarsen',
    ]);
  });
});
