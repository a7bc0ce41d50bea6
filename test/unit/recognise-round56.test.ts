/**
 * Recognition after the first runs of the hundred-and-seventy-seventh to hundred-and-eightieth blind sets, and a
 * definition whose long form emphasis splits across spans ("nontyphoidal *Salmonella* (iNTS)"). Sentences are
 * written for these tests.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { brief } from './recognise-helpers';

describe('definitions across emphasis', () => {
  test('iNTS defined after an emphasised organism is no integrator complex family', () => {
    assert.deepEqual(brief('Invasive nontyphoidal *Salmonella* (iNTS) disease is common in Africa; iNTS kills children.'), []);
    assert.deepEqual(brief('Invasive nontyphoidal __Salmonella__ (iNTS) disease is common in Africa; iNTS kills children.'), []);
  });

  test('a gene defined after an emphasised word keeps its definition', () => {
    assert.deepEqual(brief('The *TP53* gene product tumour protein p53 (TP53) is lost; TP53 loss is common.'), ['TP53→TP53', 'tumour protein p53→TP53', 'TP53→TP53', 'TP53→TP53']);
  });

  test('spans parted by more than emphasis marks do not join', () => {
    // A code span parts the two: the long form does not reach back across it.
    assert.deepEqual(brief('Invasive nontyphoidal `Salmonella` (iNTS) disease is common; iNTS kills children.'), [
      'iNTS→integrator complex subunits',
      'iNTS→integrator complex subunits',
    ]);
  });
});

describe('abbreviations the draft defines', () => {
  test('a curated synonym the draft defines as a disease names the disease (SPD is no SP-D)', () => {
    assert.deepEqual(brief('Subcorneal pustular dermatosis (SPD) is rare. Classic SPD shows no immunoglobulin.'), []);
  });

  test('two disease abbreviations joined by a hyphen are no trial (RA-ILD)', () => {
    assert.deepEqual(brief('Interstitial lung disease (ILD) complicates rheumatoid arthritis (RA). RA-ILD affects one in ten patients.'), []);
  });

  test('a trial whose second part is a disease the draft defines stays a trial (DAPA-HF)', () => {
    assert.deepEqual(brief('Heart failure (HF) is common. In DAPA-HF, dapagliflozin reduced deaths.'), ['DAPA-HF→DAPA-HF', 'dapagliflozin→dapagliflozin']);
  });
});

describe('cells, subscripts and names before a number', () => {
  test('a CD marker before "cells" names the marker (CD8 cells), an alias in capitals a cell type (HBE cells)', () => {
    assert.deepEqual(brief('Cytotoxic CD8 cells kill histiocytes, and HBE cells were used.'), ['CD8→CD8A']);
  });

  test('a symbol before a subscript is a measure (FEV<sub>1</sub>)', () => {
    assert.deepEqual(brief('Home spirometry detects a fall in FEV<sub>1</sub> early.'), []);
  });

  test('a full name before a member number it does not end in names another member', () => {
    assert.deepEqual(brief('Targeted therapy for human epidermal growth factor receptor 2 (HER2) changed care.'), ['human epidermal growth factor receptor 2→ERBB2', 'HER2→ERBB2']);
    assert.deepEqual(brief('The fibroblast growth factor receptor 9 is not a gene.'), []);
  });

  test('a name may open with a short lower-case word that is part of it (low density lipoprotein receptor)', () => {
    assert.deepEqual(brief('Mutations in the low density lipoprotein receptor cause the disease.'), ['low density lipoprotein receptor→LDLR']);
    assert.deepEqual(brief('It is a ligand and the MIS is raised.'), ['MIS→AMH']);
  });

  test('an alias before a Romance particle and a capital opens a proper name (Mal de Meleda)', () => {
    assert.deepEqual(brief('Mal de Meleda is a recessive keratoderma.'), []);
  });

  test('a curated form in capitals does not match a lower-case microbial gene (cox1)', () => {
    assert.deepEqual(brief('Parasite cox1 sequences were typed; COX-1 is inhibited by aspirin.'), ['COX-1→PTGS1', 'aspirin→acetylsalicylic acid']);
  });
});

describe('genes of one product', () => {
  test('LFA-1 and Mac-1 name both subunits of the integrin', () => {
    assert.deepEqual(brief('Neutrophils adhere through LFA-1 and Mac-1.'), ['LFA-1→ITGAL', 'LFA-1→ITGB2', 'Mac-1→ITGAM', 'Mac-1→ITGB2']);
  });

  test('a collagen type names each of its chains’ genes, two or three', () => {
    assert.deepEqual(brief('Type IX collagen binds COMP.'), ['Type IX collagen→COL9A1', 'Type IX collagen→COL9A2', 'Type IX collagen→COL9A3', 'COMP→COMP']);
  });

  test('eIF4A3 is the translation factor EIF4A3', () => {
    assert.deepEqual(brief('The exon junction complex loads eIF4A3.'), ['exon junction complex→exon junction complex', 'eIF4A3→EIF4A3']);
  });
});

describe('trials', () => {
  test('a phase in Roman numerals before a name is not part of it', () => {
    assert.deepEqual(brief('In the phase III MONARCH trial, abemaciclib helped.'), ['MONARCH→MONARCH', 'abemaciclib→abemaciclib']);
  });

  test('an acronym that a title spells, in parentheses before a cue word or in apposition', () => {
    assert.deepEqual(brief('The Premature Infants in Need of Transfusion (PINT) study enrolled infants; PINT found no harm.'), [
      'Premature Infants in Need of Transfusion→Premature Infants in Need of Transfusion',
      'PINT→PINT',
      'PINT→PINT',
    ]);
    assert.deepEqual(brief('TOP, the Transfusion of Prematures trial, enrolled infants.'), ['TOP→TOP', 'Transfusion of Prematures→Transfusion of Prematures']);
  });

  test('an apposition that is no title does not stop the search for a later one in the sentence', () => {
    assert.deepEqual(brief('SOX1, the marker used here, and TOP, the Transfusion of Prematures trial, enrolled infants.'), [
      'SOX1→SOX1',
      'TOP→TOP',
      'Transfusion of Prematures→Transfusion of Prematures',
    ]);
  });

  test('a title whose initials do not spell the acronym defines nothing', () => {
    assert.deepEqual(brief('TOP, the Randomised Infant Study trial, enrolled infants.').filter((x) => x === 'TOP→TOP'), []);
  });
});

describe('drug cues', () => {
  test('routes inside an organ and words of giving a drug again are no drugs', () => {
    assert.deepEqual(brief('Children treated with intrauterine transfusion did well.'), []);
    assert.deepEqual(brief('Withdrawal of nivolumab or pembrolizumab, and rechallenge is rarely attempted.'), ['nivolumab→nivolumab', 'pembrolizumab→pembrolizumab']);
  });
});
