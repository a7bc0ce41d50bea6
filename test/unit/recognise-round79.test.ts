/**
 * Pseudogenes that reviews name as genes (scripts/ontology/genes.ts `NAMED_PSEUDOGENES`): the unitary pseudogenes
 * CMAHP and GULOP under their common names (CMAH, GULO), and the paralogous pseudogenes of gene conversion (NCF1B,
 * NCF1C, SBDSP1, CYP21A1P, PMS2CL). Their names do not take the names of the genes they copy: "polycystin-1" stays
 * PKD1 beside the six PKD1 pseudogenes, and GBA stays GBA1. Also two protein names NCBI does not list: Artemis
 * (DCLRE1C), but not the trial acronym ARTEMIS, and BK (KCNMA1) beside channel words only (context rule BK), not the
 * BK polyomavirus or author initials. A microbe word followed by a verb of the host's (release after a singular
 * microbe, binds, engages) leaves the gene after it to the host (microbial-context.ts). Sentences are written for these
 * tests.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ids } from './recognise-helpers';
import { NAMED_PSEUDOGENES, pseudogeneAliasShape, selectAndCleanGenes } from '../../scripts/ontology/genes';

describe('pseudogenes named as genes', () => {
  test('a unitary pseudogene is found under its common name', () => {
    assert.deepEqual(ids('Humans lost CMAH and cannot make Neu5Gc, and GULO loss explains scurvy (4).'), [
      'CMAH→ncbigene:8418',
      'GULO→ncbigene:2989',
    ]);
  });

  test('the pseudogenes of gene conversion are found by their symbols and are not read as the genes they copy', () => {
    assert.deepEqual(ids('Recombination with NCF1B and NCF1C, SBDSP1 or CYP21A1P transfers their mutations; PMS2CL complicates PMS2 testing (7).'), [
      'NCF1B→ncbigene:654816',
      'NCF1C→ncbigene:654817',
      'SBDSP1→ncbigene:155370',
      'CYP21A1P→ncbigene:1590',
      'PMS2CL→ncbigene:441194',
      'PMS2→ncbigene:5395',
    ]);
  });

  test('the names and aliases of the genes they copy stay with those genes', () => {
    assert.deepEqual(ids('Loss of polycystin-1 causes cysts, and GBA variants raise Parkinson risk (2).'), [
      'polycystin-1→ncbigene:5310',
      'GBA→ncbigene:2629',
    ]);
  });

  test('other pseudogenes stay out, HLA-H among them (the first name of HFE)', () => {
    assert.deepEqual(ids('RPL21P28 and HLA-H were typed (3).').filter((s) => s.startsWith('RPL21P28')), []);
    assert.equal(NAMED_PSEUDOGENES.has('HLA-H'), false);
  });
});

describe('named pseudogene aliases', () => {
  test('an alias of its own shape is kept: with a digit or starting with the stem', () => {
    assert.equal(pseudogeneAliasShape('CMAH', 'CMAHP'), true);
    assert.equal(pseudogeneAliasShape('UOXP', 'UOX'), true);
    assert.equal(pseudogeneAliasShape('MYH5', 'MYH16'), true);
    assert.equal(pseudogeneAliasShape('FAAHOUT', 'FAAHP1'), true);
    assert.equal(pseudogeneAliasShape('SCURVY', 'GULOP'), false);
    assert.equal(pseudogeneAliasShape('URICASE', 'UOX'), false);
    assert.equal(pseudogeneAliasShape('HG1', 'PKD1P1'), false);
  });

  test('the build keeps a named pseudogene, drops aliases a kept gene has, and leaves other pseudogenes out', () => {
    const raw = (entrez: number, symbol: string, type: string, aliases: string[]) => ({ entrez, symbol, name: symbol, type, cytobands: [], aliases, ensembl: [], uniprot: [], chromosomes: ['1'] });
    const { genes, stats } = selectAndCleanGenes(
      [
        raw(2629, 'GBA1', 'protein-coding', ['GBA', 'GLUC']),
        raw(2630, 'GBAP1', 'pseudo', ['Beta-GC', 'GBA', 'GBAP', 'GLUC']),
        raw(2989, 'GULOP', 'pseudo', ['GULO', 'SCURVY']),
        raw(6189, 'RPL21P28', 'pseudo', ['RPL21P']),
      ],
      new Set(),
      [],
    );
    assert.deepEqual(genes.map((g) => [g.symbol, g.type, g.aliases.join('|')]), [
      ['GBA1', 'protein-coding', 'GBA|GLUC'],
      ['GBAP1', 'pseudo', 'GBAP'],
      ['GULOP', 'pseudo', 'GULO'],
    ]);
    assert.equal(stats.aliasesDroppedPseudogene, 4);
  });
});

describe('protein names NCBI does not list', () => {
  test('Artemis is DCLRE1C; ARTEMIS in capitals, a trial acronym, is not', () => {
    assert.deepEqual(ids('Hairpins are opened by Artemis (DCLRE1C) before ligation (3).'), ['Artemis→ncbigene:64421', 'DCLRE1C→ncbigene:64421']);
    assert.deepEqual(ids('The ARTEMIS-IPF trial enrolled 120 patients (8).').filter((s) => s.endsWith('ncbigene:64421')), []);
  });

  test('BK is the KCNMA1 channel beside channel words, and nothing beside virus words or in a reference', () => {
    assert.deepEqual(ids('Mutations in the large-conductance BK channel cause attacks (5).'), ['BK→ncbigene:3778']);
    assert.deepEqual(ids('Calcium-activated potassium channels such as BK hyperpolarise the cell (5).'), ['BK→ncbigene:3778']);
    assert.deepEqual(ids('BK viraemia and BK virus nephropathy follow transplantation (6).'), []);
    assert.deepEqual(ids('Outcomes were reported by Smith BK and Jones A (7).'), []);
  });
});

describe('a microbe word before a verb', () => {
  test('a host protein after a microbe and a verb of the host is kept', () => {
    assert.deepEqual(ids('Keratinocytes exposed to the yeast release IL-8 and IL-1β (4).'), ['IL-8→ncbigene:3576', 'IL-1β→ncbigene:3553']);
    assert.deepEqual(ids('The bacterial adhesin intimin binds nucleolin on enterocytes (5).'), ['nucleolin→ncbigene:4691']);
  });

  test("the microbe's own product after its verb is not", () => {
    assert.deepEqual(ids('The parasite secretes cathepsin L proteases that digest the host tissue (6).'), []);
  });
});

describe('a gene and its syndrome', () => {
  test('STAT3-HIES is STAT3 once, not a trial, even in a sentence about treatment', () => {
    assert.deepEqual(ids('Dupilumab reduced eczema and skin infections in STAT3-HIES, without new safety signals (9).'), [
      'Dupilumab→drug:dupilumab',
      'STAT3→ncbigene:6774',
    ]);
  });

  test('a trial whose second word is no ontology key stays a trial', () => {
    assert.deepEqual(ids('Niacin added nothing to statins in HPS2-THRIVE, and the AIM-HIGH trial stopped early (10).').filter((s) => s.includes('trial:')), [
      'HPS2-THRIVE→trial:hps2-thrive',
      'AIM-HIGH→trial:aim-high',
    ]);
  });
});

describe('NET', () => {
  test('the noradrenaline transporter beside its words', () => {
    assert.deepEqual(ids('Atomoxetine blocks NET, the noradrenaline transporter, and raises synaptic noradrenaline (3).').filter((s) => s.startsWith('NET')), ['NET→ncbigene:6530']);
  });

  test('nothing beside the words of neutrophil traps or neuroendocrine tumours', () => {
    assert.deepEqual(ids('HMGB1 from activated platelets promotes NET formation, and PAD4 is required for NET release (12).').filter((s) => s.startsWith('NET')), []);
    assert.deepEqual(ids('| lanreotide | SSTR2 agonist | type 1 gastric NET |').filter((s) => s.startsWith('NET')), []);
  });
});
