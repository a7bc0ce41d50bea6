/**
 * Recognition round 20: Roman-numeral member numbers (IGF-I), viral proteins and imaging findings that share a
 * gene alias, prose forms of official names (the name after a comma, UniProt "type N" chemokine receptors), the
 * transporter reading of OCT1/OCT2, and the round's curation. Sentences are written for these tests.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { derivedIsoformParent } from '../../src/core/recognise/refs';
import { brief, mentions } from './recognise-helpers';

describe('Roman-numeral member numbers after a hyphen', () => {
  test('IGF-I is IGF1 and IGF-II is IGF2 (not the IGF pair)', () => {
    assert.deepEqual(brief('Serum IGF-I rises while IGF-II stays flat.'), ['IGF-I→IGF1', 'IGF-II→IGF2']);
  });
  test('the numeral continues into a longer name (IGF-I receptor)', () => {
    assert.deepEqual(brief('Antibodies against the IGF-I receptor failed.'), ['IGF-I receptor→IGF1R']);
  });
  test('words before a numeral are no codes: type II, phase II (Complex I is the curated respiratory chain complex)', () => {
    assert.deepEqual(brief('In type II diabetes, Complex I activity falls in phase II.'), ['Complex I→complex I']);
  });
  test('a single capital after a hyphen that is no numeral still splits off (CAR-T)', () => {
    assert.deepEqual(brief('CAR-T products expanded.'), []);
  });
});

describe('viral proteins and imaging findings are no human genes', () => {
  test('HIV envelope and accessory proteins that share a human alias (GP120 of ITIH4, Vpu of SGTA)', () => {
    assert.deepEqual(brief('Binding of gp120 to CD4 exposes gp41, and Vpu, Vif and Nef counter host restriction.'), ['CD4→CD4']);
  });
  test('the symbol TAT in capitals stays tyrosine aminotransferase', () => {
    assert.deepEqual(brief('TAT deficiency causes tyrosinaemia type II.'), ['TAT→TAT']);
  });
  test('ARIA on MRI is an imaging finding, not neuregulin', () => {
    assert.deepEqual(brief('ARIA occurred in a fifth of APOE carriers.'), ['APOE→APOE']);
  });
});

describe('prose names of receptors built from the official names', () => {
  test('the receptor after the comma of "MPL proto-oncogene, thrombopoietin receptor"', () => {
    assert.deepEqual(brief('Mutations of the thrombopoietin receptor activate JAK2.'), ['thrombopoietin receptor→MPL', 'JAK2→JAK2']);
  });
  test('the ligand alone stays the ligand', () => {
    assert.deepEqual(brief('Thrombopoietin drives megakaryopoiesis.'), ['Thrombopoietin→THPO']);
  });
  test('a ligand symbol before "receptor" with the member number (CRH receptor 1)', () => {
    assert.deepEqual(brief('Corticotroph adenomas express CRH receptor 1 and the EPO receptor.'), ['CRH receptor 1→CRHR1', 'EPO receptor→EPOR']);
  });
  test('UniProt chemokine receptor names without "motif" (C-C chemokine receptor type 5)', () => {
    assert.deepEqual(brief('HIV enters through C-C chemokine receptor type 5 or CXC chemokine receptor 4.'), [
      'C-C chemokine receptor type 5→CCR5',
      'CXC chemokine receptor 4→CXCR4',
    ]);
  });
});

describe('case of lower-case receptor subtype codes', () => {
  test('sst2 is the somatostatin receptor subtype, sST2 soluble ST2', () => {
    assert.deepEqual(brief('Octreotide binds sst2 and sst5, while sST2 marks cardiac strain.').slice(1), ['sst2→SSTR2', 'sst5→SSTR5', 'sST2→IL1RL1']);
  });
  test('mTOR keeps its curated form', () => {
    assert.deepEqual(brief('Rapamycin inhibits mTOR.').filter((m) => !m.startsWith('Rapamycin')), ['mTOR→MTOR']);
  });
});

describe('SF-1 by context', () => {
  test('steroidogenic factor 1 in a pituitary lineage sentence', () => {
    assert.deepEqual(brief('Gonadotroph tumours depend on the lineage factor SF-1.'), ['SF-1→NR5A1']);
  });
  test('without either side\'s words, the official symbol SF1 it normalises to', () => {
    assert.deepEqual(brief('Loss of SF-1 was seen.'), ['SF-1→SF1']);
  });
  test('splicing factor 1 beside splicing words', () => {
    assert.deepEqual(brief('Mutations of SF1 alter branch point recognition in splicing.'), ['SF1→SF1']);
  });
});

describe('round 20 curation', () => {
  test('STAT5 is one mention for each of its two genes', () => {
    assert.deepEqual(brief('JAK2 phosphorylates STAT5.'), ['JAK2→JAK2', 'STAT5→STAT5A', 'STAT5→STAT5B']);
  });
  test('growth hormone and its receptor', () => {
    assert.deepEqual(brief('GH acts through the GH receptor; growth hormone excess causes acromegaly.'), ['GH→GH1', 'GH receptor→GHR', 'growth hormone→GH1']);
  });
  test('LEDGF/p75 is one name of PSIP1', () => {
    assert.deepEqual(brief('Integrase binds LEDGF/p75.').filter((m) => m.includes('LEDGF')), ['LEDGF/p75→PSIP1']);
  });
});

describe('round 20 families, complexes and non-entities', () => {
  test('BET before "inhibitor" is the BET family', () => {
    assert.deepEqual(brief('The BET inhibitor was combined with ruxolitinib.').filter((m) => m.startsWith('BET')), ['BET→BET proteins']);
  });
  test('telomerase and P-TEFb are complexes; the catalytic subunit stays a gene', () => {
    assert.deepEqual(brief('Tat recruits P-TEFb; telomerase needs telomerase reverse transcriptase.'), [
      'P-TEFb→P-TEFb',
      'telomerase→telomerase',
      'telomerase reverse transcriptase→TERT',
    ]);
  });
  test('C1q keeps its own span after "complement component"', () => {
    assert.deepEqual(brief('Microglia deposit complement component C1q on synapses.'), ['C1q→C1q']);
  });
  test('Ba/F3 cells are a cell line, not F3; AD1 in a study name is no gene', () => {
    assert.deepEqual(brief('Ba/F3 cells grew; MISSION AD1 and AD2 stopped early.').filter((m) => /F3|AD/.test(m)), []);
  });
});

describe('NLRP3 inflammasome (convention of blind5 onwards)', () => {
  test('the gene NLRP3 with its own span; only the written-out complex name is the complex', () => {
    assert.deepEqual(brief('Urate activates the NLRP3 inflammasome; the NLRP3 inflammasome complex recruits ASC.').filter((m) => m.includes('NLRP3')), [
      'NLRP3→NLRP3',
      'NLRP3 inflammasome complex→NLRP3 inflammasome complex',
    ]);
  });
});

describe('OCT1 and OCT2: transporters or POU factors by context', () => {
  test('uptake and drug words give the organic cation transporters', () => {
    assert.deepEqual(brief('Uptake by OCT1 and efflux by ABCB1 shape exposure.'), ['OCT1→SLC22A1', 'ABCB1→ABCB1']);
    assert.deepEqual(brief('The drug inhibits OCT2 and MATE1 in the tubule.'), ['OCT2→SLC22A2', 'MATE1→SLC47A1']);
  });
  test('transcription words give the octamer-binding factors', () => {
    assert.deepEqual(brief('The transcription factor OCT2 binds the octamer motif.'), ['OCT2→POU2F2']);
  });
});

describe('soluble forms are isoforms of their gene', () => {
  test('"soluble" before a gene, and s before an official symbol', () => {
    assert.deepEqual(brief('CSF soluble TREM2 and plasma sTREM2 track sCD163.'), ['soluble TREM2→sTREM2', 'sTREM2→sTREM2', 'sCD163→sCD163']);
  });
  test('the parent of a soluble form is its gene', () => {
    const m = mentions('Plasma sTREM2 rose.')[0]!;
    assert.equal(m.entity?.type, 'isoform');
    assert.equal(derivedIsoformParent(m.entity!.id), 'ncbigene:54209');
  });
  test('where the ontology names the soluble form as the gene itself (sST2), "soluble ST2" stays the gene', () => {
    assert.deepEqual(brief('Soluble ST2 predicts outcome.'), ['ST2→IL1RL1']);
  });
  test('no soluble form of what is no official symbol (sGC is a complex, sRNA nothing)', () => {
    assert.deepEqual(brief('sGC stimulators and sRNA probes.'), ['sGC→soluble guanylate cyclase']);
  });
});

describe('phosphorylated species named with their residue', () => {
  test('p-tau217 and p-tau181 are isoforms of MAPT; bare tau stays the gene', () => {
    assert.deepEqual(brief('Plasma p-tau217 outperforms p-tau181, and CSF tau rises later.'), ['p-tau217→p-MAPT217', 'p-tau181→p-MAPT181', 'tau→MAPT']);
  });
  test('no species without a residue number, nor of a family (p-ERK is ERK)', () => {
    assert.deepEqual(brief('A p-value below 0.05; p-ERK rose.'), ['ERK→ERK']);
  });
});

describe('amyloid is a generic word, not a drug a list can name', () => {
  test('"flortaucipir (Tauvid) and amyloid PET" names one drug', () => {
    assert.deepEqual(brief('Tau PET with flortaucipir (Tauvid) and amyloid PET were compared.').filter((m) => !m.startsWith('Tau→')), ['flortaucipir→flortaucipir', 'Tauvid→flortaucipir']);
  });
});

describe('mouse gene symbols that the case rules refuse alone', () => {
  test('beside words of mouse genetics (knock-in App, Aip-knockout)', () => {
    assert.deepEqual(brief('Knock-in App alleles avoid overexpression.'), ['App→APP']);
    assert.deepEqual(brief('In Aip-knockout mice, tumours arise.'), ['Aip→AIP']);
  });
  test('an English word needs a strong cue: "Set mice" is no gene, "App stores" neither', () => {
    assert.deepEqual(brief('Set mice apart; App stores sell it.'), []);
  });
});

describe('an organisation before a guideline word is no gene', () => {
  test('the ELN milestones (European LeukemiaNet), not elastin', () => {
    assert.deepEqual(brief('The ELN milestones guide a switch; ELN deletion causes supravalvular stenosis.'), ['ELN→ELN']);
  });
});

describe('a formulation code after a drug is no gene', () => {
  test('"Sandostatin LAR" (long-acting release), while "the phosphatase LAR" stays PTPRF', () => {
    assert.deepEqual(brief('Octreotide LAR was given monthly.').filter((m) => m.startsWith('LAR')), []);
    assert.deepEqual(brief('The receptor phosphatase LAR binds liprins.'), ['LAR→PTPRF']);
  });
});

describe('a network named as one camel-case word defines an abbreviation that is no gene', () => {
  test('European LeukemiaNet (ELN): ELN is no elastin afterwards', () => {
    assert.deepEqual(brief('The European LeukemiaNet (ELN) scheme places NPM1 first; ELN risk was adverse.'), ['NPM1→NPM1']);
  });
});

describe('a symbol with another name of its gene in parentheses links that name', () => {
  test('PTEN (TEP1): TEP1 is PTEN there and later, not the symbol TEP1', () => {
    assert.deepEqual(brief('Loss of PTEN (TEP1) was seen. TEP1 expression fell.'), ['PTEN→PTEN', 'TEP1→PTEN', 'TEP1→PTEN']);
  });
  test('without the parenthesis TEP1 stays the symbol TEP1', () => {
    assert.deepEqual(brief('TEP1 expression fell.'), ['TEP1→TEP1']);
  });
  test('TTF-1 of pathology is NKX2-1 with or without the parenthesis (a curated name; TTF1 is also a symbol)', () => {
    assert.deepEqual(brief('Thyroid genes depend on NKX2-1 (TTF-1). Loss of TTF-1 was seen.'), ['NKX2-1→NKX2-1', 'TTF-1→NKX2-1', 'TTF-1→NKX2-1']);
  });
});
