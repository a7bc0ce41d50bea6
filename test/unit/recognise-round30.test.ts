/**
 * Recognition after the first runs of the fifty-seventh to sixtieth blind sets: connexins, cytokeratins and lens
 * crystallins by their prose names, a systematic chemical name's short name (C4) and a diarrhoeal disease's
 * abbreviation (BAD) are no genes, a gene alias with a Roman numeral after a hyphen is no trial (COUP-TFII), and a
 * family before "typing" names the method (HLA typing). Sentences are written for these tests.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { brief } from './recognise-helpers';

describe('prose names built from the gene data', () => {
  test('a gap junction protein by its connexin name, from its CX alias (connexin 36 → GJD2)', () => {
    assert.deepEqual(brief('Mice lacking connexin 36 or connexin 47 show defects.'), ['connexin 36→GJD2', 'connexin 47→GJC2']);
  });
  test('a keratin by its older cytokeratin name (cytokeratin 5, cytokeratin-19)', () => {
    assert.deepEqual(brief('Cytokeratin 5 and cytokeratin-19 mark basal cells.'), ['Cytokeratin 5→KRT5', 'cytokeratin-19→KRT19']);
  });
  test('lens crystallins by Greek letter and member (αA-crystallin, &alpha;B-crystallin)', () => {
    assert.deepEqual(brief('The αA-crystallin and &alpha;B-crystallin chaperones bind.'), ['αA-crystallin→CRYAA', '&alpha;B-crystallin→CRYAB']);
  });
});

describe('abbreviations, trials and methods', () => {
  test("a systematic chemical name's abbreviation is no gene, not even an official symbol (7α-hydroxy-4-cholesten-3-one (C4))", () => {
    assert.deepEqual(brief('Serum 7&alpha;-hydroxy-4-cholesten-3-one (C4) is raised; C4 varies by hour.'), []);
  });
  test('a diarrhoeal disease defines its abbreviation as no gene (bile acid diarrhoea (BAD))', () => {
    assert.deepEqual(brief('Bile acid diarrhoea (BAD) is common, and primary BAD responds to sequestrants.'), []);
  });
  test('a gene alias with a Roman numeral after a hyphen is the gene, not a trial (COUP-TFII); a cued one stays a trial', () => {
    assert.deepEqual(brief('SOX18 and COUP-TFII induce PROX1.'), ['SOX18→SOX18', 'COUP-TFII→NR2F2', 'PROX1→PROX1']);
    assert.deepEqual(brief('In the OPERA-II trial, patients improved.'), ['OPERA-II→OPERA-II']);
  });
  test('a family before "typing" names a laboratory method (HLA typing), its members stay genes', () => {
    assert.deepEqual(brief('HLA typing (HLA-DRB1) was done; HLA alleles differ.'), ['HLA-DRB1→HLA-DRB1', 'HLA→HLA']);
  });
});
