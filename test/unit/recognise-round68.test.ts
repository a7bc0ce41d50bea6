/**
 * Recognition after the errors left on the earlier blind sets, before the first runs of the three-hundred-and-first
 * to three-hundred-and-eighth sets. Sentences are written for these tests.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { metaboliteAbbreviations } from '../../src/core/recognise/metabolite-abbreviations';
import { brief } from './recognise-helpers';

describe('cofactor abbreviations', () => {
  test('PLP is the vitamin B6 cofactor, not a gene alias, where the draft names pyridoxal 5′-phosphate', () => {
    assert.deepEqual(
      brief('Pyridoxal 5′-phosphate is the active vitamer (1).\n\nMore than 140 enzymes use PLP, among them GAD1 (2).'),
      ['GAD1→GAD1'],
    );
  });

  test('without the long form, PLP stays an ambiguous gene mention', () => {
    assert.deepEqual(brief('Myelin PLP and GAD1 were measured (3).'), ['PLP→PRDX5?', 'GAD1→GAD1']);
  });

  test('a definition of PLP as a gene elsewhere in the draft wins', () => {
    assert.deepEqual(
      brief('Pyridoxal phosphate was low (4).\n\nProteolipid protein (PLP) is the main myelin protein, and PLP duplications cause disease (5).'),
      ['Proteolipid protein→PLP1', 'PLP→PLP1', 'PLP→PLP1'],
    );
  });

  test('long forms are recognised in their written variants, and only those', () => {
    assert.deepEqual(metaboliteAbbreviations('pyridoxal-5-phosphate and inosine 5′-monophosphate'), ['PLP', 'IMP']);
    assert.deepEqual(metaboliteAbbreviations("pyridoxal 5'-phosphate"), ['PLP']);
    assert.deepEqual(metaboliteAbbreviations('pyridoxal kinase and inosine triphosphatase'), []);
  });
});

describe('complement factor I and MAT enzyme forms', () => {
  test('"factor I" beside factor H is complement factor I (CFI)', () => {
    assert.deepEqual(brief('Factor H and factor I normally degrade C3b (6).'), ['Factor H→CFH', 'factor I→CFI', 'C3b→C3b']);
  });

  test('"factor I" away from complement words is no mention (the clotting factor I is fibrinogen)', () => {
    assert.deepEqual(brief('Factor I and factor IV are not genes in this coagulation list (7).'), []);
  });

  test('the pronoun I after "factor" is no numeral: "the main risk factor I think of"', () => {
    assert.deepEqual(brief('In complement disease the main risk factor I think of is age (7).'), []);
  });

  test('a protein name ending in I keeps its modal verb (troponin I can be raised)', () => {
    assert.deepEqual(brief('Cardiac troponin I can be raised in myocarditis (8).'), ['Cardiac troponin I→TNNI3']);
  });

  test('MAT I, MAT III and MAT I/III are the MAT1A enzyme forms', () => {
    assert.deepEqual(brief('MAT1A subunits form the MAT I tetramer and the MAT III dimer; MAT I/III deficiency is rare (9).'), [
      'MAT1A→MAT1A',
      'MAT I→MAT1A',
      'MAT III→MAT1A',
      'MAT I/III→MAT1A',
    ]);
  });
});

describe('complexes added after the errors on earlier sets', () => {
  test('ATP synthase and complex V are the respiratory chain complex; the NSL complex is KAT8 and KANSL1–3', () => {
    assert.deepEqual(brief('ATPAF2 assembles the ATP synthase (complex V); in the NSL complex KAT8 acetylates H4K16 (10).'), [
      'ATPAF2→ATPAF2',
      'ATP synthase→ATP synthase',
      'complex V→ATP synthase',
      'NSL→NSL',
      'KAT8→KAT8',
    ]);
  });

  test('a complex after a microbe adjective is the microbe’s (mycobacterial ATP synthase)', () => {
    assert.deepEqual(brief('Bedaquiline inhibits mycobacterial ATP synthase (11).'), ['Bedaquiline→bedaquiline']);
  });

  test('the soluble IL-2 receptor is an IL2RA isoform by each of its names', () => {
    assert.deepEqual(brief('The soluble IL-2 receptor (sIL-2R), also sCD25, was high (12).'), [
      'soluble IL-2 receptor→sIL-2R',
      'sIL-2R→sIL-2R',
      'sCD25→sIL-2R',
    ]);
  });
});

describe('genes with curated synonyms keep the alias tests of all genes', () => {
  test('a class-noun alias ("myosin", an NCBI alias of MYH14) names no gene, though MYH14 has curated synonyms', () => {
    assert.deepEqual(brief('The myosin motor binds actin, and NMMHC-IIC is MYH14 (13).'), ['NMMHC-IIC→MYH14', 'MYH14→MYH14']);
  });

  test('non-muscle myosin heavy chains by their names, not as trials (NMMHC-IIB)', () => {
    assert.deepEqual(brief('Non-muscle myosin IIA, NMMHC-IIB and NMMHC-IIC differ in platelets (14).'), [
      'Non-muscle myosin IIA→MYH9',
      'NMMHC-IIB→MYH10',
      'NMMHC-IIC→MYH14',
    ]);
  });

  test('GNAS isoforms XLαs and NESP55, ζ-globin and δ-catenin by name', () => {
    assert.deepEqual(brief('XL&alpha;s and NESP55 come from GNAS; ζ-globin and δ-catenin were measured (15).'), [
      'XL&alpha;s→XLαs',
      'NESP55→NESP55',
      'GNAS→GNAS',
      'ζ-globin→HBZ',
      'δ-catenin→CTNND2',
    ]);
  });
});

describe('synthetase and immunophilin names', () => {
  test('mitochondrial aminoacyl-tRNA synthetases by their abbreviations (mtIleRS → IARS2)', () => {
    assert.deepEqual(brief('mtIleRS, mtHisRS and mtGluRS variants cause leukoencephalopathy (16).'), ['mtIleRS→IARS2', 'mtHisRS→HARS2', 'mtGluRS→EARS2']);
  });

  test('FKBP51 is FKBP5 and FKBP52 is FKBP4, whichever the draft names first', () => {
    assert.deepEqual(brief('FKBP52 and FKBP51 bind the receptor (17).'), ['FKBP52→FKBP4', 'FKBP51→FKBP5']);
  });
});

describe('drugs and stains from the round', () => {
  test('brands, codes and a combination brand (Rifinah: rifampicin and isoniazid)', () => {
    assert.deepEqual(brief('Rifinah, Losec, Atromid-S, SGX942, GC4419 and PAI-039 were listed (18).'), [
      'Rifinah→rifampicin',
      'Rifinah→isoniazid',
      'Losec→omeprazole',
      'Atromid-S→clofibrate',
      'SGX942→dusquetide',
      'GC4419→avasopasem manganese',
      'PAI-039→tiplaxtinin',
    ]);
  });

  test('Grocott methenamine silver is a stain, not the antiseptic methenamine', () => {
    assert.deepEqual(brief('Sporangia stain with Grocott methenamine silver (19).'), []);
  });
});

describe('sugar alcohols measured as metabolites', () => {
  test('polyols listed beside a curated one are metabolites, not drugs a list cue names', () => {
    assert.deepEqual(brief('Raised erythritol, arabitol, ribitol and sedoheptitol suggest the diagnosis, and mannitol lowered pressure (20).'), [
      'ribitol→ribitol',
      'mannitol→mannitol',
    ]);
  });
});
