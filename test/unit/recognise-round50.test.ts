/**
 * Recognition after the first runs of the hundred-and-forty-ninth to hundred-and-fifty-second blind sets: modes of
 * inheritance by their abbreviations (autosomal recessive (AR), a legend "AR, autosomal recessive", an "Inheritance"
 * column) are no androgen receptor; locus names in a "Locus" column are no genes unless official symbols; a disease
 * named "… of" a place or person is a disease's long form (ARSACS); an official symbol the draft defines as a disease
 * names the disease (CAPS); a gene's name without its member number 1 defines the gene (FMRP); the zebrafish check of microbial
 * gene names reads the paragraph across emphasis; Latin letters written as HTML entities decode (anti-M&uuml;llerian);
 * curated names of these fields. Sentences are written for these tests.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { inheritanceCodes } from '../../src/core/recognise/inheritance-codes';
import { brief } from './recognise-helpers';

describe('modes of inheritance', () => {
  test('inheritanceCodes reads definitions and legends whose letters fit the mode', () => {
    assert.deepEqual(inheritanceCodes('Most forms are autosomal recessive (AR) or X-linked (XL).'), ['AR', 'XL']);
    assert.deepEqual(inheritanceCodes('Table 1 (AD, autosomal dominant; AR, autosomal recessive).'), ['AD', 'AR']);
    assert.deepEqual(inheritanceCodes('It is autosomal dominant (AR) in error.'), []);
  });

  test('AR defined as autosomal recessive is no androgen receptor', () => {
    assert.deepEqual(brief('Inheritance is autosomal recessive (AR), and AR forms begin in childhood.'), []);
  });

  test('a draft that also defines AR as the androgen receptor keeps the gene', () => {
    assert.deepEqual(brief('The androgen receptor (AR) is mutated in SBMA, which is not autosomal recessive (AR); AR binds testosterone.'), [
      'androgen receptor→AR',
      'AR→AR',
      'AR→AR',
      'AR→AR',
      'testosterone→testosterone',
    ]);
  });

  test('an Inheritance column holds modes, a Locus column locus names', () => {
    const md = ['| Locus | Gene | Product | Inheritance |', '|---|---|---|---|', '| SPAX1 | VAMP1 | synaptobrevin-1 | AD |', '| SPG7 | SPG7 | paraplegin | AR |', ''].join('\n');
    assert.deepEqual(brief(md), ['VAMP1→VAMP1', 'synaptobrevin-1→VAMP1', 'SPG7→SPG7', 'SPG7→SPG7', 'paraplegin→SPG7']);
  });

  test('outside such a column AR stays the androgen receptor', () => {
    assert.deepEqual(brief('| Gene | Role |\n|---|---|\n| AR | hormone receptor |\n'), ['AR→AR']);
  });
});

describe('abbreviations of diseases', () => {
  test('a disease "of" a place is a disease: ARSACS is no trial', () => {
    assert.deepEqual(brief('# ARSACS\n\nAutosomal recessive spastic ataxia of Charlevoix–Saguenay (ARSACS) is caused by SACS variants; ARSACS is rare.\n'), ['SACS→SACS']);
  });

  test('an official symbol the draft defines as a disease names the disease', () => {
    assert.deepEqual(brief('Cryopyrin-associated periodic syndromes (CAPS) respond to anakinra; CAPS is rare.'), ['Cryopyrin→NLRP3', 'anakinra→anakinra']);
  });

  test('a gene name without its member number 1 defines the gene: FMRP', () => {
    assert.deepEqual(brief('Loss of the fragile X messenger ribonucleoprotein (FMRP) causes fragile X syndrome; FMRP binds mRNAs.'), ['FMRP→FMR1', 'FMRP→FMR1']);
  });
});

describe('text as written', () => {
  test('zebrafish genes in a paragraph split by emphasis are no microbial twins', () => {
    assert.deepEqual(brief('In zebrafish infected with *Mycobacterium marinum*, lta4h activity mattered, and LTA4H variants predicted survival.'), ['LTA4H→LTA4H']);
  });

  test('Latin letters as HTML entities decode for matching', () => {
    assert.deepEqual(brief('Low anti-M&uuml;llerian hormone marks a reduced ovarian reserve.'), ['anti-M&uuml;llerian hormone→AMH']);
  });

  test('the untranslated region is no gene', () => {
    assert.deepEqual(brief('The expansion lies in the 5′-UTR of FMR1.'), ['FMR1→FMR1']);
  });
});

describe('curated names of these fields', () => {
  test('proteins, isoforms and a complex', () => {
    assert.deepEqual(brief('Sacsin and paraplegin bind DRP1; OMA1 converts L-OPA1 to S-OPA1 at MICOS sites, and FMRpolyG accumulates.'), [
      'Sacsin→SACS',
      'paraplegin→SPG7',
      'DRP1→DNM1L',
      'OMA1→OMA1',
      'L-OPA1→L-OPA1',
      'S-OPA1→S-OPA1',
      'MICOS→MICOS',
      'FMRpolyG→FMRpolyG',
    ]);
  });

  test('brands, a combination and trials', () => {
    assert.deepEqual(brief('Rifater, Doryx and Colcrys were given; TAKT and ACT HIV were trials.'), [
      'Rifater→rifampicin',
      'Rifater→isoniazid',
      'Rifater→pyrazinamide',
      'Doryx→doxycycline',
      'Colcrys→colchicine',
      'TAKT→TAKT',
      'ACT HIV→ACT HIV',
    ]);
  });
});
