/**
 * Recognition after the first runs of the two-hundred-and-thirty-seventh to two-hundred-and-forty-fourth blind sets
 * and the errors left on the earlier sets: a gene's symbol written with a hyphen where the draft defines it as a
 * syndrome (MEN-1), long forms that run back over a comma before a lower-case descriptor ("…of the ovary,
 * hypercalcaemic type (SCCOHT)"), a symbol joined to an adjective (ABOi), immunoglobulin and T-cell receptor gene
 * segments, now in the bundle (IGHV4-34, TRBV20-1), Usher types and deafness loci, and curation. Sentences are written
 * for these tests.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { longFormBefore } from '../../src/core/recognise/abbreviations';
import { brief } from './recognise-helpers';

describe('a symbol written with a hyphen that the draft defines as a syndrome', () => {
  test('"multiple endocrine neoplasia type 1 (MEN-1)" is the syndrome; MEN1 without the hyphen stays the gene', () => {
    const text = 'One in four has multiple endocrine neoplasia type 1 (MEN-1). In MEN-1, surgery is deferred. Somatic MEN1 loss occurs.';
    assert.deepEqual(brief(text), ['MEN1→MEN1']);
  });

  test('undefined, the hyphenated symbol is still the gene', () => {
    assert.deepEqual(brief('Germline MEN-1 variants were found.'), ['MEN-1→MEN1']);
  });
});

describe('a long form across a comma', () => {
  const text = 'Small cell carcinoma of the ovary, hypercalcaemic type (SCCOHT) is rare.';
  const at = text.indexOf('(');
  const from = text.indexOf(',') + 1;

  test('a lower-case descriptor after a comma: the long form runs back over the comma', () => {
    assert.equal(longFormBefore('SCCOHT', text, from, at), 'Small cell carcinoma of the ovary, hypercalcaemic type');
  });

  test('the abbreviation so defined names no entity (a guard: the trial reading needed the whole draft)', () => {
    assert.deepEqual(brief(`${text} SMARCA4 is lost in SCCOHT, and in SCCOHT tazemetostat was tried.`), [
      'SMARCA4→SMARCA4',
      'tazemetostat→tazemetostat',
    ]);
  });

  test('not over two commas, and not when the clause after the comma already holds the long form', () => {
    const list = 'Cisplatin, paclitaxel, ifosfamide and nothing (CPX) were given.';
    assert.equal(longFormBefore('CPX', list, list.lastIndexOf(',') + 1, list.indexOf('(')), undefined);
    const own = 'In adults, tuberculin skin test (TST) results vary.';
    assert.equal(longFormBefore('TST', own, own.indexOf(',') + 1, own.indexOf('(')), 'tuberculin skin test');
  });
});

describe('immunoglobulin and T-cell receptor gene segments', () => {
  test('variable segments and constant genes are genes, by their IMGT symbols', () => {
    assert.deepEqual(brief('Clones use IGHV4-34 or IGKV3-20; superantigens expand TRBV20-1 T cells; IgM heavy chains come from IGHM.'), [
      'IGHV4-34→IGHV4-34',
      'IGKV3-20→IGKV3-20',
      'TRBV20-1→TRBV20-1',
      'IGHM→IGHM',
    ]);
  });

  test('a bacterial gene spelled like a segment without its number is none (IglC of Francisella)', () => {
    assert.deepEqual(brief('IglC is required for intramacrophage growth of Francisella.'), []);
  });
});

describe('isoforms named as proteins of their own', () => {
  test('plasmin is the active form cut from plasminogen (PLG); plasminogen stays the gene', () => {
    assert.deepEqual(brief('Urokinase converts plasminogen to plasmin.'), ['Urokinase→PLAU', 'plasminogen→PLG', 'plasmin→plasmin']);
  });

  test('BP230 and BPAG1-e are the epidermal isoform of dystonin (DST)', () => {
    assert.deepEqual(brief('Sera bind BP230, also called BPAG1-e.'), ['BP230→BP230', 'BPAG1-e→BP230']);
  });
});

describe('the COPII coat', () => {
  test('COPII is a complex, its span without "coat" (the drafts\' convention), beside COPI', () => {
    assert.deepEqual(brief('SEC23B is a component of the COPII coat; COPI and COPII vesicles differ.'), [
      'SEC23B→SEC23B',
      'COPII→COPII',
      'COPI→COPI',
      'COPII→COPII',
    ]);
  });
});

describe('a symbol joined to an adjective defines a term', () => {
  test('"ABO-incompatible (ABOi)" names no entity; ABO stays the gene (a guard: the trial reading needed the whole draft)', () => {
    assert.deepEqual(brief('ABO-incompatible (ABOi) kidney transplantation is common. In ABOi recipients, rituximab is given. ABOi grafts survive.'), [
      'ABO→ABO',
      'rituximab→rituximab',
    ]);
  });
});

describe('curation after the blind237–244 first runs', () => {
  test('onconeural antibodies by their antigens\' short names name the antigens\' genes', () => {
    assert.deepEqual(brief('Anti-Yo and anti-Tr antibodies; anti-Ri recognises NOVA1.'), [
      'Anti-Yo→CDR2',
      'Anti-Yo→CDR2L',
      'anti-Tr→DNER',
      'anti-Ri→NOVA1',
      'anti-Ri→NOVA2',
      'NOVA1→NOVA1',
    ]);
  });

  test('the LAMP2 splice forms are isoforms, not trial names', () => {
    assert.deepEqual(brief('Danon disease spares LAMP-2A but not LAMP-2B; RP-A501 delivers LAMP2B.'), [
      'LAMP-2A→LAMP-2A',
      'LAMP-2B→LAMP-2B',
      'RP-A501→RP-A501',
      'LAMP2B→LAMP-2B',
    ]);
  });

  test('new drugs, codes and brands', () => {
    assert.deepEqual(brief('Acotiamide, osivelotor (GBT601), Siklos, Opana ER, iron dextran (CosmoFer) and gabexate mesilate.'), [
      'Acotiamide→acotiamide',
      'osivelotor→osivelotor',
      'GBT601→osivelotor',
      'Siklos→hydroxycarbamide',
      'Opana ER→oxymorphone',
      'iron dextran→iron dextran',
      'CosmoFer→iron dextran',
      'gabexate mesilate→gabexate',
    ]);
  });
});

describe('Usher types and deafness loci', () => {
  test('numbered Usher types and DFNA/DFNB loci are no aliases of the genes later found there; official symbols stay', () => {
    assert.deepEqual(brief('USH1B, USH2 and USH3 differ, as do DFNB4 and DFNA9; USH2A and USH1C are genes. Ultevursen (QR-421a) skips an exon.'), [
      'USH2A→USH2A',
      'USH1C→USH1C',
      'Ultevursen→ultevursen',
      'QR-421a→ultevursen',
    ]);
  });
});

describe('a study numbered by a Roman numeral and cited', () => {
  test('"TRAC II (31)" is a study even though TRAC is now an official symbol; TRAC alone stays the gene', () => {
    assert.deepEqual(brief('Triple ACTs were well tolerated in TRAC II (31). TRAC knock-in T cells persist.'), ['TRAC→TRAC']);
  });
});
