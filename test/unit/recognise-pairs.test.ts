/**
 * One protein, two genes: a name the gene data gives to the product of two genes of a series of two (SMN of SMN1
 * and SMN2) is a mention of each gene, while ordinary paralogs, subunits of a complex and aliases shared by chance
 * stay what they were. The gene rows below are invented; the sentences are written for these tests.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { paralogPairsOf } from '../../src/core/recognise/index-build';
import type { GeneColumns } from '../../src/core/ontology/schema';
import { brief, mentions } from './recognise-helpers';

/** Gene columns of invented protein-coding genes: [symbol, name, aliases]. */
function genes(rows: Array<[string, string, string]>): GeneColumns {
  return {
    types: ['ncRNA', 'protein-coding'],
    id: rows.map((_, k) => 900001 + k),
    symbol: rows.map((r) => r[0]),
    name: rows.map((r) => r[1]),
    type: rows.map(() => 1),
    cytoband: rows.map(() => ''),
    aliases: rows.map((r) => r[2]),
    ensembl: rows.map(() => ''),
    uniprot: rows.map(() => ''),
    mirbase: rows.map(() => ''),
  };
}

const pairsOf = (rows: Array<[string, string, string]>) => paralogPairsOf(genes(rows)).map((p) => `${p.symbols.join('+')}: ${p.surfaces.join(' ')}`);

describe('pairs derived from the gene data', () => {
  test('two genes of one series with an alias only they hold make one product, named by that alias and the symbol stem', () => {
    assert.deepEqual(
      pairsOf([
        ['FROB1', 'frobnicator of oocytes 1, left', 'FRB-L|OOF'],
        ['FROB2', 'frobnicator of oocytes 2, right', 'OOF'],
      ]),
      ['FROB1+FROB2: FROB OOF'],
    );
  });
  test('a blood-group qualifier and a letter designator that repeats the symbol', () => {
    assert.deepEqual(
      pairsOf([
        ['CX7A', 'complement CX7A (Ayr blood group)', 'COX7|CX7A1'],
        ['CX7B', 'complement CX7B (Bute blood group)', 'COX7|CX7B2'],
      ]),
      ['CX7A+CX7B: CX7 COX7'],
    );
  });
  test('a numbered alias series vouches for its own stem only, not for the symbol stem', () => {
    assert.deepEqual(
      pairsOf([
        ['ZAPA', 'zapper related peptide alpha', 'ZRP|ZRP1|ZRP-I'],
        ['ZAPB', 'zapper related peptide beta', 'ZRP2|ZRP-II'],
      ]),
      ['ZAPA+ZAPB: ZRP'],
    );
  });
  test('ordinary paralogs, subunits of a complex, a third member and an alias held by a third gene make no pair', () => {
    assert.deepEqual(
      pairsOf([
        // Paralogs with one name stem and no shared alias.
        ['KNOB1', 'knobbin kinase 1', 'KNK1'],
        ['KNOB2', 'knobbin kinase 2', 'KNK2'],
        // Two subunits of one complex that share the complex's alias.
        ['QUX1', 'QUX complex subunit 1', 'QXC'],
        ['QUX2', 'QUX complex subunit 2', 'QXC'],
        // A series of three.
        ['TRI1', 'trimmed protein 1', 'TRP'],
        ['TRI2', 'trimmed protein 2', 'TRP'],
        ['TRI3', 'trimmed protein 3', ''],
        // The shared alias is also a third gene's.
        ['WOB1', 'wobble factor 1', 'WBF'],
        ['WOB2', 'wobble factor 2', 'WBF'],
        ['ELSE1', 'elsewhere protein 1', 'WBF'],
      ]),
      [],
    );
  });
});

describe('recognising a product of two genes', () => {
  test('the protein name is a mention of each gene', () => {
    assert.deepEqual(brief('Motor neurons depend on SMN levels.'), ['SMN→SMN1', 'SMN→SMN2']);
    assert.deepEqual(brief('Serum C4 was low in the flare.'), ['C4→C4A', 'C4→C4B']);
    assert.deepEqual(brief('Trigeminal neurons release CGRP during an attack.'), ['CGRP→CALCA', 'CGRP→CALCB']);
  });
  test('a gene of the pair written by its own symbol stays one gene', () => {
    assert.deepEqual(brief('Deletion of SMN1 leaves SMN2 as the only source.'), ['SMN1→SMN1', 'SMN2→SMN2']);
  });
  test('the receptor of the shared ligand names neither gene: it is the curated complex (CALCRL with RAMP1)', () => {
    assert.deepEqual(brief('Gepants block the CGRP receptor on vessels.'), ['CGRP receptor→CGRP receptor']);
  });
  test('a curated family and unpaired paralogs are left as they were', () => {
    assert.deepEqual(mentions('Mutant IDH produces an oncometabolite.').map((m) => m.entity?.id), ['family:idh']);
    assert.ok(!brief('Children with TSC develop seizures.').some((m) => m.includes('TSC2')));
    assert.deepEqual(brief('Both ESR1 and ESR2 were measured.'), ['ESR1→ESR1', 'ESR2→ESR2']);
  });
});
